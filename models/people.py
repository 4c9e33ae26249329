"""The editable lists of units and people."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import limits
from models.collation import sort_key
from models.entities import Action, Person, Unit
from models.errors import InputError, NotFoundError
from models.words import quoted

NAME_MAX = limits.NAME_CHARS


def _clean_name(name: str, what: str, field: str | None = None) -> str:
    """A tidied name; `field` is the action's field it is given for, if any."""
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise InputError.about(what, "namnet får inte vara tomt.", field)
    if len(cleaned) > NAME_MAX:
        raise InputError.about(what, "namnet är längre än {most} tecken.", field, most=NAME_MAX)
    return cleaned


# Sorted in Python, in Swedish order (models/collation.py): SQLite's lower() folds only
# A–Z and the rest goes by code point, which put "Ärlig" before "Åberg" (Ä is U+00C4, Å
# U+00C5), "Öst" before "åsa", and "Émile" after "Zetterlund".
def list_units(session: Session) -> list[Unit]:
    units = session.scalars(select(Unit).order_by(Unit.id))
    return sorted(units, key=lambda u: sort_key(u.name))


def list_people(session: Session) -> list[Person]:
    people = session.scalars(select(Person).order_by(Person.id))
    return sorted(people, key=lambda p: sort_key(p.name))


# Names are compared in Python: SQLite's lower() folds only A–Z, so "Åsa Öberg" written a
# second time would not be found and the unique name would be broken (IntegrityError).
def find_unit(session: Session, name: str) -> Unit | None:
    wanted = name.strip().lower()
    return next((u for u in session.scalars(select(Unit)) if u.name.lower() == wanted), None)


def find_person(session: Session, name: str) -> Person | None:
    wanted = name.strip().lower()
    return next((p for p in session.scalars(select(Person)) if p.name.lower() == wanted), None)


def unit_named(session: Session, name: str) -> Unit:
    """The unit of that name, added to the list if it is new."""
    cleaned = _clean_name(name, "Enhet", "unit")
    unit = find_unit(session, cleaned)
    if unit is None:
        unit = Unit(name=cleaned)
        session.add(unit)
    return unit


def person_named(session: Session, name: str, unit: Unit | None = None) -> Person:
    """The person of that name, added to the list (with the unit) if new."""
    cleaned = _clean_name(name, "Ansvarig", "owner")
    person = find_person(session, cleaned)
    if person is None:
        person = Person(name=cleaned, unit=unit)
        session.add(person)
    return person


def rename_unit(session: Session, unit_id: int, name: str) -> Unit:
    unit = _get(session, Unit, unit_id, "Enheten")
    cleaned = _clean_name(name, "Enhet")
    other = find_unit(session, cleaned)
    if other is not None and other.id != unit.id:
        raise InputError(f"Det finns redan en enhet som heter ”{other.name}”.")
    unit.name = cleaned
    return unit


def update_person(
    session: Session,
    person_id: int,
    name: str | None = None,
    email: str | None = None,
    unit: str | None = None,
) -> Person:
    person = _get(session, Person, person_id, "Personen")
    if name is not None:
        cleaned = _clean_name(name, "Person")
        other = find_person(session, cleaned)
        if other is not None and other.id != person.id:
            raise InputError(f"Det finns redan en person som heter ”{other.name}”.")
        person.name = cleaned
    if email is not None:
        email = email.strip()
        if len(email) > limits.EMAIL_CHARS:
            raise InputError.about("E-post", "högst {most} tecken (nu {now}).",
                                   most=limits.EMAIL_CHARS, now=limits.grouped(len(email)))
        if email and ("@" not in email or " " in email):
            raise InputError(f"E-postadressen {quoted(email)} ser inte ut som en e-postadress.")
        person.email = email or None
    if unit is not None:
        person.unit = unit_named(session, unit) if unit.strip() else None
    return person


def remove_unit(session: Session, unit_id: int) -> None:
    unit = _get(session, Unit, unit_id, "Enheten")
    used = session.scalar(select(func.count()).select_from(Action).where(Action.unit_id == unit_id))
    staff = session.scalar(select(func.count()).select_from(Person).where(Person.unit_id == unit_id))
    if used or staff:
        raise InputError(
            f"Enheten ”{unit.name}” används av {used} åtgärder och {staff} personer "
            "och kan inte tas bort."
        )
    session.delete(unit)


def remove_person(session: Session, person_id: int) -> None:
    person = _get(session, Person, person_id, "Personen")
    used = session.scalar(
        select(func.count()).select_from(Action).where(Action.owner_id == person_id)
    )
    if used:
        raise InputError(
            f"”{person.name}” är ansvarig för {used} åtgärder och kan inte tas bort."
        )
    session.delete(person)


def _get(session: Session, cls: type, ident: int, what: str):  # type: ignore[no-untyped-def]
    obj = session.get(cls, ident)
    if obj is None:
        raise NotFoundError(f"{what} med id {ident} finns inte.")
    return obj
