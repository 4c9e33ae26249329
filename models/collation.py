"""Swedish alphabetical order for names and titles, without a locale.

Swedish readers expect å, ä and ö last, after z, in that order ("Öppet hus" after
"Zonkarta"), upper and lower case together. Python's own order puts "Ö" before "a", and
folding the accents away (as `codes.normalise` does for matching) puts "Öppet hus" among
the O's. The operating system's collation (`locale.strxfrm`) depends on what is installed
on each desktop, so the order is written out here instead:

- case is ignored (`casefold`);
- å, ä, ö come after z; æ sorts as ä, ø as ö (Danish and Norwegian names in a Swedish
  list), ü as y;
- other accents are ignored (é as e, à as a); spaces and punctuation are skipped;
- equal keys keep their order (Python's sort is stable).
"""

from __future__ import annotations

import unicodedata

# Private-use characters sort after every letter a list of Swedish names holds.
_AFTER_Z = {
    "å": "\ue000",
    "ä": "\ue001",
    "æ": "\ue001",
    "ö": "\ue002",
    "ø": "\ue002",
    "ü": "y",
}
_LAST = str.maketrans(_AFTER_Z)
_KEPT = frozenset("\ue000\ue001\ue002")


def sort_key(text: str | None) -> str:
    """A key that sorts `text` in Swedish alphabetical order, ignoring case."""
    folded = unicodedata.normalize("NFC", str(text or "")).casefold().translate(_LAST)
    if folded.isascii():
        return "".join(c for c in folded if c.isalnum())
    plain = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in plain if c in _KEPT or (c.isalnum() and not unicodedata.combining(c)))
