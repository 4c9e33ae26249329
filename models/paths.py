"""Where things are: files the program ships, and the user's data folder.

Every shipped file is found through `resource()`, which works from source and inside a
PyInstaller bundle alike.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Insiktskollen"
DB_FILE = "insiktskollen.db"


def program_root() -> Path:
    """The folder holding main.py and resources/ (the bundle's folder when frozen)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    return program_root().joinpath("resources", *parts)


def migrations_dir() -> Path:
    """Alembic's folder (env.py and versions/), shipped beside the code in the bundle."""
    return program_root().joinpath("models", "migrations")


def matplotlib_config_dir() -> Path:
    """A lasting folder for matplotlib's font cache when frozen, one per bundle location.

    The cache names the font files by their full path, so two bundles in different
    folders (an old and a new version) keep separate caches.
    """
    import hashlib

    tag = hashlib.sha1(str(program_root()).encode("utf-8")).hexdigest()[:8]
    return data_dir() / "matplotlib" / tag


def data_dir() -> Path:
    """The user's data folder: %LOCALAPPDATA%\\Insiktskollen on Windows.

    INSIKTSKOLLEN_HOME moves it (tests, portable use).
    """
    override = os.environ.get("INSIKTSKOLLEN_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def log_file() -> Path | None:
    """insiktskollen.log in the data folder (made if need be), where unexpected errors are
    written; None when the folder cannot be made."""
    try:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        return folder / "insiktskollen.log"
    except OSError:
        return None


def default_database() -> Path:
    return data_dir() / DB_FILE


def existing_file(path: Path, what: str = "Filen") -> Path:
    """`path` when it is a file to read; else InputError, saying so when it is a folder
    (a folder is no missing file)."""
    from models.errors import InputError

    if path.is_dir():
        raise InputError(f"{path} är en mapp, ingen fil.")
    if not path.is_file():
        raise InputError(f"{what} {path} finns inte.")
    return path
