"""models/, charts/ and the command line (ui/cli/) never import Qt: checked in a fresh interpreter."""

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
