"""How long a large results import takes (GENERATED figures, not real results).

    .venv/bin/python benchmarks/import_results.py

Writes a Swedish-Excel CSV of 10 500 rows (five municipalities, ten years, every group,
area and measure) and times the preview, the import and a second preview on a fresh
database. Seen here: preview under 1 s, import about 2 s, second preview about 2 s.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from models import importers  # noqa: E402
from models.codes import Area, Group, Measure  # noqa: E402
from models.opening import open_database  # noqa: E402
from models.preview import UNCHANGED  # noqa: E402
from models.seed import load_example  # noqa: E402


def make_file(path: Path) -> int:
    lines = ["År;Kundgrupp;Myndighetsområde;Mått;Värde;Antal svar;Kommun"]
    for town in ("2081", "0000", "2080", "2082", "2083"):
        for year in range(2015, 2025):
            for group in Group:
                for area in Area:
                    for measure in Measure:
                        value = (year * 7 + len(area.value) + len(measure.value)) % 40 + 50
                        lines.append(f"{year};{group.label};{area.label};{measure.label};"
                                     f"{value},5;{(year % 7) * 30 + 10};{town}")
    path.write_text("\n".join(lines), encoding="utf-8-sig")
    return len(lines) - 1


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "stor.csv"
        count = make_file(source)
        db = open_database(Path(folder) / "stor.db", create=True, user="benchmark")
        try:
            with db.write() as session:
                load_example(session)
            began = time.perf_counter()
            with db.read() as session:
                preview = importers.preview_files(session, [source])
            previewed = time.perf_counter()
            with db.write() as session:
                importers.apply(session, preview)
            applied = time.perf_counter()
            with db.read() as session:
                again = importers.preview_files(session, [source])
            done = time.perf_counter()
        finally:
            db.dispose()
    print(f"{count} rader: {preview.summary()}")
    print(f"förhandsvisning {previewed - began:.2f} s, import {applied - previewed:.2f} s, "
          f"ny förhandsvisning {done - applied:.2f} s ({again.count(UNCHANGED)} oförändrade)")


if __name__ == "__main__":
    main()
