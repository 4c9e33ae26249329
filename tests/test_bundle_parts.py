"""The built folder: only the Qt plugins the program uses, and no unexplained large part.

The rules live in benchmarks/bundle_parts.py, which build.spec applies. The first tests run
them on a made-up folder, always; the last walks dist/Insiktskollen when a build is there
(benchmarks/build_bundle.py) and is skipped otherwise.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import bundle_parts  # noqa: E402

QT = "PySide6/Qt/plugins"


@pytest.mark.parametrize(("dest", "kept"), [
    (f"{QT}/platforms/libqxcb.so", True),
    (f"{QT}/platforms/qwindows.dll", True),
    (f"{QT}/platforms/libqoffscreen.so", True),
    (f"{QT}/platforms/libqwayland.so", False),
    (f"{QT}/platforms/libqeglfs.so", False),
    (f"{QT}/platforms/libqvnc.so", False),
    (f"{QT}/platformthemes/libqgtk3.so", False),
    (f"{QT}/wayland-shell-integration/libxdg-shell.so", False),
    (f"{QT}/egldeviceintegrations/libqeglfs-kms-egldevice-integration.so", False),
    (f"{QT}/printsupport/windowsprintersupport.dll", True),
    (f"{QT}/printsupport/libcupsprintersupport.so", False),
    (f"{QT}/imageformats/qico.dll", True),
    (f"{QT}/imageformats/libqtiff.so", False),
    (f"{QT}/styles/qmodernwindowsstyle.dll", True),
    (f"{QT}/sqldrivers/qsqlite.dll", False),
    ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6/Qt/lib/libQt6WaylandClient.so.6", False),
    ("libgtk-3.so.0", False),
    ("libcups.so.2", False),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt/lib/libQt6XcbQpa.so.6", True),
    ("libxkbcommon-x11.so.0", True),
    ("numpy.libs/libscipy_openblas64_.so", True),
])
def test_the_spec_keeps_only_the_qt_parts_the_program_uses(dest, kept):
    assert bundle_parts.keep_binary(dest) is kept


def _fake_folder(root: Path, files: dict[str, int]) -> Path:
    folder = root / "Insiktskollen"
    for name, size in files.items():
        path = folder / "_internal" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as out:
            out.truncate(size)
    (folder / "Insiktskollen").write_bytes(b"x")
    return folder


def test_a_new_large_part_without_a_reason_fails(tmp_path):
    mb = bundle_parts.MB
    folder = _fake_folder(tmp_path, {
        "numpy/_core/umath.so": 6 * mb, "numpy/other.py": 1000,
        "newthing/huge.so": 6 * mb, "small/part.so": 4 * mb,
    })
    totals = bundle_parts.sizes(folder)
    assert totals["numpy"] == 6 * mb + 1000
    assert bundle_parts.largest(totals, 1) == [("numpy", 6 * mb + 1000)]
    # numpy has its reason (its parts with it); the new folder has none; 4 MB is no matter.
    assert bundle_parts.unexplained(totals) == ["newthing (6.0 MB)", "newthing/huge.so (6.0 MB)"]


def test_every_large_part_has_a_reason():
    assert all(reason.strip() for reason in bundle_parts.LARGE_PARTS.values())


BUILT = ROOT / "dist" / "Insiktskollen"


@pytest.mark.skipif(not BUILT.is_dir(), reason="no dist/Insiktskollen: benchmarks/build_bundle.py")
def test_the_built_folder_has_no_unexplained_part_over_5_mb():
    totals = bundle_parts.sizes(BUILT)
    print("\n".join(f"{size / bundle_parts.MB:7.1f} MB  {name}"
                    for name, size in bundle_parts.largest(totals)))
    assert bundle_parts.unexplained(totals) == []
    plugins = {p.parent.name for p in BUILT.rglob("plugins/*/*")}
    assert plugins <= set(bundle_parts.QT_PLUGINS)
