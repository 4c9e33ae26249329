"""The Läget tab: the program opens on it, and each kind of link opens its place (an
action in the register, its Effekt tab, a figure in Resultat, an empty database's first
steps). The target and late action added below are made up for the test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from models.actions import create_action
from models.opening import open_database
from models.targets import set_target
from ui.window.overview.tab import LinkButton


@pytest.fixture
def workspace(window):
    from ui.window.workspace import install

    return install(window)


def _links(tab) -> dict[str, LinkButton]:
    return {b.text().strip(): b for b in tab.page_area.widget().findChildren(LinkButton)}


def test_the_program_opens_on_laget(window, workspace, qtbot) -> None:
    assert window.tabs.currentWidget() is workspace.overview
    assert window.tabs.tabText(0) == "Läget"
    texts = [label.text() for label in workspace.overview.page_area.widget().findChildren(
        type(window.count_label))]
    assert "NKI totalt 71 (2023), ±3 (uppskattad), förändringen från 2022 kan inte bedömas: 2022 saknar " \
        "felmarginal (varken felmarginal eller antal svar)" in texts
    qtbot.waitUntil(lambda: workspace.overview.canvas is not None)  # matplotlib may be loading
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024)
    assert workspace.overview.page_area.verticalScrollBar().maximum() == 0  # no scrolling


def test_the_window_takes_input_while_the_chart_loads(window, qtbot, monkeypatch) -> None:
    """On a first start matplotlib is not loaded yet: the figures and sentences show at
    once with a line where the chart comes, the event loop keeps turning and the register
    takes typing while the chart's modules load on a worker; then the chart takes the
    line's place."""
    import threading

    from PySide6.QtWidgets import QLabel

    from tests.ui.conftest import Ticks, select_title, type_text
    from ui.window.overview import tab
    from ui.window.workspace import install

    may_finish = threading.Event()
    loaded = tab._load_chart_modules

    def slow_load() -> None:  # as a first start's import of matplotlib: it takes a while
        may_finish.wait(10)
        loaded()

    monkeypatch.setattr(tab, "_chart_modules_loaded", lambda: False)
    monkeypatch.setattr(tab, "_load_chart_modules", slow_load)
    ticks = Ticks()
    try:
        overview = install(window).overview
        waiting = overview.page_area.widget().findChild(QLabel, "overview_chart_waiting")
        assert waiting is not None and waiting.text() == "Diagrammet ritas …"
        assert overview.canvas is None
        assert "71" in _links(overview)  # the figures are there already

        start = ticks.count
        window.tabs.setCurrentWidget(window.register)
        select_title(window, "Telefontider")
        type_text(window.form.title, " för alla")
        qtbot.waitUntil(lambda: ticks.count > start + 5)
        assert overview.canvas is None  # all that while the chart was still loading
        assert window.form.title.text() == "Telefontider för alla"
    finally:
        may_finish.set()
        ticks.timer.stop()
    qtbot.waitUntil(lambda: overview.canvas is not None)
    assert overview.canvas.objectName() == "overview_chart"
    assert overview.page_area.widget().findChild(QLabel, "overview_chart_waiting") is None


def test_closing_while_the_chart_loads_closes_when_it_has_loaded(window, qtbot,
                                                                monkeypatch) -> None:
    """The imports cannot be stopped half way: a close waits for them (a second at most on
    a first start) and then the window closes by itself, without drawing the chart.
    (It had stayed open, and a program told to close after its start never ended.)"""
    import threading

    from ui.window.overview import tab
    from ui.window.workspace import install

    may_finish = threading.Event()
    loaded = tab._load_chart_modules

    def slow_load() -> None:
        may_finish.wait(10)
        loaded()

    monkeypatch.setattr(tab, "_chart_modules_loaded", lambda: False)
    monkeypatch.setattr(tab, "_load_chart_modules", slow_load)
    overview = install(window).overview
    window.close()
    assert window.isVisible()  # not while the imports run
    may_finish.set()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert overview.canvas is None


def test_an_action_link_opens_it_in_the_register(window, workspace, qtbot) -> None:
    with window.db.write() as s:
        late = create_action(s, title="Sen påhittad åtgärd", status="pagar", due="2020-01-01")
    window.opened.data_written()
    link = _links(workspace.overview)["Sen påhittad åtgärd (klart senast 2020-01-01)"]
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.register
    assert window.register.selected_row().id == late.id
    assert window.form.action_id == late.id


def test_a_verdict_link_opens_the_actions_effect_tab(window, workspace, qtbot) -> None:
    qtbot.mouseClick(_links(workspace.overview)["Öppet hus"], Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.register
    assert window.form.action_id == window.register.selected_row().id
    assert window.register.selected_row().title == "Öppet hus"
    assert window.form.tabs.currentWidget() is window.form.effect_tab


def test_laget_says_what_chance_gives_where_it_counts_the_verdicts(window, workspace) -> None:
    """A made-up action with made-up figures to judge it by (information, företag,
    bygglov: 60 ±2 in 2023, 66 ±2 in 2025): under the counts of Läget, the note on chance
    (domain.md, many comparisons)."""
    from PySide6.QtWidgets import QLabel

    from models.results import check_key, check_values, set_result

    with window.db.write() as s:
        for year, value in ((2023, 60), (2025, 66)):
            set_result(s, check_key("2081", year, "foretag", "bygglov", "information"),
                       check_values(value, None, 2, None, False, "påhittat", None))
        create_action(s, title="Påhittad åtgärd", start="2024-03-01", factors=["information"],
                      areas=["bygglov"])
    workspace.overview.refresh()
    texts = [label.text() for label in
             workspace.overview.page_area.widget().findChildren(QLabel)]
    assert "Effekt hittills: 54 jämförelser" in texts
    assert ("Av 2 jämförelser kan någon enstaka visa en statistiskt säkerställd förändring av "
            "en slump (1 av 20).") in texts


def test_a_figure_opens_resultat_at_it(window, workspace, qtbot) -> None:
    tab = workspace.overview
    company = tab.page_area.widget().findChild(LinkButton, "nki_foretag")
    qtbot.mouseClick(company, Qt.MouseButton.LeftButton)
    results = workspace.results
    assert window.tabs.currentWidget() is results
    assert results.group_box.currentText() == "Företag"
    index = results.table.currentIndex()
    assert results.model.columns[index.column()].year == 2023
    assert results.model.measures[index.row()].value == "nki"


def test_a_target_link_opens_resultat(window, workspace, qtbot) -> None:
    with window.db.write() as s:
        set_target(s, "nki", "foretag", "totalt", 2023, 70)
    window.opened.data_written()
    link = next(b for t, b in _links(workspace.overview).items() if t.startswith("Mål NKI"))
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is workspace.results
    assert workspace.results.group_box.currentText() == "Företag"


def test_an_empty_database_offers_the_first_steps(window, workspace, qtbot, tmp_path,
                                                   monkeypatch) -> None:
    empty = open_database(tmp_path / "tom.db", create=True, user="testare")
    window.opened.set_database(empty)
    tab = workspace.overview
    window.tabs.setCurrentWidget(tab)
    new, import_, fetch = tab.empty_buttons
    assert "Ny åtgärd" in new.text() and "Importera resultat" in import_.text()
    assert "Hämta från Kolada" in fetch.text()
    opened = []

    def fake(name):
        class Dialog:  # the menu item's dialog, recorded instead of shown (modal)
            written = 0
            step = None
            saved_text = ""

            def __init__(self, db, parent) -> None:
                opened.append((name, db is empty))

            def exec(self) -> int:
                return 0

            def deleteLater(self) -> None:  # noqa: N802 (Qt's name)
                pass

        return Dialog

    monkeypatch.setattr("ui.window.results.import_dialog.ImportDialog", fake("import"))
    monkeypatch.setattr("ui.window.results.import_dialog.KoladaFetchDialog", fake("fetch"))
    qtbot.mouseClick(import_, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(fetch, Qt.MouseButton.LeftButton)
    assert opened == [("import", True), ("fetch", True)]
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.register
    assert window.form.is_new
