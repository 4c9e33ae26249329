"""The command line's parser (ui/cli/parser.py): cheap to build, and every command runs something."""

import argparse
import gettext
import subprocess
import sys
from pathlib import Path

import pytest

from ui.cli.parser import CHART_KINDS, Command, build_parser

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _argparse_in_english_afterwards(monkeypatch: pytest.MonkeyPatch) -> None:
    """build_parser puts argparse's texts into Swedish for the process: undone after each test."""
    monkeypatch.setattr(argparse, "_", argparse._)
    monkeypatch.setattr(gettext, "gettext", gettext.gettext)


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> dict[str, object]:
    """Every (sub)command's `func` default, by its words: {"actions show": Command(…), …}."""
    found: dict[str, object] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                words = (*path, name)
                found[" ".join(words)] = sub.get_default("func")
                found.update(_commands(sub, words))
    return found


def test_every_command_names_a_function_that_exists() -> None:
    commands = _commands(build_parser("0"))
    assert {"init", "actions", "actions show", "chart", "migrate-to"} <= set(commands)
    for words, func in commands.items():
        assert isinstance(func, Command), words
        module, _, name = func.target.partition(":")
        assert module.startswith("ui.cli."), words
        __import__(module)
        assert callable(getattr(sys.modules[module], name)), words


def test_subcommands_of_actions_run_their_own_function() -> None:
    parser = build_parser("0")
    assert parser.parse_args(["actions"]).func.target == "ui.cli.actions:cmd_list"
    assert parser.parse_args(["actions", "show", "3"]).func.target == "ui.cli.actions:cmd_show"
    assert parser.parse_args(["actions", "update", "3"]).func.target == "ui.cli.actions:cmd_update"


def test_the_chart_kinds_are_the_catalog_s() -> None:
    from charts.catalog import CHART_TITLES

    assert CHART_KINDS == tuple(CHART_TITLES)


def test_parsing_the_window_s_arguments_loads_no_command() -> None:
    """`main.py --db FIL` opens the window: the parser must not load the commands first."""
    code = (
        "import sys\n"
        "from ui.cli.parser import build_parser\n"
        "args = build_parser('0').parse_args(['--db', 'fil.db'])\n"
        "assert args.command is None and args.db == 'fil.db'\n"
        "heavy = ('ui.cli.', 'models', 'charts', 'sqlalchemy', 'matplotlib', 'PySide6')\n"
        "print('LOADED:' + ','.join(sorted(m for m in sys.modules if m.startswith(heavy))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "LOADED:ui.cli.parser"
