"""Refresh the English translation: lupdate the sources, fill in known English, lrelease.

    .venv/bin/python resources/translations/update.py

Swedish is the source language; strings without an English text below stay "unfinished"
in the .ts (and show in Swedish) until someone adds them here or in Qt Linguist.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "insiktskollen_en.ts"
BIN = Path(sys.executable).parent
# The window's sources: everything under ui/ except the command line (ui/cli/, no Qt, no tr()).
SOURCES = sorted(
    str(p.relative_to(ROOT))
    for p in (ROOT / "ui").rglob("*.py")
    if (ROOT / "ui" / "cli") not in p.parents
)

sys.path.insert(0, str(HERE))
from english import ENGLISH  # noqa: E402


def main() -> int:
    subprocess.check_call(
        [str(BIN / "pyside6-lupdate"), *SOURCES, "-source-language", "sv_SE",
         "-target-language", "en_GB", "-no-obsolete", "-ts", str(TS)],
        cwd=ROOT,
    )
    tree = ET.parse(TS)
    missing = set()
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        english = ENGLISH.get(source)
        if english is None:
            if translation.get("type") == "unfinished":
                missing.add(source)
            continue
        translation.text = english
        translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.check_call(
        [str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], cwd=ROOT
    )
    for source in sorted(missing):
        print(f"utan engelsk text: {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
