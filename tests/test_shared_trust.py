"""Trust: no network connection but the Kolada fetch, no file content run as code, and a
change log that cannot be edited (on SQLite and PostgreSQL)."""

from __future__ import annotations

import ast
import contextlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from models import actions as ops
from models.db import Database
from models.entities import ChangeLogEntry
from tests import forkserver

ROOT = Path(__file__).resolve().parent.parent

BLOCKER = """
import os, socket

_log = os.environ["NETWORK_LOG"]


def _refuse(what, address):
    with open(_log, "a", encoding="utf-8") as f:
        f.write(f"{what} {address!r}\\n")
    raise OSError(f"NÄTVERK BLOCKERAT I TESTET: {what} {address!r}")


_connect, _connect_ex = socket.socket.connect, socket.socket.connect_ex


def connect(self, address):
    if self.family != socket.AF_UNIX:
        _refuse("connect", address)
    return _connect(self, address)


def connect_ex(self, address):
    if self.family != socket.AF_UNIX:
        _refuse("connect_ex", address)
    return _connect_ex(self, address)


def getaddrinfo(host, *args, **kwargs):
    _refuse("getaddrinfo", host)


socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
socket.getaddrinfo = getaddrinfo
"""


@pytest.fixture
def offline(tmp_path: Path, data_home: Path):  # type: ignore[no-untyped-def]
    """Runs main.py (or Python code) with every non-unix socket refused and logged.

    Python code (`-c`) runs in a fresh interpreter. A script (main.py) is forked from a fork
    server of the test's own (tests/forkserver.py), started with the same environment: the
    blocker was in place before the server imported anything (SQLAlchemy, matplotlib, the
    program), and stays in place in every child, so whatever a command runs, at import or
    after, meets it, as in a fresh interpreter; each command skips only the imports."""
    site = tmp_path / "natverksblock"
    site.mkdir()
    (site / "sitecustomize.py").write_text(BLOCKER, encoding="utf-8")
    log = tmp_path / "natverk.log"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")]),
        "NETWORK_LOG": str(log),
        "INSIKTSKOLLEN_NO_VENV": "1",
        "INSIKTSKOLLEN_HOME": str(data_home),
        "PYTHONIOENCODING": "utf-8",
        "MPLCONFIGDIR": str(tmp_path / "mpl"),
    }

    servers: list[forkserver.Server | None] = []

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        if args[0] != "-c":
            if not servers:
                servers.append(stack.enter_context(forkserver.own_server(env)))
            if servers[0] is not None:
                return forkserver.run(Path(args[0]), list(args[1:]), env, cwd=tmp_path,
                                      timeout=180, server=servers[0])
        return subprocess.run(
            [sys.executable, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=180,
            cwd=tmp_path,
        )

    run.log = log  # type: ignore[attr-defined]
    with contextlib.ExitStack() as stack:
        yield run


def test_the_blocker_really_blocks(offline) -> None:
    probe = offline("-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:9/')")
    assert probe.returncode != 0 and "NÄTVERK BLOCKERAT" in probe.stderr
    assert "getaddrinfo '127.0.0.1'" in offline.log.read_text(encoding="utf-8")
    direct = offline("-c", "import socket; socket.socket().connect(('127.0.0.1', 9))")
    assert direct.returncode != 0 and "NÄTVERK BLOCKERAT I TESTET: connect" in direct.stderr
    local = offline(
        "-c",
        "import socket; a, b = socket.socketpair(socket.AF_UNIX); a.send(b'x'); print(b.recv(1))",
    )
    assert local.returncode == 0 and "b'x'" in local.stdout


def test_start_up_and_every_local_command_open_no_network_connection(offline, tmp_path) -> None:
    main, db = str(ROOT / "main.py"), str(tmp_path / "offline.db")
    # A script run as the commands are meets the blocker too.
    probe = tmp_path / "probe.py"
    probe.write_text("import urllib.request; urllib.request.urlopen('http://127.0.0.1:9/')\n",
                     encoding="utf-8")
    blocked = offline(str(probe))
    assert blocked.returncode != 0 and "NÄTVERK BLOCKERAT" in blocked.stderr
    assert "getaddrinfo '127.0.0.1'" in offline.log.read_text(encoding="utf-8")
    offline.log.unlink()
    commands = [
        ["init", "--example-data"],
        ["actions"],
        ["actions", "add", "--title", "Utan nätverk", "--factor", "bemotande"],
        ["actions", "update", "1", "--comment", "Kommentar utan nätverk", "--progress", "30"],
        ["actions", "show", "1"],
        ["results", "--json"],
        ["check"],
        ["backup"],
        ["restore"],
        ["export", str(tmp_path / "export.xlsx")],
        ["export", str(tmp_path / "resultat.csv"), "--table", "resultat"],
        ["import", "--dry-run", str(tmp_path / "resultat.csv")],
        ["import-actions", "--dry-run", str(tmp_path / "export.xlsx")],
        ["report", "--out", str(tmp_path / "underlag.pdf")],
        ["chart", "nki", "--out", str(tmp_path / "nki.png")],
        ["migrate-to", str(tmp_path / "kopia.db")],
    ]
    for command in commands:
        result = offline(main, "--db", db, *command)
        assert result.returncode == 0, (command, result.stderr)
        assert "NÄTVERK BLOCKERAT" not in result.stdout + result.stderr, command
    assert not offline.log.exists(), offline.log.read_text(encoding="utf-8")
    assert (tmp_path / "underlag.pdf").stat().st_size > 1000


SOURCE_DIRS = ("models", "ui", "charts")
UNSAFE_CALLS = {"eval", "exec", "compile", "__import__"}
UNSAFE_MODULES = {
    "pickle",
    "cPickle",
    "_pickle",
    "shelve",
    "marshal",
    "dill",
    "cloudpickle",
    "jsonpickle",
    "joblib",
}
UNSAFE_ATTRIBUTES = {"read_pickle", "to_pickle", "unsafe_load", "full_load"}


def _program_files() -> list[Path]:
    files = [ROOT / "main.py"]
    for folder in SOURCE_DIRS:
        files += sorted((ROOT / folder).rglob("*.py"))
    return files


def _unsafe(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
    found = []
    for node in ast.walk(tree):
        where = f"{name}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in UNSAFE_CALLS:
                found.append(f"{where} {node.func.id}()")
        if isinstance(node, ast.Attribute) and node.attr in UNSAFE_ATTRIBUTES:
            found.append(f"{where} .{node.attr}")
        if (
            isinstance(node, ast.Attribute)
            and node.attr == "load"
            and isinstance(node.value, ast.Name)
            and node.value.id == "yaml"
        ):
            found.append(f"{where} yaml.load")
        if isinstance(node, ast.Import):
            found += [
                f"{where} import {a.name}"
                for a in node.names
                if a.name.split(".")[0] in UNSAFE_MODULES
            ]
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in UNSAFE_MODULES:
            found.append(f"{where} from {node.module} import")
    return found


def test_no_file_content_is_ever_run_as_code() -> None:
    files = _program_files()
    assert len(files) > 20 and any(f.name == "db.py" for f in files)
    found = [hit for path in files for hit in _unsafe(path)]
    assert found == []


def test_the_scan_finds_what_it_looks_for(tmp_path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import pickle\nx = eval('1')\nfrom marshal import loads\nexec(x)\n"
        "import yaml\nyaml.load(x)\ndf = pd.read_pickle(x)\n"
    )
    assert len(_unsafe(bad)) == 6
    good = tmp_path / "good.py"
    good.write_text(
        "import re, ast, json\nre.compile('x')\nast.literal_eval('1')\ndialog.exec()\n"
        "json.load(f)\n"
    )
    assert _unsafe(good) == []


def test_change_log_cannot_be_edited_and_names_the_user(any_db: Database) -> None:
    with any_db.write() as session:
        ops.create_action(session, title="Loggad åtgärd")
    with any_db.read() as session:
        entries = list(session.scalars(select(ChangeLogEntry)))
    assert entries and {e.user for e in entries} == {"testare"}
    for sql in (
        "UPDATE change_log SET new_value = 'förfalskat'",
        "UPDATE change_log SET \"user\" = 'någon annan'",
        "DELETE FROM change_log",
    ):
        with pytest.raises(DBAPIError, match="Ändringsloggen kan inte ändras eller raderas"):
            with any_db.write() as session:
                session.execute(text(sql))
    with pytest.raises(PermissionError, match="Ändringsloggen"):
        with any_db.write() as session:
            session.delete(session.scalars(select(ChangeLogEntry)).first())
    with any_db.read() as session:
        after = list(session.scalars(select(ChangeLogEntry)))
    assert [(e.id, e.user, e.new_value) for e in after] == [
        (e.id, e.user, e.new_value) for e in entries
    ]
