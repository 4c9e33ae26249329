"""How long the meeting report of fifty actions takes, beside one chart (GENERATED data).

    .venv/bin/python benchmarks/report_fifty.py [--runs 3] [--out /tmp/femtio.pdf]

Fills a fresh database in a temporary folder with fifty made-up actions (see
tests/report_helpers.py), then times reading, laying out and writing the report's PDF.
The baseline, in the same run and in turn with the report: one A4 `Figure` with one line
chart (title, labels, legend), saved as a one-page PDF. On a machine whose load moves the
times, their ratio says more than either. Prints the medians and the ratio; the aim for
the report is at most 3 s here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for extra in (ROOT, ROOT / "tests"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from matplotlib.figure import Figure  # noqa: E402
from report_helpers import fill_fifty  # noqa: E402

from charts.report import make_report  # noqa: E402
from models.opening import open_database  # noqa: E402

AIM_S = 3.0


def one_chart(out: Path) -> float:
    """Seconds to draw one line chart on an A4 Figure and save it as a one-page PDF."""
    began = time.perf_counter()
    fig = Figure(figsize=(8.27, 11.69))
    ax = fig.add_subplot()
    years = list(range(2015, 2025))
    ax.plot(years, [60 + (y % 5) for y in years], marker="o", label="NKI totalt")
    ax.set_title("NKI över åren", parse_math=False)
    ax.set_xlabel("År")
    ax.set_ylabel("NKI")
    ax.legend()
    fig.savefig(out, format="pdf")
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path,
                        default=Path(tempfile.gettempdir()) / "femtio.pdf")
    args = parser.parse_args()
    out: Path = args.out
    reports: list[float] = []
    cpus: list[float] = []
    charts: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        chart_pdf = Path(folder) / "ett diagram.pdf"
        one_chart(chart_pdf)  # the fonts and the PDF writer loaded once, for both
        db = open_database(Path(folder) / "femtio.db", create=True, user="benchmark")
        try:
            today = dt.date.today()
            began = time.perf_counter()
            fill_fifty(db, today)
            filled = time.perf_counter() - began
            for _ in range(args.runs):
                charts.append(one_chart(chart_pdf))
                cpu = time.process_time()
                began = time.perf_counter()
                result = make_report(db, out, today=today, record=False)
                reports.append(time.perf_counter() - began)
                cpus.append(time.process_time() - cpu)
        finally:
            db.dispose()
    report, chart = statistics.median(reports), statistics.median(charts)
    print(f"Testdata: {filled:.2f} s; median av {args.runs} körningar:")
    print(f"  ett diagram som PDF (referens)  {chart:6.2f} s")
    print(f"  mötesunderlaget                 {report:6.2f} s   kvot {report / chart:5.1f}   "
          f"(processortid {statistics.median(cpus):.2f} s; mål: högst {AIM_S:g} s)")
    print(f"  {result.pages} sidor, {result.actions} åtgärder; fil: {out} "
          f"({out.stat().st_size // 1024} kB)")
    print("  körningar (diagram/underlag): "
          + ", ".join(f"{c:.2f}/{r:.2f}" for c, r in zip(charts, reports, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
