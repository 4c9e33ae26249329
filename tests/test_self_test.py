"""`main.py --self-test`: passes on a working program, and fails (exit 1, a reason) instead of
hanging when a check fails, a Qt slot raises, or something never finishes.

Each case starts the program in its own process, as the built folder is checked in CI.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(args: list[str], home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, INSIKTSKOLLEN_NO_VENV="1", INSIKTSKOLLEN_HOME=str(home), **env)
    environment.pop("QT_QPA_PLATFORM", None)  # the self-test must set offscreen itself
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=environment, capture_output=True, text=True,
        encoding="utf-8", timeout=300,
    )


def test_self_test_passes_and_says_what_it_checked(tmp_path: Path) -> None:
    result = _run(["main.py", "--self-test"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "7 åtgärder i tabellen" in out
    assert "OK  medföljande filer: borlange.json, ikon, handbok, " in out
    for kind in ("nki", "timeline", "factors", "matrix", "status", "effect"):
        assert f"OK  diagram {kind} " in out
    assert "diagramvyn (QtAgg) ritade 6 diagram" in out
    assert "OK  mötesunderlaget: " in out and " sidor, 7 åtgärder" in out
    assert out.rstrip().splitlines()[-1].startswith("Självtestet lyckades")
    # The same report lands in the data folder (a windowed program may print nowhere).
    report = (tmp_path / "självtest.txt").read_text(encoding="utf-8")
    assert "Självtestet lyckades" in report
    # The temporary copy of the data is gone; the user's data folder got no database.
    assert not (tmp_path / "insiktskollen.db").exists()


SNIPPET = """
import sys
sys.path.insert(0, {root!r})
import ui.window.self_test as st
{patch}
sys.exit(st.run_self_test())
"""


def _run_patched(patch: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return _run(["-c", SNIPPET.format(root=str(ROOT), patch=patch)], home, **env)


def test_a_failed_check_exits_1_with_the_reason(tmp_path: Path) -> None:
    patch = (
        "def broken(run, folder, db):\n"
        "    raise st.SelfTestFailure('diagrammet nki fick inga axlar.')\n"
        "st._window = lambda *args: None  # checked by the passing run above\n"
        "st._charts = broken\n"
    )
    result = _run_patched(patch, tmp_path)
    assert result.returncode == 1
    assert "FEL: diagrammet nki fick inga axlar." in result.stdout
    assert "Självtestet misslyckades." in result.stdout
    assert "FEL: diagrammet nki" in (tmp_path / "självtest.txt").read_text(encoding="utf-8")


def test_an_exception_in_a_qt_slot_fails_the_run(tmp_path: Path) -> None:
    patch = (
        "def slot_raises(run, folder, db):\n"
        "    from PySide6.QtCore import QTimer, QElapsedTimer\n"
        "    from PySide6.QtWidgets import QApplication\n"
        "    def boom():\n"
        "        raise RuntimeError('fel i en slot')\n"
        "    QTimer.singleShot(0, boom)\n"
        "    clock = QElapsedTimer(); clock.start()\n"
        "    while clock.elapsed() < 2000:\n"
        "        QApplication.processEvents()\n"
        "st._window = st._charts = lambda *args: None  # checked by the passing run above\n"
        "st._report = slot_raises\n"
    )
    result = _run_patched(patch, tmp_path)
    assert result.returncode == 1, result.stdout
    assert "oväntat fel i fönstret: RuntimeError('fel i en slot')" in result.stdout


def test_the_watchdog_ends_a_run_that_hangs(tmp_path: Path) -> None:
    patch = (
        "import time\n"
        "def hangs(run, folder, db):\n"
        "    time.sleep(60)\n"
        "st._charts = hangs\n"
    )
    result = _run_patched(patch, tmp_path, INSIKTSKOLLEN_SELFTEST_TIMEOUT="3")
    assert result.returncode == 1
    assert "självtestet blev inte klart på 3 sekunder" in result.stdout


def test_pdf_page_count_counts_pages_not_the_page_tree(tmp_path: Path) -> None:
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    from ui.window.self_test import pdf_page_count

    path = tmp_path / "tre sidor.pdf"
    with PdfPages(path) as pdf:
        for number in range(3):
            fig = Figure()
            fig.text(0.5, 0.5, f"sida {number + 1}")
            pdf.savefig(fig)
    assert pdf_page_count(path) == 3


@pytest.mark.parametrize("flag", ["--help"])
def test_the_flag_is_listed_in_the_help(tmp_path: Path, flag: str) -> None:
    result = _run(["main.py", flag], tmp_path)
    assert result.returncode == 0
    assert "--self-test" in result.stdout
