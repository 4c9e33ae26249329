"""Opening databases: upgrading older schemas, refusing newer, damaged and foreign files."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from models import actions as ops
from models.errors import DatabaseError, DatabaseMissing, NewerSchemaError
from models.file_probe import known_revisions, schema_head
from models.opening import open_database
from tests.conftest import FIXTURES


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_every_released_schema_has_a_fixture() -> None:
    fixtures = {p.stem.removeprefix("schema_") for p in FIXTURES.glob("schema_*.db")}
    assert fixtures == set(known_revisions())


@pytest.mark.parametrize("revision", known_revisions())
def test_every_released_schema_opens_with_its_data(tmp_path, revision) -> None:
    path = tmp_path / f"schema {revision}.db"
    shutil.copy(FIXTURES / f"schema_{revision}.db", path)
    assert _revision(path) == revision
    db = open_database(path)
    try:
        with db.read() as s:
            stored = ops.get_action(s, 2, full=True)
        assert stored.title == "Öppet hus" and stored.progress == 50
        assert [c.text for c in stored.comments] == ["Välbesökt öppet hus"]
        assert _revision(path) == schema_head()
    finally:
        db.dispose()


def test_schema_0003_keeps_its_targets(tmp_path) -> None:
    """schema_0003.db is schema_0002.db upgraded by migration 0003, with a target set."""
    from models.targets import list_targets

    path = tmp_path / "mål.db"
    shutil.copy(FIXTURES / "schema_0003.db", path)
    db = open_database(path)
    try:
        with db.read() as s:
            assert [t.label for t in list_targets(s)] == ["NKI, totalt, totalt, 2025: 75"]
    finally:
        db.dispose()


def test_first_schema_is_upgraded_with_a_copy_beside_it_and_data_kept(tmp_path) -> None:
    path = tmp_path / "gammal.db"
    shutil.copy(FIXTURES / "schema_0001.db", path)
    db = open_database(path)
    try:
        assert _revision(path) == schema_head() != "0001"
        with db.read() as s:
            titles = [a.title for a in ops.list_actions(s)]
            comments = ops.get_action(s, 2, full=True).comments
        assert len(titles) == 7 and "Telefontider" in titles
        assert [c.text for c in comments] == ["Välbesökt öppet hus"]
        with db.write() as s:  # and it is usable at the new schema
            ops.update_action(s, 1, None, progress=10)
    finally:
        db.dispose()
    copies = list(tmp_path.glob("gammal.db.före-*.bak"))
    assert len(copies) == 1 and _revision(copies[0]) == "0001"


def test_current_schema_opens_without_a_copy(db_path) -> None:
    open_database(db_path, create=True).dispose()
    open_database(db_path).dispose()
    assert list(db_path.parent.glob("*.bak")) == []


def test_newer_schema_is_refused_and_left_untouched(db_path) -> None:
    open_database(db_path, create=True).dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db_path.read_bytes()
    with pytest.raises(NewerSchemaError) as caught:
        open_database(db_path)
    assert "nyare än detta program" in str(caught.value) and "9999" in str(caught.value)
    assert db_path.read_bytes() == before
    assert list(db_path.parent.glob("*.bak")) == []


def test_missing_file_is_not_created(tmp_path) -> None:
    path = tmp_path / "finns-inte.db"
    with pytest.raises(DatabaseMissing, match="finns inte"):
        open_database(path)
    assert not path.exists()


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "är tom"),
        (b"Hej, detta \xe4r en textfil\n" * 10, "ingen SQLite-databas"),
        (b"SQLite format 3\x00" + b"\x00" * 20, "avkortad"),
    ],
)
def test_files_that_are_not_databases_are_refused(tmp_path, content, message) -> None:
    path = tmp_path / "konstig.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match=message):
        open_database(path)
    assert path.read_bytes() == content


def test_another_programs_sqlite_file_is_refused(tmp_path) -> None:
    path = tmp_path / "annan.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE kunder (id INTEGER)")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="annat program"):
        open_database(path)
    assert path.read_bytes() == before


def test_schema_0004_keeps_a_done_milestone(tmp_path) -> None:
    """schema_0004.db is schema_0003.db upgraded by migration 0004, one milestone done."""
    path = tmp_path / "klar.db"
    shutil.copy(FIXTURES / "schema_0004.db", path)
    db = open_database(path)
    try:
        with db.read() as s:
            milestones = {m.text: m for a in ops.list_actions(s) for m in a.milestones}
        done = milestones["Nästa öppet hus"]
        assert done.done and done.done_date is not None and done.done_date.isoformat() == "2024-05-15"
        assert not milestones["Telefontiderna startar"].done
        assert milestones["Telefontiderna startar"].done_date is None
    finally:
        db.dispose()
