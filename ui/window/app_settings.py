"""The user's own settings (not the database's): the one place that talks to QSettings.

Every setting is declared once below with its type and default. The file is an INI file in
the user's data folder, so tests (which move that folder) never touch the real settings.
Read and write them as attributes: `settings.language`, `settings.recent_files = [...]`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from models.paths import data_dir

SETTINGS_FILE = "installningar.ini"
SCHEMA_VERSION = 1
MAX_RECENT = 8


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    title: str


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("last_database", str, "", "Senast öppnade databas"),
        Setting("recent_files", list, [], "Senast öppnade filer"),
        Setting("language", str, "sv", "Språk (sv eller en)"),
        Setting("window_geometry", QByteArray, QByteArray(), "Fönstrets storlek och läge"),
        Setting("window_state", QByteArray, QByteArray(), "Fönstrets verktygsfält"),
        Setting("table_header", QByteArray, QByteArray(), "Tabellens kolumner"),
        Setting("splitter_state", QByteArray, QByteArray(), "Delningen tabell/detaljer"),
        Setting("poll_interval_ms", int, 2000, "Hur ofta andras ändringar hämtas (ms)"),
        Setting("chart_choices_shown", int, 1, "Diagramvyns val visas (1) eller är dolda (0)"),
    )
}

LANGUAGES = ("sv", "en")


class AppSettings:
    """Typed access to the declared settings; unknown keys are refused.

    The annotations give each setting of SETTINGS its type for mypy (a test keeps the two
    lists equal); reading and writing go through __getattr__ and __setattr__.
    """

    last_database: str
    recent_files: list[str]
    language: str
    window_geometry: QByteArray
    window_state: QByteArray
    table_header: QByteArray
    splitter_state: QByteArray
    poll_interval_ms: int
    chart_choices_shown: int

    def __init__(self, path: str | None = None) -> None:
        target = path or str(data_dir() / SETTINGS_FILE)
        self._qs = QSettings(target, QSettings.Format.IniFormat)
        self._upgrade()

    def _upgrade(self) -> None:
        # Versioned upgrade steps go here when a setting changes meaning.
        version = _coerce(Setting("schema_version", int, 0, ""), self._qs.value("schema_version"))
        if version < SCHEMA_VERSION:
            self._qs.setValue("schema_version", SCHEMA_VERSION)

    def __getattr__(self, key: str) -> Any:
        spec = SETTINGS.get(key)
        if spec is None:
            raise AttributeError(f"okänd inställning: {key}")
        raw = self._qs.value(key)
        return _coerce(spec, raw)

    def __setattr__(self, key: str, value: Any) -> None:
        if key.startswith("_"):
            object.__setattr__(self, key, value)
            return
        spec = SETTINGS.get(key)
        if spec is None:
            raise AttributeError(f"okänd inställning: {key}")
        self._qs.setValue(key, _coerce(spec, value))

    def add_recent(self, path: str) -> None:
        files = [path, *(f for f in self.recent_files if f != path)]
        self.recent_files = files[:MAX_RECENT]

    def sync(self) -> None:
        self._qs.sync()

    @property
    def file_name(self) -> str:
        return self._qs.fileName()


def _coerce(spec: Setting, raw: Any) -> Any:
    if raw is None:
        return spec.default
    try:
        if spec.type is list:
            if isinstance(raw, str):
                return [raw] if raw else []
            return [str(x) for x in raw]
        if spec.type is QByteArray:
            return raw if isinstance(raw, QByteArray) else QByteArray(raw)
        if spec.type is int:
            return int(raw)
        value = spec.type(raw)
    except (TypeError, ValueError):
        return spec.default
    if spec.key == "language" and value not in LANGUAGES:
        return spec.default
    return value
