"""The two lock files and `main.ensure_environment`: what each command installs into .venv.

`python3 main.py` installs only the program's packages (requirements.lock); `python3
tests/run.py` adds the development packages (requirements-dev.lock). Each set has its own
stamp, so each command reinstalls when its lock files change and never otherwise.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import main
from tests.conftest import ROOT


def _pins(path: Path) -> dict[str, str]:
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "-r ")):
            name, version = line.split("==")
            pins[_canonical(name)] = version
    return pins


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _names(requirements: list[str]) -> set[str]:
    return {_canonical(re.split(r"[\[<>=!~;, ]", r, maxsplit=1)[0]) for r in requirements}


def test_the_program_lock_has_no_development_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    program = _pins(ROOT / "requirements.lock")
    dev = _pins(ROOT / "requirements-dev.lock")
    assert _names(project["dependencies"]) <= set(program)
    assert _names(project["optional-dependencies"]["dev"]) <= set(dev)
    assert not set(program) & set(dev), "a package is pinned in both lock files"
    for tool in ("pytest", "pytest-qt", "mypy", "ruff", "hypothesis", "pypdf", "pyinstaller"):
        assert tool not in program
    first = (ROOT / "requirements-dev.lock").read_text(encoding="utf-8").splitlines()[0]
    assert first == "-r requirements.lock"


def test_matplotlib_is_pinned_to_the_versions_the_pdf_shortcut_was_checked_with() -> None:
    from packaging.specifiers import SpecifierSet

    from charts.pdf_text import TESTED, version_tested

    assert version_tested(_pins(ROOT / "requirements.lock")["matplotlib"])
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    spec = next(d for d in project["dependencies"] if d.startswith("matplotlib"))
    allowed = SpecifierSet(spec.removeprefix("matplotlib"))
    for major, minor in [(3, m) for m in range(8, 14)] + [(4, 0)]:
        assert allowed.contains(f"{major}.{minor}.1") == ((major, minor) in TESTED)


class Checkout:
    """A copy of the lock files in a temporary checkout, with pip and the re-run recorded."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.root = root
        self.venv = root / ".venv"
        self.installed: list[list[str]] = []
        self.reruns = 0
        self.monkeypatch = monkeypatch
        for name in ("requirements.lock", "requirements-dev.lock"):
            shutil.copy(ROOT / name, root / name)
        monkeypatch.setattr(main, "ROOT", root)
        monkeypatch.setattr(main, "LOCK_FILE", root / "requirements.lock")
        monkeypatch.setattr(main, "DEV_LOCK_FILE", root / "requirements-dev.lock")
        monkeypatch.delenv("INSIKTSKOLLEN_NO_VENV", raising=False)
        monkeypatch.setattr(subprocess, "check_call", self._check_call)
        monkeypatch.setattr(subprocess, "call", self._call)

    def _check_call(self, command: list[str]) -> int:
        if command[1:3] == ["-m", "venv"]:
            python = Path(command[3]) / "bin" / "python"
            python.parent.mkdir(parents=True)
            python.touch()
        else:
            assert command[1:4] == ["-m", "pip", "install"]
            self.installed.append([Path(a).name for a in command[command.index("-r") + 1:]])
        return 0

    def _call(self, command: list[str]) -> int:
        self.reruns += 1
        return 0

    def run(self, dev: bool, inside: bool = False) -> list[list[str]]:
        """What `ensure_environment` installed for main.py (dev False) or tests/run.py."""
        self.installed.clear()
        self.monkeypatch.setattr(sys, "prefix", str(self.venv if inside else self.root / "x"))
        try:
            main.ensure_environment(self.root / "script.py", dev=dev)
        except SystemExit as done:
            assert done.code == 0 and not inside
        return self.installed


@pytest.fixture
def checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Checkout:
    if sys.platform == "win32":
        pytest.skip("the checkout's venv has bin/python here, Scripts/python.exe on Windows")
    return Checkout(tmp_path, monkeypatch)


def test_main_installs_only_the_program_and_the_tests_add_theirs(checkout: Checkout) -> None:
    assert checkout.run(dev=False) == [["requirements.lock"]]
    assert checkout.reruns == 1  # the script runs again with the venv's Python
    assert checkout.run(dev=False, inside=True) == []
    # The tests later: the development set (which takes in the program's lock) goes in.
    assert checkout.run(dev=True) == [["requirements-dev.lock"]]
    assert checkout.run(dev=True, inside=True) == []
    # main.py after the tests: nothing to install.
    assert checkout.run(dev=False) == []
    assert checkout.run(dev=False, inside=True) == []


def test_the_tests_first_leave_nothing_for_main_to_install(checkout: Checkout) -> None:
    assert checkout.run(dev=True) == [["requirements-dev.lock"]]
    assert checkout.run(dev=False) == []


def test_each_command_reinstalls_when_its_locks_change(checkout: Checkout) -> None:
    checkout.run(dev=True)
    with (checkout.root / "requirements-dev.lock").open("a", encoding="utf-8") as lock:
        lock.write("pytest-extra==1.0\n")
    assert checkout.run(dev=False) == []  # the program's packages did not change
    assert checkout.run(dev=True) == [["requirements-dev.lock"]]
    with (checkout.root / "requirements.lock").open("a", encoding="utf-8") as lock:
        lock.write("newpackage==1.0\n")
    assert checkout.run(dev=False, inside=True) == [["requirements.lock"]]
    assert checkout.run(dev=True, inside=True) == [["requirements-dev.lock"]]
    assert checkout.run(dev=False) == [] and checkout.run(dev=True) == []
