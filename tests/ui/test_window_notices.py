"""What the opening of a database put right is shown once in the window's message banner:
a file switched back from WAL mode, a stored setting that fell back to its default."""

from __future__ import annotations

import shutil
import sqlite3

from models.opening import WAL_NOTICE, open_database


def test_the_window_says_what_the_opening_put_right(qtbot, window, tmp_path, db_path):
    path = tmp_path / "wal.db"
    shutil.copy(db_path, path)
    conn = sqlite3.connect(path)  # another program, closed again
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("INSERT INTO setting (key, value) VALUES ('min_answers', '\"x\"')")
    conn.commit()
    conn.close()
    db = open_database(path)
    window.opened.set_database(db)
    assert window.message_banner.isVisible()
    text = window.message_banner.text.text()
    assert WAL_NOTICE in text
    assert "Inställningen min_answers i databasen har ett ogiltigt värde" in text
