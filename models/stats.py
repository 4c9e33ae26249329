"""How far a figure can be trusted: margins, changes, grades, the minimum answers rule, the
response rate, and when a preliminary figure is stale.

NKI is an estimate from a sample. Where the survey gives a margin (±), it is used as given.
Where only the number of answers n is known, a 95 % margin is estimated as 1.96·s/√n, with s
the spread of single answers on the 0–100 scale (the database setting `answer_sd`, 25 by
default; the README says why), rounded up to a whole number: an estimate from n alone
understates, so the number shown and used is the conservative one ("±6", never "±5,4").
With no n there is no margin, and that is said. A given margin of 0 (or less) is not a
margin (a survey's figure is never exact; 0 is typed or imported for "not known"): it is
treated as unknown, so estimated from n where n is known.

A change between two years is judged against the combined margin √(m₁² + m₂²) of the two
independent figures. A change with a preliminary figure on either side is never judged.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from models.codes import Area
from models.settings import DbSettings
from models.words import number_text

Z95 = 1.96
PRELIMINARY_NOTE = "preliminärt"
NO_MARGIN_NOTE = "kan inte bedömas: felmarginal saknas"


@dataclass(frozen=True)
class Margin:
    value: float | None
    estimated: bool
    note: str

    @property
    def known(self) -> bool:
        return self.value is not None


def margin(
    value_margin: float | None, answers: int | None, settings: DbSettings
) -> Margin:
    """The ± of a figure: the given one, an estimate from n (a whole number), or none.

    A given margin of 0 or less counts as unknown, and the note says it was not used.
    """
    if value_margin is not None and value_margin > 0:
        return Margin(value_margin, False, f"±{_fmt(value_margin)} (angiven)")
    ignored = "" if value_margin is None else f"; angiven ±{_fmt(value_margin)} räknas inte"
    if answers is not None and answers > 0:
        estimate = _up(Z95 * settings.answer_sd / math.sqrt(answers), 0)
        return Margin(
            estimate, True, f"±{_fmt(estimate)} (uppskattad från {answers} svar{ignored})"
        )
    return Margin(None, False, f"felmarginal okänd (antal svar saknas{ignored})")


def combined_margin(first: Margin, second: Margin) -> float | None:
    """√(m₁² + m₂²), or None when a margin is unknown.

    Rounded up: to a whole number where either margin is an estimate, else to one decimal,
    so that the number shown is the one the change is judged against.
    """
    if first.value is None or second.value is None:
        return None
    whole = first.estimated or second.estimated
    return _up(math.hypot(first.value, second.value), 0 if whole else 1)


@dataclass(frozen=True)
class Change:
    difference: float
    real: bool | None  # True: beyond the combined margin; None: not judged (see note)
    note: str
    combined: float | None = None


def change(
    before: float,
    before_margin: Margin,
    after: float,
    after_margin: Margin,
    *,
    preliminary: bool,
) -> Change:
    """Whether a change between two years is larger than their combined margin.

    `preliminary`: whether either figure is preliminary; then the change is not judged at
    all (its note is "preliminärt"), whatever the margins.
    """
    difference = round(after - before, 1)
    if preliminary:
        return Change(difference, None, PRELIMINARY_NOTE)
    combined = combined_margin(before_margin, after_margin)
    if combined is None:
        return Change(difference, None, NO_MARGIN_NOTE)
    if abs(difference) > combined:
        return Change(
            difference,
            True,
            f"större än den kombinerade felmarginalen (±{_fmt(combined)}): "
            "statistiskt säkerställd",
            combined,
        )
    return Change(
        difference,
        False,
        f"inom den kombinerade felmarginalen (±{_fmt(combined)}): ingen säker förändring",
        combined,
    )


def shown(answers: int | None, year: int, settings: DbSettings) -> tuple[bool, str]:
    """Whether a figure may be shown under the minimum-answers rule, and why not."""
    minimum = settings.min_answers_for(year)
    if answers is not None and answers < minimum:
        return False, f"för få svar ({answers} < {minimum})"
    return True, ""


@dataclass(frozen=True)
class RateCheck:
    """A known response rate against SKR's threshold: `low` and the words for it."""

    rate: float
    minimum: float
    low: bool
    note: str


def response_rate_check(
    rate: float | None, area: Area, settings: DbSettings
) -> RateCheck | None:
    """SKR asks for 40 % on average (area totalt) and 30 % per area (database settings).

    None when the rate is unknown: there is nothing to mark then.
    """
    if rate is None:
        return None
    if area == Area.TOTALT:
        minimum, where = settings.response_rate_min_total, "i genomsnitt"
    else:
        minimum, where = settings.response_rate_min_area, "per myndighetsområde"
    if rate < minimum:
        return RateCheck(
            rate,
            minimum,
            True,
            f"låg svarsfrekvens: {_fmt(rate)} %, under SKR:s gräns på {_fmt(minimum)} % {where}",
        )
    return RateCheck(rate, minimum, False, f"svarsfrekvens {_fmt(rate)} %")


def is_stale(year: int, preliminary: bool, today: dt.date, settings: DbSettings) -> bool:
    """A preliminary figure still preliminary after SKR has published the final ones."""
    return preliminary and today > settings.final_figures_date(year)


def preliminary_note(year: int, as_of: dt.date | None, stale: bool) -> str:
    """"preliminärt sedan 2024-04-24, hämta de slutliga siffrorna" (the year if no date)."""
    since = as_of.isoformat() if as_of is not None else str(year)
    if stale:
        return f"preliminärt sedan {since}, hämta de slutliga siffrorna"
    if as_of is not None:
        return f"preliminärt, avläst {since}"
    return PRELIMINARY_NOTE


def _up(number: float, decimals: int) -> float:
    """Rounded up to `decimals` (a float's last bits do not push 4.0000000001 to 5)."""
    scale = 10**decimals
    return math.ceil(round(number * scale, 6)) / scale


def _fmt(number: float) -> str:
    return number_text(f"{number:g}".replace(".", ","))
