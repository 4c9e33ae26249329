"""The Kolada dialogs speak to a municipal user: names, not only codes; no API paths; an
unconfirmed KPI id is said to be uncertain and is not fetched unless the user ticks it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ui.window.results.import_dialog import KoladaFetchDialog, KpiTableDialog
from ui.window.results.view import ResultsView


@pytest.fixture
def view(qtbot, borlange_db):
    widget = ResultsView(borlange_db)
    qtbot.addWidget(widget)
    return widget


def items(dialog):
    return {dialog.kpi_list.item(i).data(Qt.ItemDataRole.UserRole): dialog.kpi_list.item(i)
            for i in range(dialog.kpi_list.count())}


def test_fetch_dialog_marks_the_probable_kpi_and_leaves_it_unticked(qtbot, view, borlange_db):
    dialog = KoladaFetchDialog(borlange_db, view)
    qtbot.addWidget(dialog)
    found = items(dialog)
    total = found["U07451"]
    assert total.text().endswith("(U07451) – troligen rätt nyckeltal, kontrollera i Kolada")
    assert total.checkState() == Qt.CheckState.Unchecked
    assert total.flags() & Qt.ItemFlag.ItemIsUserCheckable  # still the user's choice
    assert "kolada.se" in total.toolTip()
    sure = found["U07455"]
    assert sure.checkState() == Qt.CheckState.Checked and "troligen" not in sure.text()
    assert "U07451" not in dialog.chosen_kpis() and "U07455" in dialog.chosen_kpis()
    total.setCheckState(Qt.CheckState.Checked)
    assert "U07451" in dialog.chosen_kpis()
    words = " ".join(item.text() for item in found.values())
    assert "troligt id" not in words and "inte bekräftat" not in words


def test_fetch_dialog_names_the_municipalities(qtbot, view, borlange_db, tmp_path):
    dialog = KoladaFetchDialog(borlange_db, view)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 620)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.place_names.text() == "Hämtas för: Borlänge (2081) och Riket (0000)."
    dialog.grab().save(str(tmp_path / "kolada_fetch.png"))
    dialog.places.setText("2081, 1280, 0000")
    assert dialog.place_names.text() == ("Hämtas för: Borlänge (2081), kommun 1280 och "
                                         "Riket (0000).")
    dialog.places.setText("")
    assert dialog.place_names.text() == "Ingen kommun vald."


def test_kpi_table_explains_in_plain_words(qtbot, view, borlange_db, tmp_path):
    from PySide6.QtWidgets import QLabel

    dialog = KpiTableDialog(borlange_db, view)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "kolada.se" in texts and "/v3/" not in texts and "id:n i Kolada med" not in texts
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    assert headers[-1] == "Osäkert id (kontrollera)"
    dialog.grab().save(str(tmp_path / "kpi_table.png"))
