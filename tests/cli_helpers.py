"""Files the command-line tests start from, made once per test module and copied.

`main.py init --example-data` as a user runs it, into a folder of its own (its data folder
too: the init writes nothing there); each test gets a copy of the file at its own path,
with its own empty data folder, as if it had run the init itself.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import run_cli

EXAMPLE_ADDED = "Borlänge-data inlagd: 7 nya åtgärder"


def make_example_file(factory: pytest.TempPathFactory, name: str) -> Path:
    """The file `main.py --db NAME init --example-data` makes (the init's output checked)."""
    folder = factory.mktemp("exempelfil")
    path = folder / name
    result = run_cli("--db", str(path), "init", "--example-data", home=folder / "datamapp")
    assert result.returncode == 0, result.stderr
    assert EXAMPLE_ADDED in result.stdout
    assert not (folder / "datamapp").exists()  # nothing of the init's to copy but the file
    return path


def copy_to(made: Path, folder: Path) -> Path:
    """The file made once, copied into the test's own folder under the same name."""
    path = folder / made.name
    shutil.copyfile(made, path)
    return path
