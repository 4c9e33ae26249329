"""Start time: from process start to the window's first paint, and to editing ready.

    .venv/bin/python benchmarks/start_time.py [--runs 7] [--bundle dist/Insiktskollen]

Offscreen (QT_QPA_PLATFORM=offscreen), on a database with Borlänge's data made beforehand
in a temporary data folder. Each run starts a new process and takes two times from what
the program prints with INSIKTSKOLLEN_CLOSE_AFTER_MS (ui/window/app.py):
  first paint    "RADER: n": the window has been painted with its actions and menus;
  editing ready  "REDIGERBAR: ja": the database is open for writes and the detail panel
                 takes input (the quick start's real opening is done).
Every way in is measured: no argument (the file opened last), `--db FILE` (a shortcut to a
shared file), and the file as the only argument (a file dropped on the program, or opened
by the operating system). A bare PySide6 QMainWindow is started the same way (the same
Python, a timer after show()), alternately in the same run, and is the reference for both
times. Prints the medians and the ratios; with --bundle, also the built program.
"""

from __future__ import annotations

import argparse
import os
import shutil
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


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from starting the process to its 'RADER:' line (first paint) and to its
    'REDIGERBAR:' line (editing ready; the bare window has none: its first paint)."""
    began = time.perf_counter()
    proc = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True, encoding="utf-8", errors="replace",
    )
    assert proc.stdout is not None
    shown = ready = None
    lines = []
    for line in proc.stdout:
        lines.append(line)
        if line.startswith("RADER:") and shown is None:
            shown = time.perf_counter() - began
            if line.strip() == "RADER: 0" and "-c" not in command:
                raise SystemExit(f"{command[0]}: fönstret visade inga åtgärder.")
        if line.startswith("REDIGERBAR:") and ready is None:
            ready = time.perf_counter() - began
    code = proc.wait(timeout=120)
    if shown is None or code != 0:
        raise SystemExit(f"{' '.join(command)} gav {code}: {''.join(lines)[-500:]}")
    if ready is None:
        if "-c" not in command:
            raise SystemExit(f"{' '.join(command)}: blev aldrig redigerbart")
        ready = shown
    return shown, ready


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


BARE_NAME = "bar QMainWindow"


def measure(runs: int, bundle: Path | None) -> dict[str, list[tuple[float, float]]]:
    with tempfile.TemporaryDirectory(prefix="insikt-start-") as tmp:
        home = Path(tmp)
        env = environment(home)
        source = [str(PYTHON), str(ROOT / "main.py")]
        # The first start creates the database with Borlänge's data and warms the caches.
        timed(source, env)
        shared = home / "delad mapp" / "gemensam.db"
        shared.parent.mkdir()
        shutil.copyfile(home / "insiktskollen.db", shared)
        commands = {
            BARE_NAME: [str(PYTHON), "-c", BARE],
            "utan argument": source,
            "--db FIL": [*source, "--db", str(shared)],
            "FIL (släppt/öppnad)": [*source, str(shared)],
        }
        if bundle is not None:
            program = str(bundle_program(bundle))
            commands["paketerad, utan argument"] = [program]
            commands["paketerad, --db FIL"] = [program, "--db", str(shared)]
        for name, command in list(commands.items()):
            try:
                timed(command, env)
            except SystemExit as exc:  # a way in that does not work: said, not measured
                print(f"  {name}: fungerar inte: {exc}")
                del commands[name]
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
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
    bare = statistics.median(shown for shown, _ in times[BARE_NAME])
    print(f"Start, offscreen, median av {args.runs} körningar; referens: ett bart QMainWindow "
          f"{bare:.2f} s (första målning) i samma körning.")
    print(f"  {'väg in':26s} {'målat':>7s} {'kvot':>5s} {'redigerbart':>12s} {'kvot':>5s}")
    worst = (0.0, 0.0)
    for name, values in times.items():
        shown = statistics.median(v[0] for v in values)
        ready = statistics.median(v[1] for v in values)
        print(f"  {name:26s} {shown:6.2f} s {shown / bare:5.1f} {ready:11.2f} s "
              f"{ready / bare:5.1f}")
        if name != BARE_NAME and not name.startswith("paketerad"):
            worst = (max(worst[0], shown / bare), max(worst[1], ready / bare))
    print(f"  sämsta vägen in (källkod): målat {worst[0]:.1f}× (mål: högst 2×), "
          f"redigerbart {worst[1]:.1f}× (mål: högst 3×)")
    for name, values in times.items():
        spread = ", ".join(f"{a:.2f}/{b:.2f}" for a, b in values)
        print(f"    {name}: {spread}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
