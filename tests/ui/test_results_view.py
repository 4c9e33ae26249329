"""The Resultat view and the import dialogs, driven as a user would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from models.codes import Area, Group, Measure
from models.entities import ChangeLogEntry
from models.results import ResultKey, check_key, check_values, find_result, set_result
from tests.importer_helpers import snapshot
from tests.kolada_server import closed_port_url, fake_kolada
from ui.window import messages
from ui.window.results.model import CELL_ROLE
from ui.window.results.view import ResultsView


@pytest.fixture
def view(qtbot, borlange_db):
    widget = ResultsView(borlange_db)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def cell(view, year: int, measure: Measure = Measure.NKI, compare: bool = False):
    return view.model.index(view.model.measures.index(measure), view.model.year_column(year, compare))


def type_into_cell(qtbot, view, index, text: str) -> None:
    """Double-click the cell, type, press Enter: what a user does."""
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = view.table.viewport().findChild(QLineEdit)
    assert editor is not None, "ingen redigeringsruta öppnades"
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits through a queued call: let the event loop deliver it.
    qtbot.waitUntil(lambda: view.table.state() != view.table.State.EditingState)


def stored(db, year: int, group=Group.TOTALT, area=Area.TOTALT, measure=Measure.NKI, town="2081"):
    with db.read() as s:
        return find_result(s, ResultKey(town, year, group, area, measure))


def test_borlange_figures_with_answers_margin_preliminary_and_break(view) -> None:
    view.choose(group=Group.TOTALT, area=Area.TOTALT)
    model = view.model
    assert cell(view, 2023).data() == "71\n509 svar · ±3*"
    assert cell(view, 2024).data() == "80 prel.\n81 svar · ±6*"
    assert cell(view, 2024).data(Qt.ItemDataRole.FontRole).italic()
    header = model.headerData(model.year_column(2024), Qt.Orientation.Horizontal)
    assert header == "2024 ¹\nBorlänge"
    assert "inte samma mått" in view.break_label.text() and view.break_label.isVisible()
    change = model.index(0, model.columnCount() - 1).data()
    assert change == "2023–2024\nej jämförbart (ny total)"
    assert "Felmarginal: ±3 (uppskattad från 509 svar)" in cell(view, 2023).data(
        Qt.ItemDataRole.ToolTipRole)
    view.choose(group=Group.FORETAG)
    assert cell(view, 2023).data() == "68"
    assert view.model.index(0, view.model.columnCount() - 1).data() == (
        "2022–2023: +1\nfelmarginal okänd"
    )
    view.choose(area=Area.BYGGLOV)  # the break concerns the total only
    assert not view.break_label.isVisible()


def test_a_value_of_140_gives_a_swedish_message_and_nothing_is_stored(qtbot, view, borlange_db) -> None:
    before = snapshot(borlange_db)
    type_into_cell(qtbot, view, cell(view, 2025), "140")
    assert view.banner.isVisible()
    assert view.banner.text.text() == "NKI 2025, Borlänge: Värde: 140 ligger utanför 0–100."
    assert snapshot(borlange_db) == before
    assert cell(view, 2025).data() is None


def test_72_5_is_stored_logged_and_shown(qtbot, view, borlange_db) -> None:
    view.choose(group=Group.FORETAG, area=Area.TOTALT)
    with qtbot.waitSignal(view.data_changed):
        type_into_cell(qtbot, view, cell(view, 2025, Measure.TILLGANGLIGHET), "72,5")
    row = stored(borlange_db, 2025, Group.FORETAG, measure=Measure.TILLGANGLIGHET)
    assert (row.value, row.source) == (72.5, "Inmatad i Insiktskollen")
    assert cell(view, 2025, Measure.TILLGANGLIGHET).data() == "72,5"
    assert view.banner.text.text() == "Tillgänglighet 2025, Borlänge: sparat 72,5."
    with borlange_db.read() as s:
        log = s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.entity == "result",
                                                     ChangeLogEntry.entity_id == row.id)).all()
    assert [(e.operation, e.user) for e in log] == [("create", "testare")]


def test_correcting_a_value_keeps_its_answers_and_flags(qtbot, view, borlange_db) -> None:
    view.choose(group=Group.TOTALT)
    type_into_cell(qtbot, view, cell(view, 2024), "79")
    row = stored(borlange_db, 2024)
    assert (row.value, row.answers, row.preliminary) == (79.0, 81, True)


def test_panel_saves_answers_margin_preliminary_and_few_answers_are_greyed(qtbot, view, borlange_db) -> None:
    view.choose(group=Group.FORETAG, area=Area.BYGGLOV)
    index = cell(view, 2024, Measure.BEMOTANDE)
    view.table.setCurrentIndex(index)
    panel = view.editor
    assert panel.heading.text() == "Kundgrupp företag, område bygglov: Bemötande 2024, Borlänge"
    panel.value.setText("66")
    panel.answers.setText("5")
    panel.preliminary.setChecked(True)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    row = stored(borlange_db, 2024, Group.FORETAG, Area.BYGGLOV, Measure.BEMOTANDE)
    assert (row.value, row.answers, row.preliminary) == (66.0, 5, True)
    assert index.data() == "66 prel.\nför få svar (5 < 7)"
    assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#8a8a8a"
    assert "Visas inte enligt regeln om minsta antal svar" in panel.details.text()

    panel.answers.setText("fem")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert view.banner.text.text() == "Bemötande 2024, Borlänge: Antal svar: ”fem” är inget tal."
    assert stored(borlange_db, 2024, Group.FORETAG, Area.BYGGLOV, Measure.BEMOTANDE).answers == 5

    panel.answers.setText("")
    panel.margin.setText("3,2")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    row = stored(borlange_db, 2024, Group.FORETAG, Area.BYGGLOV, Measure.BEMOTANDE)
    assert (row.answers, row.margin) == (None, 3.2)
    assert index.data() == "66 prel.\n±3,2"


def test_panel_refuses_a_final_value_for_this_year_and_keeps_the_preliminary(qtbot, view, borlange_db) -> None:
    year = dt.date.today().year  # the window runs on today's date
    key = check_key("2081", year, Group.TOTALT, Area.TOTALT, Measure.NKI)
    with borlange_db.write() as s:
        set_result(s, key, check_values(75, preliminary=True))
    view.choose(group=Group.TOTALT, area=Area.TOTALT)
    view.refresh()
    view.table.setCurrentIndex(cell(view, year))
    panel = view.editor
    assert panel.preliminary.isChecked()
    panel.preliminary.setChecked(False)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert view.banner.text.text() == (
        f"NKI {year}, Borlänge: År: {year} är inte färdigmätt ännu: ett värde för {year} kan "
        f"bara vara preliminärt (senast mätta år är {year - 1})."
    )
    row = stored(borlange_db, year)
    assert (row.value, row.preliminary) == (75.0, True)


def test_delete_asks_first(qtbot, view, borlange_db, monkeypatch) -> None:
    view.choose(group=Group.FORETAG, area=Area.TOTALT)
    view.table.setCurrentIndex(cell(view, 2022))
    monkeypatch.setattr(messages, "ask", lambda *a, **k: False)
    qtbot.mouseClick(view.editor.delete_button, Qt.MouseButton.LeftButton)
    assert stored(borlange_db, 2022, Group.FORETAG) is not None
    monkeypatch.setattr(messages, "ask", lambda *a, **k: True)
    qtbot.mouseClick(view.editor.delete_button, Qt.MouseButton.LeftButton)
    assert stored(borlange_db, 2022, Group.FORETAG) is None
    assert cell(view, 2022).data() is None


def test_comparison_beside_the_own_figures(qtbot, view, borlange_db) -> None:
    with borlange_db.write() as s:
        set_result(s, check_key("0000", 2023, "totalt", "totalt", "nki"),
                   check_values(69.4, 46000, source="Källa: Kolada"))
    view.choose(group=Group.TOTALT, area=Area.TOTALT, compare="0000")
    assert view.model.headerData(view.model.year_column(2023, True), Qt.Orientation.Horizontal) == "2023\nRiket"
    assert cell(view, 2023, compare=True).data() == "69,4\n46000 svar · ±1*"
    assert cell(view, 2023, compare=True).data(Qt.ItemDataRole.BackgroundRole) is not None
    view.other_code.setText("208")
    QTest.keyClick(view.other_code, Qt.Key.Key_Return)
    assert "”208” är ingen kommunkod" in view.banner.text.text()
    view.other_code.setText("2080")
    QTest.keyClick(view.other_code, Qt.Key.Key_Return)
    assert view.compare == "2080"
    assert view.model.headerData(view.model.year_column(2023, True), Qt.Orientation.Horizontal) == "2023\n2080"


def test_renders_on_the_borlange_data(view, tmp_path) -> None:
    view.choose(group=Group.TOTALT, compare="0000")
    view.table.setCurrentIndex(cell(view, 2024))
    picture = view.grab()
    assert picture.width() >= 1300
    assert picture.save(str(tmp_path / "resultat.png"))
    assert cell(view, 2024).data(CELL_ROLE).preliminary


# --- the import dialog --------------------------------------------------------------------------

def test_import_dialog_previews_and_imports_on_confirm(qtbot, view, borlange_db, tmp_path) -> None:
    from ui.window.results.import_dialog import ImportDialog

    bad = tmp_path / "fel.csv"
    bad.write_text("År;Kundgrupp;Myndighetsområde;Mått;Värde\n2021;Företag;Bygglov;NKI;105\n",
                   encoding="utf-8")
    good = tmp_path / "bra.csv"
    good.write_text("År;Kundgrupp;Myndighetsområde;Mått;Värde;Antal svar\n"
                    "2023;Företag;Totalt;NKI;68,4;120\n2021;Företag;Bygglov;NKI;70;\n",
                    encoding="cp1252")
    before = snapshot(borlange_db)
    dialog = ImportDialog(borlange_db, view, [bad])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy)  # the preview runs in a worker
    assert "rad 2, Värde: 105 ligger utanför 0–100." in dialog.panel.errors.toPlainText()
    assert not dialog.import_button.isEnabled()
    dialog.load([good])
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.panel.summary.text() == "bra.csv: 1 nya, 1 ändrade, 0 oförändrade rader."
    assert dialog.panel.table.item(0, 7).text() == "68 → 68,4"
    assert dialog.import_button.text() == "&Importera 2 rader"
    assert snapshot(borlange_db) == before
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.written == 2
    assert stored(borlange_db, 2023, Group.FORETAG).value == 68.4
    assert stored(borlange_db, 2021, Group.FORETAG, Area.BYGGLOV).source == "Importerad från bra.csv"


def test_import_dialog_saves_a_template(qtbot, view, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from ui.window.results.import_dialog import ImportDialog

    target = tmp_path / "mall.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = ImportDialog(view.db, view)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf\xc3\x85r;Kundgrupp;")
    assert str(target) in dialog.banner.text.text()


def test_kpi_table_editor_checks_and_saves(qtbot, view, borlange_db) -> None:
    from models import kolada
    from ui.window.results.import_dialog import KpiTableDialog

    dialog = KpiTableDialog(borlange_db, view)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.table.item(2, 0).setText("U0746")
    dialog.table.item(2, 1).setText("Insikt - Bygglov - Index")
    dialog.table.cellWidget(2, 3).setCurrentIndex(dialog.table.cellWidget(2, 3).findData("bygglov"))
    dialog.buttons.accepted.emit()
    assert "rad 3, KPI-id: ”U0746” ska vara en bokstav och fem siffror" in dialog.banner.text.text()
    dialog.table.item(2, 0).setText("U07460")
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    with borlange_db.read() as s:
        rows = {r.kpi: r for r in kolada.list_kpis(s)}
    assert rows["U07460"].area == Area.BYGGLOV and rows["U07451"].probable


def test_fetch_dialog_against_a_local_server(qtbot, view, borlange_db) -> None:
    from ui.window.results.import_dialog import KoladaFetchDialog

    with fake_kolada() as server:
        server.serve_recorded_pages()
        dialog = KoladaFetchDialog(borlange_db, view)
        qtbot.addWidget(dialog)
        assert dialog.places.text() == "2081, 0000"
        # The unconfirmed total (U07451) is fetched only when the user ticks it.
        dialog.kpi_list.findItems("(U07451)", Qt.MatchFlag.MatchContains)[0].setCheckState(
            Qt.CheckState.Checked)
        dialog.base_url.setText(server.base)
        qtbot.mouseClick(dialog.fetch_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.panel.summary.text().endswith("4 nya, 2 ändrade, 0 oförändrade rader.")
    assert "Okänt KPI-id U07459" in dialog.panel.notes.text()
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.written == 6
    assert stored(borlange_db, 2023, Group.FORETAG, town="0000").source == "Källa: Kolada"


def test_fetch_dialog_without_network_says_so(qtbot, view, borlange_db) -> None:
    from ui.window.results.import_dialog import KoladaFetchDialog

    before = snapshot(borlange_db)
    dialog = KoladaFetchDialog(borlange_db, view)
    qtbot.addWidget(dialog)
    dialog.base_url.setText(closed_port_url())
    qtbot.mouseClick(dialog.fetch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert "kan inte nås" in dialog.banner.text.text()
    assert "Inget har ändrats" in dialog.banner.text.text()
    assert not dialog.save_button.isEnabled()
    assert snapshot(borlange_db) == before


def test_change_column_leaves_out_figures_below_the_minimum(view, borlange_db) -> None:
    # Estimated margins: 1,96 · 25 / √120 = 4,5 → ±5 and 1,96 · 25 / √131 = 4,3 → ±5;
    # combined √(5² + 5²) = 7,07 → 8, so +9 is larger.
    with borlange_db.write() as s:
        for year, value, answers in ((2022, 60, 120), (2023, 69, 131), (2024, 71, 5)):
            set_result(s, check_key("2081", year, "foretag", "bygglov", "tillganglighet"),
                       check_values(value, answers))
    view.choose(group=Group.FORETAG, area=Area.BYGGLOV)
    row = view.model.measures.index(Measure.TILLGANGLIGHET)
    change = view.model.index(row, view.model.columnCount() - 1).data()
    assert change == "2022–2023: +9\n↑ större än felmarginalen"
    assert cell(view, 2024, Measure.TILLGANGLIGHET).data() == "71\nför få svar (5 < 7)"


def test_menu_item_opens_the_import_and_refreshes_after_it(qtbot, view, monkeypatch) -> None:
    from ui.window.results import import_dialog

    opened = []

    def fake_exec(dialog) -> int:  # a modal dialog cannot be clicked offscreen: pretend it was
        opened.append(type(dialog).__name__)
        dialog.written = 3
        return 1

    monkeypatch.setattr(import_dialog.ImportDialog, "exec", fake_exec)
    items = view.menu_actions()
    assert [a.text() for a in items] == ["Importera resultat…", "Hämta från Kolada…",
                                         "KPI-tabell för Kolada…"]
    with qtbot.waitSignal(view.data_changed):
        items[0].trigger()
    assert opened == ["ImportDialog"]


def test_opens_on_the_group_with_the_newest_own_figures(view) -> None:
    # Borlänge's newest figures are Totalt (71 in 2023, 80 prel. in 2024), not Företag.
    assert view.group_box.currentText() == "Totalt"
    assert cell(view, 2023).data().startswith("71")
    assert cell(view, 2024).data().startswith("80 prel.")


def test_the_users_group_stays_when_the_figures_change(view) -> None:
    view.group_box.setCurrentIndex(view.group_box.findText("Företag"))
    view.refresh()
    assert view.group_box.currentText() == "Företag"
