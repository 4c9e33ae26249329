"""The register read with sqlite3 for the window's first look (models/register_file.py).

It must give exactly what the full read gives, and refuse (None) every file that is not a
healthy database of the current schema, without writing to it.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from models import actions, people, settings
from models.file_probe import schema_head
from models.register import register_rows
from models.register_file import quick_read
from models.register_file import schema_head as quick_schema_head
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures"


def fingerprint(path: Path) -> tuple[str, float, list[str]]:
    """The file's bytes, its time and the files beside it: all unchanged by a read."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest, path.stat().st_mtime, sorted(p.name for p in path.parent.iterdir())


def test_schema_head_is_the_programs(borlange_db):
    assert quick_schema_head() == schema_head()


def test_same_rows_names_settings_as_the_full_read(borlange_db):
    with borlange_db.write() as s:
        ids = [a.id for a in actions.list_actions(s)]
        actions.update_action(s, ids[0], None, owner="Åsa Öberg", unit="Bygglov",
                              due="2024-06-01", start="2024-01-15", status="pagar",
                              assessment="gul", progress=40,
                              factors=["effektivitet", "bemotande"])
        actions.update_action(s, ids[1], None, due=None)
        settings.save(s, due_soon_days=30)
    with borlange_db.read() as s:
        full_rows = register_rows(s)
        names = [p.name for p in people.list_people(s)]
        units = [u.name for u in people.list_units(s)]
        last = actions.last_change_id(s)
    quick = quick_read(borlange_db.path)
    assert quick is not None
    assert quick.rows == full_rows  # every field, the types and the order
    assert any(r.assessment is not None and r.factors and r.start for r in quick.rows)
    assert quick.people == names and "Åsa Öberg" in names
    assert quick.units == units
    assert quick.settings.due_soon_days == 30
    assert quick.last_change == last > 0


def test_reading_writes_nothing(borlange_db):
    path = borlange_db.path
    borlange_db.dispose()
    before = fingerprint(path)
    assert quick_read(path) is not None
    assert fingerprint(path) == before


def test_a_file_needing_an_upgrade_is_refused(tmp_path):
    old = tmp_path / "gammal.db"
    shutil.copy(FIXTURES / "schema_0001.db", old)
    before = fingerprint(old)
    assert quick_read(old) is None
    assert fingerprint(old) == before


def test_a_newer_schema_is_refused(borlange_db):
    path = borlange_db.path
    borlange_db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    assert quick_read(path) is None


def test_a_foreign_sqlite_file_is_refused(tmp_path):
    foreign = tmp_path / "annat.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE kund (id INTEGER PRIMARY KEY, namn TEXT)")
    conn.close()
    assert quick_read(foreign) is None


@pytest.mark.parametrize("damage", ["not_sqlite", "empty", "cut_short", "page_garbled", "wal"])
def test_damaged_files_are_refused_unchanged(borlange_db, damage):
    path = borlange_db.path
    borlange_db.dispose()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    if damage == "not_sqlite":
        data = bytearray(b"inte en databas" * 100)
    elif damage == "empty":
        data = bytearray()
    elif damage == "cut_short":
        data = data[: len(data) - page // 2]
    elif damage == "page_garbled":
        # Every page after the schema page overwritten: the header is fine, the rest is not.
        data[page:] = bytes([0x5A]) * (len(data) - page)
    elif damage == "wal":
        data[18:20] = b"\x02\x02"
    path.write_bytes(bytes(data))
    before = fingerprint(path)
    assert quick_read(path) is None
    assert fingerprint(path) == before


def test_a_missing_file_is_refused(tmp_path):
    assert quick_read(tmp_path / "finns-inte.db") is None
    assert not (tmp_path / "finns-inte.db").exists()
