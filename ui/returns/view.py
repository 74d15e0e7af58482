"""The returns and refunds view (GUI thread only): RMAs by status, refunds, and the actions to
authorise a return, receive it with inspection, and refund. Every database access goes through
``ops``; the services decide what is allowed and their messages are shown as they are."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from desktop.auth import Permission
from desktop.db.uow import UnitOfWork
from desktop.queries import inventory_list, returns_list
from desktop.queries.returns_list import RefundRow, RmaRow
from desktop.services import refunds, returns
from ui.common.actions import ActionRegistry
from ui.common.errors import present_error
from ui.common.list_export import export_shown
from ui.common.role_gate import gated_buttons
from ui.common.rows import ROW_ROLE, RowsModel
from ui.common.value_labels import value_label
from ui.ops import Operations
from ui.returns.dialogs import CreateRmaDialog, OrderPrompt, ReceiveRmaDialog, RefundDialog

RMA_STATUSES = {QT_TRANSLATE_NOOP("ReturnsView", "Open"): returns_list.OPEN_STATUSES,
                QT_TRANSLATE_NOOP("ReturnsView", "All"): (),
                QT_TRANSLATE_NOOP("ReturnsView", "Authorised"): ("authorised",),
                QT_TRANSLATE_NOOP("ReturnsView", "Partially received"): ("partially_received",),
                QT_TRANSLATE_NOOP("ReturnsView", "Received"): ("received",)}
REFUND_STATUSES = {QT_TRANSLATE_NOOP("ReturnsView", "All refunds"): "",
                   QT_TRANSLATE_NOOP("ReturnsView", "Partially refunded orders"): "partially_refunded",
                   QT_TRANSLATE_NOOP("ReturnsView", "Fully refunded orders"): "refunded"}


def _table(model: RowsModel[Any], name: str) -> QTableView:
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ReturnsView(QWidget):
    """``changed`` fires after each saved action (RMAs and refunds queue customer emails)."""

    changed = Signal()

    def __init__(self, ops: Operations, actions: ActionRegistry | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Returns")
        self.ops = ops
        self.registry = actions or ActionRegistry()
        self.rmas: RowsModel[RmaRow] = RowsModel([
            (self.tr("RMA"), lambda r: r.number), (self.tr("Order"), lambda r: r.order),
            (self.tr("Customer"), lambda r: r.customer), (self.tr("Status"), lambda r: value_label(r.status)),
            (self.tr("Units"), lambda r: r.units), (self.tr("Received"), lambda r: r.received),
            (self.tr("Created"), lambda r: r.created_at)])
        self.refunds: RowsModel[RefundRow] = RowsModel([
            (self.tr("Refund"), lambda r: r.number), (self.tr("Order"), lambda r: r.order),
            (self.tr("Customer"), lambda r: r.customer), (self.tr("Amount"), lambda r: r.amount),
            (self.tr("Currency"), lambda r: r.currency), (self.tr("Method"), lambda r: value_label(r.method)),
            (self.tr("Order payment"), lambda r: value_label(r.payment_status)), (self.tr("By"), lambda r: r.user),
            (self.tr("When"), lambda r: r.created_at)])
        self.rma_status = QComboBox(objectName="rmaStatus")
        for label in RMA_STATUSES:
            self.rma_status.addItem(self.tr(label), label)
        self.rma_status.currentIndexChanged.connect(self.refresh)
        self.refund_status = QComboBox(objectName="refundStatus")
        for label in REFUND_STATUSES:
            self.refund_status.addItem(self.tr(label), label)
        self.refund_status.currentIndexChanged.connect(self.refresh)
        self.message = QLabel(objectName="returnsMessage", wordWrap=True)
        actor = ops.actor
        self.buttons = gated_buttons(actor, (
            ("create", self.tr("New return…"), self.create_rma, Permission.RETURNS),
            ("receive", self.tr("Receive…"), self.receive, Permission.RETURNS),
            ("refund", self.tr("Refund…"), self.refund, Permission.REFUND)))
        for name, text, handler, keys in (("returns.refresh", self.tr("Refresh"), self.refresh, "F5"),
                                          ("returns.export", self.tr("Export this list…"), self.export_list,
                                           "Ctrl+Shift+E")):
            self.registry.add(self, self.title, name, text, handler, keys).setShortcutContext(
                Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_rmas = QPushButton(self.tr("Export…"), objectName="exportRmas")
        self.export_rmas.clicked.connect(lambda: self.export(self.rmas, "returns"))
        self.export_refunds = QPushButton(self.tr("Export…"), objectName="exportRefunds")
        self.export_refunds.clicked.connect(lambda: self.export(self.refunds, "refunds"))
        self.rma_table = _table(self.rmas, "rmaTable")
        self.refund_table = _table(self.refunds, "refundTable")
        self.rma_table.doubleClicked.connect(lambda _index: self.receive())
        bar = QHBoxLayout()
        for widget in (*self.buttons.values(), QLabel(self.tr("Returns:")), self.rma_status, self.export_rmas):
            bar.addWidget(widget)
        bar.addStretch(1)
        refunds_bar = QHBoxLayout()
        refunds_bar.addWidget(QLabel("<b>{}</b>".format(self.tr("Refunds"))))
        refunds_bar.addWidget(self.refund_status)
        refunds_bar.addWidget(self.export_refunds)
        refunds_bar.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(refunds_bar)
        lower_layout.addWidget(self.refund_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.rma_table)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.refresh()

    def refresh(self) -> None:
        """Reload both lists with the chosen statuses."""
        statuses = RMA_STATUSES[self.rma_status.currentData()]
        payment = REFUND_STATUSES[self.refund_status.currentData()]
        self.ops.read(lambda uow: (returns_list.rmas(uow, statuses), returns_list.refunds(uow, payment)),
                      self._loaded)

    def _loaded(self, result: Any, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error, self.refresh)
            return
        rmas, refund_rows = result
        self.rmas.set_rows(rmas)
        self.refunds.set_rows(refund_rows)

    def export_list(self) -> None:
        """Export the refunds list when it has the focus, else the returns list, as shown."""
        if self.refund_table.hasFocus():
            self.export(self.refunds, "refunds")
        else:
            self.export(self.rmas, "returns")

    def export(self, model: RowsModel[Any], stem: str) -> None:
        """Export ``model``'s list as it is shown (its status filter applied)."""
        export_shown(self.ops, self, model, stem, self._exported)

    def _exported(self, message: str | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
        elif message:
            self.message.setText(message)

    def selected_rma(self) -> RmaRow | None:
        index = self.rma_table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _run(self, fn: Callable[[UnitOfWork], str]) -> None:
        """Write, then say what happened and reload the lists."""
        def done(message: str | None, error: BaseException | None) -> None:
            if error is not None:
                present_error(self, error, self.refresh)
                return
            self.message.setText(message or "")
            self.changed.emit()
            self.refresh()
        self.ops.write(fn, done)

    def create_rma(self) -> None:
        number = OrderPrompt.ask(self, self.tr("New return"))
        if number is not None:
            self.ops.read(lambda uow: returns_list.returnable(uow, number), self._returnable)

    def _returnable(self, result: Any, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
            return
        number, lines = result
        if not lines:
            self.message.setText(self.tr("Order {number} has nothing shipped that is not already returned.").format(
                number=number))
            return
        request = CreateRmaDialog.ask(self, number, lines)
        if request is None or not request.lines:
            return

        said = self.tr("{rma} authorised for order {order}: {units} unit(s).")

        def run(uow: UnitOfWork) -> str:
            rma = returns.create_rma(uow, number, list(request.lines), request.note)
            return said.format(rma=rma.number, order=number, units=sum(l.quantity for l in request.lines))
        self._run(run)

    def receive(self) -> None:
        rma = self.selected_rma()
        if rma is None:
            self.message.setText(self.tr("Select a return to receive."))
            return
        self.ops.read(lambda uow: (returns_list.rma_lines(uow, rma.number), inventory_list.bins(uow)),
                      lambda result, error: self._receive_loaded(rma.number, result, error))

    def _receive_loaded(self, number: str, result: Any, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
            return
        lines, bins = result
        receipts = ReceiveRmaDialog.ask(self, number, lines, [b for b in bins if not b.endswith(("/QUARANTINE", "/SCRAP"))])
        if not receipts:
            return

        received = ", ".join(
            (self.tr("{quantity} x {sku} {disposition} to {location}") if r.location
             else self.tr("{quantity} x {sku} {disposition}")).format(
                quantity=r.quantity, sku=r.sku, disposition=value_label(r.disposition), location=r.location)
            for r in receipts)
        said = self.tr("{rma} {status}: {received}")

        def run(uow: UnitOfWork) -> str:
            rma = returns.receive_rma(uow, number, receipts)
            return said.format(rma=number, status=value_label(rma.status), received=received)
        self._run(run)

    def refund(self) -> None:
        rma = self.selected_rma()
        number = rma.order if rma is not None else OrderPrompt.ask(self, self.tr("Refund"))
        if number is not None:
            self.ops.read(lambda uow: returns_list.refund_quote(uow, number), self._quoted)

    def _quoted(self, quote: returns_list.RefundQuote | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
            return
        assert quote is not None
        request = RefundDialog.ask(self, quote)
        if request is None:
            return

        said = self.tr("{refund}: {amount} {currency} refunded on order {order}.")

        def run(uow: UnitOfWork) -> str:
            refund = refunds.create_refund(uow, quote.order, lines=request.lines, shipping=request.shipping,
                                           restocking_fee=request.restocking_fee, method=request.method,
                                           reason=request.reason)
            return said.format(refund=refund.number, amount=refund.amount, currency=quote.currency, order=quote.order)
        self._run(run)
