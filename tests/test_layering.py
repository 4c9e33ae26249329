"""models/, charts/ and the command line (ui/cli/) never import Qt: checked in a fresh interpreter.
Neither the command line nor the window (ui/) runs a query of its own: checked in the source."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _modules(*folders: str) -> list[str]:
    return sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for folder in folders
        for p in (ROOT / folder).rglob("*.py")
        if "migrations" not in p.parts
    )


def _loaded_after_importing(modules: list[str], prefixes: tuple[str, ...]) -> str:
    """The loaded modules starting with `prefixes` after importing `modules`, comma-separated."""
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name.removesuffix('.__init__'))\n"
        f"found = sorted(m for m in sys.modules if m.startswith({prefixes!r}))\n"
        "print('FOUND:' + ','.join(found))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().rpartition("FOUND:")[2]


def test_models_and_charts_load_without_qt() -> None:
    modules = _modules("models", "charts")
    assert "models.actions" in modules
    assert _loaded_after_importing(modules, ("PySide6", "shiboken6", "PyQt")) == ""


def test_the_command_line_loads_without_qt() -> None:
    modules = _modules("ui/cli")
    assert {"ui.cli.parser", "ui.cli.actions", "ui.cli.charts"} <= set(modules)
    assert _loaded_after_importing(modules, ("PySide6", "shiboken6", "PyQt")) == ""


def test_no_source_file_in_models_or_charts_names_qt() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for folder in ("models", "charts", "ui/cli")
        for p in (ROOT / folder).rglob("*.py")
        if "PySide6" in p.read_text(encoding="utf-8") or "PyQt" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


# What a query looks like in source: SQLAlchemy's query builders and a session running them.
QUERY = re.compile(
    r"from sqlalchemy import|from sqlalchemy\.(orm|sql)|\bselect\(|\btext\(|"
    r"\.execute\(|\.scalars?\(|\.exec_driver_sql\("
)


def test_the_command_line_runs_no_sql_of_its_own() -> None:
    offenders = [
        f"{p.relative_to(ROOT)}:{number}: {line.strip()}"
        for p in sorted((ROOT / "ui" / "cli").rglob("*.py"))
        for number, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1)
        if QUERY.search(line)
    ]
    assert offenders == [], "queries belong in models/: " + "; ".join(offenders)


# What a query looks like in the window's source: SQLAlchemy's query builders imported, or a
# session asked to run a statement or to fetch a row. (Naming the Session type is allowed.)
WINDOW_QUERY = re.compile(
    r"^\s*import sqlalchemy\b"
    r"|^\s*from sqlalchemy(\.\w+)* import .*\b(select|func|text|insert|update|delete)\b"
    r"|\bsqlalchemy\.(select|func|text)\b"
    r"|\.(execute|scalars?|query|exec_driver_sql)\("
    r"|\b(session|s)\.get\("
)


def test_the_window_runs_no_sql_of_its_own() -> None:
    offenders = [
        f"{p.relative_to(ROOT)}:{number}: {line.strip()}"
        for p in sorted((ROOT / "ui").rglob("*.py"))
        for number, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1)
        if WINDOW_QUERY.search(line)
    ]
    assert offenders == [], "queries belong in models/: " + "; ".join(offenders)


def test_the_window_check_sees_a_query() -> None:
    for line in (
        "from sqlalchemy import func, select",
        "    from sqlalchemy import select",
        "from sqlalchemy.sql import text",
        "import sqlalchemy as sa",
        "rows = session.execute(stmt).all()",
        "codes = session.scalars(stmt)",
        "first = s.scalar(stmt)",
        "action = session.get(Action, ident)",
        "session.query(Action)",
    ):
        assert WINDOW_QUERY.search(line), line
    for line in ("from sqlalchemy.orm import Session", "value = self._verdicts.get(key)",
                 "dialog.exec()", "self.select(row)"):
        assert not WINDOW_QUERY.search(line), line
