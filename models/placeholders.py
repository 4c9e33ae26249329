"""The example data's placeholder texts, recognised wherever they still stand.

resources/borlange.json names only three of Borlänge's seven actions; the four others come
with a title "Åtgärdsförslag N (ej namngivet ännu)" and a placeholder description and
expected effect. Such text is not the group's: the report leaves it out ("ej ifylld")
rather than print it as if they had written it. A text is a placeholder when it equals the
example's text for that field on an action that carries or once carried (by the change
log) one of the example's unnamed titles; the example's description of an unnamed action
is an instruction ("ge åtgärden ett namn …") and counts as a placeholder on any action.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models.entities import ChangeLogEntry
from models.seed import read_example

FIELDS = ("description", "expected_effect")


@lru_cache(maxsize=1)
def _example() -> tuple[dict[str, str], frozenset[str]]:
    data = read_example()
    unnamed = data.get("unnamed_action", {})
    texts = {f: str(unnamed[f]) for f in FIELDS if unnamed.get(f)}
    titles = frozenset(a["title"] for a in data.get("actions", []) if a.get("unnamed"))
    return texts, titles


def placeholder_titles() -> frozenset[str]:
    return _example()[1]


def is_placeholder(field: str, text: str, unnamed_once: bool) -> bool:
    """Whether `text` in `field` is the example's placeholder (see the module's rule)."""
    texts = _example()[0]
    if not text or texts.get(field) != text:
        return False
    return unnamed_once or field == "description"


def once_unnamed(session: Session) -> set[int]:
    """The ids of the actions that carry or carried one of the example's unnamed titles."""
    titles = list(placeholder_titles())
    rows = session.execute(
        select(ChangeLogEntry.entity_id).where(
            ChangeLogEntry.entity == "action",
            or_(
                (ChangeLogEntry.operation == "create") & ChangeLogEntry.new_value.in_(titles),
                (ChangeLogEntry.field == "title") & ChangeLogEntry.old_value.in_(titles),
            ),
        )
    )
    return {r[0] for r in rows}
