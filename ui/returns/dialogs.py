"""Dialogs of the returns screen (GUI thread only); tests replace :meth:`ask`.

Each ``ask`` returns plain data for the matching service call, or None when cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QGridLayout, QInputDialog, QLabel, QLineEdit, QSpinBox, QVBoxLayout,
    QWidget,
)

from desktop.errors import InvalidInput
from desktop.models.returns import CONDITIONS, DISPOSITIONS, REFUND_METHODS, RETURN_REASONS
from desktop.money import ZERO, parse_money
from desktop.queries.returns_list import RefundQuote, ReturnableLine, RmaLineRow
from desktop.services.returns import ReceiptInput, ReturnRequest
from ui.common.errors import user_message
from ui.common.value_labels import code_combo, text_combo


@dataclass(frozen=True)
class RmaRequest:
    lines: tuple[ReturnRequest, ...]
    note: str


@dataclass(frozen=True)
class RefundRequest:
    lines: dict[str, int]
    shipping: Decimal
    restocking_fee: Decimal
    method: str
    reason: str


class OrderPrompt:
    @classmethod
    def ask(cls, parent: QWidget | None, purpose: str) -> str | None:
        text, ok = QInputDialog.getText(parent, purpose, QCoreApplication.translate(
            "OrderPrompt", "Order number (scan the packing slip or type it):"))
        return text.strip() if ok and text.strip() else None


class _Grid(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout()
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.grid)

    def set_headers(self, *headers: str) -> None:
        for column, header in enumerate(headers):
            self.grid.addWidget(QLabel(f"<b>{header}</b>"), 0, column)

    def finish(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)
        return buttons


class CreateRmaDialog(_Grid):
    """Only units shipped and not yet returned are offered."""

    def __init__(self, parent: QWidget | None, order: str, lines: list[ReturnableLine]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return from order {order}").format(order=order))
        self.set_headers(self.tr("SKU"), self.tr("Product"), self.tr("Return"), self.tr("Reason"))
        self.rows: list[tuple[ReturnableLine, QSpinBox, QComboBox]] = []
        for row, line in enumerate(lines, start=1):
            quantity = QSpinBox(maximum=line.returnable, suffix=self.tr(" of {count}").format(count=line.returnable))
            reason = code_combo(RETURN_REASONS)
            for column, widget in enumerate((QLabel(line.sku), QLabel(line.name), quantity, reason)):
                self.grid.addWidget(widget, row, column)
            self.rows.append((line, quantity, reason))
        self.note = QLineEdit(placeholderText=self.tr("note (needed when the reason is Other)"))
        self.layout_.addWidget(self.note)
        self.finish()

    def request(self) -> RmaRequest:
        return RmaRequest(tuple(ReturnRequest(line.sku, quantity.value(), reason.currentData())
                                for line, quantity, reason in self.rows if quantity.value()), self.note.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, order: str, lines: list[ReturnableLine]) -> RmaRequest | None:
        dialog = cls(parent, order, lines)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ReceiveRmaDialog(_Grid):
    """One row per line still expected: how many arrived, their condition and where they go."""

    def __init__(self, parent: QWidget | None, rma: str, lines: list[RmaLineRow], bins: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Receive {rma}").format(rma=rma))
        self.set_headers(self.tr("SKU"), self.tr("Received"), self.tr("Condition"), self.tr("Disposition"), self.tr("Bin"))
        self.rows: list[tuple[RmaLineRow, QSpinBox, QComboBox, QComboBox, QComboBox]] = []
        for row, line in enumerate((l for l in lines if l.received < l.quantity), start=1):
            left = line.quantity - line.received
            quantity = QSpinBox(maximum=left, value=left, suffix=self.tr(" of {count}").format(count=left))
            condition = code_combo(CONDITIONS)
            disposition = code_combo(DISPOSITIONS)
            location = text_combo(bins)
            disposition.currentIndexChanged.connect(
                lambda _index, box=location, chosen=disposition: box.setEnabled(chosen.currentData() == "restock"))
            for column, widget in enumerate((QLabel(line.sku), quantity, condition, disposition, location)):
                self.grid.addWidget(widget, row, column)
            self.rows.append((line, quantity, condition, disposition, location))
        self.finish()

    def receipts(self) -> list[ReceiptInput]:
        return [ReceiptInput(line.sku, quantity.value(), condition.currentData(), disposition.currentData(),
                             location.currentText() if disposition.currentData() == "restock" else None)
                for line, quantity, condition, disposition, location in self.rows if quantity.value()]

    @classmethod
    def ask(cls, parent: QWidget | None, rma: str, lines: list[RmaLineRow], bins: list[str]) -> list[ReceiptInput] | None:
        dialog = cls(parent, rma, lines, bins)
        return dialog.receipts() if dialog.exec() == QDialog.DialogCode.Accepted else None


class RefundDialog(_Grid):
    """Lines, shipping, restocking fee and method, with the computed amount and the user's limit."""

    def __init__(self, parent: QWidget | None, quote: RefundQuote) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Refund order {order}").format(order=quote.order))
        self.set_headers(self.tr("SKU"), self.tr("Product"), self.tr("Each"), self.tr("Refund"))
        self.quote = quote
        self.units: dict[str, QSpinBox] = {}
        for row, line in enumerate(quote.lines, start=1):
            spin = QSpinBox(maximum=line.units, suffix=self.tr(" of {count}").format(count=line.units), minimumWidth=90)
            spin.valueChanged.connect(self.update_amount)
            for column, widget in enumerate((QLabel(line.sku), QLabel(line.name), QLabel(f"{line.unit_value:.2f}"), spin)):
                self.grid.addWidget(widget, row, column)
            self.units[line.sku] = spin
        self.shipping = QLineEdit(placeholderText=self.tr("up to {amount}").format(amount=quote.shipping_left),
                                  objectName="shipping")
        self.fee = QLineEdit(placeholderText="0.00", objectName="restockingFee")
        self.method = code_combo(REFUND_METHODS)
        self.reason = QLineEdit(placeholderText=self.tr("why (shown in the order's timeline)"))
        extra = QGridLayout()
        for row, (label, widget) in enumerate(((self.tr("Shipping refund"), self.shipping),
                                               (self.tr("Restocking fee"), self.fee),
                                               (self.tr("Method"), self.method), (self.tr("Reason"), self.reason))):
            extra.addWidget(QLabel(label), row, 0)
            extra.addWidget(widget, row, 1)
        self.layout_.addLayout(extra)
        self.amount = QLabel(objectName="refundAmount", wordWrap=True)
        self.layout_.addWidget(self.amount)
        for field in (self.shipping, self.fee):
            field.textChanged.connect(self.update_amount)
        self.ok = self.finish().button(QDialogButtonBox.StandardButton.Ok)
        self.update_amount()

    def request(self) -> RefundRequest:
        return RefundRequest({sku: spin.value() for sku, spin in self.units.items() if spin.value()},
                             parse_money("shipping", self.shipping.text()),
                             parse_money("restocking fee", self.fee.text()), self.method.currentData(),
                             self.reason.text().strip())

    def update_amount(self) -> None:
        """Show the amount the service will refund, the user's limit and what is left to refund."""
        quote = self.quote
        try:
            request = self.request()
        except InvalidInput as error:
            self.amount.setText(f"<span style='color:#c62828'>{user_message(error)}</span>")
            self.ok.setEnabled(False)
            return
        total = quote.amount(request.lines, request.shipping, request.restocking_fee)
        parts = [self.tr("<b>Refund {total} {currency}</b> of {left} left to refund.").format(
            total=f"{total:.2f}", currency=quote.currency, left=f"{quote.money_left:.2f}")]
        if quote.limit is not None:
            over = total > quote.limit
            limit = (self.tr("Your limit is {limit} {currency}; a manager must refund this.") if over
                     else self.tr("Your limit is {limit} {currency}.")).format(limit=f"{quote.limit:.2f}",
                                                                             currency=quote.currency)
            parts.append(f"<span style='color:{'#c62828' if over else '#555'}'>{limit}</span>")
        if total > quote.money_left:
            parts.append("<span style='color:#c62828'>{}</span>".format(
                self.tr("That is more than was paid and not yet refunded.")))
        self.amount.setText(" ".join(parts))
        self.ok.setEnabled(total > ZERO)

    @classmethod
    def ask(cls, parent: QWidget | None, quote: RefundQuote) -> RefundRequest | None:
        dialog = cls(parent, quote)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
