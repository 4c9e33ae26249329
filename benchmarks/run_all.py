"""Every speed figure in one command (GENERATED test data only; prints, never asserts).

    python3 benchmarks/run_all.py [--quick]

Uses the checkout's .venv (as `python3 main.py` does) and runs, one after the other:
  start_time.py    start to the window with its actions, against a bare QMainWindow
                   (and the built folder against the source, when dist/Insiktskollen exists:
                   build it first with benchmarks/build_bundle.py)
  large_data.py    10 000 actions in the window (load, sort, keystroke); 100 000 result
                   rows (import from CSV, NKI chart)
  report_fifty.py  the meeting report with fifty actions
  the bundle       size on disk of dist/Insiktskollen
--quick uses 3 start runs, 2 000 actions and 10 000 rows. The figures and the command are
written into docs/benchmarks.md by hand, with the machine's load at the time.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from main import ensure_environment  # noqa: E402  (stdlib only at import)

BUNDLE = ROOT / "dist" / "Insiktskollen"
NOISE = "This plugin does not support propagateSizeHints()"


def run(title: str, *args: str) -> int:
    print(f"\n== {title}: {Path(args[0]).name} {' '.join(args[1:])}", flush=True)
    began = time.perf_counter()
    result = subprocess.run(
        [sys.executable, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, encoding="utf-8", errors="replace",
        env=dict(os.environ, INSIKTSKOLLEN_NO_VENV="1", QT_QPA_PLATFORM="offscreen"),
    )
    print("\n".join(line for line in result.stdout.splitlines() if NOISE not in line))
    print(f"   ({time.perf_counter() - began:.0f} s, slutkod {result.returncode})", flush=True)
    return result.returncode


def bundle_size() -> None:
    print("\n== Paketet", flush=True)
    program = BUNDLE / ("Insiktskollen.exe" if os.name == "nt" else "Insiktskollen")
    if not program.exists():
        print(f"   {BUNDLE} finns inte: bygg med python3 benchmarks/build_bundle.py")
        return
    files = [p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files)
    print(f"   {BUNDLE}: {size / 1e6:.0f} MB ({size / 2**20:.0f} MiB) i {len(files)} filer")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="färre körningar och mindre data")
    args = parser.parse_args()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    print(f"{platform.platform()}, {os.cpu_count()} kärnor, Python {platform.python_version()}"
          + (f", belastning {load:.1f}" if load is not None else ""))
    start = ["benchmarks/start_time.py", "--runs", "3" if args.quick else "7"]
    if (BUNDLE / ("Insiktskollen.exe" if os.name == "nt" else "Insiktskollen")).exists():
        start += ["--bundle", str(BUNDLE)]
    failed = 0
    failed += run("Start", *start) != 0
    large = ["benchmarks/large_data.py"]
    if args.quick:
        large += ["--actions", "2000", "--rows", "10000"]
    failed += run("Stora data", *large) != 0
    failed += run("Mötesunderlag", "benchmarks/report_fifty.py") != 0
    bundle_size()
    return 1 if failed else 0


if __name__ == "__main__":
    ensure_environment(Path(__file__))
    sys.exit(main())
