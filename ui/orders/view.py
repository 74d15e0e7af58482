"""The Orders view: filter bar, paged table, detail pane and the order actions.

GUI thread only. Every database access goes through ``ops`` (reads on the pool, writes on the one
write thread) running the functions of :mod:`ui.orders.jobs`; results come back to ``_done``
callbacks on the GUI thread. After an action only the touched rows, the counts and the detail are
read again. A 3 s timer polls a cheap change marker (the newest audit id) so what another PC does
appears without a restart.

After a change of filter, sort or search the page is read alone; the counts (a scan) start once
it has been painted. Importing this module does not import SQLAlchemy or the core's database
modules (only :mod:`ui.orders.jobs` uses them, on the worker threads).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QSplitter, QTableView, QToolBar, QVBoxLayout, QWidget

from desktop.auth import Permission
from desktop.queries.order_list import OrderFilter, Sort
from ui.common.actions import ActionRegistry
from ui.common.after_paint import after_paint
from ui.common.callbacks import alive
from ui.common.column_width import fit_columns
from ui.common.errors import Confirm, present_error
from ui.common.list_export import export_orders
from ui.common.shop_time import count_exceptions_today
from ui.common.value_labels import value_label
from ui.common.paged_model import PagedItemDelegate, PagedTableModel
from ui.orders import jobs
from ui.orders.columns import order_columns
from ui.orders.detail import DetailPane
from ui.orders.entry import OrderEntryDialog
from ui.orders.filter_bar import FilterBar
from ui.orders.printing import OrderPrinting
from ui.orders.ship import ShipDialog

if TYPE_CHECKING:
    from desktop.db.uow import UnitOfWork
    from desktop.services.allocation import AllocationResult
    from desktop.services.orders import OrderInput
    from desktop.services.queries import OrderDetail
    from desktop.services.shipping import ShipmentResult
    from ui.ops import Operations

POLL_MS = 3000


class OrdersView(QWidget):
    """``externalChange`` fires when the poll sees a change made elsewhere (another view, PC or
    the CLI); ``exceptionsRequested`` when the exceptions badge is clicked."""

    message = Signal(str)
    firstPageLoaded = Signal()
    countsLoaded = Signal()
    externalChange = Signal()
    exceptionsRequested = Signal()

    def __init__(self, ops: Operations, actions: ActionRegistry | None = None, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Orders")
        self.ops = ops
        self.printing = OrderPrinting(ops, settings, self, self.message.emit, self._after_picking)
        self.prices = ops.actor.can(Permission.SEE_PRICES)
        self.filter = OrderFilter()
        self.sort = Sort()
        self.counts: dict[str, int] = {}
        self._marker: int | None = None
        self._first_pending = False
        self._after_first_page: list[Callable[[], None]] = []
        self.model = PagedTableModel(ops, order_columns(self.prices))
        self.model.on_sort = self.set_sort
        self.model.pageLoaded.connect(self._page_loaded)
        self.model.loadFailed.connect(lambda error: present_error(self, error))
        self.filters = FilterBar()
        self.filters.changed.connect(self.set_filter)
        self.filters.exceptions.clicked.connect(self.exceptionsRequested)
        self.table = QTableView()
        self.table.setObjectName("ordersTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(PagedItemDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self._size_columns()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._detail_timer.start())
        self.detail = DetailPane()
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(120)
        self._detail_timer.timeout.connect(self.load_detail)
        self.toolbar = QToolBar()
        self.actions = actions or ActionRegistry()
        self._add_actions()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([1090, 310])
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.check_for_changes)
        self.poll.start()
        self.refresh()

    def _size_columns(self) -> None:
        fit_columns(self.table, {position: column.sample for position, column in enumerate(self.model.columns)})

    def _add_actions(self) -> None:
        manage = self.ops.actor.can(Permission.MANAGE_ORDERS)
        ship = self.ops.actor.can(Permission.SHIP)
        prints = ship or manage
        specs: list[tuple[str, str, Callable[[], None], Any, bool]] = [
            ("orders.new", self.tr("&New order"), self.new_order, "Ctrl+N", manage),
            ("orders.edit", self.tr("&Edit"), self.edit_current, "Ctrl+E", manage),
            ("orders.allocate", self.tr("&Allocate"), self.allocate_selected, "Ctrl+L", manage),
            ("orders.hold", self.tr("&Hold"), self.hold_selected, "Ctrl+H", manage),
            ("orders.release", self.tr("&Release hold"), self.release_selected, "Ctrl+R", manage),
            ("orders.cancel", self.tr("&Cancel order"), self.cancel_selected, "Del", manage),
            ("orders.ship", self.tr("&Ship"), self.ship_current, "Ctrl+S", ship),
            ("orders.deliver", self.tr("Mark &delivered"), self.deliver_selected, "Ctrl+D", ship),
            ("orders.pick_list", self.tr("Print &pick list"), lambda: self.printing.pick_list(self.selected_ids()),
             "Ctrl+P", prints),
            ("orders.slips", self.tr("Print packing &slips"),
             lambda: self.printing.documents("packing_slip", self.selected_ids()), "Ctrl+Shift+P", prints),
            ("orders.labels", self.tr("Print &labels"),
             lambda: self.printing.documents("label", self.selected_ids()), "Ctrl+Shift+L", prints),
            ("orders.export", self.tr("E&xport this list…"), self.export_list, "Ctrl+Shift+E", self.prices),
            ("orders.search", self.tr("Search"), self.filters.focus_search, "Ctrl+F", True),
            ("orders.refresh", self.tr("Refresh"), self.refresh, "F5", True),
        ]
        self.actions_list = []
        for name, text, handler, keys, allowed in specs:
            if not allowed:
                continue
            action = self.actions.add(self, self.tr("Orders"), name, text, handler, keys)
            self.actions_list.append(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            if name not in ("orders.search", "orders.refresh", "orders.export"):
                action.setToolTip(f"{text.replace('&', '')} ({keys})")
                self.toolbar.addAction(action)

    def refresh(self) -> None:
        """Read the list, the counts and the channels again (F5)."""
        self._after_first_page = [self._load_counts, lambda: self.ops.read(jobs.channels, self._channels_read),
                                  self.load_exceptions]
        self._reload_list(counts=False)

    def load_exceptions(self) -> None:
        """Read how many orders break their promise today (shop time) for the badge."""
        self.ops.read(count_exceptions_today, alive(self, self._exceptions_read))

    def _exceptions_read(self, count: int | None, error: BaseException | None) -> None:
        if error is None and count is not None:
            self.filters.set_exceptions(count)

    def set_filter(self, flt: OrderFilter) -> None:
        if flt != self.filter:
            self.filter = flt
            self._reload_list()

    def set_sort(self, key: str, descending: bool) -> None:
        if Sort(key, descending) != self.sort:
            self.sort = Sort(key, descending)
            self._reload_list(counts=False)

    def _reload_list(self, counts: bool = True) -> None:
        """Read the list's first page; the old rows (and the detail) stay until it has arrived."""
        self._first_pending = True
        if counts and self._load_counts not in self._after_first_page:
            self._after_first_page.append(self._load_counts)
        self.model.set_source(*jobs.list_source(self.filter, self.sort, self.prices))

    def _page_loaded(self, _rows: int) -> None:
        """The first page of a new list replaced the old rows: show it from the top, then, once it
        has been painted, run the reads that waited for it (counts, channels: they scan, and a read
        running during the paint would slow it down)."""
        if self._first_pending:
            self._first_pending = False
            self.table.scrollToTop()
            self.detail.clear_detail()
            self.firstPageLoaded.emit()
            follow_ups, self._after_first_page = self._after_first_page, []
            after_paint(self.table.viewport(), lambda: self._run_all(follow_ups))

    @staticmethod
    def _run_all(calls: list[Callable[[], None]]) -> None:
        for call in calls:
            call()

    def _load_counts(self) -> None:
        flt = self.filter
        self.ops.read(lambda uow: jobs.status_counts(uow, flt),
                      alive(self, lambda counts, error: self._counts_read(flt, counts, error)))

    def _counts_read(self, flt: OrderFilter, counts: dict[str, int] | None, error: BaseException | None) -> None:
        if flt != self.filter:
            return
        if error is not None:
            present_error(self, error)
            return
        assert counts is not None
        self.counts = counts
        self.filters.set_counts(counts)
        shown = sum(n for s, n in counts.items() if not self.filter.statuses or s in self.filter.statuses)
        self.filters.total.setText((self.tr("{count} order") if shown == 1 else self.tr("{count} orders"))
                                   .format(count=f"{shown:,}"))
        self.countsLoaded.emit()

    def _channels_read(self, channels: list[str] | None, error: BaseException | None) -> None:
        if error is None and channels is not None:
            self.filters.set_channels(channels)

    def check_for_changes(self) -> None:
        """Poll the change marker; on a change read the counts and the loaded rows again."""
        self.ops.read(jobs.change_marker, self._marker_read)

    def _marker_read(self, marker: int | None, error: BaseException | None) -> None:
        if error is not None or marker is None or marker == self._marker:
            return
        first = self._marker is None
        self._marker = marker
        if not first:
            self.model.refresh_cached()
            self._load_counts()
            self.load_detail()
            self.load_exceptions()
            self.externalChange.emit()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in rows]

    def select_rows(self, rows: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            selection.select(self.model.index(row, 0), flags)
        if rows:
            selection.setCurrentIndex(self.model.index(rows[0], 0), flags)

    def load_detail(self) -> None:
        current = self.table.currentIndex()
        if not current.isValid():
            self.detail.clear_detail()
            return
        order_id = self.model.id_at(current.row())
        self.ops.read(lambda uow: jobs.order_detail(uow, order_id),
                      alive(self, lambda detail, error: self._detail_read(order_id, detail, error)))

    def _detail_read(self, order_id: int, detail: OrderDetail | None, error: BaseException | None) -> None:
        current = self.table.currentIndex()
        if not current.isValid() or self.model.id_at(current.row()) != order_id:
            return
        if error is not None:
            present_error(self, error, reload=self.refresh)
        elif detail is not None:
            self.detail.show_detail(detail)

    def _act(self, ids: list[int], fn: Callable[[UnitOfWork, list[str]], Any], summary: Callable[[Any], str]) -> None:
        """Run ``fn(uow, numbers)`` on the write thread; then refresh just those rows and the counts."""
        if not ids:
            self.message.emit(self.tr("Select one or more orders first."))
            return
        self.ops.write(lambda uow: fn(uow, jobs.numbers(uow, ids)),
                       alive(self, lambda result, error: self._acted(ids, summary, result, error)))

    def _acted(self, ids: list[int], summary: Callable[[Any], str], result: Any, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error, reload=self.refresh)
            return
        self.message.emit(summary(result))
        self.model.refresh_ids(ids)
        self._load_counts()
        self.load_detail()

    def _after_picking(self) -> None:
        self.model.refresh_cached()
        self._load_counts()
        self.load_detail()

    def export_list(self) -> None:
        """Export the orders the list shows (filters and search applied) to XLSX or CSV; the file
        has money columns, so only roles that see prices may export."""
        if not self.prices:
            self.message.emit(self.tr("Your role ({role}) may not see prices, so it cannot export orders.")
                              .format(role=value_label(self.ops.actor.role.value)))
            return
        total = sum(n for s, n in self.counts.items() if not self.filter.statuses or s in self.filter.statuses)
        export_orders(self.ops, self, self.filter, total, alive(self, self._exported))

    def _exported(self, message: str | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
        elif message:
            self.message.emit(message)

    def allocate_selected(self) -> None:
        def summary(results: list[AllocationResult]) -> str:
            short = sum(1 for r in results if r.backordered)
            n = len(results)
            text = self.tr("{n} order allocated") if n == 1 else self.tr("{n} orders allocated")
            return (text + (self.tr(" ({short} backordered)") if short else "")).format(n=n, short=short)
        self._act(self.selected_ids(), jobs.allocate, summary)

    def hold_selected(self) -> None:
        self._act(self.selected_ids(), jobs.hold,
                  lambda n: (self.tr("{n} order on hold") if n == 1 else self.tr("{n} orders on hold")).format(n=n))

    def release_selected(self) -> None:
        self._act(self.selected_ids(), jobs.release_hold,
                  lambda n: (self.tr("{n} order released") if n == 1 else self.tr("{n} orders released")).format(n=n))

    def cancel_selected(self) -> None:
        ids = self.selected_ids()
        question = (self.tr("Cancel {n} order? Reserved stock goes back on the shelf.") if len(ids) == 1 else
                    self.tr("Cancel {n} orders? Reserved stock goes back on the shelf."))
        if ids and not Confirm.ask(self, question.format(n=len(ids))):
            return
        self._act(ids, jobs.cancel,
                  lambda n: (self.tr("{n} order cancelled") if n == 1 else self.tr("{n} orders cancelled")).format(n=n))

    def deliver_selected(self) -> None:
        self._act(self.selected_ids(), jobs.deliver,
                  lambda n: (self.tr("{n} order marked delivered") if n == 1 else
                             self.tr("{n} orders marked delivered")).format(n=n))

    def ship_current(self) -> None:
        detail = self.detail.detail
        if detail is None:
            self.message.emit(self.tr("Select the order to ship first."))
            return
        request = ShipDialog.ask(detail, self)
        if request is None:
            return
        self._act([detail.id], lambda uow, n: jobs.ship(uow, n[0], request), self._shipped)

    def _shipped(self, r: ShipmentResult) -> str:
        return self.tr("Order {order} shipped ({items} items, {shipment})").format(
            order=r.order, items=sum(q for _s, q in r.lines), shipment=r.number)

    def new_order(self) -> None:
        data = OrderEntryDialog.ask(self.ops, self)
        if data is not None:
            self.create_order(data)

    def create_order(self, data: OrderInput) -> None:
        self.ops.write(lambda uow: jobs.create_order(uow, data), self._created)

    def _created(self, number: str | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
            return
        self.message.emit(self.tr("Order {number} created").format(number=number))
        self._reload_list()

    def edit_current(self) -> None:
        detail = self.detail.detail
        if detail is None:
            self.message.emit(self.tr("Select the order to edit first."))
            return
        data = OrderEntryDialog.ask(self.ops, self, detail)
        if data is not None:
            self._act([detail.id], lambda uow, n: jobs.edit_order(uow, n[0], detail.version, data),
                      lambda _n: self.tr("Order {number} saved").format(number=detail.number))
