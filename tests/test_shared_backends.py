"""The shared `db` fixture runs on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

from models import actions as ops
from models.db import Database, schema_head


def test_any_db_is_both_backends_and_stores_an_action(any_db: Database, backend: str) -> None:
    assert any_db.is_sqlite == (backend == "sqlite")
    assert any_db.engine.dialect.name == {"sqlite": "sqlite", "postgres": "postgresql"}[backend]
    with any_db.write() as session:
        created = ops.create_action(session, title="Kortare handläggningstid")
    with any_db.read() as session:
        assert ops.get_action(session, created.id).title == "Kortare handläggningstid"
    assert any_db.schema_revision() == schema_head()
