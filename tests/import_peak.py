"""Started by test_importers_bounded.py in a fresh interpreter: one import's preview, then
its peak memory. Arguments: the database, the file, "results" or "actions".

Prints "SVAR: <summary or message>" (and the first three errors and the last) and "TOPP: <peak resident memory in MB>" (the process's
own peak, so that nothing else the test run started is counted).
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models import importers  # noqa: E402
from models.action_import import import_actions  # noqa: E402
from models.errors import InsiktError  # noqa: E402
from models.opening import open_database  # noqa: E402


def main() -> None:
    database, path, kind = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    db = open_database(database, user="test")
    try:
        if kind == "results":
            with db.read() as session:
                preview = importers.preview_files(session, [path])
        else:
            preview = import_actions(db, path, dry_run=True)
        lines = [preview.summary(), *preview.errors[:3], *preview.errors[3:][-1:]]
    except InsiktError as exc:
        lines = [exc.message]
    finally:
        db.dispose()
    for line in lines:
        print(f"SVAR: {line[:300]}", flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"TOPP: {peak:.0f}", flush=True)


if __name__ == "__main__":
    main()
