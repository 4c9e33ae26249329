"""The report's sources and footnotes: where the figures come from and how they are judged."""

from __future__ import annotations

from sqlalchemy.orm import Session

from models import settings as db_settings
from models.codes import TOTAL_BREAK_AFTER, Area
from models.places import own_code
from models.report_data.nki import NkiLine
from models.results import list_results


def footnotes(
    session: Session, town: db_settings.DbSettings, nki: tuple[NkiLine, ...]
) -> tuple[str, ...]:
    notes: list[str] = []
    # The own municipality's figures, also before its code is set (as the rest of the report).
    rows = list_results(session, municipality=own_code(session, town))
    sources = sorted({r.source for r in rows if r.source})
    for source in sources:
        years = sorted({r.year for r in rows if r.source == source})
        span = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
        if source.lower().startswith("källa"):
            notes.append(f"{source} ({span}).")  # "Källa: Kolada", as Kolada asks
        elif "kolada" in source.lower():
            notes.append(f"Källa: Kolada ({span}): {source}")
        else:
            notes.append(f"Källa ({span}): {source}")
    for line in nki:
        answers = f"{line.answers} svar" if line.answers is not None else "antal svar okänt"
        notes.append(f"NKI {line.group.label.lower()} {line.year}: {answers}; {line.margin_note}.")
    if any(r.area == Area.TOTALT and r.year > TOTAL_BREAK_AFTER for r in rows) and any(
        r.area == Area.TOTALT and r.year <= TOTAL_BREAK_AFTER for r in rows
    ):
        notes.append(
            f"Brott i serien: från mätåret {TOTAL_BREAK_AFTER + 1} omfattar totalt bara bygglov, "
            "miljö- och hälsoskydd, livsmedelskontroll och serveringstillstånd; värdena före "
            "och efter är inte samma mått och jämförs inte."
        )
    if any(r.preliminary for r in rows):
        notes.append("Preliminära värden kan ändras när SKR publicerar hela årets resultat.")
    notes.append(
        f"Felmarginalen är 95 %; där bara antalet svar är känt uppskattas den som "
        f"1,96 · {str(town.answer_sd).removesuffix('.0').replace('.', ',')} / √n, avrundad uppåt till heltal. En förändring är "
        "statistiskt säkerställd bara när den är större än den kombinerade felmarginalen "
        "√(m₁² + m₂²) för de båda åren; en förändring med ett preliminärt värde bedöms inte."
    )
    rule = f"Resultat visas bara med minst {town.min_answers} svar (SKR:s regel)"
    differ = sorted({r.year for r in rows if town.min_answers_for(r.year) != town.min_answers})
    if differ:  # the rule per year is a setting (SKR changed it over the years)
        rule += "; " + ", ".join(f"för {y} minst {town.min_answers_for(y)}" for y in differ)
    notes.append(rule + ".")
    return tuple(notes)
