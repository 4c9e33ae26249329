"""Every speed figure in one command, each with its reference from the same run
(GENERATED test data only; prints, never asserts).

    python3 benchmarks/run_all.py [--quick]

Uses the checkout's .venv (as `python3 main.py` does) and runs, one after the other:
  start_time.py      first paint and editing ready, every way in (no argument, --db FILE,
                     the file as argument), against a bare QMainWindow (and the built folder,
                     when dist/Insiktskollen exists: build it first with build_bundle.py)
  import_results.py  100 800 result rows from CSV, preview and import, against csv+sqlite3
  report_fifty.py    the meeting report with fifty actions, against one chart as a PDF
  large_data.py      10 000 actions in the window (load, sort, keystroke)
  the bundle         dist/Insiktskollen on disk and zipped (aims 200 MB and 100 MB), its
                     largest parts (benchmarks/bundle_parts.py)
--quick uses 3 start runs, one import run, 2 000 actions and 10 000 rows. The machine's
load (os.getloadavg) is printed first and last. The figures and the command are written
into docs/benchmarks.md and the README's "Snabbhet" by hand.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
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
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bundle_parts

    files = [p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()]
    size = sum(p.stat().st_size for p in files)
    with tempfile.TemporaryDirectory() as tmp:
        packed = Path(shutil.make_archive(str(Path(tmp) / "Insiktskollen"), "zip",
                                          BUNDLE.parent, BUNDLE.name))
        zipped = packed.stat().st_size
    print(f"   {BUNDLE}: {size / 1e6:.0f} MB i {len(files)} filer (mål: högst 200 MB), "
          f"zip {zipped / 1e6:.0f} MB (mål: högst 100 MB)")
    totals = bundle_parts.sizes(BUNDLE)
    for part, bytes_ in bundle_parts.largest(totals, 10):
        print(f"   {bytes_ / 1e6:7.1f} MB  {part}")


def load() -> str:
    return f"belastning {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="färre körningar och mindre data")
    args = parser.parse_args()
    began = time.perf_counter()
    print(f"{platform.platform()}, {os.cpu_count()} kärnor, Python {platform.python_version()}, "
          f"{time.strftime('%Y-%m-%d %H:%M')}, {load()}")
    start = ["benchmarks/start_time.py", "--runs", "3" if args.quick else "7"]
    if (BUNDLE / ("Insiktskollen.exe" if os.name == "nt" else "Insiktskollen")).exists():
        start += ["--bundle", str(BUNDLE)]
    failed = 0
    failed += run("Start", *start) != 0
    imports = ["benchmarks/import_results.py"]
    if args.quick:
        imports += ["--runs", "1", "--rows", "10000"]
    failed += run("Import", *imports) != 0
    failed += run("Mötesunderlag", "benchmarks/report_fifty.py") != 0
    large = ["benchmarks/large_data.py"]
    if args.quick:
        large += ["--actions", "2000", "--rows", "10000"]
    failed += run("Stora data", *large) != 0
    bundle_size()
    print(f"\nHela körningen {time.perf_counter() - began:.0f} s; {load()} vid slutet")
    return 1 if failed else 0


if __name__ == "__main__":
    ensure_environment(Path(__file__))
    sys.exit(main())
