"""Swedish counts ("1 kommentar", "2 kommentarer": the one place for singular and plural),
and how a message quotes an input value (at most QUOTE_LIMIT characters, control
characters escaped: `quoted`, `shown`, `printable`).

No Qt, no SQLAlchemy: the command line and the models both use it.
"""

from __future__ import annotations

# Plural → singular for the nouns the program counts (the same word when they agree).
SINGULAR = {
    "åtgärder": "åtgärd",
    "kommentarer": "kommentar",
    "milstolpar": "milstolpe",
    "personer": "person",
    "enheter": "enhet",
    "resultat": "resultat",
    "inställningar": "inställning",
    "Kolada-nyckeltal": "Kolada-nyckeltal",
    "loggrader": "loggrad",
    "faktorkopplingar": "faktorkoppling",
    "områdeskopplingar": "områdeskoppling",
    "rader": "rad",
    "sidor": "sida",
    "fel": "fel",
    "brutna referenser": "bruten referens",
    "jämförelser": "jämförelse",
    "mål": "mål",
}


def plural(n: int, one: str, many: str) -> str:
    """`n` with the noun in the right number: plural(1, "kommentar", "kommentarer")."""
    return f"{n} {one if n == 1 else many}"


def count(n: int, many: str) -> str:
    """`n` and a plural noun from SINGULAR, made singular for 1: count(1, "åtgärder")."""
    return plural(n, SINGULAR.get(many, many), many)



# How much of an input value a message quotes: a 20 MB cell must not give a 20 MB line.
QUOTE_LIMIT = 80
# Bidirectional overrides and isolates can make a line read backwards in a terminal.
_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


def _escaped(char: str) -> str:
    return char.encode("unicode_escape").decode("ascii")


def printable(text: str, keep_newlines: bool = False) -> str:
    """Text as it may go to a terminal: control characters (terminal escapes, bells,
    carriage returns) and direction overrides shown escaped ("\\x1b"), the rest as it is.
    With `keep_newlines`, line breaks stay (a description printed on its own lines)."""
    out = []
    for char in str(text):
        code = ord(char)
        control = code < 32 or 127 <= code < 160 or char in _BIDI
        if control and not (keep_newlines and char == "\n"):
            out.append(_escaped(char))
        else:
            out.append(char)
    return "".join(out)


def shown(value: object, limit: int = QUOTE_LIMIT) -> str:
    """An input value as a message shows it: control characters escaped, and at most
    `limit` characters of it, then "…" and its whole length."""
    text = str(value)
    if len(text) > limit:
        return f"{printable(text[:limit])}… ({len(text)} tecken)"
    return printable(text)


def quoted(value: object, limit: int = QUOTE_LIMIT) -> str:
    """`shown` in Swedish quotation marks: ”värde”."""
    return f"”{shown(value, limit)}”"


def number_text(text: str) -> str:
    """A number as text without a minus on zero: "-0" and "−0,0" are shown as "0", "0,0"."""
    stripped = text.lstrip("-\u2212")
    if stripped != text and not any(c in "123456789" for c in stripped):
        return stripped
    return text
