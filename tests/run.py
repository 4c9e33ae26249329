"""Set up the checkout's environment (as main.py does, plus requirements-dev.lock) and run
the whole test suite.

    python tests/run.py [pytest arguments]
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
    sys.exit(subprocess.call([sys.executable, "-m", "pytest", *sys.argv[1:]]))
