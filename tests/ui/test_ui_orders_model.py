"""The paged orders model: Qt's model checks, pages on demand, evicted pages read again, role gating."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyledItemDelegate, QTableView, QWidget
from pytestqt.qtbot import QtBot

import factories
from desktop.auth import SYSTEM, Actor
from desktop.db.uow import Database
from desktop.queries import order_list
from desktop.services import allocation
from desktop.queries.order_list import OrderFilter, Sort
from ui.common.after_paint import after_paint
from ui.common.column_width import ORDER_NUMBER_SAMPLE, fitted_width
from ui.common.paged_model import ID_ROLE, RAW_ROLE, Column, PagedItemDelegate, PagedTableModel
from ui.ops import Operations
from ui.orders import OrdersView, jobs
from ui.orders.columns import order_columns
from ui.orders.detail import render, timeline_label
from ui.reports.exceptions_tab import ExceptionsTab
from ui.reports.outbox_tab import OutboxTab


def _many(db: Database, count: int) -> None:
    factories.product(db, "MUG-RED", price="12.50")
    for n in range(count):
        factories.order(db, {"MUG-RED": 1 + n % 3}, customer=f"Customer {n:03d}")


def _view(qtbot: QtBot, ops: Operations) -> OrdersView:
    view = OrdersView(ops)
    qtbot.addWidget(view)
    view.poll.stop()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and not view.model.loading)
    return view


def _model(qtbot: QtBot, ops: Operations, page_size: int = 5, cache_pages: int = 40) -> PagedTableModel:
    """The orders list in a bare paged model (no view asking for more rows on its own)."""
    model = PagedTableModel(ops, order_columns(True), page_size, cache_pages)
    flt, sort = OrderFilter(), Sort()
    model.set_source(lambda uow, after, limit: (lambda p: (p.rows, p.next))(order_list.page(uow, flt, sort, after, limit)),
                     lambda uow, ids: order_list.rows_by_ids(uow, ids))
    qtbot.waitUntil(lambda: not model.loading)
    return model


def test_orders_model_passes_qt_model_checks_while_pages_arrive(qtbot: QtBot, qtmodeltester, db: Database,
                                                                 make_ops: Callable[..., Operations]) -> None:
    _many(db, 12)
    model = _model(qtbot, make_ops())
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: not model.loading)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.loading)
    assert model.rowCount() == 12
    qtmodeltester.check(model)


def test_pages_load_on_demand_with_inclusive_row_ranges(qtbot: QtBot, db: Database,
                                                        make_ops: Callable[..., Operations]) -> None:
    _many(db, 12)
    model = _model(qtbot, make_ops())
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    assert model.rowCount() == 5
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 10)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 12)
    assert inserted == [(5, 9), (10, 11)]
    assert not model.canFetchMore(QModelIndex())
    customers = [model.index(r, 3).data() for r in range(12)]
    assert customers == [f"Customer {n:03d}" for n in range(11, -1, -1)]


def test_evicted_pages_are_read_again_by_id_when_shown(qtbot: QtBot, db: Database,
                                                       make_ops: Callable[..., Operations]) -> None:
    _many(db, 12)
    model = _model(qtbot, make_ops(), cache_pages=1)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 10)
    assert model.cached_rows() == 5
    assert model.index(0, 3).data() is None
    qtbot.waitUntil(lambda: model.index(0, 3).data() == "Customer 011")
    assert model.index(0, 0).data(ID_ROLE) == model.id_at(0)


class _Paints(QObject):
    """Appends "paint" to ``events`` whenever ``widget`` is painted."""

    def __init__(self, widget: QWidget, events: list[str]) -> None:
        super().__init__(widget)
        self.events = events
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.events.append("paint")
        return False


def test_a_new_source_keeps_the_old_rows_until_its_first_page_replaces_them_in_one_reset(
        qtbot: QtBot, db: Database, make_ops: Callable[..., Operations]) -> None:
    _many(db, 12)
    model = _model(qtbot, make_ops())
    resets: list[int] = []
    inserted: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    model.rowsInserted.connect(lambda _parent, first, _last: inserted.append(first))

    model.set_source(*jobs.list_source(OrderFilter(text="customer 01"), Sort(), True))

    assert model.loading and not model.canFetchMore(QModelIndex())
    assert model.rowCount() == 5 and model.index(4, 3).data() == "Customer 007"
    qtbot.waitUntil(lambda: not model.loading)
    assert resets == [2] and inserted == []
    assert [model.index(r, 3).data() for r in range(2)] == ["Customer 011", "Customer 010"]


def test_a_rows_texts_are_worked_out_once_and_again_after_it_is_read_again(
        qtbot: QtBot, db: Database, make_ops: Callable[..., Operations]) -> None:
    _many(db, 3)
    worked_out: list[int] = []
    model = PagedTableModel(make_ops(), [Column("Customer", lambda r: worked_out.append(r.id) or r.customer)])
    model.set_source(*jobs.list_source(OrderFilter(), Sort(), True))
    qtbot.waitUntil(lambda: model.rowCount() == 3 and not model.loading)

    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DisplayRole):
        model.index(0, 0).data(role)
    assert worked_out == [model.id_at(0)]
    with qtbot.waitSignal(model.dataChanged):
        model.refresh_ids([model.id_at(0)])
    assert model.index(0, 0).data() == "Customer 002" and worked_out == [model.id_at(0)] * 2


def test_after_paint_waits_for_the_next_paint_of_a_shown_widget_and_not_for_a_hidden_one(qtbot: QtBot) -> None:
    events: list[str] = []
    hidden = QWidget()
    qtbot.addWidget(hidden)
    after_paint(hidden, lambda: events.append("hidden"))
    assert events == ["hidden"]
    shown = QWidget()
    qtbot.addWidget(shown)
    with qtbot.waitExposed(shown):
        shown.show()
    qtbot.wait(50)
    _Paints(shown, events)

    after_paint(shown, lambda: events.append("after"))
    shown.update()

    qtbot.waitUntil(lambda: "after" in events)
    assert events[:3] == ["hidden", "paint", "after"]


def test_the_counts_are_read_once_the_new_page_has_been_painted(
        qtbot: QtBot, db: Database, make_ops: Callable[..., Operations], monkeypatch) -> None:
    _many(db, 12)
    ops = make_ops()
    view = _view(qtbot, ops)
    with qtbot.waitExposed(view):
        view.show()
    ops.wait()
    qtbot.wait(50)
    events: list[str] = []
    _Paints(view.table.viewport(), events)
    view.firstPageLoaded.connect(lambda: events.append("page"))
    counts = jobs.status_counts
    monkeypatch.setattr(jobs, "status_counts", lambda uow, flt: events.append("counts") or counts(uow, flt))

    view.filters.status_buttons["new"].setChecked(True)

    qtbot.waitUntil(lambda: "counts" in events)
    shown = events[events.index("page"):]
    assert "counts" not in events[:events.index("page")]
    assert shown.index("paint") < shown.index("counts")


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_the_paged_delegate_paints_the_same_pixels_as_the_standard_one(
        qtbot: QtBot, shop: Database, make_ops: Callable[..., Operations], direction: Qt.LayoutDirection) -> None:
    view = _view(qtbot, make_ops())
    view.table.setLayoutDirection(direction)
    view.resize(1400, 400)
    with qtbot.waitExposed(view):
        view.show()
    view.select_rows([1])
    assert isinstance(view.table.itemDelegate(), PagedItemDelegate)
    ours = view.table.viewport().grab().toImage()
    view.table.setItemDelegate(QStyledItemDelegate(view.table))
    assert view.table.viewport().grab().toImage() == ours


def test_sorting_by_a_header_reloads_in_sql_order(qtbot: QtBot, db: Database,
                                                  make_ops: Callable[..., Operations]) -> None:
    _many(db, 7)
    view = _view(qtbot, make_ops())
    view.model.sort(3, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: view.model.row_at(0) is not None and view.model.index(0, 3).data() == "Customer 000")
    view.model.sort(5, Qt.SortOrder.AscendingOrder)
    assert view.sort.key == "customer"


def test_search_box_filters_in_sql_after_typing_pauses(qtbot: QtBot, db: Database,
                                                       make_ops: Callable[..., Operations]) -> None:
    _many(db, 12)
    view = _view(qtbot, make_ops())
    qtbot.keyClicks(view.filters.search, "customer 00")
    qtbot.waitUntil(lambda: view.filter.text == "customer 00" and view.model.rowCount() == 10)
    qtbot.waitUntil(lambda: view.filters.total.text() == "10 orders")
    view.filters.status_buttons["cancelled"].setChecked(True)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0 and not view.model.loading)
    qtbot.waitUntil(lambda: view.filters.status_buttons["new"].text() == "New 10")
    view.filters.status_buttons["cancelled"].setChecked(False)
    view.filters.search.setText("customer 007")
    qtbot.waitUntil(lambda: view.filters.total.text() == "1 order")


def test_packer_sees_no_price_columns_and_no_money_in_the_detail(qtbot: QtBot, shop: Database, user,
                                                                 make_ops: Callable[..., Operations]) -> None:
    packer: Actor = user("chai", "packer")
    view = _view(qtbot, make_ops(packer))
    titles = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert "Total" not in titles and "Paid" not in titles
    assert set(view.actions.actions) == {"orders.ship", "orders.deliver", "orders.search", "orders.refresh",
                                         "orders.pick_list", "orders.slips", "orders.labels"}
    view.select_rows([0])
    qtbot.waitUntil(lambda: view.detail.detail is not None)
    assert view.detail.detail.total is None
    assert "Payment" not in view.detail.toPlainText() and "Price" not in view.detail.toPlainText()


def test_clerk_sees_totals_and_raw_values_for_delegates(qtbot: QtBot, shop: Database, user,
                                                        make_ops: Callable[..., Operations]) -> None:
    clerk: Actor = user("bruno", "clerk")
    view = _view(qtbot, make_ops(clerk))
    titles = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    total = titles.index("Total")
    assert view.model.index(0, total).data() == "12.50 USD"
    assert view.model.index(0, titles.index("Status")).data(RAW_ROLE) == "new"
    view.select_rows([0])
    qtbot.waitUntil(lambda: view.detail.detail is not None)
    assert "Payment" in render(view.detail.detail)


def test_a_change_from_another_pc_appears_after_the_next_poll(qtbot: QtBot, shop: Database,
                                                              make_ops: Callable[..., Operations]) -> None:
    view = _view(qtbot, make_ops())
    view.check_for_changes()
    qtbot.waitUntil(lambda: view._marker is not None)
    other_pc = make_ops()
    from desktop.services import orders
    number = view.model.row_at(0).number
    other_pc.write(lambda uow: orders.hold(uow, [number]) and None, lambda *_: None)
    other_pc.wait()
    view.check_for_changes()
    qtbot.waitUntil(lambda: view.model.row_at(0) is not None and view.model.row_at(0).status == "on_hold")
    qtbot.waitUntil(lambda: view.counts.get("on_hold") == 1)


@pytest.mark.postgres
def test_on_postgresql_another_pcs_change_appears_after_the_next_poll(qtbot: QtBot, pg_db: Database) -> None:
    factories.product(pg_db, "MUG-RED", stock_qty=5)
    number = factories.order(pg_db, {"MUG-RED": 1})
    this_pc, other_pc = Operations(pg_db, SYSTEM), Operations(pg_db, SYSTEM)
    try:
        view = _view(qtbot, this_pc)
        view.check_for_changes()
        qtbot.waitUntil(lambda: view._marker is not None)
        other_pc.write(lambda uow: len(allocation.allocate(uow, [number])), lambda *_: None)
        other_pc.wait()
        view.poll.setInterval(50)
        view.poll.start()
        qtbot.waitUntil(lambda: view.model.row_at(0) is not None and view.model.row_at(0).status == "allocated")
        view.poll.stop()
    finally:
        this_pc.shutdown()
        other_pc.shutdown()


def test_every_column_shows_its_sample_text_and_its_title_whole(qtbot: QtBot) -> None:
    """Each column's sample, painted at the column's fitted width, gives the same pixels as
    painted in a much wider column (nothing elided), and each title fits its header section."""
    columns = order_columns(True)
    model = QStandardItemModel(1, len(columns))
    for position, column in enumerate(columns):
        model.setHorizontalHeaderItem(position, QStandardItem(column.title))
        model.setItem(0, position, QStandardItem(column.sample))
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(2400, 200)
    table.show()
    qtbot.waitExposed(table)
    for position, column in enumerate(columns):
        width = fitted_width(table, position, column.sample)
        table.setColumnWidth(position, width + 300)
        cell = table.visualRect(model.index(0, position))
        wide = table.viewport().grab(cell.adjusted(0, 0, -300, 0)).toImage()
        table.setColumnWidth(position, width)
        fitted = table.viewport().grab(table.visualRect(model.index(0, position))).toImage()
        assert fitted == wide, column.title
        assert table.horizontalHeader().sectionSizeFromContents(position).width() <= width, column.title


def test_the_report_lists_show_whole_order_numbers(qtbot: QtBot, make_ops: Callable[..., Operations]) -> None:
    ops = make_ops()
    exceptions, outbox = ExceptionsTab(ops), OutboxTab(ops)
    for tab, column in ((exceptions, 0), (outbox, 1)):
        qtbot.addWidget(tab)
        assert tab.table.columnWidth(column) == fitted_width(tab.table, column, ORDER_NUMBER_SAMPLE)


def test_the_orders_table_sizes_its_columns_to_their_samples(qtbot: QtBot, shop: Database,
                                                             make_ops: Callable[..., Operations]) -> None:
    view = _view(qtbot, make_ops())
    assert [view.table.columnWidth(n) for n, _ in enumerate(view.model.columns)][:-1] == \
        [fitted_width(view.table, n, column.sample) for n, column in enumerate(view.model.columns)][:-1]


def test_timeline_actions_read_as_words() -> None:
    assert [timeline_label(a) for a in ("order.create", "order.on_hold", "tracking.in_transit", "pack.override",
                                        "something.new")] == [
        "Created", "On hold", "Tracking: In transit", "Packing verification overridden", "something.new"]
