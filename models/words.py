"""Swedish counts: "1 kommentar", "2 kommentarer". The one place for singular and plural.

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

