"""The inventory view (GUI thread only): product list with stock figures, editor, stock actions,
cycle counts and per-product history. Every database access goes through ``ops``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QSplitter, QTableView, QTabWidget,
    QVBoxLayout, QWidget,
)

from desktop.auth import Permission
from desktop.db.uow import UnitOfWork
from desktop.queries import inventory_list
from desktop.queries.inventory_list import InventoryFilter
from desktop.services import catalog, stock
from ui.common.actions import ActionRegistry
from ui.common.column_width import fit_columns
from ui.common.errors import present_error
from ui.common.list_export import export_inventory
from ui.common.role_gate import gated_buttons
from ui.common.value_labels import value_label
from ui.inventory.count import CountPanel
from ui.inventory.detail import DetailPane
from ui.inventory.editor import ProductEditor
from ui.inventory.model import SAMPLES, InventoryModel
from ui.inventory.stock_dialogs import AdjustDialog, ReceiveDialog, TransferDialog
from ui.ops import Operations

class InventoryView(QWidget):
    def __init__(self, ops: Operations, actions: ActionRegistry | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Inventory")
        self.ops = ops
        self.registry = actions or ActionRegistry()
        self.selected_sku: str | None = None
        self.model = InventoryModel(ops)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda error: present_error(self, error, self.refresh))
        self.detail = DetailPane(ops)
        self.count_panel = CountPanel(ops)
        self.count_panel.posted.connect(lambda _id: self.refresh())
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self._apply_filter)
        self._build()
        self.ops.read(inventory_list.warehouses, self._warehouses)
        self.model.reload()

    def _build(self) -> None:
        self.search = QLineEdit(objectName="inventorySearch", placeholderText=self.tr("Search SKU, barcode or name (Ctrl+F)"),
                               
                                clearButtonEnabled=True)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        for name, text, handler, keys in (("inventory.search", self.tr("Search"), self.search.setFocus, "Ctrl+F"),
                                          ("inventory.refresh", self.tr("Refresh"), self.refresh, "F5"),
                                          ("inventory.export", self.tr("Export this list…"), self.export_list,
                                           "Ctrl+Shift+E")):
            action = self.registry.add(self, self.title, name, text, handler, keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.low_stock = QCheckBox(self.tr("Low stock only"), objectName="lowStock")
        self.low_stock.toggled.connect(self._apply_filter)
        self.warehouse = QComboBox(objectName="warehouse")
        self.warehouse.addItem(self.tr("All warehouses"))
        self.warehouse.currentIndexChanged.connect(self._apply_filter)
        self.total = QLabel(objectName="inventoryTotal")
        self.detail.exported.connect(self.total.setText)
        actor = self.ops.actor
        self.buttons = gated_buttons(actor, (
            ("new", self.tr("New product…"), self.new_product, Permission.MANAGE_CATALOG),
            ("edit", self.tr("Edit…"), self.edit, None),
            ("receive", self.tr("Receive…"), self.receive, Permission.MOVE_STOCK),
            ("adjust", self.tr("Adjust…"), self.adjust, Permission.ADJUST_STOCK),
            ("transfer", self.tr("Transfer…"), self.transfer, Permission.MOVE_STOCK)))
        self.table = QTableView(objectName="inventoryTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fit_columns(self.table, SAMPLES)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        products = QWidget()
        bar = QHBoxLayout()
        for widget in (self.search, self.low_stock, self.warehouse, self.total):
            bar.addWidget(widget, 1 if widget is self.search else 0)
        actions = QHBoxLayout()
        for button in self.buttons.values():
            actions.addWidget(button)
        actions.addStretch(1)
        products_layout = QVBoxLayout(products)
        products_layout.addLayout(bar)
        products_layout.addLayout(actions)
        products_layout.addWidget(splitter, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(products, self.tr("Products"))
        self.tabs.addTab(self.count_panel, self.tr("Cycle count"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        """Reload the list (keeping filter and selection) and the selected product's detail."""
        self.model.reload()
        self.detail.show_product(self.selected_sku)

    def export_list(self) -> None:
        """Export stock per location for the products the list shows (filters applied); the file
        has costs, so only roles that see prices may export."""
        if not self.ops.actor.can(Permission.SEE_PRICES):
            self.total.setText(self.tr("Your role ({role}) may not see costs, so it cannot export.").format(
                role=value_label(self.ops.actor.role.value)))
            return
        export_inventory(self.ops, self, self._filter(), self._exported)

    def _exported(self, message: str | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
        elif message:
            self.total.setText(message)

    def _filter(self) -> InventoryFilter:
        warehouse = self.warehouse.currentText() if self.warehouse.currentIndex() > 0 else ""
        return InventoryFilter(self.search.text().strip(), self.low_stock.isChecked(), warehouse)

    def _apply_filter(self) -> None:
        self.model.reload(self._filter())

    def _warehouses(self, codes: list[str] | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
            return
        self.warehouse.blockSignals(True)
        self.warehouse.addItems(codes or [])
        self.warehouse.blockSignals(False)

    def _loaded(self, total: int) -> None:
        shown = self.model.rowCount()
        count = (self.tr("{count} product") if total == 1 else self.tr("{count} products")).format(count=f"{total:,}")
        loaded = self.tr("({count} loaded)").format(count=f"{shown:,}") if shown < total else ""
        self.total.setText(f"{count} {loaded}".strip())
        for row in range(shown):
            if self.model.row(row).sku == self.selected_sku:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                return

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        sku = self.model.row(current.row()).sku if current.isValid() else None
        if sku != self.selected_sku:
            self.selected_sku = sku
            self.detail.show_product(sku)

    def select(self, sku: str) -> None:
        """Make ``sku`` the product the actions apply to (as clicking its row does)."""
        self.selected_sku = sku
        self._loaded(self.model.total)
        self.detail.show_product(sku)

    def _write(self, fn: Callable[[UnitOfWork], Any], message: str | None = None) -> None:
        def done(_result: object, error: BaseException | None) -> None:
            if error is not None:
                present_error(self, error, self.refresh)
                return
            if message:
                self.total.setText(message)
            self.refresh()
        self.ops.write(fn, done)

    def _with_sku(self, then: Callable[[str], None]) -> None:
        if self.selected_sku is None:
            self.total.setText(self.tr("Select a product first."))
            return
        then(self.selected_sku)

    def new_product(self) -> None:
        data = ProductEditor.ask(self, self.ops.actor, None)
        if data is not None:
            self.selected_sku = data.sku
            self._write(lambda uow: catalog.add_product(uow, data))

    def edit(self) -> None:
        def open_editor(sku: str) -> None:
            self.ops.read(lambda uow: catalog.get_product(uow, sku), self._edit_loaded)
        self._with_sku(open_editor)

    def _edit_loaded(self, detail: catalog.ProductView | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error, self.refresh)
            return
        assert detail is not None
        data = ProductEditor.ask(self, self.ops.actor, detail)
        if data is None:
            return
        self.selected_sku = data.sku
        self._write(lambda uow: catalog.update_product(uow, detail.sku, data, detail.version))

    def receive(self) -> None:
        def load(sku: str) -> None:
            self.ops.read(lambda uow: (inventory_list.bins(uow), inventory_list.open_purchase_lines(uow, sku)),
                          lambda result, error: self._receive_loaded(sku, result, error))
        self._with_sku(load)

    def _receive_loaded(self, sku: str, result: Any, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
            return
        bins, lines = result
        receipt = ReceiveDialog.ask(self, sku, [b for b in bins if not b.endswith(("/QUARANTINE", "/SCRAP"))], lines)
        if receipt is not None:
            self._write(lambda uow: stock.receive(uow, sku, receipt.quantity, receipt.location,
                                                  purchase_order=receipt.purchase_order),
                        self.tr("Received {quantity} x {sku} into {location}.").format(
                            quantity=receipt.quantity, sku=sku, location=receipt.location))

    def adjust(self) -> None:
        """Correct stock with a reason; the service refuses roles without the right to adjust."""
        def load(sku: str) -> None:
            self.ops.read(inventory_list.bins, lambda bins, error: self._adjust_loaded(sku, bins, error))
        self._with_sku(load)

    def _adjust_loaded(self, sku: str, bins: list[str] | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
            return
        change = AdjustDialog.ask(self, sku, bins or [])
        if change is not None:
            self._write(lambda uow: stock.adjust(uow, sku, change.delta, change.reason, change.location, change.note),
                        self.tr("Adjusted {sku} by {delta} ({reason}).").format(
                            sku=sku, delta=f"{change.delta:+d}", reason=change.reason))

    def transfer(self) -> None:
        def load(sku: str) -> None:
            self.ops.read(inventory_list.bins, lambda bins, error: self._transfer_loaded(sku, bins, error))
        self._with_sku(load)

    def _transfer_loaded(self, sku: str, bins: list[str] | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
            return
        move = TransferDialog.ask(self, sku, bins or [])
        if move is not None:
            self._write(lambda uow: stock.transfer(uow, sku, move.quantity, move.source, move.target),
                        self.tr("Moved {quantity} x {sku} from {source} to {target}.").format(
                            quantity=move.quantity, sku=sku, source=move.source, target=move.target))
