"""Names and titles in Swedish alphabetical order: å, ä, ö after z, case ignored."""

from __future__ import annotations

from models import people
from models.collation import sort_key


def test_swedish_letters_come_last_in_their_own_order() -> None:
    words = ["Öppet hus", "ärende", "Zonkarta", "Åtgärd", "Oktober", "anmälan", "Ökad service"]
    assert sorted(words, key=sort_key) == [
        "anmälan", "Oktober", "Zonkarta", "Åtgärd", "ärende", "Ökad service", "Öppet hus",
    ]


def test_case_and_other_accents_are_ignored() -> None:
    assert sort_key("ÅSA") == sort_key("åsa") == sort_key("Åsa")
    assert sorted(["Erik", "émile", "Eva"], key=sort_key) == ["émile", "Erik", "Eva"]
    # written decomposed (a + combining ring), as a pasted name can be
    assert sort_key("A\u030asa") == sort_key("Åsa")
    assert sorted(["Ørsted", "Olsson", "Zäta"], key=sort_key) == ["Olsson", "Zäta", "Ørsted"]


def test_people_and_units_are_listed_in_swedish_order(db) -> None:
    names = ["Örjan Öst", "anna Berg", "Ärlig Cecilia", "Åsa Åberg", "Zlatan Zetterlund",
             "Émile Ek"]
    units = ["Överförmyndare", "Äldreomsorg", "Åkerier", "bygglov", "Zonplan"]
    with db.write() as s:
        for name in names:
            people.person_named(s, name)
        for unit in units:
            people.unit_named(s, unit)
    with db.read() as s:
        assert [p.name for p in people.list_people(s)] == [
            "anna Berg", "Émile Ek", "Zlatan Zetterlund", "Åsa Åberg", "Ärlig Cecilia",
            "Örjan Öst",
        ]
        assert [u.name for u in people.list_units(s)] == [
            "bygglov", "Zonplan", "Åkerier", "Äldreomsorg", "Överförmyndare",
        ]
