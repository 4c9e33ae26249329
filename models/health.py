"""A database's state of health (`main.py check`): SQLite's own checks, the change log's
continuity and how much the database holds. The schema itself is compared when the
database is opened (`models.schema`): a database whose schema differs is refused then, and
`refused_log_problems` still reads such a database's change log, only reading."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from models.entities import Action, ChangeLogEntry, Comment, SurveyResult
from models.file_probe import probe_uri
from models.words import count, quoted

MAX_PROBLEMS = 10


def integrity_problems(session: Session) -> list[str]:
    """What SQLite's integrity and foreign-key checks found; empty when all is well.

    A server (PostgreSQL) keeps its own pages and references whole: nothing to ask there.
    """
    if session.get_bind().dialect.name != "sqlite":
        return []
    problems: list[str] = []
    integrity = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
    if integrity != ["ok"]:
        problems.extend(integrity[:MAX_PROBLEMS])
    broken = session.execute(text("PRAGMA foreign_key_check")).fetchall()
    if broken:
        problems.append(count(len(broken), "brutna referenser"))
    return problems


def content_counts(session: Session) -> dict[str, int]:
    """The number of actions, comments, results and change-log rows, by their Swedish names."""
    tables = {
        "åtgärder": Action,
        "kommentarer": Comment,
        "resultat": SurveyResult,
        "loggrader": ChangeLogEntry,
    }
    return {
        name: session.scalar(select(func.count()).select_from(entity)) or 0
        for name, entity in tables.items()
    }


def log_problems(session: Session) -> list[str]:
    """Where the change log does not follow the actions: every version 1..n of an action
    since it was created has its log rows, in the order of the log's ids.

    An emptied or thinned log (rows removed while its triggers were dropped) shows here
    even when the triggers are back. Only the actions that exist are looked at; an id
    used again after a removal starts its history at its latest "create" row.
    """
    rows = session.execute(
        select(
            ChangeLogEntry.id,
            ChangeLogEntry.action_id,
            ChangeLogEntry.action_version,
            ChangeLogEntry.entity,
            ChangeLogEntry.entity_id,
            ChangeLogEntry.operation,
        )
        .where(ChangeLogEntry.action_id.is_not(None))
        .order_by(ChangeLogEntry.id)
    ).all()
    history: dict[int, list[tuple[int, int | None, bool]]] = {}
    for log_id, action_id, version, entity, entity_id, operation in rows:
        if action_id is None:
            continue
        created = entity == "action" and entity_id == action_id and operation == "create"
        if created:
            history[action_id] = []
        history.setdefault(action_id, []).append((log_id, version, created))
    problems: list[str] = []
    actions = session.execute(select(Action.id, Action.version, Action.title).order_by(Action.id))
    for action_id, version, title in actions:
        problems += _action_log_problems(action_id, version, title, history.get(action_id, []))
    if len(problems) > MAX_PROBLEMS:
        rest = len(problems) - MAX_PROBLEMS
        problems = problems[:MAX_PROBLEMS] + [f"… och {count(rest, 'fel')} till i ändringsloggen"]
    return problems


def refused_log_problems(target: Path | str) -> list[str]:
    """`log_problems` of a database that was refused because its schema differs (a file,
    or a server's URL), read without writing to it; empty when its change log and actions
    cannot be read as the program's (the schema's differences say why then).

    A log emptied while its triggers were dropped is then named beside the dropped
    triggers, rather than only the triggers.
    """
    if isinstance(target, Path):
        uri = probe_uri(target)
        engine = create_engine(
            "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True), poolclass=NullPool
        )
    else:
        engine = create_engine(target, poolclass=NullPool)
    try:
        with Session(engine) as session:
            return log_problems(session)
    except (SQLAlchemyError, sqlite3.Error, OSError):
        return []
    finally:
        engine.dispose()


def _action_log_problems(
    action_id: int, version: int, title: str, rows: list[tuple[int, int | None, bool]]
) -> list[str]:
    name = f"åtgärd {action_id} ({quoted(title, 40)})"
    if not rows:
        return [f"{name} har version {version} men inga rader i ändringsloggen"]
    problems = []
    if not rows[0][2]:
        problems.append(f"{name}: raden om att den skapades saknas i ändringsloggen")
    seen = {v for _, v, _ in rows if v is not None}
    missing = [v for v in range(1, version + 1) if v not in seen]
    if missing:
        shown = ", ".join(str(v) for v in missing[:5]) + (" …" if len(missing) > 5 else "")
        problems.append(
            f"{name} har version {version}, men ändringsloggen saknar "
            f"{'version' if len(missing) == 1 else 'versionerna'} {shown}"
        )
    beyond = sorted(v for v in seen if v > version)
    if beyond:
        problems.append(
            f"{name} har version {version}, men ändringsloggen har version {beyond[-1]}"
        )
    highest = 0
    for log_id, logged, _ in rows:
        if logged is not None and logged < highest:
            problems.append(
                f"{name}: ändringsloggens rad {log_id} har version {logged} efter "
                f"version {highest} (raderna står inte i ordning)"
            )
            break
        highest = max(highest, logged or 0)
    return problems
