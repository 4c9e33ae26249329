"""The presentation's action page says what chance alone gives when it lists many judged
comparisons (domain.md: at 95 % about one in twenty crosses the margin by chance).
The figures are made up for the test."""

from __future__ import annotations

import datetime as dt

from models import settings as db_settings
from models.actions import create_action
from models.results import check_key, check_values, set_result

TODAY = dt.date(2026, 12, 1)
FACTORS = ["information", "tillganglighet", "bemotande", "kompetens", "rattssakerhet",
           "effektivitet"]


def test_an_action_page_with_many_sure_changes_says_what_chance_gives(db, qtbot) -> None:
    from ui.window.presentation.action_page import ActionPage
    from ui.window.presentation.content import load_action

    with db.write() as s:
        db_settings.save(s, municipality_code="9999", municipality_name="Påhittby")
        for measure in [*FACTORS, "nki"]:
            for group in ("foretag", "privatpersoner", "totalt"):
                for year, value in ((2022, 60), (2025, 66)):  # +6 against ±2·√2 → ±3: sure
                    set_result(s, check_key("9999", year, group, "bygglov", measure),
                               check_values(value, None, 2, None, False, "påhittat", None))
        action = create_action(s, today=TODAY, title="Åtgärd", start="2023-09-01",
                               factors=FACTORS, areas=["bygglov"])
    with db.read() as s:
        slide = load_action(s, action.id, TODAY)
    assert len(slide.effects) == 21
    note = ("Av 21 jämförelser kan ungefär 1 visa en statistiskt säkerställd förändring av "
            "en slump (1 av 20).")
    assert slide.chance == note
    page = ActionPage()
    qtbot.addWidget(page)
    page.show_slide(slide)
    assert page.effect.text().splitlines()[-1] == note
