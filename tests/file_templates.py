"""Database files tests start from, made once per test module and copied for each test.

Each is made in a folder of its own with a data folder of its own, and the maker checks
that nothing but the file is left there (no backup, no log in the data folder): a test's
copy, at its own path beside its own empty data folder, is then what making it in the test
would have left.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import run_cli

EXAMPLE_ADDED = "Borlänge-data inlagd: 7 nya åtgärder"


def made_once(factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """The file `make(path)` leaves, with INSIKTSKOLLEN_HOME pointing at a data folder of its
    own, checked to be all it leaves."""
    folder = factory.mktemp("mall")
    path, home = folder / name, folder / "datamapp"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("INSIKTSKOLLEN_HOME", str(home))
        make(path)
    assert sorted(folder.iterdir()) == [path], "making the file left more than the file"
    return path


def borlange_by_anna(path: Path) -> None:
    """A new file with the Borlänge data, made in code by the user "anna"."""
    from models.opening import open_database
    from models.seed import load_example

    db = open_database(path, create=True, user="anna")
    with db.write() as session:
        load_example(session)
    db.dispose()


def example_by_command(factory: pytest.TempPathFactory, name: str) -> Path:
    """The file `main.py --db NAME init --example-data` makes (the init's output checked)."""

    def make(path: Path) -> None:
        result = run_cli("--db", str(path), "init", "--example-data", home=path.parent / "datamapp")
        assert result.returncode == 0, result.stderr
        assert EXAMPLE_ADDED in result.stdout

    return made_once(factory, name, make)


def copy_file(made: Path, path: Path) -> Path:
    """A copy of a file made once, at the test's own `path`."""
    shutil.copyfile(made, path)
    return path
