"""The fixed vocabularies of Insikt and of action follow-up.

Each member's value is the stable code used in the database, in JSON and on the command
line; `label` is the Swedish name a user reads and types.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum
from typing import Self

from models.words import quoted


class _Coded(StrEnum):
    """A code with a Swedish label and forgiving parsing of what a person types."""

    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def parse(cls, text: str) -> Self:
        """The member whose code or label matches `text`, ignoring case, å/ä/ö and spacing.

        Raises ValueError with a Swedish message listing what is allowed.
        """
        key = normalise(text)
        for member in cls:
            if key in (normalise(member.value), normalise(member.label)):
                return member
        for alias, known in _ALIASES.items():
            if isinstance(known, cls) and key == normalise(alias):
                return known
        allowed = ", ".join(m.label for m in cls)
        raise ValueError(f"okänt värde {quoted(text)} (tillåtet: {allowed})")


def normalise(text: str) -> str:
    """Lower case, å/ä/ö folded to a/a/o, and anything but letters and digits dropped."""
    decomposed = unicodedata.normalize("NFKD", str(text).strip().lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c for c in plain if c.isalnum())


class Status(_Coded):
    EJ_PABORJAD = "ej_paborjad"
    PAGAR = "pagar"
    KLAR = "klar"
    PAUSAD = "pausad"
    AVBRUTEN = "avbruten"

    @property
    def is_closed(self) -> bool:
        return self in (Status.KLAR, Status.AVBRUTEN)


class Assessment(_Coded):
    GRON = "gron"
    GUL = "gul"
    ROD = "rod"


class Factor(_Coded):
    INFORMATION = "information"
    TILLGANGLIGHET = "tillganglighet"
    BEMOTANDE = "bemotande"
    KOMPETENS = "kompetens"
    RATTSSAKERHET = "rattssakerhet"
    EFFEKTIVITET = "effektivitet"


class Measure(_Coded):
    NKI = "nki"
    INFORMATION = "information"
    TILLGANGLIGHET = "tillganglighet"
    BEMOTANDE = "bemotande"
    KOMPETENS = "kompetens"
    RATTSSAKERHET = "rattssakerhet"
    EFFEKTIVITET = "effektivitet"


class Area(_Coded):
    TOTALT = "totalt"
    BRANDSKYDD = "brandskydd"
    BYGGLOV = "bygglov"
    MARKUPPLATELSE = "markupplatelse"
    MILJO_HALSOSKYDD = "miljo_halsoskydd"
    LIVSMEDELSKONTROLL = "livsmedelskontroll"
    SERVERINGSTILLSTAND = "serveringstillstand"
    # Optional areas from measuring year 2024.
    RECEPTFRIA_LAKEMEDEL = "receptfria_lakemedel"
    LANTMATERI = "lantmateri"
    FOLKOL_TOBAK = "folkol_tobak"


class Group(_Coded):
    FORETAG = "foretag"
    PRIVATPERSONER = "privatpersoner"
    TOTALT = "totalt"


_LABELS: dict[StrEnum, str] = {
    Status.EJ_PABORJAD: "Ej påbörjad",
    Status.PAGAR: "Pågår",
    Status.KLAR: "Klar",
    Status.PAUSAD: "Pausad",
    Status.AVBRUTEN: "Avbruten",
    Assessment.GRON: "Grön",
    Assessment.GUL: "Gul",
    Assessment.ROD: "Röd",
    Factor.INFORMATION: "Information",
    Factor.TILLGANGLIGHET: "Tillgänglighet",
    Factor.BEMOTANDE: "Bemötande",
    Factor.KOMPETENS: "Kompetens",
    Factor.RATTSSAKERHET: "Rättssäkerhet",
    Factor.EFFEKTIVITET: "Effektivitet",
    Measure.NKI: "NKI",
    Measure.INFORMATION: "Information",
    Measure.TILLGANGLIGHET: "Tillgänglighet",
    Measure.BEMOTANDE: "Bemötande",
    Measure.KOMPETENS: "Kompetens",
    Measure.RATTSSAKERHET: "Rättssäkerhet",
    Measure.EFFEKTIVITET: "Effektivitet",
    Area.TOTALT: "Totalt",
    Area.BRANDSKYDD: "Brandskydd",
    Area.BYGGLOV: "Bygglov",
    Area.MARKUPPLATELSE: "Markupplåtelse",
    Area.MILJO_HALSOSKYDD: "Miljö- och hälsoskydd",
    Area.LIVSMEDELSKONTROLL: "Livsmedelskontroll",
    Area.SERVERINGSTILLSTAND: "Serveringstillstånd",
    Area.RECEPTFRIA_LAKEMEDEL: "Försäljning av receptfria läkemedel",
    Area.LANTMATERI: "Lantmäteriärenden",
    Area.FOLKOL_TOBAK: "Folköl och tobak",
    Group.FORETAG: "Företag",
    Group.PRIVATPERSONER: "Privatpersoner",
    Group.TOTALT: "Totalt",
}

# Other ways people write the same thing.
_ALIASES: dict[str, StrEnum] = {
    "nöjd kund index": Measure.NKI,
    "nöjd-kund-index": Measure.NKI,
    "miljö": Area.MILJO_HALSOSKYDD,
    "miljö och hälsa": Area.MILJO_HALSOSKYDD,
    "miljö- och hälsoskyddsärenden": Area.MILJO_HALSOSKYDD,
    "livsmedel": Area.LIVSMEDELSKONTROLL,
    "servering": Area.SERVERINGSTILLSTAND,
    "receptfria läkemedel": Area.RECEPTFRIA_LAKEMEDEL,
    "lantmäteri": Area.LANTMATERI,
    "folköl": Area.FOLKOL_TOBAK,
    "tobak": Area.FOLKOL_TOBAK,
    "samtliga": Group.TOTALT,
    "alla": Group.TOTALT,
    "privat": Group.PRIVATPERSONER,
    "medborgare": Group.PRIVATPERSONER,
    "företagare": Group.FORETAG,
    "ej startad": Status.EJ_PABORJAD,
    "inte påbörjad": Status.EJ_PABORJAD,
    "pågående": Status.PAGAR,
    "avslutad": Status.KLAR,
    "klart": Status.KLAR,
}

OPTIONAL_AREAS_FROM = 2024
"""Measuring year from which the three optional areas exist and the total changed scope."""

TOTAL_BREAK_AFTER = 2023
"""The total NKI of 2024 on covers other areas than before: no line joins 2023 and 2024."""
