"""A user's text is drawn as typed in every chart: never read as TeX math.

matplotlib reads text between two `$` as math: "Pris 5$ och 10$" would lose its dollars
and a lone "{" inside them stops the drawing. Every chart turns that off for all its texts.
"""

from __future__ import annotations

import datetime as dt

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Text

from charts import catalog
from models import settings as db_settings
from models.actions import add_milestone, create_action
from models.results import check_key, check_values, set_result

TODAY = dt.date(2026, 3, 1)
TITLE = "Pris 5$ och 10$ {för bygglov"


def test_every_chart_draws_user_text_as_typed(db) -> None:
    with db.write() as s:
        db_settings.save(s, municipality_code="2081", municipality_name="Kommun $A$")
        action = create_action(
            s, title=TITLE, start="2023-03-01", due="2026-02-01", factors=["information"]
        )
        add_milestone(s, action.id, dt.date(2024, 5, 2), "Möte om $x$ och {y")
        for year, value in ((2022, 60), (2024, 64), (2025, 70)):
            for measure in ("nki", "information"):
                set_result(
                    s,
                    check_key("2081", year, "foretag", "totalt", measure),
                    check_values(value, 300),
                )
    options = catalog.ChartOptions()
    for kind in catalog.CHART_TITLES:
        with db.read() as s:
            data = catalog.load(s, kind, options, TODAY)
        fig = catalog.draw(kind, data, options)
        FigureCanvasAgg(fig).draw()  # a "{" read as math would raise here
        with_dollars = [t for t in fig.findobj(Text) if "$" in t.get_text()]
        assert with_dollars, kind
        assert all(not t.get_parse_math() for t in with_dollars), kind
        words = " ".join(" ".join(t.get_text().split()) for t in with_dollars)
        if kind in ("nki", "timeline", "matrix", "effect"):
            assert "Pris 5$ och 10$" in words, kind
