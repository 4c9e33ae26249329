"""Insiktskollen: the working group's actions against the Insikt results.

The composition root: parses the command line, finds the database, and either opens the
window or runs one command. Messages are Swedish; exit codes are 0 for success, 1 when the
work failed, 2 for bad input or usage. A user never sees a traceback: unexpected errors are
written to the log file in the data folder.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import logging
import os
import subprocess
import sys
import traceback
from pathlib import Path

VERSION = "0.1.0"
ROOT = Path(__file__).resolve().parent
LOCK_FILE = ROOT / "requirements.lock"  # the program's packages, exact versions
# The development packages (pytest, mypy, ruff, PyInstaller …); its first line takes in
# requirements.lock, so `pip install -r requirements-dev.lock` installs everything.
DEV_LOCK_FILE = ROOT / "requirements-dev.lock"


def ensure_environment(script: Path, *, dev: bool = False) -> None:
    """Run `script` inside the checkout's own virtual environment with the locked packages.

    From a plain `python main.py` on a fresh machine this makes `.venv`, installs
    requirements.lock into it (again whenever the lock file changes) and runs the script
    there. With `dev` (tests/run.py, the bundle build) requirements-dev.lock is installed
    too. Each set of lock files has its own hash stamp in `.venv`, so a venv made by
    main.py gets the development packages when the tests first run, and main.py does not
    reinstall what the tests' installation already brought. Inside the bundle, or with
    INSIKTSKOLLEN_NO_VENV=1, it does nothing.
    """
    if getattr(sys, "frozen", False) or os.environ.get("INSIKTSKOLLEN_NO_VENV") == "1":
        return
    venv = ROOT / ".venv"
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    # One stamp per set of lock files. The development set contains the program's, so
    # installing it brings both stamps up to date.
    stamps = [(venv / "insiktskollen-lock.sha256", _locks_hash(LOCK_FILE))]
    if dev:
        stamps.append(
            (venv / "insiktskollen-dev-lock.sha256", _locks_hash(LOCK_FILE, DEV_LOCK_FILE))
        )
    inside = Path(sys.prefix).resolve() == venv.resolve()
    ready = all(_stamped(stamp, wanted) for stamp, wanted in stamps)
    if inside and ready:
        return
    if not python.exists():
        print("Skapar en virtuell miljö i .venv …", flush=True)
        subprocess.check_call([sys.executable, "-m", "venv", str(venv)])
    if not ready:
        what = "paketen för utveckling och tester" if dev else "de låsta paketen"
        print(f"Installerar {what} (första gången tar det några minuter) …", flush=True)
        subprocess.check_call(
            [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q",
             "-r", str(DEV_LOCK_FILE if dev else LOCK_FILE)]
        )
        for stamp, wanted in stamps:
            stamp.write_text(wanted)
    if inside:
        return
    result = subprocess.call([str(python), str(script), *sys.argv[1:]])
    sys.exit(result)


def _locks_hash(*locks: Path) -> str:
    digest = hashlib.sha256()
    for lock in locks:
        digest.update(lock.read_bytes())
    return digest.hexdigest()


def _stamped(stamp: Path, wanted: str) -> bool:
    return stamp.exists() and stamp.read_text().strip() == wanted


def build_parser() -> argparse.ArgumentParser:
    """Every command and its options (ui/cli/parser.py); no command's module is loaded."""
    from ui.cli.parser import build_parser as cli_parser

    return cli_parser(VERSION)


def _log_unexpected(exc: BaseException) -> Path | None:
    from models.paths import log_file

    path = log_file()
    if path is not None:
        logging.basicConfig(filename=path, level=logging.INFO, encoding="utf-8")
        logging.getLogger("insiktskollen").error(
            "Oväntat fel\n%s", "".join(traceback.format_exception(exc))
        )
    return path


def _safe_streams() -> None:
    # A Windows console or a redirected file may not take every character: never crash on it.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def _frozen_setup() -> None:
    """Inside the PyInstaller bundle: a lasting matplotlib cache, and somewhere to print.

    PyInstaller's matplotlib hook points MPLCONFIGDIR at a new temporary folder on every
    start, so the font cache would be rebuilt each time; it is moved to the user's data
    folder (one per bundle location) before matplotlib is imported. A windowed program on
    Windows has no sys.stdout/sys.stderr (None): they go to utdata.log in the data folder.
    """
    if not getattr(sys, "frozen", False):
        return
    from models.paths import data_dir, matplotlib_config_dir

    try:
        folder = matplotlib_config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        os.environ["MPLCONFIGDIR"] = str(folder)
    except OSError:
        pass  # the hook's temporary folder stays: slower, but it works
    if sys.stdout is None or sys.stderr is None:
        try:
            data_dir().mkdir(parents=True, exist_ok=True)
            out = open(data_dir() / "utdata.log", "a", encoding="utf-8", errors="replace")  # noqa: SIM115
        except OSError:
            out = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
        if sys.stdout is None:
            sys.stdout = out
        if sys.stderr is None:
            sys.stderr = out


def window_target(given: list[str]) -> str | None:
    """The database file when the arguments ask only for the window: "" for none given
    (the file opened last), the file of `--db FILE` or `--db=FILE`, or a lone argument
    that is a file's path (ends in .db, or names a folder: what Windows passes for a file
    dropped on the program or opened from Explorer). None when the parser must decide.
    """
    if not given:
        return ""
    if len(given) == 2 and given[0] == "--db" and given[1] and not given[1].startswith("-"):
        return given[1]
    if len(given) == 1 and given[0].startswith("--db=") and len(given[0]) > len("--db="):
        return given[0].removeprefix("--db=")
    if len(given) == 1 and not given[0].startswith("-") and "://" not in given[0]:
        lone = given[0]
        if lone.lower().endswith(".db") or "/" in lone or "\\" in lone:
            return lone
    return None


def main(argv: list[str] | None = None) -> int:
    _frozen_setup()
    _safe_streams()
    given = sys.argv[1:] if argv is None else argv
    if given == ["--self-test"]:
        # Checks the program (a built bundle, too): window, charts, report. ui/window/self_test.py.
        # Before the parser: nothing else is needed.
        from ui.window.self_test import run_self_test

        return run_self_test()
    window_db = window_target(given)
    if window_db is not None:
        # A double-click, a shortcut with --db FILE, a file dropped on the program or opened
        # by the operating system: the window, without building the command-line parser.
        args = argparse.Namespace(db=window_db or None, command=None)
    else:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.self_test:
            if args.db is not None or args.command is not None:
                parser.error("--self-test tar inga andra argument (det prövar en egen kopia "
                             "av exempeldata)")
            from ui.window.self_test import run_self_test

            return run_self_test()

    from models.errors import InsiktError
    from ui.cli.output import print_error

    default_db = args.db is None
    if default_db:
        from models.paths import default_database

        args.db = str(default_database())
    try:
        if args.command is None:
            return open_window(args.db, default_db)
        from ui.cli.parser import run

        return run(args)
    except InsiktError as exc:
        print_error(exc.message)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader stopped reading (`main.py actions | head`): nothing to say, nobody
        # to say it to; the rest of the output goes nowhere, so exiting does not fail too.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            nowhere = os.open(os.devnull, os.O_WRONLY)
            os.dup2(nowhere, sys.stdout.fileno())
        return 0
    except Exception as exc:  # the last line of defence: a message, the details in the log
        log = _log_unexpected(exc)
        where = f" Detaljer finns i {log}." if log else ""
        print_error(f"Ett oväntat fel inträffade: {exc}.{where}")
        return 1


def open_window(target: str, is_default: bool) -> int:
    from ui.window.app import run_app

    return run_app(target, is_default)


if __name__ == "__main__":
    ensure_environment(Path(__file__))
    sys.exit(main())
