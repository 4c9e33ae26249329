"""How far a figure can be trusted: margins, real changes, grades, the minimum answers rule.

NKI is an estimate from a sample. Where the survey gives a margin (±), it is used. Where
only the number of answers n is known, a 95 % margin is estimated as 1.96·s/√n, with s the
spread of single answers on the 0–100 scale (the database setting `answer_sd`, 20 by
default; see the README for why). With no n there is no margin, and that is said.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from models.settings import DbSettings

Z95 = 1.96


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
    """The ± of a figure: the given one, an estimate from n, or none (said so)."""
    if value_margin is not None:
        return Margin(value_margin, False, f"±{_fmt(value_margin)} (angiven)")
    if answers is not None and answers > 0:
        estimate = Z95 * settings.answer_sd / math.sqrt(answers)
        return Margin(
            round(estimate, 1),
            True,
            f"±{_fmt(round(estimate, 1))} (uppskattad från {answers} svar)",
        )
    return Margin(None, False, "felmarginal okänd (antal svar saknas)")


@dataclass(frozen=True)
class Change:
    difference: float
    real: bool | None  # None: at least one margin unknown
    note: str


def change(
    before: float, before_margin: Margin, after: float, after_margin: Margin
) -> Change:
    """Whether a change between two years is larger than the margins.

    The two figures are independent samples, so the margin of the difference is the root
    of the sum of squares of the two margins.
    """
    difference = round(after - before, 1)
    if not (before_margin.known and after_margin.known):
        return Change(difference, None, "kan inte bedömas: felmarginal saknas")
    assert before_margin.value is not None and after_margin.value is not None
    combined = math.hypot(before_margin.value, after_margin.value)
    if abs(difference) > combined:
        return Change(difference, True, f"större än felmarginalen (±{_fmt(round(combined, 1))})")
    return Change(difference, False, f"inom felmarginalen (±{_fmt(round(combined, 1))})")


def shown(answers: int | None, year: int, settings: DbSettings) -> tuple[bool, str]:
    """Whether a figure may be shown under the minimum-answers rule, and why not."""
    minimum = settings.min_answers_for(year)
    if answers is not None and answers < minimum:
        return False, f"för få svar ({answers} < {minimum})"
    return True, ""


def _fmt(number: float) -> str:
    return f"{number:g}".replace(".", ",")
