"""Manual order entry (new order, or edit before allocation) with SKU search and scanning.

A scanner types the barcode and Enter into the scan box; the code is resolved on the read pool with
``catalog.find_by_barcode`` (barcode first, then SKU) and the line is added or its quantity raised.
GUI thread only. :meth:`OrderEntryDialog.ask` runs the dialog modally; tests drive an instance.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.errors import NotFound
from ui.common.callbacks import alive
from ui.common.column_width import SKU_SAMPLE, fit_columns
from ui.common.errors import present_error, user_message
from ui.orders import jobs

if TYPE_CHECKING:
    from desktop.services.catalog import ProductView
    from desktop.services.orders import OrderInput
    from desktop.services.queries import OrderDetail
    from ui.ops import Operations

ADDRESS_FIELDS = (("name", QT_TRANSLATE_NOOP("OrderEntryDialog", "Name")),
                  ("line1", QT_TRANSLATE_NOOP("OrderEntryDialog", "Address")), ("line2", ""),
                  ("postal_code", QT_TRANSLATE_NOOP("OrderEntryDialog", "Postal code")),
                  ("city", QT_TRANSLATE_NOOP("OrderEntryDialog", "City")),
                  ("region", QT_TRANSLATE_NOOP("OrderEntryDialog", "Region")),
                  ("country", QT_TRANSLATE_NOOP("OrderEntryDialog", "Country (ISO)")),
                  ("phone", QT_TRANSLATE_NOOP("OrderEntryDialog", "Phone")))
MINIMUM_WIDTH = 560
"""Pixels: wide enough for the lines table's SKU, name and quantity and the scan box's hint."""


class OrderEntryDialog(QDialog):
    lineAdded = Signal(str)

    def __init__(self, ops: Operations, parent: QWidget | None = None, existing: OrderDetail | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.existing = existing
        self.setWindowTitle(self.tr("Edit order {number}").format(number=existing.number) if existing
                            else self.tr("New order"))
        self.customer = QLineEdit()
        self.email = QLineEdit()
        self.address = {key: QLineEdit() for key, _ in ADDRESS_FIELDS}
        self.address["country"].setMaxLength(2)
        self.scan = QLineEdit()
        self.scan.setObjectName("scan")
        self.scan.setPlaceholderText(self.tr("Scan a barcode or type a SKU, then Enter"))
        self.scan.returnPressed.connect(self._scanned)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #cf222e")
        self.lines = QTableWidget(0, 3)
        self.lines.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Name"), self.tr("Qty")])
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fit_columns(self.lines, {0: SKU_SAMPLE, 2: "9999"})
        self.setMinimumWidth(MINIMUM_WIDTH)
        form = QFormLayout()
        form.addRow(self.tr("Customer"), self.customer)
        form.addRow(self.tr("Email"), self.email)
        for key, label in ADDRESS_FIELDS:
            form.addRow(self.tr(label), self.address[key])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        scan_row = QHBoxLayout()
        scan_row.addWidget(QLabel(self.tr("Add item")))
        scan_row.addWidget(self.scan, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(scan_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.lines)
        layout.addWidget(buttons)
        self.ok.setDefault(False)
        self.ok.setAutoDefault(False)
        if existing:
            self._fill(existing)
        self.scan.setFocus()

    def _fill(self, d: OrderDetail) -> None:
        self.customer.setText(d.customer_name)
        self.email.setText(d.email)
        for key, _ in ADDRESS_FIELDS:
            self.address[key].setText(getattr(d.ship_to, key))
        for line in d.lines:
            self._add_line(line.sku, line.name, line.quantity)

    def _scanned(self) -> None:
        code = self.scan.text().strip()
        self.scan.clear()
        if not code:
            return
        self.ops.read(lambda uow: jobs.find_product(uow, code),
                      alive(self, lambda product, error: self._resolved(code, product, error)))

    def _resolved(self, code: str, product: ProductView | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
            return
        if product is None:
            self.problem.setText(user_message(NotFound("Barcode or SKU", code)))
            return
        self.problem.clear()
        self._add_line(product.sku, product.name, 1)

    def _add_line(self, sku: str, name: str, quantity: int) -> None:
        for row in range(self.lines.rowCount()):
            if self.lines.item(row, 0).text() == sku:
                qty = self.lines.item(row, 2)
                qty.setText(str(int(qty.text()) + quantity))
                self.lineAdded.emit(sku)
                return
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        for column, text in enumerate((sku, name, str(quantity))):
            item = QTableWidgetItem(text)
            if column < 2:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.lines.setItem(row, column, item)
        self.lineAdded.emit(sku)

    def quantities(self) -> dict[str, int]:
        result: dict[str, int] = {}
        for row in range(self.lines.rowCount()):
            text = self.lines.item(row, 2).text().strip()
            result[self.lines.item(row, 0).text()] = int(text) if text.lstrip("-").isdigit() else 0
        return result

    def order_input(self) -> OrderInput:
        """What was entered; the service validates it (a bad quantity or country is its UserError)."""
        from desktop.services.orders import Address, LineInput, OrderInput
        ship_to = Address(**{key: edit.text().strip() for key, edit in self.address.items()})
        lines = tuple(LineInput(sku, qty) for sku, qty in self.quantities().items())
        shipping = self.existing.shipping if self.existing and self.existing.shipping is not None else Decimal("0")
        return OrderInput(customer_name=self.customer.text().strip(), email=self.email.text().strip(),
                          ship_to=ship_to, lines=lines, shipping=shipping, phone=ship_to.phone)

    @classmethod
    def ask(cls, ops: Operations, parent: QWidget | None, existing: OrderDetail | None = None) -> OrderInput | None:
        dialog = cls(ops, parent, existing)
        return dialog.order_input() if dialog.exec() == QDialog.DialogCode.Accepted else None
