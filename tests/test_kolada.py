"""Kolada: the KPI table, saved responses, and fetching from a local stand-in server."""

from __future__ import annotations

import pytest
from importer_helpers import import_files, snapshot
from kolada_server import DATA, FIXTURES, closed_port_url, fake_kolada

from models import importers, kolada, settings
from models.codes import Area, Group, Measure
from models.errors import InputError
from models.results import ResultKey, find_result


def value_of(db, town: str, year: int, area: Area = Area.TOTALT):
    with db.read() as s:
        row = find_result(s, ResultKey(town, year, Group.FORETAG, area, Measure.NKI))
        return None if row is None else (row.value, row.source)


def test_kpi_table_holds_the_two_known_ids(db) -> None:
    with db.read() as s:
        rows = {r.kpi: r for r in kolada.list_kpis(s)}
    assert set(rows) == {"U07451", "U07455"}
    assert (rows["U07455"].area, rows["U07455"].probable) == (Area.LIVSMEDELSKONTROLL, False)
    assert (rows["U07451"].area, rows["U07451"].probable) == (Area.TOTALT, True)


def test_kpi_table_edits_are_checked(db) -> None:
    with pytest.raises(InputError, match="rad 3, KPI-id: ”U1” ska vara en bokstav och fem siffror"):
        kolada.check_kpi("rad 3", "U1", "", "Företag", "Totalt", "NKI")
    with pytest.raises(InputError, match="rad 2, Myndighetsområde: okänt värde ”Hamn”"):
        kolada.check_kpi("rad 2", "U07460", "", "Företag", "Hamn", "NKI")
    row = kolada.check_kpi("rad 1", " u07460 ", "Bygglov", "företag", "bygglov", "nki")
    with db.write() as s:
        kolada.replace_kpis(s, [row, *kolada.list_kpis(s)])
    with db.read() as s:
        assert [r.kpi for r in kolada.list_kpis(s)] == ["U07451", "U07455", "U07460"]
    with db.write() as s, pytest.raises(InputError, match="rad 2, KPI-id: U07460 finns redan på rad 1"):
        kolada.replace_kpis(s, [row, row])


def test_saved_response_of_two_pages_imports(borlange_db) -> None:
    result = import_files(borlange_db, FIXTURES / "saved_two_pages.json")
    assert result.errors == []
    assert (result.count("ny"), result.count("ändrad")) == (4, 2)
    assert value_of(borlange_db, "2081", 2023) == (68.3, "Källa: Kolada")  # was 68 from the news
    assert value_of(borlange_db, "0000", 2022) == (69.4, "Källa: Kolada")
    assert value_of(borlange_db, "2081", 2022, Area.LIVSMEDELSKONTROLL) == (71.2, "Källa: Kolada")
    assert value_of(borlange_db, "2081", 2023, Area.LIVSMEDELSKONTROLL) is None  # null: skipped
    assert "Okänt KPI-id U07459: 1 värden lästes inte." in result.notes[0]
    assert "1 värden utan siffra (null i Kolada) hoppades över." in result.notes


def test_fetch_follows_next_url_and_previews(borlange_db) -> None:
    with fake_kolada() as server:
        server.serve_recorded_pages()
        with borlange_db.read() as s:
            plan = kolada.plan_fetch(s, base_url=server.base)
        parsed = kolada.fetch(plan)
    assert server.requests == [DATA, DATA + "?page=2&per_page=4"]
    assert len(parsed.rows) == 6 and parsed.errors == []
    before = snapshot(borlange_db)
    with borlange_db.read() as s:
        result = importers.preview(s, parsed)
    assert snapshot(borlange_db) == before
    with borlange_db.write() as s:
        importers.apply(s, result)
    assert value_of(borlange_db, "0000", 2023, Area.LIVSMEDELSKONTROLL) == (72.8, "Källa: Kolada")


def test_fetch_uses_the_base_address_setting(borlange_db) -> None:
    with fake_kolada() as server:
        server.serve_recorded_pages()
        with borlange_db.write() as s:
            settings.save(s, kolada_base_url=server.base)
        with borlange_db.read() as s:
            plan = kolada.plan_fetch(s, kpis=["U07451"], municipalities=["2081"])
        assert plan.url == server.base + "/data/kpi/U07451/municipality/2081"


@pytest.mark.parametrize(
    ("route", "body", "status", "message"),
    [
        (None, b"", 200, "kan inte nås"),
        (DATA, b"<html>Inte JSON</html>", 200, "svarade inte med JSON"),
        (DATA, b"{}", 503, "svarade med fel 503"),
        (DATA, b'{"values": [], "next_url": "http://example.org/v3/x"}', 200, "en annan server"),
        (DATA, b'{"values": [], "next_url": "file:///etc/passwd"}', 200, "ogiltig nästa sida"),
    ],
)
def test_fetch_problems_give_a_message_and_change_nothing(borlange_db, route, body, status, message) -> None:
    before = snapshot(borlange_db)
    with fake_kolada() as server:
        base = server.base if route else closed_port_url()
        if route:
            server.serve(route, body, status)
        with borlange_db.read() as s:
            plan = kolada.plan_fetch(s, base_url=base)
        with pytest.raises(kolada.KoladaUnavailable, match=message) as info:
            kolada.fetch(plan, timeout=5)
    assert "nget har ändrats" in info.value.message
    assert snapshot(borlange_db) == before


def test_a_page_pointing_to_itself_stops(borlange_db) -> None:
    with fake_kolada() as server:
        server.serve(DATA, f'{{"values": [], "next_url": "{server.base}{DATA[3:]}"}}'.encode())
        with borlange_db.read() as s:
            plan = kolada.plan_fetch(s, base_url=server.base)
        with pytest.raises(kolada.KoladaUnavailable, match="samma sida två gånger"):
            kolada.fetch(plan)


def test_unknown_kpi_and_bad_choices_are_refused_before_fetching(borlange_db) -> None:
    with borlange_db.read() as s:
        with pytest.raises(InputError, match="inte finns i KPI-tabellen: U12345"):
            kolada.plan_fetch(s, kpis=["U12345"])
        with pytest.raises(InputError, match="”208” är ingen kommunkod"):
            kolada.plan_fetch(s, municipalities=["208"])
        with pytest.raises(InputError, match="ska börja med https://"):
            kolada.plan_fetch(s, base_url="ftp://kolada")


def test_without_own_code_the_municipality_must_be_chosen(db) -> None:
    with db.read() as s, pytest.raises(InputError, match="ingen egen kommunkod"):
        kolada.plan_fetch(s)


# --- long id lists, municipality groups and Kolada's status (issue 11) ------------------------

EMPTY = b'{"values": [], "count": 0, "next_url": null, "previous_url": null}'


def test_more_than_25_ids_in_a_segment_are_split(borlange_db) -> None:
    import itertools

    combos = list(itertools.product(Group, Area, Measure))[:30]
    rows = [kolada.KpiRow(f"U1{n:04d}", "", *combo) for n, combo in enumerate(combos)]
    kpis = [r.kpi for r in rows]
    places = [f"{1000 + n:04d}" for n in range(26)] + ["G124018"]  # 27 ids
    with borlange_db.write() as s:
        kolada.replace_kpis(s, rows)
    # By hand: 30 KPIs = 25 + 5, 27 municipalities = 25 + 2: four requests.
    expected = [
        f"/v3/data/kpi/{','.join(k)}/municipality/{','.join(p)}"
        for k in (kpis[:25], kpis[25:])
        for p in (places[:25], places[25:])
    ]
    with fake_kolada() as server:
        for route in expected:
            server.serve(route, EMPTY)
        with borlange_db.read() as s:
            plan = kolada.plan_fetch(s, kpis, places, base_url=server.base)
        parsed = kolada.fetch(plan)
    assert server.requests == expected
    assert all(len(part.split(",")) <= 25 for r in expected for part in r.split("/")[4::2])
    assert parsed.errors == [] and parsed.rows == []


def test_years_are_split_too() -> None:
    urls = kolada.data_urls("https://api.kolada.se/v3", ["U07451"], ["2081"], list(range(2000, 2030)))
    assert [u.rsplit("/", 1)[1].count(",") + 1 for u in urls] == [25, 5]


def test_groups_and_status_from_a_fetch(borlange_db) -> None:
    import datetime as dt

    from models import chart_data

    route = "/v3/data/kpi/U07451,U07455/municipality/2081,G124018"
    with fake_kolada() as server:
        server.serve_file(route, "data_status_groups.json")
        with borlange_db.read() as s:
            plan = kolada.plan_fetch(s, municipalities=["2081", "g124018"], base_url=server.base)
        parsed = kolada.fetch(plan, today=dt.date(2025, 3, 3))
    assert parsed.errors == []
    assert "1 värden har en status i Kolada (Preliminär 1) och sparas som preliminära" in (
        parsed.notes[-1]
    )
    assert "Kolada-status på värdena utan siffra: Missing 1." in parsed.notes
    with borlange_db.read() as s:
        result = importers.preview(s, parsed)
    with borlange_db.write() as s:
        importers.apply(s, result)
    with borlange_db.read() as s:
        own = find_result(s, ResultKey("2081", 2024, Group.FORETAG, Area.TOTALT, Measure.NKI))
        group = find_result(s, ResultKey("G124018", 2023, Group.FORETAG, Area.TOTALT, Measure.NKI))
        nki = chart_data.load_nki(s, group=Group.FORETAG, comparison="G124018")
        towns = chart_data.municipalities(s)
    # the value with a status: preliminary, read on the fetch date, the status in the source
    assert (own.value, own.preliminary, own.preliminary_as_of, own.source) == (
        69.7, True, dt.date(2025, 3, 3), "Källa: Kolada (status: Preliminär)"
    )
    assert (group.value, group.preliminary, group.source) == (66.9, False, "Källa: Kolada")
    assert "G124018" in towns
    compared = [series for series in nki.series if series.comparison]
    assert [(c.label, [p.year for p in c.points]) for c in compared] == [
        ("Kommungrupp G124018, företag", [2023])
    ]


def test_a_saved_response_with_a_status_has_no_as_of_date(borlange_db, tmp_path) -> None:
    path = tmp_path / "kolada.json"
    path.write_text((FIXTURES / "data_status_groups.json").read_text(encoding="utf-8"),
                    encoding="utf-8")
    assert import_files(borlange_db, path).errors == []
    with borlange_db.read() as s:
        own = find_result(s, ResultKey("2081", 2024, Group.FORETAG, Area.TOTALT, Measure.NKI))
    assert (own.preliminary, own.preliminary_as_of) == (True, None)


def test_a_group_id_must_look_like_one(borlange_db) -> None:
    with borlange_db.read() as s, pytest.raises(InputError, match="”GX1” är ingen kommunkod"):
        kolada.plan_fetch(s, municipalities=["GX1"])
