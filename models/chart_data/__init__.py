"""What the charts need, read from a session into plain frozen data (no Qt, no matplotlib).

The chart functions in charts/ draw from these objects only, so they can be tested
without a database and the same data serves the screen, the exported file and print.
One module per job: `series` (a measure over the years), `actions` (the actions, the
timeline and the status counts), `nki`, `factors` (the factor panels and the matrix),
`effect` (the forest plot), `targets` (the targets a chart marks); the names the charts
use are gathered here.
"""

from models.chart_data.actions import (
    ActionItem,
    MilestoneItem,
    StatusData,
    TimelineData,
    action_item,
    load_actions,
    load_status,
    load_timeline,
)
from models.chart_data.effect import EffectData, load_effect
from models.chart_data.factors import (
    FactorPanel,
    FactorsData,
    FactorSummary,
    MatrixData,
    factor_counts,
    factor_group,
    load_factors,
    load_matrix,
    summarise_factor,
)
from models.chart_data.nki import NkiData, load_nki
from models.chart_data.series import BREAK_NOTE, FACTOR_MEASURE, Point, Series
from models.places import municipalities, municipality_label, own_code, result_years

__all__ = [
    "BREAK_NOTE",
    "FACTOR_MEASURE",
    "ActionItem",
    "EffectData",
    "FactorPanel",
    "FactorSummary",
    "FactorsData",
    "MatrixData",
    "MilestoneItem",
    "NkiData",
    "Point",
    "Series",
    "StatusData",
    "TimelineData",
    "action_item",
    "factor_counts",
    "factor_group",
    "load_actions",
    "load_effect",
    "load_factors",
    "load_matrix",
    "load_nki",
    "load_status",
    "load_timeline",
    "municipalities",
    "municipality_label",
    "own_code",
    "result_years",
    "summarise_factor",
]
