"""The pack station (GUI thread only): scan a slip, scan every unit, pack, scan the tracking number.

The station works from the scanner and keyboard alone. The scan field keeps the focus wherever
the user clicks in the view (only the carrier and service fields may take it), Enter submits a
scan and Esc cancels the current order. Scans are handled in the order they arrive: while the
station waits for the database (loading an order, packing, shipping) further scans queue up.
Item scans are verified locally by :func:`desktop.services.pack.scan` so a fast scanner gets an
instant answer; refusals turn the banner red, beep and are logged in the background.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from desktop.auth import Permission
from desktop.db.uow import UnitOfWork
from desktop.errors import ConcurrencyError, UserError
from desktop.services import pack, shipping
from desktop.services.pack import PackOrder, ScanResult
from ui.common.actions import ActionRegistry
from ui.common.column_width import fit_columns
from ui.common.errors import present_error, user_message
from ui.ops import Operations
from ui.pack.dialogs import OverrideDialog
from ui.pack.model import SAMPLES, PackItemsModel

CARRIERS = ("UPS", "FedEx", "USPS", "DHL", "DPD", "GLS", "Royal Mail", "Canada Post", "Australia Post")
STYLES = {
    "idle": "background:#eceff1; color:#263238;",
    "ok": "background:#2e7d32; color:white;",
    "refused": "background:#c62828; color:white;",
    "busy": "background:#fff8e1; color:#5d4037;",
}
SCAN_ORDER = QT_TRANSLATE_NOOP("PackStationView", "Scan the packing slip (or type the order number) and press Enter.")


class PackStationView(QWidget):
    """Mode ``order`` waits for an order number, ``items`` for units, ``tracking`` for the
    tracking number of the packed order."""

    verified = Signal(str)
    """Order number, once every unit is verified (or overridden) and the order is packed: print
    the shipping label and packing slip here."""
    shipped = Signal(str, str)
    """Order number and shipment number, once the order is shipped."""

    def __init__(self, ops: Operations, actions: ActionRegistry | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Pack station")
        self.ops = ops
        self.registry = actions or ActionRegistry()
        self.mode = "order"
        self.order: PackOrder | None = None
        self._queue: list[str] = []
        self._busy = False
        self.model = PackItemsModel()
        self._build()
        self._show(self.tr(SCAN_ORDER), "idle")
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._keep_focus)

    def _build(self) -> None:
        self.banner = QLabel(objectName="packBanner", wordWrap=True)
        font = QFont(self.banner.font())
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.banner.setFont(font)
        self.banner.setMinimumHeight(72)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.header = QLabel(objectName="packHeader")
        self.scan = QLineEdit(objectName="scanField", placeholderText=self.tr("Scan here"))
        self.scan.setFont(self.banner.font())
        self.scan.returnPressed.connect(self._submit)
        self.table = QTableView(objectName="packItems")
        self.table.setModel(self.model)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fit_columns(self.table, SAMPLES)
        self.carrier = QComboBox(objectName="carrier", editable=True)
        self.carrier.addItems(CARRIERS)
        self.service = QLineEdit(objectName="service", placeholderText=self.tr("e.g. Ground, Express"))
        for field in (self.carrier.lineEdit(), self.service):
            field.returnPressed.connect(self.scan.setFocus)
        self.ship_box = QWidget()
        ship_form = QFormLayout(self.ship_box)
        ship_form.setContentsMargins(0, 0, 0, 0)
        ship_form.addRow(self.tr("Carrier"), self.carrier)
        ship_form.addRow(self.tr("Service"), self.service)
        self.ship_box.hide()
        self.override_button = QPushButton(self.tr("Override verification…"), objectName="override")
        self.override_button.clicked.connect(self.override)
        self.override_button.setVisible(self.ops.actor.can(Permission.OVERRIDE_VERIFICATION))
        self.cancel_button = QPushButton(self.tr("Cancel order (Esc)"), objectName="cancelOrder")
        self.cancel_button.clicked.connect(self.cancel)
        for button in (self.override_button, self.cancel_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for name, text, handler, keys in (("pack.cancel", self.tr("Put the order aside"), self.cancel, "Esc"),
                                          ("pack.refresh", self.tr("Reload the order"), self.refresh, "F5")):
            action = self.registry.add(self, self.title, name, text, handler, keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.notice = QLabel(objectName="packNotice", wordWrap=True)
        self.notice.setStyleSheet("color: #8a4b00;")
        self.notice.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.header, 1)
        buttons.addWidget(self.override_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.scan)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.ship_box)
        self._update_header()

    def refresh(self) -> None:
        """Reload the current order's expected units, keeping what was already verified."""
        if self.order is None or self.mode != "items" or self._busy:
            return
        done = {i.sku: i.verified for i in self.order.items}
        number = self.order.number

        def reload(uow: UnitOfWork) -> PackOrder:
            fresh = pack.load(uow, number)
            return PackOrder(fresh.number, fresh.status, fresh.customer, fresh.shipping_service, tuple(
                pack.PackItem(i.sku, i.name, i.barcode, i.expected, min(done.get(i.sku, 0), i.expected))
                for i in fresh.items))
        self._start(lambda: self.ops.read(reload, self._reloaded))

    def show_notice(self, text: str) -> None:
        """A plain note under the banner (e.g. a printer that is not set up); it never takes focus."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.scan.setFocus()

    def mousePressEvent(self, event: Any) -> None:
        super().mousePressEvent(event)
        self.scan.setFocus()

    def _keep_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or new is self.scan or not self.isAncestorOf(new):
            return
        if new in (self.carrier, self.carrier.lineEdit(), self.service):
            return
        self.scan.setFocus()

    def submit(self, code: str) -> None:
        """Handle one scan or typed entry (what Enter in the scan field does)."""
        code = code.strip()
        if code:
            self._queue.append(code)
            self._drain()

    def _submit(self) -> None:
        text = self.scan.text()
        self.scan.clear()
        self.submit(text)

    def _drain(self) -> None:
        while self._queue and not self._busy:
            code = self._queue.pop(0)
            if self.mode == "order":
                self._show(self.tr("Loading order {number}…").format(number=code), "busy")
                self._start(lambda c=code: self.ops.read(lambda uow: pack.load(uow, c), self._loaded))
            elif self.mode == "items":
                self._verify(code)
            else:
                self._ship(code)

    def _start(self, job: Any) -> None:
        self._busy = True
        job()

    def _finish(self) -> None:
        self._busy = False
        self._drain()

    def _loaded(self, result: PackOrder | None, error: BaseException | None) -> None:
        if error is None and result is not None:
            self._set_order(result)
            self.mode = "items"
            self._show(self.tr("Order {number}: scan each item ({units} units).").format(
                number=result.number, units=result.expected), "idle")
        else:
            self._fail(error)
        self._finish()

    def _reloaded(self, result: PackOrder | None, error: BaseException | None) -> None:
        if error is None and result is not None and self.mode == "items":
            self._set_order(result)
        elif error is not None:
            self._fail(error)
        self._finish()

    def _verify(self, code: str) -> None:
        assert self.order is not None
        result = pack.scan(self.order, code)
        if not result.accepted:
            self._refuse(result)
            return
        self._set_order(result.order)
        if result.order.done:
            self._show(self.tr("All {units} units verified. Packing…").format(units=result.order.expected), "ok")
            self._start(lambda: self.ops.write(lambda uow: pack.mark_packed(uow, result.order), self._packed))
        else:
            self._show(f"✔ {user_message(result.reason)}", "ok")

    def _refuse(self, result: ScanResult) -> None:
        self._show(f"✖ {user_message(result.reason)}", "refused")
        QApplication.beep()
        self.ops.write(lambda uow: pack.log_refusal(uow, result), self._logged)

    def _logged(self, _result: object, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)

    def override(self) -> None:
        """A manager packs the order without scanning the remaining units (asks why; logged)."""
        if self.order is None or self.mode != "items" or self._busy:
            return
        order = self.order
        missing = ", ".join(f"{i.expected - i.verified} x {i.sku}" for i in order.items if i.verified < i.expected)
        reason = OverrideDialog.ask(self, order.number, missing)
        self.scan.setFocus()
        if reason is None:
            return

        def run(uow: UnitOfWork) -> PackOrder:
            overridden = pack.override(uow, order, reason)
            pack.mark_packed(uow, overridden)
            return overridden
        self._show(self.tr("Overriding verification of {number}…").format(number=order.number), "busy")
        self._start(lambda: self.ops.write(run, self._overridden))

    def _overridden(self, result: PackOrder | None, error: BaseException | None) -> None:
        if error is None and result is not None:
            self._set_order(result)
        self._packed(None, error)

    def _packed(self, _status: object, error: BaseException | None) -> None:
        if error is None and self.order is not None:
            self.mode = "tracking"
            self.service.setText(self.order.shipping_service)
            self.ship_box.show()
            self._show(self.tr("Order {number} packed. Scan or type the tracking number.").format(
                number=self.order.number), "ok")
            self.verified.emit(self.order.number)
        else:
            self._fail(error)
        self._finish()

    def _ship(self, tracking: str) -> None:
        assert self.order is not None
        number, carrier, service = self.order.number, self.carrier.currentText().strip(), self.service.text().strip()
        self._show(self.tr("Shipping {number} with {carrier} {tracking}…").format(
            number=number, carrier=carrier or "?", tracking=tracking), "busy")
        self._start(lambda: self.ops.write(
            lambda uow: shipping.ship(uow, number, carrier, tracking, service=service), self._shipped))

    def _shipped(self, result: shipping.ShipmentResult | None, error: BaseException | None) -> None:
        if error is None and result is not None:
            self._reset()
            self._show(self.tr("Order {number} shipped ({carrier} {tracking}, {shipment}). Scan the next packing slip.")
                       .format(number=result.order, carrier=result.carrier, tracking=result.tracking,
                               shipment=result.number), "ok")
            self.shipped.emit(result.order, result.number)
        else:
            self._fail(error)
        self._finish()

    def cancel(self) -> None:
        """Esc: drop the current order and wait for the next slip (a packed order stays packed)."""
        if self.order is None:
            self._show(self.tr(SCAN_ORDER), "idle")
            return
        note = self.tr(" It stays packed; scan its slip again to ship it.") if self.mode == "tracking" else ""
        number = self.order.number
        self._queue.clear()
        self._reset()
        self._show(self.tr("Order {number} put aside.").format(number=number) + f"{note} {self.tr(SCAN_ORDER)}", "idle")

    def _reset(self) -> None:
        self.mode = "order"
        self.ship_box.hide()
        self._set_order(None)

    def _set_order(self, order: PackOrder | None) -> None:
        self.order = order
        self.model.set_items(order.items if order else ())
        self._update_header()

    def _update_header(self) -> None:
        order = self.order
        self.header.setText(self.tr("No order") if order is None else
                            self.tr("Order {number} · {customer} · {verified} of {expected} units verified").format(
                                number=order.number, customer=order.customer, verified=order.verified,
                                expected=order.expected)
                            + (f" · {order.shipping_service}" if order.shipping_service else ""))
        self.override_button.setEnabled(order is not None and not order.done)

    def _show(self, text: str, state: str) -> None:
        self.banner.setText(text)
        self.banner.setProperty("state", state)
        self.banner.setStyleSheet(f"QLabel#packBanner {{ {STYLES[state]} border-radius: 6px; padding: 8px; }}")

    def _fail(self, error: BaseException | None) -> None:
        """Errors a packer can act on go in the red banner (a box would swallow the next scan)."""
        if isinstance(error, UserError) and not isinstance(error, ConcurrencyError):
            self._show(f"✖ {user_message(error)}", "refused")
            QApplication.beep()
        elif error is not None:
            self._show(self.tr("✖ The last step failed."), "refused")
            present_error(self, error, self.refresh)
