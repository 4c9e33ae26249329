"""The first data set: Borlänge as the 2024 news item tells it, nothing invented."""

import datetime as dt
import json

from models import actions as ops
from models import settings
from models.codes import Area, Factor, Group, Measure, Status
from models.entities import Person, Unit
from models.paths import resource
from models.results import list_results
from models.seed import load_example


def test_data_set_is_a_readable_file_in_resources() -> None:
    data = json.loads(resource("borlange.json").read_text(encoding="utf-8"))
    assert data["municipality"] == {"code": "2081", "name": "Borlänge"}
    assert len(data["actions"]) == 7


def test_results_are_those_of_the_source(borlange_db) -> None:
    with borlange_db.read() as s:
        rows = {
            (r.year, r.group, r.area, r.measure): (r.value, r.answers, r.preliminary)
            for r in list_results(s, municipality="2081")
        }
        town = settings.load(s)
    assert (town.municipality_code, town.municipality_name) == ("2081", "Borlänge")
    nki = Measure.NKI
    assert rows == {
        (2022, Group.FORETAG, Area.TOTALT, nki): (67.0, None, False),
        (2023, Group.FORETAG, Area.TOTALT, nki): (68.0, None, False),
        (2022, Group.TOTALT, Area.TOTALT, nki): (70.0, None, False),
        (2023, Group.TOTALT, Area.TOTALT, nki): (71.0, 509, False),
        (2024, Group.TOTALT, Area.TOTALT, nki): (80.0, 81, True),
    }


def test_the_preliminary_value_is_as_of_the_news_item(borlange_db) -> None:
    import datetime as dt

    with borlange_db.read() as s:
        as_of = {r.year: r.preliminary_as_of for r in list_results(s, municipality="2081")}
    # The 80 from 81 answers is what the news item of 2024-04-24 reported; final ones have none.
    assert as_of == {2022: None, 2023: None, 2024: dt.date(2024, 4, 24)}


def test_seven_actions_three_named_four_open_for_the_group(borlange_db) -> None:
    with borlange_db.read() as s:
        actions = {a.title: a for a in ops.list_actions(s)}
        people = s.query(Person).count()
        units = s.query(Unit).count()
    assert len(actions) == 7
    phone = actions["Telefontider"]
    assert phone.start == dt.date(2024, 5, 2)
    assert Factor.TILLGANGLIGHET in phone.factors
    open_house = actions["Öppet hus"]
    assert [(m.date, m.time_span) for m in open_house.milestones] == [
        (dt.date(2024, 5, 15), "15–18")
    ]
    assert "Förbättrad webbsida" in actions
    unnamed = [a for t, a in actions.items() if "ej namngivet" in t]
    assert len(unnamed) == 4
    assert all("ge åtgärden ett namn" in a.description for a in unnamed)
    assert open_house.status is Status.PAGAR  # "har införts"
    assert all(a.status is Status.EJ_PABORJAD for a in unnamed)
    assert all(a.owner is None and a.unit is None for a in actions.values())
    assert people == 0 and units == 0  # the source names no owners


def test_loading_twice_adds_nothing(borlange_db) -> None:
    with borlange_db.write() as s:
        assert load_example(s) == 0
    with borlange_db.read() as s:
        assert len(ops.list_actions(s)) == 7
        assert len(list_results(s)) == 5
