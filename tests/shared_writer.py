"""A writer process for the concurrency and crash tests (run as a script, not collected).

    python tests/shared_writer.py DB NAME COUNT [BUSY_TIMEOUT_S]

Opens DB through `open_database`, prints READY, then COUNT rounds of three user actions,
each its own transaction: a new action "NAME-i", a read-modify-write of action 1's
description (appending "[NAME-i]"), and a comment "NAME-i" on action 1. After each commit it
prints "ACK kind token" and flushes: a line on stdout means the change was acknowledged.
A stale version (possible on a server database) or a busy database is tried again, as a
user would.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from models import actions as ops  # noqa: E402
from models import db as dbmod  # noqa: E402
from models.errors import BusyError, ConflictError  # noqa: E402
from models.opening import open_database  # noqa: E402


def main() -> None:
    target, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if len(sys.argv) > 4:
        dbmod.BUSY_TIMEOUT_S = float(sys.argv[4])
        dbmod.BUSY_PAUSE_S = 0.01
    while True:
        try:
            db = open_database(target, user=name)
            break
        except BusyError:
            continue
    db.on_busy = lambda message: print("BUSY", message, flush=True)
    print("READY", flush=True)

    def again(work) -> None:  # type: ignore[no-untyped-def]
        while True:
            try:
                with db.write() as session:
                    work(session)
                return
            except (BusyError, ConflictError):
                continue

    for i in range(count):
        token = f"{name}-{i}"
        again(lambda s, token=token: ops.create_action(s, title=token))
        print("ACK create", token, flush=True)

        def append(session, token=token) -> None:  # type: ignore[no-untyped-def]
            action = ops.get_action(session, 1)
            ops.update_action(session, 1, None, description=action.description + f"[{token}]")

        again(append)
        print("ACK append", token, flush=True)
        again(lambda s, token=token: ops.add_comment(s, 1, token))
        print("ACK comment", token, flush=True)
    db.dispose()
    print("DONE", flush=True)


if __name__ == "__main__":
    main()
