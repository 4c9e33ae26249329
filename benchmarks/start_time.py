"""Start time: from process start to the main window shown with the actions in the table.

    .venv/bin/python benchmarks/start_time.py [--runs 7] [--bundle dist/Insiktskollen]

Offscreen (QT_QPA_PLATFORM=offscreen), on a database with Borlänge's data made beforehand
in a temporary data folder. Each run starts a new process and stops the clock when the
program prints the number of rows in its table (main.py's INSIKTSKOLLEN_CLOSE_AFTER_MS
report, a timer that fires once the window is shown and the event loop runs). The same is
done, alternately in the same run, for a bare PySide6 QMainWindow started the same way
(the same Python, a timer after show()). Prints the medians and the ratio; with
--bundle, also the built program's start against the program run from source.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = Path(sys.executable)

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("tom")
window.show()
def report():
    print("RADER: 0", flush=True)
    window.close()
QTimer.singleShot(1, report)
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting the process to its 'RADER:' line; fails on a wrong exit."""
    began = time.perf_counter()
    proc = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True, encoding="utf-8", errors="replace",
    )
    assert proc.stdout is not None
    shown = None
    lines = []
    for line in proc.stdout:
        lines.append(line)
        if line.startswith("RADER:") and shown is None:
            shown = time.perf_counter() - began
            if line.strip() == "RADER: 0" and "-c" not in command:
                raise SystemExit(f"{command[0]}: fönstret visade inga åtgärder.")
    code = proc.wait(timeout=120)
    if shown is None or code != 0:
        raise SystemExit(f"{' '.join(command)} gav {code}: {''.join(lines)[-500:]}")
    return shown


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    # As on a user's machine, Python keeps compiled modules: without this (CI sets
    # PYTHONDONTWRITEBYTECODE) every start would compile the program's modules again.
    # They go to a temporary folder, not into the checkout.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    env.update(
        QT_QPA_PLATFORM="offscreen",
        INSIKTSKOLLEN_NO_VENV="1",
        INSIKTSKOLLEN_HOME=str(home),
        INSIKTSKOLLEN_CLOSE_AFTER_MS="1",
    )
    return env


def bundle_program(folder: Path) -> Path:
    name = "Insiktskollen.exe" if os.name == "nt" else "Insiktskollen"
    return folder / name


def measure(runs: int, bundle: Path | None) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory(prefix="insikt-start-") as tmp:
        home = Path(tmp)
        env = environment(home)
        commands = {
            "bar QMainWindow": [str(PYTHON), "-c", BARE],
            "Insiktskollen (källkod)": [str(PYTHON), str(ROOT / "main.py")],
        }
        if bundle is not None:
            commands["Insiktskollen (paketerad)"] = [str(bundle_program(bundle))]
        # The first start creates the database with Borlänge's data and warms the caches.
        for command in commands.values():
            timed(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                times[name].append(timed(command, env))
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, help="mappen dist/Insiktskollen att jämföra med")
    args = parser.parse_args()
    bundle = args.bundle
    if bundle is not None and not bundle_program(bundle).exists():
        print(f"{bundle_program(bundle)} finns inte: bygg först (benchmarks/build_bundle.py).")
        return 2
    times = measure(args.runs, bundle)
    medians = {name: statistics.median(values) for name, values in times.items()}
    bare = medians["bar QMainWindow"]
    source = medians["Insiktskollen (källkod)"]
    print(f"Start till fönster med åtgärderna i tabellen, offscreen, median av {args.runs} körningar:")
    for name, value in medians.items():
        spread = ", ".join(f"{v:.2f}" for v in times[name])
        print(f"  {name:28s} {value:5.2f} s   ({spread})")
    print(f"  kvot Insiktskollen/bar       {source / bare:5.1f}   (mål: högst 3)")
    if bundle is not None:
        built = medians["Insiktskollen (paketerad)"]
        print(f"  kvot paketerad/källkod       {built / source:5.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
