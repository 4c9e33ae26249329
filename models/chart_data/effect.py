"""What the effect chart (the forest plot) needs: the effect rows of every action, or of one,
and the actions that have no rows because there are no own figures for their areas."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models import settings as db_settings
from models.actions import get_action, list_actions
from models.effect import Effect, chance_note, effects


@dataclass(frozen=True)
class EffectData:
    municipality_name: str
    effects: tuple[Effect, ...]
    today: dt.date
    action_title: str = ""  # the chart of one action: its title
    # "Åtgärdsförslag 5: inga egna resultat för brandskydd ännu"
    without_rows: tuple[str, ...] = ()
    # The judged comparisons of the whole set, when this is a part of it (a report's page).
    all_judged: int | None = None

    @property
    def judged(self) -> int:
        return sum(1 for e in self.effects if e.judged)

    @property
    def chance(self) -> str:
        """The footnote on many comparisons (empty when none is judged)."""
        return chance_note(self.judged if self.all_judged is None else self.all_judged)


def load_effect(
    session: Session, action_id: int | None = None, today: dt.date | None = None
) -> EffectData:
    """The effect rows (models.effect) with what the chart says about actions without any."""
    today = today or dt.date.today()
    town = db_settings.load(session)
    rows = tuple(effects(session, action_id=action_id, today=today))
    if action_id is not None:
        actions = [get_action(session, action_id)]
    else:
        actions = sorted(list_actions(session, today=today), key=lambda a: a.id)
    with_rows = {e.action_id for e in rows}
    without = tuple(
        f"{a.title}: inga egna resultat för "
        f"{', '.join(area.label.lower() for area in a.areas) or 'totalt'} ännu"
        for a in actions
        if a.id not in with_rows
    )
    return EffectData(
        municipality_name=town.municipality_name,
        effects=rows,
        today=today,
        action_title=actions[0].title if action_id is not None and actions else "",
        without_rows=without,
    )
