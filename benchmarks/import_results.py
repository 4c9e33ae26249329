"""A large results import against a csv+sqlite3 reference (GENERATED figures, not real).

    .venv/bin/python benchmarks/import_results.py [--rows 100000] [--runs 3] [--profile]

Writes a Swedish-Excel CSV of about 100 000 result rows (made-up municipalities 9000 …,
ten years, every group, area and measure; benchmarks/large_data.py's generator) and, on a
fresh database each run, times the program's preview (read, check, compare) and its
import (apply, in one write transaction, change log included). The reference, in the same
run: the same file read with the csv module, its values turned into numbers, and the rows
plus one change-log row each inserted with sqlite3's executemany into a table of the same
columns, committed. Prints the medians of `--runs` runs and the ratios (aim: at most 4×).
`--profile` prints cProfile's top functions of one preview and one import instead.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import datetime as dt
import pstats
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.large_data import make_results_csv  # noqa: E402
from models import importers, settings  # noqa: E402
from models.opening import open_database  # noqa: E402

AIM = 4.0

REFERENCE_SCHEMA = """
create table survey_result (
    id integer primary key, municipality varchar(10), year integer, "group" varchar(20),
    area varchar(20), measure varchar(20), value float, answers integer, margin float,
    response_rate float, preliminary boolean, preliminary_as_of date, source varchar(300),
    unique (municipality, year, "group", area, measure));
create table change_log (
    id integer primary key, at datetime, user varchar(120), entity varchar(20),
    entity_id integer, action_id integer, action_version integer, operation varchar(10),
    field varchar(40), old_value text, new_value text);
"""


def reference(source: Path, folder: Path) -> float:
    """Seconds to read the CSV with the csv module and insert rows and log rows with sqlite3."""
    target = folder / "referens.db"
    target.unlink(missing_ok=True)
    began = time.perf_counter()
    conn = sqlite3.connect(target)
    conn.executescript(REFERENCE_SCHEMA)
    with source.open(encoding="utf-8-sig", newline="") as file:
        reader = csv.reader(file, delimiter=";")
        next(reader)
        rows = [
            (town, int(year), group, area, measure, float(value.replace(",", ".")),
             int(answers), None, None, False, None, source.name)
            for year, group, area, measure, value, answers, town in reader
        ]
    conn.execute("begin")
    conn.executemany(
        'insert into survey_result (municipality, year, "group", area, measure, value, answers, '
        "margin, response_rate, preliminary, preliminary_as_of, source) "
        "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(" ")
    first = conn.execute("select min(id) from survey_result").fetchone()[0]
    conn.executemany(
        "insert into change_log (at, user, entity, entity_id, operation, field, new_value) "
        "values (?, ?, ?, ?, ?, ?, ?)",
        [(now, "benchmark", "result", first + n, "create", "", str(r[5]))
         for n, r in enumerate(rows)])
    conn.commit()
    conn.close()
    return time.perf_counter() - began


def program(source: Path, folder: Path, profile: bool = False) -> tuple[float, float, int]:
    """Seconds of the program's preview and import on a fresh database; rows written."""
    path = folder / "resultat.db"
    path.unlink(missing_ok=True)
    db = open_database(path, create=True, user="benchmark")
    try:
        with db.write() as session:
            settings.save(session, municipality_code="9000", municipality_name="Testkommun")
        profiler = cProfile.Profile() if profile else None
        began = time.perf_counter()
        if profiler:
            profiler.enable()
        with db.read() as session:
            preview = importers.preview_files(session, [source])
        if profiler:
            profiler.disable()
            print("== förhandsvisning")
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
            profiler = cProfile.Profile()
        previewed = time.perf_counter()
        if not preview.ok:
            raise SystemExit(f"förhandsvisningen har fel: {preview.errors[:3]}")
        if profiler:
            profiler.enable()
        with db.write() as session:
            written = importers.apply(session, preview)
        if profiler:
            profiler.disable()
            print("== import")
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        applied = time.perf_counter()
    finally:
        db.dispose()
    return previewed - began, applied - previewed, written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="insikt-import-") as tmp:
        folder = Path(tmp)
        source = folder / "resultat stor.csv"
        count = make_results_csv(source, args.rows)
        if args.profile:
            program(source, folder, profile=True)
            return 0
        refs, previews, applies = [], [], []
        written = 0
        for _ in range(args.runs):  # in turn, so that the machine's load hits both alike
            refs.append(reference(source, folder))
            shown, stored, written = program(source, folder)
            previews.append(shown)
            applies.append(stored)
    ref, pre, app = (statistics.median(v) for v in (refs, previews, applies))
    print(f"{count} resultatrader ur CSV ({written} sparade), median av {args.runs} körningar:")
    print(f"  referens (csv + sqlite3 executemany, rader och loggrader)  {ref:6.2f} s")
    print(f"  förhandsvisning  {pre:6.2f} s   kvot {pre / ref:4.1f}   (mål: högst {AIM:g})")
    print(f"  import           {app:6.2f} s   kvot {app / ref:4.1f}   (mål: högst {AIM:g})")
    print("  körningar (referens/förhandsvisning/import): " + ", ".join(
        f"{r:.2f}/{p:.2f}/{a:.2f}" for r, p, a in zip(refs, previews, applies, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
