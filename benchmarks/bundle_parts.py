"""What the built folder keeps of Qt, and the parts over 5 MB it may hold, each with a reason.

Read by build.spec (`keep_binary`, `keep_data`: applied to PyInstaller's lists before the
folder is collected), by benchmarks/build_bundle.py (the folder's largest parts) and by
tests/test_bundle_parts.py (the same rules on a made-up tree, and on dist/ when built).
Only the standard library here: build.spec runs it inside PyInstaller.
"""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path, PurePath

# Qt's plugin folders, and which of their plugins the program uses. A folder not named here
# is left out whole (Wayland, EGLFS, GTK's theme, input methods over D-Bus, TLS and network
# information (QtNetwork is not used), SQL drivers, QML tooling, vector images, generic
# input devices).
QT_PLUGINS: dict[str, tuple[str, ...]] = {
    # xcb on Linux, windows on Windows; offscreen for the self-test on a machine without a
    # screen (CI), minimal nowhere.
    "platforms": ("*qxcb*", "*qwindows*", "*qoffscreen*", "*qcocoa*"),
    # PNG and JPEG are built into QtGui; the window's icon (.ico on Windows) and SVG.
    "imageformats": ("*qico*", "*qsvg*"),
    "iconengines": ("*qsvgicon*",),
    # Windows' own look (Qt 6.7+: modernwindows) and the print dialogs' printer list.
    "styles": ("*",),
    "printsupport": ("*windowsprintersupport*",),
    # Dead keys and compose sequences under X11 (typing with an English keyboard layout).
    "platforminputcontexts": ("*composeplatforminputcontext*",),
}

# Shared libraries that only the left-out plugins and Qt modules need (Linux names;
# PyInstaller collects them because some plugin links to them).
DROPPED_LIBRARIES = (
    "libQt6Wayland*", "libQt6WlShellIntegration*", "libQt6EglFs*", "libQt6EglFSDeviceIntegration*",
    "libQt6Quick*", "libQt6Qml*", "libQt6Network*", "libQt6OpenGL*", "libQt6Pdf*",
    "libQt6VirtualKeyboard*", "libwayland-*", "libgtk-3*", "libgdk-3*", "libatk*",
    "libcups*", "libgnutls*", "libavahi*", "libnettle*", "libhogweed*", "libp11-kit*",
    "libtasn1*", "libidn2*", "libunistring*",
    # GTK's theme plugin brought these: its drawing, text shaping and image loading
    "libcairo*", "libpango*", "libgdk_pixbuf*", "libthai*", "libdatrie*", "libfribidi*",
    "libgraphite2*", "libharfbuzz.so*", "libpixman*", "libepoxy*",
)

MB = 1_000_000
LARGE_PART_BYTES = 5 * MB

# Every part of the folder over 5 MB, with why it is there. A new one fails
# tests/test_bundle_parts.py until it is named here with its reason.
LARGE_PARTS: dict[str, str] = {
    "numpy": "matplotlib's arrays; with OpenBLAS (strip would break it)",
    "numpy.libs": "numpy's OpenBLAS and gfortran runtime",
    "matplotlib": "every chart and the meeting report (mpl-data: only DejaVu Sans kept)",
    "PySide6": "the window: Qt's libraries, the plugins kept above, the bindings",
    "PySide6/Qt": "Qt's libraries and plugins",
    "PySide6/Qt/lib": "Qt's libraries: Core, Gui, Widgets, Svg, PrintSupport, DBus, XcbQpa",
    "PySide6/Qt/lib/libicudata.so.73": "ICU's data, needed by QtCore on Linux (not on Windows)",
    "libpython3.11.so.1.0": "Python itself (debug information stripped in build.spec)",
    "psycopg_binary": "PostgreSQL for a shared server database (migrate-to, --db URL)",
    "psycopg_binary.libs": "libpq and its OpenSSL, Kerberos and LDAP libraries",
    "PIL": "Pillow: matplotlib's image writer",
    "pillow.libs": "Pillow's image codecs (JPEG, PNG, WebP …)",
    "sqlalchemy": "the database layer",
    "lib-dynload": "Python's own extension modules",
    "python3.11": "Python's own extension modules (lib-dynload, debug information stripped)",
    "kiwisolver": "matplotlib's layout solver",
    "contourpy": "matplotlib",
    "fontTools": "matplotlib's font subsetting for the report's PDF",
    "base_library.zip": "Python's standard library, compiled",
    "PYZ.pyz": "the program and its Python packages, compiled",
    "Insiktskollen": "the program's launcher",
    "Insiktskollen.exe": "the program's launcher",
    "python311.dll": "Python itself (Windows)",
    "Qt6Core.dll": "Qt (Windows)",
    "Qt6Gui.dll": "Qt (Windows)",
    "Qt6Widgets.dll": "Qt (Windows)",
    "libcrypto.so.3": "OpenSSL for Python's ssl and hashlib (Kolada over HTTPS)",
    "libcrypto-3-x64.dll": "OpenSSL for Python's ssl and hashlib (Kolada over HTTPS)",
}


def _parts(dest: str) -> tuple[str, ...]:
    return PurePath(dest.replace("\\", "/")).parts


def keep_binary(dest: str) -> bool:
    """Whether a file PyInstaller collected (its path inside the folder) goes in."""
    parts = _parts(dest)
    name = parts[-1] if parts else dest
    if "plugins" in parts:
        at = parts.index("plugins")
        if len(parts) > at + 2:  # plugins/<folder>/<file>
            wanted = QT_PLUGINS.get(parts[at + 1])
            return wanted is not None and any(fnmatch.fnmatch(name, p) for p in wanted)
    return not any(fnmatch.fnmatch(name, p) for p in DROPPED_LIBRARIES)


keep_data = keep_binary  # Qt's plugins come as binaries, some packages ship them as data


def sizes(folder: Path) -> dict[str, int]:
    """Bytes under each part of the folder: every file and folder, by its path within
    `_internal` (or the folder itself), counted once per level."""
    base = folder / "_internal" if (folder / "_internal").is_dir() else folder
    totals: dict[str, int] = {}
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        size = path.stat().st_size
        rel = path.relative_to(base) if base in path.parents else path.relative_to(folder)
        for depth in range(1, len(rel.parts) + 1):
            key = "/".join(rel.parts[:depth])
            totals[key] = totals.get(key, 0) + size
    return totals


def unexplained(totals: dict[str, int], limit: int = LARGE_PART_BYTES) -> list[str]:
    """Parts over `limit` that neither LARGE_PARTS nor a folder around them explains."""

    def explained(name: str) -> bool:
        parts = name.split("/")
        return any("/".join(parts[:depth]) in LARGE_PARTS for depth in range(1, len(parts) + 1))

    return sorted(
        f"{name} ({size / MB:.1f} MB)" for name, size in totals.items()
        if size > limit and not explained(name)
    )


def largest(totals: dict[str, int], count: int = 15) -> list[tuple[str, int]]:
    """The largest files and folders directly under the folder's top two levels."""
    shallow = {k: v for k, v in totals.items() if k.count("/") <= 1}
    return sorted(shallow.items(), key=lambda item: -item[1])[:count]


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


if __name__ == "__main__":  # python benchmarks/bundle_parts.py dist/Insiktskollen
    import sys

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/Insiktskollen")
    found = sizes(target)
    for part, size in largest(found):
        print(f"{size / MB:7.1f} MB  {part}")
    print(os.linesep.join(unexplained(found)) or "inga oförklarade delar över 5 MB")
