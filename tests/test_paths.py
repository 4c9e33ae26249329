"""Paths on Windows, tested without Windows: the data folder, UNC paths, odd file names.

The Windows cases use PureWindowsPath and platformdirs' Windows rules (which read
%LOCALAPPDATA% when the Windows API is not there); the real opening of files with å/ä/ö,
spaces, %, # and ? in their names runs on this machine's SQLite.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from sqlalchemy import create_engine, text

from models import paths
from models.backups import backup_sqlite
from models.db_urls import path_from_sqlite_uri, sqlite_path, sqlite_uri, sqlite_url
from models.file_probe import probe_file
from models.opening import open_database

ROOT = Path(__file__).resolve().parent.parent

# --- the data folder -----------------------------------------------------------------------


def _as_windows(monkeypatch: pytest.MonkeyPatch, local: str, roaming: str) -> None:
    """platformdirs as on Windows: folders from %LOCALAPPDATA% and %APPDATA%."""
    import platformdirs
    from platformdirs import windows

    monkeypatch.delenv("INSIKTSKOLLEN_HOME", raising=False)
    monkeypatch.setenv("LOCALAPPDATA", local)
    monkeypatch.setenv("APPDATA", roaming)
    monkeypatch.setattr(windows, "get_win_folder", windows.get_win_folder_from_env_vars)

    def user_data_dir(appname: str | None = None, appauthor: object = None,
                      version: str | None = None, roaming: bool = False,
                      ensure_exists: bool = False) -> str:
        return windows.Windows(appname=appname, appauthor=appauthor, version=version,
                               roaming=roaming).user_data_dir

    monkeypatch.setattr(platformdirs, "user_data_dir", user_data_dir)


def test_data_folder_is_under_localappdata_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    local = r"C:\Users\Åsa Öberg\AppData\Local"
    _as_windows(monkeypatch, local, r"C:\Users\Åsa Öberg\AppData\Roaming")
    folder = PureWindowsPath(str(paths.data_dir()))
    assert folder == PureWindowsPath(local) / "Insiktskollen"  # not Roaming, no author folder
    database = PureWindowsPath(str(paths.default_database()))
    assert database == PureWindowsPath(local, "Insiktskollen", "insiktskollen.db")


def test_insiktskollen_home_moves_the_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _as_windows(monkeypatch, r"C:\Users\x\AppData\Local", r"C:\Users\x\AppData\Roaming")
    monkeypatch.setenv("INSIKTSKOLLEN_HOME", str(tmp_path / "bärbar"))
    assert paths.data_dir() == tmp_path / "bärbar"
    assert paths.default_database() == tmp_path / "bärbar" / "insiktskollen.db"


def test_shipped_files_are_found_inside_the_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert paths.resource("borlange.json") == tmp_path / "_internal" / "resources" / "borlange.json"
    assert paths.migrations_dir() == tmp_path / "_internal" / "models" / "migrations"


def test_shipped_files_are_found_from_source() -> None:
    assert paths.resource("borlange.json") == ROOT / "resources" / "borlange.json"
    assert paths.resource("borlange.json").is_file()
    assert (paths.migrations_dir() / "env.py").is_file()


def test_matplotlib_cache_lasts_in_the_data_folder_one_per_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("INSIKTSKOLLEN_HOME", str(tmp_path))
    monkeypatch.setattr("sys._MEIPASS", r"C:\Program\Insiktskollen 0.1\_internal", raising=False)
    first = paths.matplotlib_config_dir()
    assert first.parent == tmp_path / "matplotlib"
    assert paths.matplotlib_config_dir() == first  # the same folder at the next start
    monkeypatch.setattr("sys._MEIPASS", r"C:\Program\Insiktskollen 0.2\_internal", raising=False)
    assert paths.matplotlib_config_dir() != first


# --- SQLite URIs and SQLAlchemy URLs for Windows paths ----------------------------------------


def test_read_only_uri_of_a_unc_path_keeps_four_slashes() -> None:
    unc = PureWindowsPath(r"\\server\share\x.db")
    assert sqlite_uri(unc) == "file:////server/share/x.db"
    assert sqlite_url(unc, read_only=True) == "sqlite:///file:////server/share/x.db?mode=ro&uri=true"
    assert sqlite_url(unc) == r"sqlite:///\\server\share\x.db"


def test_uri_of_a_drive_path_with_swedish_letters_spaces_and_signs() -> None:
    path = PureWindowsPath(r"C:\Users\Åsa Öberg\Mina dokument\Förbättring #2 100%.db")
    uri = sqlite_uri(path)
    assert uri.startswith("file:///C:/Users/")
    assert " " not in uri and "#" not in uri[5:] and "%25" in uri  # % itself encoded
    assert "%C3%85sa%20%C3%96berg" in uri  # Å and Ö as UTF-8
    assert path_from_sqlite_uri(uri) == "C:/Users/Åsa Öberg/Mina dokument/Förbättring #2 100%.db"


@pytest.mark.parametrize(
    "path",
    [
        PureWindowsPath(r"\\server\share\Insikt\insiktskollen.db"),
        PureWindowsPath(r"\\server.kommun.se\Gemensam yta\Kvalitet & Service\Insikt 2024 (slutlig).db"),
        PureWindowsPath(r"C:\Users\Åsa Öberg\Dokument\Åtgärder #1 50%.db"),
        PureWindowsPath(r"D:\data\x.db"),
        PurePosixPath("/home/åsa/mapp med mellanslag/ä%20ö?.db"),
    ],
    ids=["unc", "unc-spaces", "drive-swedish", "drive", "posix-odd"],
)
def test_urls_lead_back_to_the_same_file(path: PureWindowsPath | PurePosixPath) -> None:
    back_ro = sqlite_path(sqlite_url(path, read_only=True))
    back_rw = sqlite_path(sqlite_url(path))
    assert back_ro is not None and back_rw is not None
    if isinstance(path, PureWindowsPath):
        assert PureWindowsPath(str(back_ro)) == path
        assert PureWindowsPath(str(back_rw)) == path
    else:
        assert str(back_ro) == str(path) and str(back_rw) == str(path)


def test_sqlalchemy_hands_sqlite_the_right_uri_for_a_unc_path() -> None:
    engine = create_engine(sqlite_url(PureWindowsPath(r"\\server\share\x y.db"), read_only=True))
    args, kwargs = engine.dialect.create_connect_args(engine.url)
    assert args == ["file:////server/share/x%20y.db?mode=ro"]
    assert kwargs["uri"] is True


ODD_NAMES = ["Åtgärder för Borlänge.db", "år 2024 #1.db", "100% nöjd.db", "a%20b.db", "fråga?.db"]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_odd_file_names_open_read_write_and_read_only(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "Mapp med å ä ö"
    folder.mkdir()
    path = folder / name
    db = open_database(path, create=True, user="test")
    try:
        assert sqlite_path(db.url) == path
        with db.write() as session:
            session.execute(text("INSERT INTO setting (key, value) VALUES ('test', '\"ja\"')"))
    finally:
        db.dispose()
    assert sorted(p.name for p in folder.iterdir()) == [name]  # no stray file under a cut name
    ro = create_engine(sqlite_url(path, read_only=True))
    try:
        with ro.connect() as conn:
            assert conn.execute(text("SELECT value FROM setting WHERE key='test'")).scalar() == '"ja"'
            with pytest.raises(Exception, match="readonly"):
                conn.execute(text("DELETE FROM setting"))
    finally:
        ro.dispose()
    assert probe_file(path) is None
    copy = backup_sqlite(path, tmp_path / f"kopia {name}")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM setting WHERE key='test'").fetchone() == (1,)


# --- no POSIX-only calls in the program ---------------------------------------------------

POSIX_ONLY = re.compile(
    r"\bos\.(getuid|geteuid|getgid|getegid|getpwnam|fork|forkpty|setsid|killpg|chown|lchown|"
    r"getpgid|setpgid|sync|mkfifo|geteuid)\b"
    r"|^\s*(import|from)\s+(fcntl|pwd|grp|termios|tty|pty|resource|posix)\b"
    r"|\bsignal\.(SIGKILL|SIGHUP|SIGUSR1|SIGUSR2|SIGALRM|alarm)\b"
    r"|/tmp/|/dev/null|~/\.",
    re.MULTILINE,
)


def test_program_uses_no_posix_only_calls() -> None:
    files = [ROOT / "main.py", *sorted((ROOT / "models").rglob("*.py")),
             *sorted((ROOT / "ui").rglob("*.py")), *sorted((ROOT / "charts").rglob("*.py"))]
    found = []
    for file in files:
        for match in POSIX_ONLY.finditer(file.read_text(encoding="utf-8")):
            line = file.read_text(encoding="utf-8")[: match.start()].count("\n") + 1
            found.append(f"{file.relative_to(ROOT)}:{line}: {match.group(0).strip()}")
    assert found == []


def test_shipped_files_are_found_only_through_models_paths() -> None:
    """Frozen, __file__ and the bundle folder differ: only models/paths.py may use them."""
    pattern = re.compile(r"__file__|_MEIPASS|[\"']resources[\"']")
    found = []
    for file in [*sorted((ROOT / "models").rglob("*.py")), *sorted((ROOT / "ui").rglob("*.py")),
                 *sorted((ROOT / "charts").rglob("*.py"))]:
        if file == ROOT / "models" / "paths.py" or "migrations" in file.parts:
            continue
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                found.append(f"{file.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []


def test_frozen_windowed_start_prints_to_a_file_and_keeps_the_font_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """As in the windowed Windows bundle: no sys.stdout/sys.stderr, a temporary MPLCONFIGDIR."""
    import importlib.util
    import os
    import sys

    spec = importlib.util.spec_from_file_location("insikt_main", ROOT / "main.py")
    assert spec is not None and spec.loader is not None
    main = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(main)
    monkeypatch.setenv("INSIKTSKOLLEN_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "pyinstaller-temp"))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "Insiktskollen" / "_internal"), raising=False)
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    main._frozen_setup()
    try:
        print("Skrivet utan konsol: åäö")
        sys.stderr.write("fel utan konsol\n")
        sys.stdout.flush()
    finally:
        out = sys.stdout
    log = tmp_path / "data" / "utdata.log"
    out.close()
    assert log.read_text(encoding="utf-8") == "Skrivet utan konsol: åäö\nfel utan konsol\n"
    cache = Path(os.environ["MPLCONFIGDIR"])
    assert cache.parent == tmp_path / "data" / "matplotlib" and cache.is_dir()
