"""Printing at the pack station: the packing slip once an order is verified, the shipping label
once it is shipped, each on this PC's default printer for that role (``ui.printing.defaults``).

GUI thread only; the printing itself runs in :func:`ui.printing.batch.print_orders`' worker.
With no printer chosen for a role, ``notice`` is emitted once per role and session (a plain
message for the packer) and nothing is printed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from ui.ops import Operations
from ui.printing.batch import print_orders
from ui.printing.defaults import default_printer, missing_notice


class StationPrinting(QObject):
    notice = Signal(str)

    def __init__(self, ops: Operations, settings: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.ops, self.settings, self.parent_widget = ops, settings, parent
        self._warned: set[str] = set()

    def packing_slip(self, number: str) -> None:
        """Print ``number``'s packing slip on the default document printer."""
        self._print("document", "packing_slip", number)

    def label(self, number: str, _shipment: str = "") -> None:
        """Print the label of ``number``'s latest shipment on the default label printer."""
        self._print("label", "label", number)

    def _print(self, role: str, kind: str, number: str) -> None:
        printer = default_printer(self.settings, role)
        if printer is None:
            if role not in self._warned:
                self._warned.add(role)
                self.notice.emit(missing_notice(role))
            return
        print_orders(self.ops, self.parent_widget, kind, [number], printer=printer, automatic=True)
