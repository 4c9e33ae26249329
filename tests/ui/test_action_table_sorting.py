"""The register's sorting and filtering, done in Python for speed: what the user sees.

The model sorts itself (one key per row) and the proxy only filters, with each row's
verdict remembered until the filter changes. These tests check the order and the rows a
user sees, the selection following its row, and that new rows keep the chosen sort.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from models.codes import Factor, Status
from ui.window.register.table import (
    DUE,
    OWNER,
    PROGRESS,
    TITLE,
    ActionFilterProxy,
    ActionRow,
    ActionTableModel,
    RowFilter,
)

TODAY = dt.date(2025, 3, 1)


def row(number: int, title: str, progress: int = 0, due: dt.date | None = None,
        status: Status = Status.PAGAR, owner: str = "Åsa Öberg") -> ActionRow:
    description, unit = f"beskrivning {number}", "Kundtjänst"
    return ActionRow(
        id=number, version=1, title=title, description=description,
        expected_effect="", owner=owner, unit=unit, status=status, assessment=None,
        start=None, due=due, completed=None, progress=progress,
        factors=(Factor.INFORMATION,), overdue=False, due_soon=False,
        # as ActionRow.of fills it: what the search box looks in
        search_text=" ".join((title, description, "", owner, unit)).casefold(),
    )


@pytest.fixture
def table(qtbot):
    model = ActionTableModel()
    proxy = ActionFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    qtbot.addWidget(view)
    return model, proxy, view


def shown_titles(proxy: ActionFilterProxy) -> list[str]:
    return [proxy.index(r, TITLE).data() for r in range(proxy.rowCount())]


ROWS = [
    row(1, "Provtagning", 30, dt.date(2025, 6, 1)),
    row(2, "Anmälan på webben", 90, dt.date(2025, 1, 15)),
    row(3, "ersättning", 10, None),
    row(4, "Bygglovsträff", 50, dt.date(2024, 12, 1)),
    row(5, "Zonkarta", 50, dt.date(2025, 4, 1)),
]


def test_sorting_by_title_ignores_case_both_ways(table) -> None:
    model, proxy, view = table
    model.set_rows(ROWS, TODAY)
    view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert shown_titles(proxy) == ["Anmälan på webben", "Bygglovsträff", "ersättning",
                                   "Provtagning", "Zonkarta"]
    view.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    assert shown_titles(proxy) == ["Zonkarta", "Provtagning", "ersättning", "Bygglovsträff",
                                   "Anmälan på webben"]
    assert view.horizontalHeader().sortIndicatorSection() == TITLE


def test_title_and_owner_sort_in_swedish_order(table) -> None:
    """å, ä, ö are the last letters of the Swedish alphabet: "Öppet hus" after "Zonkarta"."""
    model, proxy, view = table
    rows = [row(1, "Öppet hus", owner="Örjan Ek"), row(2, "Zonkarta", owner="zara Lund"),
            row(3, "ärendeguide", owner="Anna Berg"), row(4, "Oktobermöte", owner="Åke Ås"),
            row(5, "Åtgärdslista", owner="Ärla Sten"), row(6, "anmälan", owner="Otto Ny")]
    model.set_rows(rows, TODAY)
    view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert shown_titles(proxy) == ["anmälan", "Oktobermöte", "Zonkarta", "Åtgärdslista",
                                   "ärendeguide", "Öppet hus"]
    view.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    assert shown_titles(proxy)[:2] == ["Öppet hus", "ärendeguide"]
    view.sortByColumn(OWNER, Qt.SortOrder.AscendingOrder)
    owners = [proxy.index(r, OWNER).data() for r in range(proxy.rowCount())]
    assert owners == ["Anna Berg", "Otto Ny", "zara Lund", "Åke Ås", "Ärla Sten", "Örjan Ek"]


def test_due_date_sort_puts_undated_last_and_ties_keep_their_order(table) -> None:
    model, proxy, view = table
    model.set_rows(ROWS, TODAY)
    view.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
    assert shown_titles(proxy)[0] == "Bygglovsträff" and shown_titles(proxy)[-1] == "ersättning"
    view.sortByColumn(PROGRESS, Qt.SortOrder.AscendingOrder)
    # 50 % twice: the earlier order (by due date) decides, as in Qt's own stable sort.
    assert shown_titles(proxy) == ["ersättning", "Provtagning", "Bygglovsträff", "Zonkarta",
                                   "Anmälan på webben"]


def test_new_rows_keep_the_chosen_sort_and_filter(table) -> None:
    model, proxy, view = table
    model.set_rows(ROWS, TODAY)
    view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    proxy.set_filter(RowFilter(text="BYGG"))
    assert shown_titles(proxy) == ["Bygglovsträff"]
    model.set_rows([*ROWS, row(6, "Bygglov på kvällstid"), row(7, "Annat")], TODAY)
    assert shown_titles(proxy) == ["Bygglov på kvällstid", "Bygglovsträff"]
    proxy.set_filter(RowFilter())
    assert len(shown_titles(proxy)) == 7
    assert shown_titles(proxy)[:2] == ["Anmälan på webben", "Annat"]


def test_filter_verdicts_follow_replaced_rows(table) -> None:
    model, proxy, view = table
    model.set_rows(ROWS, TODAY)
    proxy.set_filter(RowFilter(status=Status.KLAR))
    assert shown_titles(proxy) == []
    done = [row(r.id, r.title, 100, r.due, Status.KLAR) if r.id == 5 else r for r in ROWS]
    model.set_rows(done, TODAY)
    assert shown_titles(proxy) == ["Zonkarta"]


def test_selection_stays_on_its_action_when_sorted(table) -> None:
    model, proxy, view = table
    model.set_rows(ROWS, TODAY)
    view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    target = shown_titles(proxy).index("Zonkarta")
    view.selectionModel().setCurrentIndex(
        proxy.index(target, TITLE),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    assert view.selectionModel().currentIndex().data() == "Zonkarta"
    assert [i.data() for i in view.selectionModel().selectedRows(TITLE)] == ["Zonkarta"]
