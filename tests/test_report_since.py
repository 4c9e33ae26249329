"""The report's "Sedan förra mötet" as net changes (models/report_data/net_changes.py): a
made-up history of undo and redo steps after a recorded report, on Borlänge's data, read
back from the PDF's text."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from charts.report import make_report
from models import actions as ops
from models import steps
from models.entities import utcnow
from models.report_data import load_report, record_report
from models.report_data.net_changes import CurrentComment, LogRow, net_changes
from models.seed import load_example
from tests.report_helpers import fake_clock

UNNAMED_4 = "Åtgärdsförslag 4 (ej namngivet ännu)"


def _id(s, title: str) -> int:
    return next(a.id for a in ops.list_actions(s) if a.title == title)


def _ref(db, refs: steps.Refs, title: str) -> steps.ActionRef:
    with db.read() as s:
        action = ops.get_action(s, _id(s, title))
        return refs.ref(action.id, action.version)


def _run(db, step: steps.Step, *moves: str) -> None:
    with db.write() as s:
        step.do(s)
    for move in moves:
        with db.write() as s:
            (step.undo if move == "undo" else step.redo)(s)


@pytest.fixture
def history(borlange_db):
    """Borlänge, a report, then a meeting's worth of steps, many of them undone and redone."""
    db, refs = borlange_db, steps.Refs()
    # After the data was put in (at the real time); steps of two seconds on the log's clock.
    with fake_clock(utcnow() + dt.timedelta(seconds=5)) as clock:
        clock.step = dt.timedelta(seconds=2)
        with db.write() as s:
            ops.add_comment(s, _id(s, "Förbättrad webbsida"), "Skiss klar", author="Pia")
            record_report(s, clock())
        clock.now += dt.timedelta(minutes=1)
        # renamed and started, the status undone and redone twice: one change, Ej påbörjad → Pågår
        four = _ref(db, refs, UNNAMED_4)
        _run(db, steps.EditAction(four, {"title": UNNAMED_4}, {"title": "Dialogmöten"}, four.version))
        for _ in range(2):
            start = steps.EditAction(four, {"status": "ej_paborjad"}, {"status": "pagar"}, four.version)
            _run(db, start, "undo", "redo")
        # finished and taken back: no change
        house = _ref(db, refs, "Öppet hus")
        _run(db, steps.EditAction(house, {"status": "pagar"}, {"status": "klar"}, house.version), "undo")
        # removed, put back, removed again, put back (new ids, same content): no change
        web = _ref(db, refs, "Förbättrad webbsida")
        _run(db, steps.DeleteAction(refs, web, web.version), "undo", "redo", "undo")
        # a later due date
        phone = _ref(db, refs, "Telefontider")
        _run(db, steps.EditAction(phone, {"due": None}, {"due": "2026-12-31"}, phone.version))
        # new, undone, redone: new once; another made and undone: nothing
        _run(db, steps.CreateAction(refs, {"title": "Servicelöfte"}), "undo", "redo")
        _run(db, steps.CreateAction(refs, {"title": "Tillfällig idé"}), "undo")
        # removed for good
        seven = _ref(db, refs, "Åtgärdsförslag 7 (ej namngivet ännu)")
        _run(db, steps.DeleteAction(refs, seven, seven.version))
        # comments: one today, one typed in now but dated 2024, one undone
        with db.write() as s:
            ops.add_comment(s, _id(s, "Öppet hus"), "Fullsatt i maj", author="Ola",
                            date=dt.date.today())
            ops.add_comment(s, _id(s, "Telefontider"), "Första veckan gick bra", author="Eva",
                            date=dt.date(2024, 5, 16))
        house = _ref(db, refs, "Öppet hus")
        _run(db, steps.AddComment(house, {"text": "Fel ärende", "author": "Ola"}, house.version),
             "undo")
    return db


def test_each_net_change_once(history) -> None:
    with history.read() as s:
        since = load_report(s).since
    assert "sedan förra mötesunderlaget" in since.reason
    renamed = f"Dialogmöten (hette: {UNNAMED_4})"
    assert [(e.title, e.text) for e in since.status_changes] == [
        (renamed, "Ej påbörjad → Pågår")
    ]
    assert since.finished == ()
    assert [e.title for e in since.new_actions] == ["Servicelöfte"]
    assert [e.title for e in since.removed] == ["Åtgärdsförslag 7 (ej namngivet ännu)"]
    assert [(e.title, e.text) for e in since.due_changes] == [
        ("Telefontider", "klart senast inget datum → 2026-12-31")
    ]
    assert [(e.title, e.text) for e in since.renamed] == [("Dialogmöten", f"hette: {UNNAMED_4}")]
    comments = [(e.at.date(), e.title, e.text, e.note) for e in since.comments]
    typed = since.since.date().isoformat()
    assert comments == [
        (dt.date(2024, 5, 16), "Telefontider", "Första veckan gick bra",
         f"inlagd i efterhand {typed}"),
        (dt.date.today(), "Öppet hus", "Fullsatt i maj", ""),
    ]


def test_the_pdf_says_it_once_by_current_titles(history, tmp_path) -> None:
    path = tmp_path / "möte.pdf"
    make_report(history, path, record=False)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)
    section = text[text.index("Sedan förra mötet Det som hänt") : text.index("Alla åtgärder (")]
    assert "Nya åtgärder (1)" in section and "Servicelöfte" in section
    assert "Tillfällig idé" not in section
    assert "Klara åtgärder (0)" in section and "Ändrad status (1)" in section
    assert section.count("Ej påbörjad → Pågår") == 1 and "Klar" not in section.replace(
        "Klara åtgärder", ""
    ).replace("klart senast", "")
    assert "Dialogmöten (hette: Åtgärdsförslag 4 (ej namngivet ännu))" in section
    assert "Förbättrad webbsida" not in section
    assert "Borttagna åtgärder (1)" in section and "Åtgärdsförslag 7" in section
    assert "Nya kommentarer (2)" in section
    assert "2024-05-16 (inlagd i efterhand" in section and "Fullsatt i maj" in section
    assert "Skiss klar" not in section and "Fel ärende" not in section


def test_without_a_report_old_dated_comments_are_not_news(borlange_db) -> None:
    with borlange_db.write() as s:
        load_example(s)
        ops.add_comment(s, _id(s, "Öppet hus"), "Gammal anteckning", author="Ola",
                        date=dt.date(2024, 5, 16))
        ops.add_comment(s, _id(s, "Öppet hus"), "Färsk anteckning", author="Ola")
    with borlange_db.read() as s:
        since = load_report(s).since
    assert "de senaste 30 dagarna" in since.reason
    assert [e.text for e in since.comments] == ["Färsk anteckning"]


def _row(number: int, day: int, operation: str, entity_id: int, **kw) -> LogRow:
    return LogRow(number, dt.datetime(2026, 3, day), "u", "action", entity_id, entity_id,
                  operation, **kw)


def test_a_removed_action_put_back_with_other_content_is_removed_and_new() -> None:
    start = dt.datetime(2026, 3, 10)
    rows = [
        _row(1, 1, "create", 1, new="Webb"),
        _row(2, 11, "update", 1, field="status", old="ej_paborjad", new="pagar"),
        _row(3, 12, "delete", 1, old="Webb"),
        _row(4, 13, "create", 2, new="Webb"),  # same title, other status: not the same
        _row(5, 14, "update", 2, field="title", old="Webb", new="Webben"),
    ]
    now = {2: {"title": "Webben", "status": "ej_paborjad"}}
    net = net_changes(rows, now, [CurrentComment(9, 2, dt.date(2026, 3, 1), "a", "x")], start,
                      dt.date(2026, 3, 10))
    kinds = sorted((c.kind, c.title) for c in net.actions)
    assert kinds == [("new", "Webben"), ("removed", "Webb")]
    assert net.comments == ()  # typed in before the period (no log row in it)
