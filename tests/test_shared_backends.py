"""The shared `db` fixture runs on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import subprocess
from pathlib import Path

from models import actions as ops
from models.db import Database
from models.file_probe import schema_head
from tests.conftest import run_cli


def test_any_db_is_both_backends_and_stores_an_action(any_db: Database, backend: str) -> None:
    assert any_db.is_sqlite == (backend == "sqlite")
    assert any_db.engine.dialect.name == {"sqlite": "sqlite", "postgres": "postgresql"}[backend]
    with any_db.write() as session:
        created = ops.create_action(session, title="Kortare handläggningstid")
    with any_db.read() as session:
        assert ops.get_action(session, created.id).title == "Kortare handläggningstid"
    assert any_db.schema_revision() == schema_head()


def test_every_command_works_on_postgresql(pg_url: str, tmp_path: Path, data_home: Path) -> None:
    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return run_cli("--db", pg_url, *args, home=data_home)

    steps = [
        (["init", "--example-data"], "Borlänge-data inlagd: 7 nya åtgärder"),
        (["actions", "add", "--title", "På servern", "--factor", "bemotande"], "Åtgärd 8 skapad"),
        (["actions", "update", "8", "--comment", "Kommentar", "--progress", "25"], "25 %"),
        (["actions", "show", "8"], "På servern"),
        (["actions"], "8 åtgärder."),
        (["results"], "5 resultat."),
        (["check"], "Innehåll: 8 åtgärder, 1 kommentar,"),
        (["export", str(tmp_path / "allt.xlsx")], ""),
        (["export", str(tmp_path / "resultat.csv"), "--table", "resultat"], ""),
        (["import", "--dry-run", str(tmp_path / "resultat.csv")], ""),
        (["import", str(tmp_path / "resultat.csv")], ""),
        (["import-actions", "--dry-run", str(tmp_path / "allt.xlsx")], ""),
        (["report", "--out", str(tmp_path / "underlag.pdf")], ""),
        (["chart", "nki", "--out", str(tmp_path / "nki.png")], ""),
    ]
    for args, expected in steps:
        result = cli(*args)
        assert result.returncode == 0, (args, result.stderr)
        assert expected in result.stdout, (args, result.stdout)
        assert "Traceback" not in result.stderr
    assert (tmp_path / "underlag.pdf").stat().st_size > 1000
    for args in (["backup"], ["restore"]):
        refused = cli(*args)
        assert refused.returncode == 2 and "gäller SQLite-filer" in refused.stderr
    assert "postgres@" in pg_url and "password" not in pg_url
