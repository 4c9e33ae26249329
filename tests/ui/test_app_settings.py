"""The user's own settings: declared once, typed, kept in the data folder."""

from __future__ import annotations

import typing

from PySide6.QtCore import QByteArray

from ui.window import app_settings
from ui.window.app_settings import SETTINGS, AppSettings


def test_every_setting_has_its_type_for_mypy(data_home) -> None:
    hints = typing.get_type_hints(AppSettings, vars(app_settings))
    assert set(hints) == set(SETTINGS)
    for key, hint in hints.items():
        assert (typing.get_origin(hint) or hint) is SETTINGS[key].type, key


def test_settings_are_read_back_with_their_types(data_home) -> None:
    settings = AppSettings()
    assert settings.language == "sv" and settings.recent_files == []
    settings.add_recent("a.db")
    settings.add_recent("b.db")
    settings.poll_interval_ms = 500
    settings.sync()
    again = AppSettings()
    assert again.recent_files == ["b.db", "a.db"]
    assert again.poll_interval_ms == 500
    assert isinstance(again.window_geometry, QByteArray)
