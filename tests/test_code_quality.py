"""The house rules a machine can check: ruff on everything, mypy on models/, charts/, ui/ and
main.py (pyproject.toml names them), and DEVELOPERS.md naming every module."""

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_passes_on_models_charts_and_ui() -> None:
    result = _run("mypy", "--no-incremental")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout
    with (ROOT / "pyproject.toml").open("rb") as file:
        checked = tomllib.load(file)["tool"]["mypy"]["files"]
    assert {"models", "charts", "ui", "main.py"} <= set(checked)


def test_developers_md_names_every_module() -> None:
    """The layout table is kept true: a new module gets its line (migrations excepted: they
    are named by their folder, one per schema change)."""
    text = (ROOT / "DEVELOPERS.md").read_text(encoding="utf-8")
    modules = sorted(
        path.relative_to(ROOT).as_posix()
        for folder in ("models", "charts", "ui")
        for path in (ROOT / folder).rglob("*.py")
        if "versions" not in path.relative_to(ROOT).parts
    )
    assert len(modules) > 100
    missing = [module for module in modules if f"`{module}`" not in text]
    assert missing == [], f"DEVELOPERS.md names no line for: {', '.join(missing)}"
