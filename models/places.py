"""Which municipality is whose: the database's own, Riket, Kolada's municipality groups, and
the names the charts and views give them. No Qt."""

from __future__ import annotations

from sqlalchemy.orm import Session

from models import settings as db_settings
from models.results import RIKET, is_municipality_group, list_results


def municipality_label(code: str, own_code: str = "", own_name: str = "") -> str:
    if code == RIKET:
        return "Riket"
    if is_municipality_group(code):
        return f"Kommungrupp {code}"
    if own_code and code == own_code and own_name:
        return own_name
    return f"Kommun {code}"


def municipalities(session: Session) -> list[str]:
    """The municipality codes that have results, Riket first."""
    codes = sorted({r.municipality for r in list_results(session)})
    return sorted(codes, key=lambda c: (c != RIKET, c))


def own_code(session: Session, town: db_settings.DbSettings) -> str:
    """The database's own municipality; before it is set, the one (not Riket, not a Kolada
    group) with results."""
    if town.municipality_code:
        return town.municipality_code
    others = [c for c in municipalities(session) if c != RIKET and not is_municipality_group(c)]
    return others[0] if others else ""


def result_years(session: Session) -> list[int]:
    return sorted({r.year for r in list_results(session)})
