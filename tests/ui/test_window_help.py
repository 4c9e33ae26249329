"""Hjälp: F1 opens the Swedish manual (shipped, offline) with every key; Kortkommandon; Om."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import ROOT
from ui.window import help as help_menu
from ui.window import keys


def shown_dialog(qtbot, window) -> help_menu.TextDialog:
    dialog = window.help.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_f1_opens_the_manual_with_every_key(qtbot, window) -> None:
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F1)
    dialog = shown_dialog(qtbot, window)
    assert dialog.windowTitle() == "Handbok"
    text = dialog.browser.toPlainText()
    assert text.startswith("Insiktskollen – kort handbok")
    assert "Komma igång" in text and "Kortkommandon" in text
    for key in keys.KEYS:
        assert key.shown in text and key.what in text
    assert dialog.browser.document().toPlainText().count("Ctrl+Tab") >= 1
    # Within the screen (a projector's too).
    assert window.screen().availableGeometry().width() >= dialog.width()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_help_menu_has_manual_keys_and_about(qtbot, window, monkeypatch) -> None:
    texts = [a.text() for a in window.help_menu().actions() if not a.isSeparator()]
    assert texts == ["&Handbok", "&Kortkommandon", "&Om Insiktskollen"]
    assert window.help.manual_action.shortcut().toString() == "F1"
    window.help.keys_action.trigger()
    dialog = shown_dialog(qtbot, window)
    assert dialog.windowTitle() == "Kortkommandon"
    assert "Spara kommentaren eller milstolpen" in dialog.browser.toPlainText()
    told: list[str] = []
    monkeypatch.setattr("ui.window.messages.info", lambda _p, title, _text: told.append(title))
    window.help.about_action.trigger()
    assert told == ["Om Insiktskollen"]
    QApplication.processEvents()


def test_the_manual_is_shipped_in_the_bundle() -> None:
    assert help_menu.MANUAL.is_file()
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    relative = Path(help_menu.MANUAL).relative_to(ROOT).as_posix()
    assert '"manual" / "handbok.html"), "resources/manual")' in spec, relative
    assert help_menu.KEYS_PLACE in help_menu.MANUAL.read_text(encoding="utf-8")
