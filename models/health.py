"""A database's state of health: SQLite's own checks and how much it holds (`main.py check`)."""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from models.entities import Action, ChangeLogEntry, Comment, SurveyResult
from models.words import count

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
