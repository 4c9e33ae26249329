"""Did it work? The effect of each action on what it aims at, as plain data (no Qt).

`effects()` gives one `Effect` per action × measure it aims at (its factors, then NKI) ×
area it aims at (totalt when it names none) × customer group with own figures in that area:

- **before**: the last measured year before the year the action started;
- **after**: the latest measured year after that year, final if there is a final one. The
  start year mixes cases from before and after the start and is never used. A newer
  preliminary value than the final after-year is carried beside as `early_sign`; with only
  preliminary values after the start, the latest is `after` and is not judged. A figure
  under its year's minimum of answers is hidden (SKR does not show it): never an early sign.
  Nor is one across the 2024 break of area totalt from the before-year: it could only be
  set beside a figure of another measure.
- **change** = after − before and the **combined margin** √(m₁² + m₂²) of the two years'
  margins (given, or estimated from the answers: models.stats).
- a **verdict**: `okat` (change above the combined margin), `minskat` (below minus it),
  `ingen_saker_forandring` (within it), or `kan_inte_bedomas` with a **reason**.

The reasons are checked in this order; the first that holds is the one given:
1. `startdatum_saknas`: the action has no start date, so there is no before or after;
2. `ingen_matning_fore`: no value before the start year;
3. `ingen_matning_efter`: no value after the start year;
4. `seriebrott`: area totalt with before ≤ 2023 < after (the total changed scope in 2024;
   a single area is comparable across the break);
5. `for_fa_svar`: either year has fewer answers than that year's minimum, preliminary or
   not: SKR does not show such a figure, so there is no change from it to show either;
6. `preliminar`: a preliminary value on either side;
7. `felmarginal_saknas`: a year has neither a margin nor a number of answers.
The reasons about which years exist come first, those about the figures after, the missing
margin (the one a user can mend by typing the answers in) last. `change` is given with the
reasons `preliminar` and `felmarginal_saknas` (never as a verdict), and
`combined_margin` wherever both margins are known; with the other reasons both are None.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import settings as db_settings
from models import stats, words
from models.codes import TOTAL_BREAK_AFTER, Area, Group, Measure
from models.entities import Action, SurveyResult
from models.errors import NotFoundError
from models.places import own_code
from models.words import count


class Verdict(StrEnum):
    OKAT = "okat"
    MINSKAT = "minskat"
    INGEN_SAKER_FORANDRING = "ingen_saker_forandring"
    KAN_INTE_BEDOMAS = "kan_inte_bedomas"


class Reason(StrEnum):
    STARTDATUM_SAKNAS = "startdatum_saknas"
    INGEN_MATNING_FORE = "ingen_matning_fore"
    INGEN_MATNING_EFTER = "ingen_matning_efter"
    SERIEBROTT = "seriebrott"
    PRELIMINAR = "preliminar"
    FOR_FA_SVAR = "for_fa_svar"
    FELMARGINAL_SAKNAS = "felmarginal_saknas"


# The Swedish words of every verdict and reason: one table for every view.
WORDS: dict[Verdict | Reason, str] = {
    Verdict.OKAT: "statistiskt säkerställd ökning",
    Verdict.MINSKAT: "statistiskt säkerställd minskning",
    Verdict.INGEN_SAKER_FORANDRING: "ingen säker förändring",
    Verdict.KAN_INTE_BEDOMAS: "kan inte bedömas",
    Reason.STARTDATUM_SAKNAS: "åtgärden har inget startdatum",
    Reason.INGEN_MATNING_FORE: "ingen mätning före startåret",
    Reason.INGEN_MATNING_EFTER: "ingen mätning efter startåret ännu",
    Reason.SERIEBROTT: (
        f"inte jämförbart: från {TOTAL_BREAK_AFTER + 1} omfattar totalen andra "
        "myndighetsområden"
    ),
    Reason.PRELIMINAR: "preliminärt värde, bedöms först med de slutliga siffrorna",
    Reason.FOR_FA_SVAR: "för få svar",
    Reason.FELMARGINAL_SAKNAS: "felmarginal saknas (varken felmarginal eller antal svar)",
}

# Why a reason stops a judgement, for the report's explanations and the window's tooltips.
EXPLAINED: dict[Reason, str] = {
    Reason.STARTDATUM_SAKNAS: (
        "utan startdatum finns inget före och efter; ange när åtgärden började."
    ),
    Reason.INGEN_MATNING_FORE: "det finns inget värde för något år före åtgärdens startår.",
    Reason.INGEN_MATNING_EFTER: (
        "det finns inget värde för något år efter startåret ännu; startåret självt blandar "
        "ärenden från före och efter starten och räknas inte."
    ),
    Reason.SERIEBROTT: (
        f"från mätåret {TOTAL_BREAK_AFTER + 1} omfattar totalen bara bygglov, miljö- och "
        "hälsoskydd, livsmedelskontroll och serveringstillstånd: ett år före och ett år "
        "efter är inte samma mått (ett enskilt myndighetsområde jämförs över brottet)."
    ),
    Reason.PRELIMINAR: (
        "ett av åren har bara ett preliminärt värde: förändringen är en tidig signal och "
        "bedöms först med de slutliga siffrorna, som SKR brukar publicera i maj året efter."
    ),
    Reason.FOR_FA_SVAR: "ett av åren har färre svar än SKR:s gräns för att visa ett resultat.",
    Reason.FELMARGINAL_SAKNAS: (
        "för ett av åren är varken felmarginalen eller antalet svar känt; skriv in antalet "
        "svar under Resultat."
    ),
}

CHANCE = 20  # at 95 %, about one comparison in twenty crosses the margin by chance


@dataclass(frozen=True)
class YearValue:
    """One year's own figure, with what it takes to judge it."""

    year: int
    value: float
    margin: float | None  # given, or estimated from the answers (a whole number)
    margin_estimated: bool
    answers: int | None
    preliminary: bool
    preliminary_as_of: dt.date | None = None
    stale: bool = False  # preliminary after the spring of its final figures
    hidden_reason: str = ""  # "för få svar (5 < 7)": SKR does not show the value

    @property
    def shown(self) -> bool:
        return not self.hidden_reason

    @property
    def preliminary_note(self) -> str:
        if not self.preliminary:
            return ""
        return stats.preliminary_note(self.year, self.preliminary_as_of, self.stale)


def year_value(row: SurveyResult, town: db_settings.DbSettings, today: dt.date) -> YearValue:
    margin = stats.margin(row.margin, row.answers, town)
    _, hidden = stats.shown(row.answers, row.year, town)
    return YearValue(
        year=row.year,
        value=row.value,
        margin=margin.value,
        margin_estimated=margin.estimated,
        answers=row.answers,
        preliminary=row.preliminary,
        preliminary_as_of=row.preliminary_as_of,
        stale=stats.is_stale(row.year, row.preliminary, today, town),
        hidden_reason=hidden,
    )


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    reason: Reason | None = None
    change: float | None = None
    combined_margin: float | None = None
    estimated: bool = False  # a margin in the combined one is estimated from the answers

    @property
    def note(self) -> str:
        """The judgement in words: "inom den kombinerade felmarginalen ±4 (ingen säker
        förändring)"; "den uppskattade kombinerade felmarginalen" when a margin in it is
        estimated from the number of answers."""
        if self.verdict == Verdict.KAN_INTE_BEDOMAS:
            assert self.reason is not None
            return f"{WORDS[self.verdict]}: {WORDS[self.reason]}"
        margin = ("den uppskattade kombinerade felmarginalen" if self.estimated
                  else "den kombinerade felmarginalen")
        margin += f" ±{number_text(self.combined_margin or 0)}"
        if self.verdict == Verdict.INGEN_SAKER_FORANDRING:
            return f"inom {margin} ({WORDS[self.verdict]})"
        return f"större än {margin} ({WORDS[self.verdict]})"


def judge(before: YearValue | None, after: YearValue | None, area: Area) -> Judgement:
    """The verdict on a before/after pair, or why there is none (order: module docstring)."""
    if before is None:
        return Judgement(Verdict.KAN_INTE_BEDOMAS, Reason.INGEN_MATNING_FORE)
    if after is None:
        return Judgement(Verdict.KAN_INTE_BEDOMAS, Reason.INGEN_MATNING_EFTER)
    if across_break(area, before, after):
        return Judgement(Verdict.KAN_INTE_BEDOMAS, Reason.SERIEBROTT)
    if not (before.shown and after.shown):
        return Judgement(Verdict.KAN_INTE_BEDOMAS, Reason.FOR_FA_SVAR)
    change = round(after.value - before.value, 1)
    combined = stats.combined_margin(
        stats.Margin(before.margin, before.margin_estimated, ""),
        stats.Margin(after.margin, after.margin_estimated, ""),
    )
    if before.preliminary or after.preliminary:
        return Judgement(Verdict.KAN_INTE_BEDOMAS, Reason.PRELIMINAR, change, combined)
    if combined is None:
        return Judgement(Verdict.KAN_INTE_BEDOMAS, Reason.FELMARGINAL_SAKNAS, change)
    estimated = before.margin_estimated or after.margin_estimated
    if change > combined:
        return Judgement(Verdict.OKAT, None, change, combined, estimated)
    if change < -combined:
        return Judgement(Verdict.MINSKAT, None, change, combined, estimated)
    return Judgement(Verdict.INGEN_SAKER_FORANDRING, None, change, combined, estimated)


def across_break(area: Area, before: YearValue, after: YearValue) -> bool:
    """Whether two years of `area` lie on both sides of the 2024 break (totalt only)."""
    return area == Area.TOTALT and before.year <= TOTAL_BREAK_AFTER < after.year


def pick(
    values: list[YearValue], start_year: int
) -> tuple[YearValue | None, YearValue | None, YearValue | None]:
    """(before, after, early sign) from one series' values around the start year."""
    ordered = sorted(values, key=lambda v: v.year)
    earlier = [v for v in ordered if v.year < start_year]
    later = [v for v in ordered if v.year > start_year]
    before = earlier[-1] if earlier else None
    finals = [v for v in later if not v.preliminary]
    if not finals:
        return before, (later[-1] if later else None), None
    after = finals[-1]
    newer = [v for v in later if v.preliminary and v.shown and v.year > after.year]
    return before, after, (newer[-1] if newer else None)


@dataclass(frozen=True)
class Effect:
    """One action × measure × area × customer group: before, after and the verdict."""

    action_id: int
    action: str
    start: dt.date | None
    measure: Measure
    group: Group
    area: Area
    before: YearValue | None
    after: YearValue | None
    change: float | None
    combined_margin: float | None
    verdict: Verdict
    reason: Reason | None
    early_sign: YearValue | None = None

    @property
    def judged(self) -> bool:
        return self.verdict != Verdict.KAN_INTE_BEDOMAS

    @property
    def what(self) -> str:
        """"Information, företag, bygglov"."""
        return f"{self.measure.label}, {self.group.label.lower()}, {self.area.label.lower()}"

    @property
    def note(self) -> str:
        estimated = any(v is not None and v.margin_estimated for v in (self.before, self.after))
        return Judgement(self.verdict, self.reason, self.change, self.combined_margin,
                         estimated).note


def _aimed(action: Action) -> tuple[list[Measure], list[Area]]:
    measures = [Measure(f.value) for f in action.factors] + [Measure.NKI]
    return measures, (list(action.areas) or [Area.TOTALT])


def effects(
    session: Session, action_id: int | None = None, today: dt.date | None = None
) -> list[Effect]:
    """The effect rows of every action (or one), against the own municipality's figures."""
    today = today or dt.date.today()
    town = db_settings.load(session)
    own = own_code(session, town)
    query = (
        select(Action)
        .options(selectinload(Action.factor_links), selectinload(Action.area_links))
        .order_by(Action.id)
    )
    if action_id is not None:
        query = query.where(Action.id == action_id)
    actions = list(session.scalars(query))
    if action_id is not None and not actions:
        raise NotFoundError(f"Åtgärden med id {action_id} finns inte.")
    rows = list(session.scalars(select(SurveyResult).where(SurveyResult.municipality == own)))
    series: dict[tuple[Group, Area, Measure], list[YearValue]] = {}
    for row in rows:
        series.setdefault((row.group, row.area, row.measure), []).append(
            year_value(row, town, today)
        )
    found: list[Effect] = []
    for action in actions:
        measures, areas = _aimed(action)
        for area in areas:
            groups = [g for g in Group if any(k[:2] == (g, area) for k in series)]
            for measure in measures:
                for group in groups:
                    found.append(_effect(action, measure, group, area, series))
    return found


def _effect(
    action: Action,
    measure: Measure,
    group: Group,
    area: Area,
    series: dict[tuple[Group, Area, Measure], list[YearValue]],
) -> Effect:
    head = (action.id, action.title, action.start, measure, group, area)
    if action.start is None:
        return Effect(
            *head, None, None, None, None, Verdict.KAN_INTE_BEDOMAS, Reason.STARTDATUM_SAKNAS
        )
    before, after, early = pick(series.get((group, area, measure), []), action.start.year)
    if before is not None and early is not None and across_break(area, before, early):
        early = None
    found = judge(before, after, area)
    return Effect(
        *head,
        before,
        after,
        found.change,
        found.combined_margin,
        found.verdict,
        found.reason,
        early,
    )


# Reasons about which years exist: rows that share one show no figures worth a row each.
ABOUT_YEARS = (Reason.STARTDATUM_SAKNAS, Reason.INGEN_MATNING_FORE, Reason.INGEN_MATNING_EFTER)


def shared_reason(rows: list[Effect]) -> Reason | None:
    """The reason every row of an action cannot be judged, when it is one about which years
    exist (no start date, nothing before, nothing after yet): the views then say it once
    for the action. None when the rows differ or have figures to show."""
    reasons = {e.reason for e in rows}
    if len(reasons) != 1 or any(e.early_sign is not None for e in rows):
        return None
    (reason,) = reasons
    return reason if reason in ABOUT_YEARS else None


def chance_note(judged: int) -> str:
    """How many of `judged` comparisons would cross the margin by chance alone, at 95 %.

    "Av 24 jämförelser kan ungefär 1 visa en statistiskt säkerställd förändring av en
    slump (1 av 20)." Empty for no comparison.
    """
    if judged <= 0:
        return ""
    if judged == 1:
        return (
            "En enda jämförelse: risken att den visar en statistiskt säkerställd förändring "
            f"av en slump är ungefär 1 av {CHANCE}."
        )
    expected = _expected(judged)
    who = f"ungefär {expected}" if expected else "någon enstaka"
    return (
        f"Av {count(judged, 'jämförelser')} kan {who} visa en statistiskt säkerställd "
        f"förändring av en slump (1 av {CHANCE})."
    )


def _expected(judged: int) -> int:
    return int((Decimal(judged) / CHANCE).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def number_text(value: float) -> str:
    """72 or 72,5 or −5: as the reports write an index or a change."""
    text = f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")
    return words.number_text(text.replace("-", "−"))  # a change of −0,04 is "0", not "−0"


def change_text(change: float) -> str:
    """"+9", "−2,5", "0"."""
    return ("+" if change > 0 else "") + number_text(change)


def figure_text(value: YearValue, with_answers: bool = False) -> str:
    """One year's figure in words: "62 (2023)", "80 (2024, preliminärt)"."""
    if value.hidden_reason:
        return f"{value.year}: {value.hidden_reason}"
    extra = ""
    if value.preliminary:
        extra = f", {value.preliminary_note}" if value.stale else ", preliminärt"
    answers = f", {value.answers} svar" if with_answers and value.answers is not None else ""
    return f"{number_text(value.value)} ({value.year}{extra}{answers})"


def effect_line(effect: Effect) -> str:
    """The row in words, as the command line prints it: "Telefontider – Information,
    företag, bygglov: 62 (2023) → 71 (2025), +9, större än den kombinerade felmarginalen
    ±4 (statistiskt säkerställd ökning)"."""
    return f"{effect.action} – {effect_text(effect)}"


def effect_text(effect: Effect) -> str:
    """The row in words without the action, for a view of one action: "Information,
    företag, bygglov: 62 (2023) → 71 (2025), +9, större än den kombinerade felmarginalen
    ±4 (statistiskt säkerställd ökning)"."""
    head = f"{effect.what}: "
    figures = ""
    if effect.before is not None and effect.after is not None:
        figures = f"{figure_text(effect.before)} → {figure_text(effect.after)}"
    elif effect.before is not None:
        figures = f"före: {figure_text(effect.before)}"
    elif effect.after is not None:
        figures = f"efter: {figure_text(effect.after)}"
    if effect.change is not None:
        figures += f", {change_text(effect.change)}"
    text = head + (f"{figures}, " if figures else "") + effect.note
    if effect.early_sign is not None:
        text += f"; tidig signal: {figure_text(effect.early_sign)}"
    return text
