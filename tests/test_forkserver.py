"""tests/forkserver.py: a forked run sees the program as `python script.py` would."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests import forkserver

PROBE = (
    "print('models.db' in sys.modules)\n"
    "import models.db\n"
    "print(models.db.BUSY_TIMEOUT_S, models.db.__file__)\n"
)


def _probe(folder: Path, **settings: str) -> list[str]:
    script = folder / "probe.py"
    script.write_text(f"sys_path_root = {str(forkserver.ROOT)!r}\n"
                      "import sys; sys.path.insert(0, sys_path_root)\n" + PROBE,
                      encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("INSIKTSKOLLEN_")}
    result = forkserver.run(script, [], {**env, **settings}, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


@pytest.mark.skipif(sys.platform != "linux" or os.environ.get("INSIKTSKOLLEN_TEST_NO_FORK") == "1",
                    reason="the fork server runs on Linux only")
def test_a_setting_read_at_import_reaches_the_child(tmp_path: Path) -> None:
    inside = forkserver.ROOT / "tests" / f"probe_{os.getpid()}"
    inside.mkdir()
    try:
        # Already imported in the server, and the same as a fresh import.
        plain = _probe(inside, INSIKTSKOLLEN_HOME=str(tmp_path))
        assert plain == ["True", "10.0", str(forkserver.ROOT / "models" / "db.py")]
        assert _probe(inside, INSIKTSKOLLEN_BUSY_TIMEOUT="0.3")[:2] == ["False", "0.3"]
    finally:
        for path in inside.iterdir():
            path.unlink()
        inside.rmdir()
    # A script outside the checkout imports the program afresh as well.
    assert _probe(tmp_path)[:2] == ["False", "10.0"]
