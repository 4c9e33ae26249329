"""What the Resultat view reads, without a window: the municipalities with figures, the
customer group with the newest own figures, and the figures of one group and area."""

from __future__ import annotations

from models.codes import Area, Group, Measure
from models.results import (
    RIKET,
    check_key,
    check_values,
    municipality_codes,
    newest_group,
    results_of,
    set_result,
)


def put(db, town: str, year: int, group: str, area: str, value: float,
        measure: str = "NKI") -> None:
    with db.write() as s:
        set_result(s, check_key(town, year, group, area, measure), check_values(value))


def test_municipality_codes_once_each_in_order(db) -> None:
    with db.read() as s:
        assert municipality_codes(s) == []
    put(db, "2081", 2023, "Företag", "Bygglov", 70)
    put(db, "2081", 2022, "Företag", "Bygglov", 68)
    put(db, RIKET, 2023, "Totalt", "Bygglov", 66)
    put(db, "2080", 2023, "Totalt", "Bygglov", 72)
    with db.read() as s:
        assert municipality_codes(s) == [RIKET, "2080", "2081"]


def test_the_group_with_the_newest_figures_of_the_town_and_area(db) -> None:
    with db.read() as s:
        assert newest_group(s, "2081", Area.BYGGLOV) is None
    put(db, "2081", 2022, "Företag", "Bygglov", 70)
    put(db, "2081", 2023, "Privatpersoner", "Bygglov", 64)
    put(db, "2081", 2024, "Företag", "Livsmedelskontroll", 75)  # another area
    put(db, "2080", 2024, "Totalt", "Bygglov", 72)  # another town
    with db.read() as s:
        assert newest_group(s, "2081", Area.BYGGLOV) == Group.PRIVATPERSONER


def test_a_tie_goes_to_the_most_figures_then_to_totalt(db) -> None:
    put(db, "2081", 2023, "Företag", "Bygglov", 70)
    put(db, "2081", 2023, "Totalt", "Bygglov", 71)
    with db.read() as s:
        assert newest_group(s, "2081", Area.BYGGLOV) == Group.TOTALT
    put(db, "2081", 2023, "Företag", "Bygglov", 80, measure="Bemötande")
    with db.read() as s:
        assert newest_group(s, "2081", Area.BYGGLOV) == Group.FORETAG


def test_results_of_the_towns_for_one_group_and_area(db) -> None:
    put(db, "2081", 2023, "Företag", "Bygglov", 70)
    put(db, "2081", 2023, "Företag", "Bygglov", 75, measure="Bemötande")
    put(db, RIKET, 2023, "Företag", "Bygglov", 66)
    put(db, "2080", 2023, "Företag", "Bygglov", 72)  # not asked for
    put(db, "2081", 2023, "Totalt", "Bygglov", 71)  # another group
    put(db, "2081", 2023, "Företag", "Brandskydd", 60)  # another area
    with db.read() as s:
        found = {(r.municipality, r.year, r.measure, r.value)
                 for r in results_of(s, ["2081", RIKET], Group.FORETAG, Area.BYGGLOV)}
        assert results_of(s, [], Group.FORETAG, Area.BYGGLOV) == []
    assert found == {("2081", 2023, Measure.NKI, 70.0), ("2081", 2023, Measure.BEMOTANDE, 75.0),
                     (RIKET, 2023, Measure.NKI, 66.0)}
