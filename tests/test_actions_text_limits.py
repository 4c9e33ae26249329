"""Every text is refused at entry when longer than its limit (models/limits.py), with the
field named, so that nothing is ever cut later (issue 13, finding 3): an .xlsx export used
to cut a description at Excel's 32 767 characters without a word, the import then wrote it
back shorter, and a CSV export of a 160 000-character description could not be imported.
On SQLite and PostgreSQL: a text at its limit is stored whole."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from models import actions as ops
from models import kolada, limits, people
from models.action_import import import_actions
from models.entities import Action
from models.errors import InputError
from models.export import export_to
from models.preview import UNCHANGED
from models.results import check_values

TODAY = dt.date(2024, 6, 1)


def _create(db, **fields):
    with db.write() as s:
        return ops.create_action(s, today=TODAY, **fields)


@pytest.mark.parametrize(
    ("name", "label", "most"),
    [("title", "Titel", limits.TITLE_CHARS),
     ("description", "Beskrivning", limits.DESCRIPTION_CHARS),
     ("expected_effect", "Förväntad effekt", limits.EXPECTED_EFFECT_CHARS),
     ("unit", "Enhet", limits.NAME_CHARS),
     ("owner", "Ansvarig", limits.NAME_CHARS)],
)
def test_an_action_field_longer_than_its_limit_is_refused(db, name, label, most) -> None:
    values = {"title": "Öppet hus"}
    values[name] = "å" * (most + 1)
    with pytest.raises(InputError) as refused:
        _create(db, **values)
    assert refused.value.field == name
    assert refused.value.message == (
        f"{label}: högst {limits.grouped(most)} tecken (nu {limits.grouped(most + 1)})."
    )
    values[name] = "å" * most  # at the limit: stored whole, on both databases
    action = _create(db, **values)
    with db.read() as s:
        stored = ops.get_action(s, action.id)
        kept = getattr(stored, name)
        assert (kept if isinstance(kept, str) else kept.name) == "å" * most


def test_comment_texts_and_milestones_within_their_limits(db) -> None:
    action = _create(db, title="Öppet hus")
    with db.write() as s:
        with pytest.raises(InputError, match=r"^Kommentar: högst 10 000 tecken \(nu 10 001\)\.$"):
            ops.add_comment(s, action.id, "x" * (limits.COMMENT_CHARS + 1))
        with pytest.raises(InputError, match=r"^Författare: högst 120 tecken \(nu 121\)\.$"):
            ops.add_comment(s, action.id, "Bra", author="Å" * 121)
        ops.add_comment(s, action.id, "x" * limits.COMMENT_CHARS, author="Å" * 120)
        with pytest.raises(InputError, match=r"^Milstolpe: högst 300 tecken \(nu 301\)\.$"):
            ops.add_milestone(s, action.id, TODAY, "m" * 301)
        with pytest.raises(InputError, match=r"^Milstolpe, tid: högst 40 tecken"):
            ops.add_milestone(s, action.id, TODAY, "Möte", "1" * 41)
        for n in range(limits.MILESTONES_PER_ACTION):
            ops.add_milestone(s, action.id, TODAY, f"Möte {n} " + "m" * 290, "t" * 40)
        with pytest.raises(InputError, match="^Milstolpe: en åtgärd kan ha högst 50 milstolpar"):
            ops.add_milestone(s, action.id, TODAY, "En till")
    with db.read() as s:
        stored = ops.get_action(s, action.id)
        assert len(stored.comments[0].text) == limits.COMMENT_CHARS
        assert len(stored.milestones) == limits.MILESTONES_PER_ACTION


def test_people_result_sources_and_kpi_titles_within_their_limits(db) -> None:
    with db.write() as s:
        person = people.person_named(s, "Åsa Öberg")
        s.flush()
        with pytest.raises(InputError, match=r"^E-post: högst 200 tecken \(nu 201\)\.$"):
            people.update_person(s, person.id, email="a@" + "b" * 199)
        with pytest.raises(InputError, match="^Person: namnet är längre än 120 tecken"):
            people.update_person(s, person.id, name="Å" * 121)
    with pytest.raises(InputError, match=r"^Källa: högst 300 tecken \(nu 301\)\.$"):
        check_values(70, source="k" * 301)
    assert check_values(70, source="k" * 300).source == "k" * 300
    with pytest.raises(InputError, match=r"^rad 1, Titel i Kolada: högst 300 tecken \(nu 301\)"):
        kolada.check_kpi("rad 1", "U07455", "t" * 301, "Företag", "Totalt", "NKI")


def _longest(db) -> Action:
    """An action with every text at its limit (and the most milestones)."""
    action = _create(
        db, title="T" * limits.TITLE_CHARS, description="Beskrivning\n" + "b" * (
            limits.DESCRIPTION_CHARS - 12), expected_effect="e" * limits.EXPECTED_EFFECT_CHARS,
        unit="U" * limits.NAME_CHARS, owner="Å" * limits.NAME_CHARS,
    )
    with db.write() as s:
        for n in range(limits.MILESTONES_PER_ACTION):
            ops.add_milestone(s, action.id, TODAY + dt.timedelta(days=n), "m" * 300, "t" * 40)
    return action


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_texts_at_their_limits_export_and_import_unchanged(db, tmp_path, suffix) -> None:
    action = _longest(db)
    path = tmp_path / f"åtgärder{suffix}"
    with db.read() as s:
        export_to(s, path)
    preview = import_actions(db, path, dry_run=True)
    assert preview.ok, preview.errors
    assert [(r.status, r.action_id) for r in preview.rows] == [(UNCHANGED, action.id)]


def test_an_older_text_longer_than_a_cell_is_never_cut(db, tmp_path) -> None:
    """A database written before the limits may hold a longer text: the .xlsx export is
    refused (the old file left as it was), a CSV export takes it whole, and importing that
    CSV says which row and why instead of "field larger than field limit"."""
    action = _create(db, title="Gammal åtgärd")
    with db.write() as s:
        s.execute(update(Action).where(Action.id == action.id).values(description="d" * 160_000))
    old = tmp_path / "export.xlsx"
    old.write_bytes(b"den gamla filen")
    with db.read() as s, pytest.raises(InputError) as refused:
        export_to(s, old)
    assert refused.value.message.startswith(
        "Exporten till Excel avbröts: bladet Åtgärder, rad 2, kolumn Beskrivning har 160 000 "
        "tecken, och en cell i Excel rymmer högst 32 767. Texten kortas inte"
    )
    assert old.read_bytes() == b"den gamla filen"
    csv_path = tmp_path / "export.csv"
    with db.read() as s:
        export_to(s, csv_path)
    assert "d" * 160_000 in csv_path.read_text(encoding="utf-8-sig")
    with pytest.raises(InputError, match="^export.csv: rad 2: en cell har fler än 32 767 tecken"):
        import_actions(db, csv_path, dry_run=True)
