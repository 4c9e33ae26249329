"""Large data (GENERATED, never real): 10 000 actions in the window, 100 000 result rows.

    .venv/bin/python benchmarks/large_data.py [--actions 10000] [--rows 100000]

1. 10 000 made-up actions in a fresh database; the main window offscreen: reading them
   into the table (the window's refresh), sorting by title, and one filter keystroke in the
   search box (the proxy filters every row again), each timed on its own.
2. A Swedish-Excel CSV of about 100 000 result rows (made-up municipalities 9000–9099, ten
   years, every group, area and measure): the preview, the import, and the NKI chart
   (read, drawn and saved as PNG) on that database.
Prints each figure; the data is written to a temporary folder and removed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from models import actions as ops  # noqa: E402
from models import settings  # noqa: E402
from models.codes import Area, Factor, Group, Measure, Status  # noqa: E402
from models.db import Database  # noqa: E402
from models.opening import open_database  # noqa: E402

WORDS = ("telefontider", "öppet hus", "e-tjänst", "klarspråk", "servicelöfte", "företagslots",
         "checklista", "dialogmöte", "handläggningstid", "förhandsbesked", "webbguide")
UNITS = ("Bygglov", "Miljö- och hälsoskydd", "Livsmedelskontroll", "Lantmäteri", "Kundtjänst")
PEOPLE = ("Anna Åberg", "Björn Öst", "Cecilia Ärlig", "David Lund", "Eva Strand", "Greta Sjö")


ACTION_COLUMNS = ("description, unit_id, owner_id, status, assessment, start, due, completed, "
                  "progress, expected_effect, created_at, created_by, updated_at, updated_by, "
                  "version")


def fill_actions(db: Database, count: int, seed: int = 10) -> None:
    """`count` actions: 500 made through the program's own operation, the rest SQL copies
    of those (with their factors) so that 10 000 take seconds, not minutes."""
    from sqlalchemy import text

    base = min(count, 500)
    _create(db, base, seed)
    copies = 0
    with db.write() as session:
        while base * (copies + 1) < count:
            copies += 1
            offset = base * copies
            take = min(base, count - offset)
            session.execute(text(
                f"INSERT INTO action (id, title, {ACTION_COLUMNS}) "
                f"SELECT id + {offset}, title || ' (kopia {copies})', {ACTION_COLUMNS} "
                f"FROM action WHERE id <= {take}"
            ))
            session.execute(text(
                f"INSERT INTO action_factor (action_id, factor) "
                f"SELECT action_id + {offset}, factor FROM action_factor WHERE action_id <= {take}"
            ))


def _create(db: Database, count: int, seed: int) -> None:
    rng = random.Random(seed)
    today = dt.date.today()
    with db.write() as session:
        for number in range(1, count + 1):
            begin = today - dt.timedelta(days=rng.randint(0, 900))
            status = rng.choice(list(Status))
            ops.create_action(
                session,
                today=today,
                title=f"Teståtgärd {number}: {rng.choice(WORDS)} och {rng.choice(WORDS)}",
                description=f"Genererad testdata om {rng.choice(WORDS)}.",
                unit=rng.choice(UNITS),
                owner=rng.choice(PEOPLE),
                status=status,
                start=begin,
                due=begin + dt.timedelta(days=rng.randint(30, 600)),
                progress=100 if status == Status.KLAR else rng.randrange(0, 95, 5),
                factors=rng.sample(list(Factor), rng.randint(1, 3)),
            )


def bench_actions(folder: Path, count: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.window.app_settings import AppSettings
    from ui.window.main_window import MainWindow
    from ui.window.register.table import TITLE

    db = open_database(folder / "tiotusen.db", create=True, user="benchmark")
    try:
        began = time.perf_counter()
        fill_actions(db, count)
        print(f"{count} genererade åtgärder sparade på {time.perf_counter() - began:.1f} s")
        app = QApplication.instance() or QApplication([])
        began = time.perf_counter()
        window = MainWindow(db, app_settings=AppSettings(str(folder / "inst.ini")))
        window.resize(1200, 800)
        window.show()
        app.processEvents()
        opened = time.perf_counter() - began
        assert window.model.rowCount() == count, window.model.rowCount()
        print(f"  fönstret öppnat och visat med {count} åtgärder: {opened:.2f} s")
        began = time.perf_counter()
        window.opened.refresh()
        app.processEvents()
        print(f"  läsa in dem i tabellen igen (refresh): {time.perf_counter() - began:.2f} s")
        began = time.perf_counter()
        window.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
        app.processEvents()
        print(f"  sortera på titel: {time.perf_counter() - began:.3f} s")
        window.poll_timer.stop()  # its reads would land inside a keystroke's time
        keystrokes = []
        for _ in range(3):  # typing "tel" and erasing it again, one key at a time, 3 times
            for key in ("t", "e", "l", None, None, None):
                began = time.perf_counter()
                if key is None:
                    window.search.backspace()
                else:
                    window.search.insert(key)
                app.processEvents()
                keystrokes.append(time.perf_counter() - began)
                if window.search.text() == "tel":
                    shown = window.proxy.rowCount()
        assert 0 < shown < count, shown
        keystrokes.sort()
        print(f"  en tangent i sökrutan (filtret, och tabellen ritas om): median "
              f"{statistics.median(keystrokes) * 1000:.0f} ms, längst {keystrokes[-1] * 1000:.0f} ms "
              f"av {len(keystrokes)} (”tel”: {shown} av {count} kvar)")
        window.close()
    finally:
        db.dispose()


def make_results_csv(path: Path, rows: int) -> int:
    """About `rows` result rows for made-up municipalities 9000, 9001, … (Swedish Excel CSV)."""
    lines = ["År;Kundgrupp;Myndighetsområde;Mått;Värde;Antal svar;Kommun"]
    per_town = 10 * len(Group) * len(Area) * len(Measure)
    towns = max(1, round(rows / per_town))
    for t in range(towns):
        town = f"{9000 + t}"
        for year in range(2015, 2025):
            for group in Group:
                for area in Area:
                    for measure in Measure:
                        value = (year * 7 + t + len(area.value) + len(measure.value)) % 40 + 50
                        lines.append(f"{year};{group.label};{area.label};{measure.label};"
                                     f"{value},5;{(year % 7) * 30 + 10};{town}")
    path.write_text("\n".join(lines), encoding="utf-8-sig")
    return len(lines) - 1


def bench_results(folder: Path, rows: int) -> None:
    from charts import catalog
    from models import importers

    source = folder / "resultat stor.csv"
    count = make_results_csv(source, rows)
    db = open_database(folder / "resultat.db", create=True, user="benchmark")
    try:
        with db.write() as session:
            settings.save(session, municipality_code="9000", municipality_name="Testkommun")
        began = time.perf_counter()
        with db.read() as session:
            preview = importers.preview_files(session, [source])
        previewed = time.perf_counter()
        with db.write() as session:
            written = importers.apply(session, preview)
        applied = time.perf_counter()
        print(f"{count} resultatrader ur CSV: förhandsvisning {previewed - began:.1f} s, "
              f"import {applied - previewed:.1f} s ({written} sparade)")
        options = catalog.ChartOptions(comparison="9001")
        began = time.perf_counter()
        with db.read() as session:
            data = catalog.load(session, "nki", options)
        loaded = time.perf_counter()
        fig = catalog.draw("nki", data, options)
        drawn = time.perf_counter()
        catalog.save(fig, folder / "nki.png")
        saved = time.perf_counter()
        print(f"  NKI-diagrammet på den databasen: läsa {loaded - began:.2f} s, rita "
              f"{drawn - loaded:.2f} s, spara PNG {saved - drawn:.2f} s")
    finally:
        db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="insikt-stor-") as tmp:
        os.environ["INSIKTSKOLLEN_HOME"] = tmp  # settings, backups and the log stay here
        bench_actions(Path(tmp), args.actions)
        bench_results(Path(tmp), args.rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
