"""Every chart laid out for the room it gets: drawn at the screen sizes and on A4, with
normal and large text, on the Borlänge data and on a large GENERATED data set (many
actions, long titles, every factor, ten years, Riket to compare), no two drawn texts
overlap and none leaves the figure (tests/chart_overlap.py measures them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from charts.catalog import CHART_TITLES, ChartOptions, draw
from tests.chart_overlap import SIZES, borlange_database, chart_data_of, large_database, problems

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def datasets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("diagram")
    found: dict[str, dict[str, Any]] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("INSIKTSKOLLEN_HOME", str(folder / "datamapp"))
        for name, make in (("borlange", borlange_database), ("stor", large_database)):
            db = make(Path(folder) / f"{name}.db")
            try:
                found[name] = chart_data_of(db, CHART_TITLES)
            finally:
                db.dispose()
    return found


@pytest.mark.parametrize("dataset", ["borlange", "stor"])
@pytest.mark.parametrize("kind", list(CHART_TITLES))
def test_no_text_overlaps_or_leaves_the_figure(
    datasets: dict[str, dict[str, Any]], dataset: str, kind: str
) -> None:
    data = datasets[dataset][kind]
    found: list[str] = []
    for name, ((width, height), dpi) in SIZES.items():
        for large in (False, True):
            fig = draw(kind, data, ChartOptions(large=large, size=(width, height), dpi=dpi))
            # the size asked for (a chart with many rows only grows taller)
            assert fig.get_figwidth() == pytest.approx(width)
            assert fig.get_figheight() >= height - 0.01
            found += [f"{name}{' stor text' if large else ''}: {p}" for p in problems(fig)]
    assert found == []


def test_large_text_leaves_the_nki_plot_room_at_1024x768(
    datasets: dict[str, dict[str, Any]],
) -> None:
    """The projector case: the plot keeps most of the width (it was about 70 px wide)."""
    for dataset in ("borlange", "stor"):
        fig = draw("nki", datasets[dataset]["nki"], ChartOptions(large=True, size=(10.24, 7.68)))
        problems(fig)  # draws it
        plot = fig.axes[0].get_window_extent()
        assert plot.width > 0.6 * fig.bbox.width, dataset
        assert plot.height > 150, dataset
