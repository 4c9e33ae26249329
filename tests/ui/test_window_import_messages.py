"""An import ends with a message of what was saved, in the window's status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.kolada_server import fake_kolada
from ui.window import messages


@pytest.fixture
def full(window):
    from ui.window.workspace import install

    install(window)
    return window


def menu_item(window, text: str):
    found = [a for a in window.file_menu().actions() if a.text().replace("&", "") == text]
    assert found, [a.text() for a in window.file_menu().actions()]
    return found[0]


def in_dialog(qtbot, drive: Callable[..., None]) -> None:
    """Run `drive(dialog)` on the modal dialog a menu item is about to open."""
    failures: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert dialog is not None
            drive(dialog)
        except BaseException as exc:  # noqa: BLE001 (handed to the test below)
            failures.append(exc)
            if dialog is not None:
                dialog.reject()

    QTimer.singleShot(0, run)
    return failures  # type: ignore[return-value]


def test_a_results_import_says_what_it_saved(qtbot, full, tmp_path: Path, monkeypatch) -> None:
    good = tmp_path / "bra.csv"
    good.write_text("År;Kundgrupp;Myndighetsområde;Mått;Värde;Antal svar\n"
                    "2023;Företag;Totalt;NKI;68,4;120\n2021;Företag;Bygglov;NKI;70;\n"
                    "2021;Företag;Bygglov;Bemötande;71;\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(good)], ""))

    def drive(dialog) -> None:
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible())

    failures = in_dialog(qtbot, drive)
    menu_item(full, "Importera resultat…").trigger()
    assert not failures, failures
    assert full.statusBar().currentMessage() == "Sparat: 2 nya och 1 ändrat resultat."


def test_a_kolada_fetch_says_what_it_saved(qtbot, full) -> None:
    with fake_kolada() as server:
        server.serve_recorded_pages()

        def drive(dialog) -> None:
            dialog.kpi_list.findItems("(U07451)", Qt.MatchFlag.MatchContains)[0].setCheckState(
                Qt.CheckState.Checked)
            dialog.base_url.setText(server.base)
            qtbot.mouseClick(dialog.fetch_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not dialog.isVisible())

        failures = in_dialog(qtbot, drive)
        menu_item(full, "Hämta från Kolada…").trigger()
    assert not failures, failures
    assert full.statusBar().currentMessage() == "Sparat: 4 nya och 2 ändrade resultat."


def test_an_actions_import_says_what_it_saved(qtbot, full, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "lista.csv"
    path.write_text("Id;Titel;Status;Framsteg (%)\r\n1;Telefontider;Pågår;30\r\n"
                    ";Ny från Excel;;\r\n;En till;;\r\n", encoding="utf-8-sig")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def drive(dialog) -> None:
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible())

    failures = in_dialog(qtbot, drive)
    menu_item(full, "Importera åtgärder…").trigger()
    assert not failures, failures
    assert full.statusBar().currentMessage() == "Sparat: 2 nya åtgärder och 1 ändrad."
    assert full.model.rowCount() == 9


def test_the_words_agree_with_the_counts() -> None:
    assert messages.saved_results(12, 3) == "Sparat: 12 nya och 3 ändrade resultat."
    assert messages.saved_results(1, 0) == "Sparat: 1 nytt och 0 ändrade resultat."
    assert messages.saved_actions(1, 1) == "Sparat: 1 ny åtgärd och 1 ändrad."
