"""The first data set (resources/borlange.json): Borlänge as its 2024 news item tells it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import settings
from models.actions import add_milestone, create_action
from models.entities import Action
from models.paths import resource
from models.results import check_key, check_values, set_result

EXAMPLE_FILE = "borlange.json"


def read_example(path: Path | None = None) -> dict[str, Any]:
    with (path or resource(EXAMPLE_FILE)).open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def load_example(session: Session, path: Path | None = None) -> int:
    """Put the data set into the database; what is already there is kept.

    Returns the number of actions added (none when they were there already).
    """
    data = read_example(path)
    town = data["municipality"]
    current = settings.load(session)
    if not current.municipality_code:
        settings.save(session, municipality_code=town["code"], municipality_name=town["name"])
    for item in data["results"]:
        key = check_key(town["code"], item["year"], item["group"], item["area"], item["measure"])
        values = check_values(
            item["value"],
            item.get("answers"),
            item.get("margin"),
            None,
            item.get("preliminary", False),
            item.get("source", data["source"]),
            item.get("preliminary_as_of"),
        )
        set_result(session, key, values)
    existing = set(session.scalars(select(Action.title)))
    added = 0
    for item in data["actions"]:
        if item["title"] in existing:
            continue
        fields = {**(data["unnamed_action"] if item.get("unnamed") else {}), **item}
        milestones = fields.pop("milestones", [])
        fields.pop("unnamed", None)
        action = create_action(session, **fields)
        for milestone in milestones:
            add_milestone(
                session, action.id, milestone["date"], milestone["text"],
                milestone.get("time_span", ""),
            )
        added += 1
    return added
