"""The ship dialog: carrier, service, tracking and, optionally, a subset of lines (a split).

GUI thread only. :meth:`ShipDialog.ask` returns a :class:`ShipRequest` or None; tests drive an instance.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox,
                               QVBoxLayout, QWidget)

if TYPE_CHECKING:
    from desktop.services.queries import OrderDetail

CARRIERS = ("UPS", "FedEx", "DHL", "USPS", "Royal Mail", "PostNL", "Poste Italiane", "Thailand Post")


@dataclass(frozen=True)
class ShipRequest:
    """``lines`` is None to ship everything allocated and not yet shipped."""

    carrier: str
    service: str
    tracking: str
    lines: dict[str, int] | None


class ShipDialog(QDialog):
    def __init__(self, detail: OrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ship order {number}").format(number=detail.number))
        self.carrier = QComboBox()
        self.carrier.setEditable(True)
        self.carrier.addItems(CARRIERS)
        self.service = QLineEdit(detail.shipping_service)
        self.tracking = QLineEdit()
        self.tracking.setPlaceholderText(self.tr("Scan or type the tracking number"))
        form = QFormLayout()
        form.addRow(self.tr("Carrier"), self.carrier)
        form.addRow(self.tr("Service"), self.service)
        form.addRow(self.tr("Tracking"), self.tracking)
        self.quantities: dict[str, QSpinBox] = {}
        self._full: dict[str, int] = {}
        for line in detail.lines:
            ready = max(0, line.allocated)
            box = QSpinBox()
            box.setRange(0, ready)
            box.setValue(ready)
            self.quantities[line.sku] = box
            self._full[line.sku] = ready
            form.addRow(self.tr("{sku} ({to_ship} to ship, {ready} allocated)").format(
                sku=line.sku, to_ship=line.quantity - line.shipped, ready=ready), box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Lower a quantity to ship part of the order now (a split shipment).")))
        layout.addWidget(buttons)

    def request(self) -> ShipRequest:
        chosen = {sku: box.value() for sku, box in self.quantities.items()}
        lines = None if chosen == self._full else {sku: n for sku, n in chosen.items() if n > 0}
        return ShipRequest(self.carrier.currentText().strip(), self.service.text().strip(),
                           self.tracking.text().strip(), lines)

    @classmethod
    def ask(cls, detail: OrderDetail, parent: QWidget | None) -> ShipRequest | None:
        dialog = cls(detail, parent)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
