"""models/ and charts/ never import Qt: checked in a fresh interpreter."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_models_and_charts_load_without_qt() -> None:
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for folder in ("models", "charts")
        for p in (ROOT / folder).rglob("*.py")
        if "migrations" not in p.parts
    )
    assert "models.actions" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name.removesuffix('.__init__'))\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt')))\n"
        "print('QT:' + ','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("QT:"), result.stdout


def test_no_source_file_in_models_or_charts_names_qt() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for folder in ("models", "charts")
        for p in (ROOT / folder).rglob("*.py")
        if "PySide6" in p.read_text(encoding="utf-8") or "PyQt" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []
