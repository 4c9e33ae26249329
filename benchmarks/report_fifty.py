"""How long the meeting report of fifty actions takes (GENERATED test data).

    .venv/bin/python benchmarks/report_fifty.py [/tmp/femtio.pdf]

Fills a fresh database in a temporary folder with fifty made-up actions (see
tests/report_helpers.py), then times reading, laying out and writing the PDF.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for extra in (ROOT, ROOT / "tests"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from report_helpers import fill_fifty  # noqa: E402

from charts.report import make_report  # noqa: E402
from models.opening import open_database  # noqa: E402


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.gettempdir()) / "femtio.pdf"
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "femtio.db", create=True, user="benchmark")
        try:
            today = dt.date.today()
            began = time.perf_counter()
            fill_fifty(db, today)
            filled = time.perf_counter()
            cpu = time.process_time()
            result = make_report(db, out, today=today, record=False)
            done = time.perf_counter()
            cpu = time.process_time() - cpu
        finally:
            db.dispose()
    print(f"Testdata: {filled - began:.2f} s")
    print(
        f"Mötesunderlag: {done - filled:.2f} s ({cpu:.2f} s processortid; resten är väntan "
        f"på en delad dator), {result.pages} sidor, {result.actions} åtgärder"
    )
    print(f"Fil: {out} ({out.stat().st_size // 1024} kB)")


if __name__ == "__main__":
    main()
