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
    print(f"TOPP: {peak_mb():.0f}", flush=True)


def peak_mb() -> float:
    """This interpreter's own peak resident memory in MB.

    On Linux from /proc (VmHWM, the high-water mark of this program's memory since it
    started): `getrusage`'s ru_maxrss keeps across exec the peak of the process that
    started it, so a test run that had grown to 536 MB read 536 MB for every file.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


if __name__ == "__main__":
    main()
