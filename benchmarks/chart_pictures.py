"""Every chart at the screen sizes and on A4, normal and large text: PNGs to look at, the
texts that overlap or leave the figure, and how long the drawing took.

    .venv/bin/python benchmarks/chart_pictures.py /tmp/bilder [--large-data] [--sizes 1024x768]

Borlänge's data by default; `--large-data` the GENERATED data set of make_large_data.py with
long titles added (test data, never real results).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for extra in (ROOT, ROOT / "tests"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from chart_overlap import (  # noqa: E402
    SIZES,
    borlange_database,
    chart_data_of,
    large_database,
    problems,
)

from charts.catalog import CHART_TITLES, ChartOptions, draw  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--large-data", action="store_true")
    parser.add_argument("--sizes", nargs="*", default=list(SIZES))
    parser.add_argument("--kinds", nargs="*", default=list(CHART_TITLES))
    args = parser.parse_args()
    out = Path(args.folder)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bilder.db"
        if args.large_data:
            db = large_database(path)
        else:
            db = borlange_database(path)
        try:
            data = chart_data_of(db, args.kinds)
        finally:
            db.dispose()
    bad = 0
    for kind in args.kinds:
        for name in args.sizes:
            (width, height), dpi = SIZES[name]
            for large in (False, True):
                options = ChartOptions(large=large, size=(width, height), dpi=dpi)
                began = time.perf_counter()
                fig = draw(kind, data[kind], options)
                found = problems(fig)
                took = time.perf_counter() - began
                file = out / f"{kind}_{name}{'_stor' if large else ''}.png"
                fig.savefig(file, dpi=dpi if dpi <= 100 else 100)
                bad += bool(found)
                print(f"{file.name}: {took:.2f} s, {len(found)} fel")
                for problem in found[:8]:
                    print("   ", problem)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
