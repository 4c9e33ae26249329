"""The effect chart (a forest plot), drawn without a window, on the Borlänge data plus a
made-up year of results.

The figures beyond Borlänge's news item are made up for the tests (bygglov, företag and
privatpersoner, 2022–2026): they are not Borlänge's (or anyone's) real results.
"""

from __future__ import annotations

import datetime as dt

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text

from charts import catalog
from charts.effect import effect_chart
from charts.style import Style, row_tip
from models import chart_data
from models.effect import Reason, Verdict
from models.results import check_key, check_values, set_result

TODAY = dt.date(2026, 12, 1)


def put(db, year, number, measure="nki", group="foretag", area="bygglov", **extra) -> None:
    with db.write() as s:
        set_result(
            s,
            check_key("2081", year, group, area, measure),
            check_values(
                number, extra.get("answers"), extra.get("margin"), None,
                extra.get("preliminary", False), "påhittat testvärde", extra.get("as_of"),
            ),
        )


@pytest.fixture
def made_up(borlange_db):
    """Borlänge, plus made-up bygglov figures around Telefontider (start 2024-05-02)."""
    db = borlange_db
    put(db, 2023, 62, "information", answers=400)  # ±3 (1,96·25/20 = 2,45 → 3)
    put(db, 2024, 66, "information", answers=400)  # the start year: never used
    put(db, 2025, 71, "information", answers=100)  # ±5: +9 beyond √(3² + 5²) → 6
    put(db, 2023, 70, "tillganglighet", margin=3.0)
    put(db, 2025, 72, "tillganglighet", margin=4.0)  # +2 within √(3² + 4²) = 5
    put(db, 2026, 75, "tillganglighet", preliminary=True, as_of="2026-04-20")  # early sign
    put(db, 2023, 66, "effektivitet", answers=5)  # too few answers
    put(db, 2025, 70, "effektivitet", answers=200)
    put(db, 2022, 72, "nki", answers=150)
    put(db, 2023, 73, "nki", answers=150)  # ±5 (1,96·25/√150 = 4,0 → 5)
    put(db, 2025, 62, "nki", answers=150)  # −11 beyond √(5² + 5²) = 7,07 → 8
    put(db, 2023, 60, "nki", group="privatpersoner", answers=90)
    put(db, 2025, 61, "nki", group="privatpersoner", answers=60, preliminary=True)
    return db


def texts(fig: Figure, prefix: str) -> dict[str, str]:
    return {
        str(t.get_gid()): " ".join(t.get_text().split())
        for t in fig.findobj(Text)
        if str(t.get_gid() or "").startswith(prefix)
    }


def markers(fig: Figure) -> dict[int, str]:
    """Row index → verdict of every point drawn."""
    found = {}
    for line in fig.findobj(Line2D):
        gid = str(line.get_gid() or "")
        if gid.startswith("verdict:"):
            _, index, verdict = gid.split(":")
            found[int(index)] = verdict
    return found


def draw(db, action_id=None) -> tuple[chart_data.EffectData, Figure]:
    with db.read() as s:
        data = chart_data.load_effect(s, action_id=action_id, today=TODAY)
    return data, effect_chart(data)


def test_telefontider_rows_with_their_verdicts_and_reasons(made_up) -> None:
    data, fig = draw(made_up)
    labels = texts(fig, "label:")
    words = texts(fig, "words:")
    pairs = [(labels[f"label:{i}"], words[f"words:{i}"]) for i in range(len(labels))]
    rows = dict(pairs)
    assert rows["Telefontider"] == "start 2024-05-02"
    assert rows["Information, företag, bygglov"] == (
        "62 → 71 (2023–2025): +9 ±6; statistiskt säkerställd ökning"
    )
    assert rows["Tillgänglighet, företag, bygglov"] == (
        "70 → 72 (2023–2025): +2 ±5; ingen säker förändring; tidig signal: 75 (2026, "
        "preliminärt)"
    )
    assert rows["Effektivitet, företag, bygglov"] == "kan inte bedömas: för få svar"
    assert rows["Information, privatpersoner, bygglov"] == (
        "kan inte bedömas: ingen mätning före startåret"
    )
    assert rows["NKI, företag, bygglov"] == (
        "73 → 62 (2023–2025): −11 ±8; statistiskt säkerställd minskning"
    )
    assert rows["NKI, privatpersoner, bygglov"].startswith(
        "60 → 61 (2023–2025, prel.): +1; preliminärt värde, bedöms först med de slutliga"
    )
    # The actions without a start date: one line each, with the reason in words.
    assert rows["Öppet hus"] == "inget startdatum"
    assert pairs.count(
        ("alla 8 jämförelser", "kan inte bedömas: åtgärden har inget startdatum")
    ) == 6
    # Three judged comparisons: the footnote on chance says so.
    assert data.judged == 3
    notes = " ".join(" ".join(t.get_text().split()) for t in fig.texts)
    assert "Av 3 jämförelser kan någon enstaka visa en statistiskt säkerställd" in notes
    assert "den kombinerade felmarginalen √(m₁² + m₂²)" in notes


def test_only_judged_rows_get_a_point_and_never_a_preliminary_one(made_up) -> None:
    data, fig = draw(made_up)
    labels = texts(fig, "label:")
    drawn = markers(fig)
    by_label = {labels[f"label:{i}"]: verdict for i, verdict in drawn.items()}
    assert by_label == {
        "Information, företag, bygglov": Verdict.OKAT.value,
        "Tillgänglighet, företag, bygglov": Verdict.INGEN_SAKER_FORANDRING.value,
        "NKI, företag, bygglov": Verdict.MINSKAT.value,
    }
    preliminary = [
        e for e in data.effects if e.reason == Reason.PRELIMINAR and e.change is not None
    ]
    assert preliminary, "the made-up data has a preliminary change"
    # In black and white: ▲ filled, ▼ filled, ○ hollow.
    looks = {
        str(ln.get_gid()).split(":")[2]: (ln.get_marker(), ln.get_markerfacecolor())
        for ln in fig.findobj(Line2D)
        if str(ln.get_gid() or "").startswith("verdict:")
    }
    assert looks["okat"][0] == "^" and looks["okat"][1] != "white"
    assert looks["minskat"][0] == "v" and looks["minskat"][1] != "white"
    assert looks["ingen_saker_forandring"] == ("o", "white")
    # The zero line, and each bar is the combined margin around the change.
    assert any(str(a.get_gid()) == "zero" for a in fig.findobj())


def test_the_chart_of_one_action_and_its_tooltips(made_up) -> None:
    data, fig = draw(made_up, action_id=1)
    assert data.action_title == "Telefontider"
    assert any(t.get_text() == "Effekt av ”Telefontider”" for t in fig.texts)
    assert "Telefontider" not in texts(fig, "label:").values()  # no heading for one action
    FigureCanvasAgg(fig).draw()
    axes = fig.axes[1]
    tips = [row_tip(fig, axes, y) for y in (0.5, 3.0, 6.0, 9.0)]
    assert all(t.startswith("Telefontider – ") for t in tips)
    assert row_tip(fig, fig.axes[0], 1.0) == ""  # the legend's axes has no rows


def test_without_rows_the_chart_says_why(db) -> None:
    from models.actions import create_action

    with db.write() as s:
        create_action(s, title="Brandskyddsguide", start="2024-01-10", areas=["brandskydd"])
    data, fig = draw(db)
    assert data.effects == ()
    words = " ".join(" ".join(t.get_text().split()) for t in fig.texts)
    assert "Inga jämförelser ännu" in words
    assert "Brandskyddsguide: inga egna resultat för brandskydd ännu" in words


def test_the_catalog_draws_it_large_too(made_up) -> None:
    options = catalog.ChartOptions(large=True)
    with made_up.read() as s:
        data = catalog.load(s, "effect", options, TODAY)
    fig = catalog.draw("effect", data, options)
    assert fig.get_size_inches()[0] == pytest.approx(Style(large=True).width)
    assert len(markers(fig)) == 3
