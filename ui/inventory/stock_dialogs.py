"""Receive, adjust and transfer dialogs (GUI thread only); tests replace :meth:`ask`.

Each ``ask`` returns plain data for the matching service call, or None when cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from desktop.queries.inventory_list import OpenPurchaseLine
from desktop.services.stock import ADJUST_REASONS
from ui.common.value_labels import code_combo, text_combo


@dataclass(frozen=True)
class Receipt:
    quantity: int
    location: str
    purchase_order: str | None


@dataclass(frozen=True)
class Adjustment:
    delta: int
    reason: str
    location: str
    note: str


@dataclass(frozen=True)
class Transfer:
    quantity: int
    source: str
    target: str


class _Form(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)

    def finish(self) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)


class ReceiveDialog(_Form):
    def __init__(self, parent: QWidget | None, sku: str, bins: list[str], lines: list[OpenPurchaseLine]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Receive {sku}").format(sku=sku))
        self.quantity = QSpinBox(minimum=1, maximum=1_000_000)
        self.location = text_combo(bins)
        self.purchase_order = QComboBox()
        self.purchase_order.addItem(self.tr("No purchase order"), None)
        for line in lines:
            self.purchase_order.addItem(self.tr("{number} · {supplier} · {remaining} expected").format(
                number=line.number, supplier=line.supplier, remaining=line.remaining), line.number)
        self.form.addRow(self.tr("Quantity"), self.quantity)
        self.form.addRow(self.tr("Into"), self.location)
        self.form.addRow(self.tr("Against"), self.purchase_order)
        self.finish()

    @classmethod
    def ask(cls, parent: QWidget | None, sku: str, bins: list[str], lines: list[OpenPurchaseLine]) -> Receipt | None:
        dialog = cls(parent, sku, bins, lines)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return Receipt(dialog.quantity.value(), dialog.location.currentText(), dialog.purchase_order.currentData())


class AdjustDialog(_Form):
    def __init__(self, parent: QWidget | None, sku: str, bins: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Adjust {sku}").format(sku=sku))
        self.delta = QSpinBox(minimum=-1_000_000, maximum=1_000_000, value=-1)
        self.delta.setToolTip(self.tr("Negative takes units out, positive adds units."))
        self.reason = code_combo(ADJUST_REASONS)
        self.location = text_combo(bins)
        self.note = QLineEdit(placeholderText=self.tr("what happened"))
        self.form.addRow(self.tr("Change (+/-)"), self.delta)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("In"), self.location)
        self.form.addRow(self.tr("Note"), self.note)
        self.finish()

    @classmethod
    def ask(cls, parent: QWidget | None, sku: str, bins: list[str]) -> Adjustment | None:
        dialog = cls(parent, sku, bins)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return Adjustment(dialog.delta.value(), dialog.reason.currentData(), dialog.location.currentText(),
                          dialog.note.text().strip())


class TransferDialog(_Form):
    def __init__(self, parent: QWidget | None, sku: str, bins: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer {sku}").format(sku=sku))
        self.quantity = QSpinBox(minimum=1, maximum=1_000_000)
        self.source = text_combo(bins)
        self.target = text_combo(bins)
        self.target.setCurrentIndex(min(1, len(bins) - 1))
        self.form.addRow(self.tr("Quantity"), self.quantity)
        self.form.addRow(self.tr("From"), self.source)
        self.form.addRow(self.tr("To"), self.target)
        self.finish()

    @classmethod
    def ask(cls, parent: QWidget | None, sku: str, bins: list[str]) -> Transfer | None:
        dialog = cls(parent, sku, bins)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return Transfer(dialog.quantity.value(), dialog.source.currentText(), dialog.target.currentText())
