"""Set up the checkout's environment (as main.py does, plus requirements-dev.lock) and run
the whole test suite, one pytest-xdist worker per core.

    python tests/run.py [pytest arguments]      (-n 0: in one process)
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from main import ensure_environment  # noqa: E402  (stdlib-only at import)

if __name__ == "__main__":
    ensure_environment(Path(__file__), dev=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.chdir(ROOT)
    args = sys.argv[1:]
    if not any(a.startswith(("-n", "--numprocesses")) for a in args):
        # Each worker starts its own PostgreSQL server and fork server (tests/conftest.py).
        args = ["-n", "auto", *args]
    sys.exit(subprocess.call([sys.executable, "-m", "pytest", *args]))
