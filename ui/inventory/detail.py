"""The selected product's stock per location and its ledger history (GUI thread only)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget

from desktop.db.uow import UnitOfWork
from desktop.queries import inventory_list
from desktop.queries.inventory_list import MoveRow
from desktop.services import stock
from desktop.services.stock import LocationStock, StockView
from ui.common.errors import present_error
from ui.common.list_export import export_shown
from ui.common.rows import RowsModel
from ui.common.value_labels import value_label
from ui.ops import Operations


def _table(model: RowsModel[object]) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    return table


class DetailPane(QWidget):
    """``exported`` carries the message of a finished history export."""

    exported = Signal(str)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.sku: str | None = None
        self.summary = QLabel(self.tr("Select a product."), objectName="stockSummary", wordWrap=True)
        self.locations: RowsModel[LocationStock] = RowsModel([
            (self.tr("Location"), lambda l: l.location), (self.tr("On hand"), lambda l: l.on_hand),
            (self.tr("Reserved"), lambda l: l.reserved), (self.tr("Free"), lambda l: l.on_hand - l.reserved)])
        self.history: RowsModel[MoveRow] = RowsModel([
            (self.tr("When"), lambda m: m.at), (self.tr("Who"), lambda m: m.user), (self.tr("Qty"), lambda m: m.quantity),
            (self.tr("From"), lambda m: m.source), (self.tr("To"), lambda m: m.target),
            (self.tr("Why"), lambda m: value_label(m.reason)),
            (self.tr("Reason"), lambda m: value_label(m.reason_code) if m.reason_code else ""),
            (self.tr("Reference"), lambda m: m.reference)])
        self.export_button = QPushButton(self.tr("Export history…"), objectName="exportHistory")
        self.export_button.clicked.connect(self.export_history)
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(_table(self.history), 1)
        history_layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignRight)
        tabs = QTabWidget()
        tabs.addTab(_table(self.locations), self.tr("Stock by location"))
        tabs.addTab(history, self.tr("History"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(tabs, 1)

    def export_history(self) -> None:
        """Export the shown product's ledger history, as the History tab shows it."""
        export_shown(self.ops, self, self.history, "history", self._exported)

    def _exported(self, message: str | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
        elif message:
            self.exported.emit(message)

    def show_product(self, sku: str | None) -> None:
        """Load ``sku``'s stock and history in the background (None clears the pane)."""
        self.sku = sku
        if sku is None:
            self.summary.setText(self.tr("Select a product."))
            self.locations.set_rows([])
            self.history.set_rows([])
            return

        def load(uow: UnitOfWork) -> tuple[StockView, list[MoveRow]]:
            return stock.stock_view(uow, sku), inventory_list.history(uow, sku)
        self.ops.read(load, lambda result, error: self._loaded(sku, result, error))

    def _loaded(self, sku: str, result: tuple[StockView, list[MoveRow]] | None, error: BaseException | None) -> None:
        if sku != self.sku:
            return
        if error is not None:
            present_error(self, error)
            return
        assert result is not None
        view, moves = result
        self.summary.setText(self.tr("<b>{sku}</b> · on hand {on_hand} · reserved {reserved} · "
                                     "available {available} · incoming {incoming}").format(
            sku=view.sku, on_hand=view.on_hand, reserved=view.reserved, available=view.available,
            incoming=view.incoming))
        self.locations.set_rows(view.locations)
        self.history.set_rows(moves)
