"""docs/screenshots.py renders the real window on the Borlänge data at both sizes."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from tests.conftest import ROOT


def test_screenshots_script_writes_both_sizes(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "screenshots.py"), str(tmp_path)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    for width, height in ((1366, 768), (1920, 1080)):
        for name in ("insiktskollen", "insiktskollen-diagram"):
            image = QImage(str(tmp_path / f"{name}-{width}x{height}.png"))
            assert (image.width(), image.height()) == (width, height)
