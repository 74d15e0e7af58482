"""The returns and refunds view (GUI thread only): RMAs by status, refunds, and the actions to
authorise a return, receive it with inspection, and refund. Every database access goes through
``ops``; the services decide what is allowed and their messages are shown as they are."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
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
from ui.common.rows import ROW_ROLE, RowsModel
from ui.ops import Operations
from ui.returns.dialogs import CreateRmaDialog, OrderPrompt, ReceiveRmaDialog, RefundDialog

RMA_STATUSES = {"Open": returns_list.OPEN_STATUSES, "All": (), "Authorised": ("authorised",),
                "Partially received": ("partially_received",), "Received": ("received",)}
REFUND_STATUSES = {"All refunds": "", "Partially refunded orders": "partially_refunded",
                   "Fully refunded orders": "refunded"}


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
            ("RMA", lambda r: r.number), ("Order", lambda r: r.order), ("Customer", lambda r: r.customer),
            ("Status", lambda r: r.status.replace("_", " ")), ("Units", lambda r: r.units),
            ("Received", lambda r: r.received), ("Created", lambda r: r.created_at)])
        self.refunds: RowsModel[RefundRow] = RowsModel([
            ("Refund", lambda r: r.number), ("Order", lambda r: r.order), ("Customer", lambda r: r.customer),
            ("Amount", lambda r: r.amount), ("Currency", lambda r: r.currency), ("Method", lambda r: r.method),
            ("Order payment", lambda r: r.payment_status.replace("_", " ")), ("By", lambda r: r.user),
            ("When", lambda r: r.created_at)])
        self.rma_status = QComboBox(objectName="rmaStatus")
        self.rma_status.addItems(list(RMA_STATUSES))
        self.rma_status.currentIndexChanged.connect(self.refresh)
        self.refund_status = QComboBox(objectName="refundStatus")
        self.refund_status.addItems(list(REFUND_STATUSES))
        self.refund_status.currentIndexChanged.connect(self.refresh)
        self.message = QLabel(objectName="returnsMessage", wordWrap=True)
        actor = ops.actor
        self.buttons: dict[str, QPushButton] = {}
        for name, text, handler, permission in (
                ("create", self.tr("New return…"), self.create_rma, Permission.RETURNS),
                ("receive", self.tr("Receive…"), self.receive, Permission.RETURNS),
                ("refund", self.tr("Refund…"), self.refund, Permission.REFUND)):
            button = QPushButton(text, objectName=f"{name}Button")
            button.clicked.connect(handler)
            if not actor.can(permission):
                button.setEnabled(False)
                button.setToolTip(f"Your role ({actor.role.value}) may not {permission.value}.")
            self.buttons[name] = button
        self.registry.add(self, self.title, "returns.refresh", self.tr("Refresh"), self.refresh, "F5").setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.rma_table = _table(self.rmas, "rmaTable")
        self.refund_table = _table(self.refunds, "refundTable")
        self.rma_table.doubleClicked.connect(lambda _index: self.receive())
        bar = QHBoxLayout()
        for widget in (*self.buttons.values(), QLabel(self.tr("Returns:")), self.rma_status):
            bar.addWidget(widget)
        bar.addStretch(1)
        refunds_bar = QHBoxLayout()
        refunds_bar.addWidget(QLabel("<b>{}</b>".format(self.tr("Refunds"))))
        refunds_bar.addWidget(self.refund_status)
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
        statuses = RMA_STATUSES[self.rma_status.currentText()]
        payment = REFUND_STATUSES[self.refund_status.currentText()]
        self.ops.read(lambda uow: (returns_list.rmas(uow, statuses), returns_list.refunds(uow, payment)),
                      self._loaded)

    def _loaded(self, result: Any, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error, self.refresh)
            return
        rmas, refund_rows = result
        self.rmas.set_rows(rmas)
        self.refunds.set_rows(refund_rows)

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
        number = OrderPrompt.ask(self, "New return")
        if number is not None:
            self.ops.read(lambda uow: returns_list.returnable(uow, number), self._returnable)

    def _returnable(self, result: Any, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
            return
        number, lines = result
        if not lines:
            self.message.setText(f"Order {number} has nothing shipped that is not already returned.")
            return
        request = CreateRmaDialog.ask(self, number, lines)
        if request is None or not request.lines:
            return

        def run(uow: UnitOfWork) -> str:
            rma = returns.create_rma(uow, number, list(request.lines), request.note)
            return f"{rma.number} authorised for order {number}: {sum(l.quantity for l in request.lines)} unit(s)."
        self._run(run)

    def receive(self) -> None:
        rma = self.selected_rma()
        if rma is None:
            self.message.setText("Select a return to receive.")
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

        def run(uow: UnitOfWork) -> str:
            rma = returns.receive_rma(uow, number, receipts)
            return f"{number} {rma.status.replace('_', ' ')}: " + ", ".join(
                f"{r.quantity} x {r.sku} {r.disposition}" + (f" to {r.location}" if r.location else "") for r in receipts)
        self._run(run)

    def refund(self) -> None:
        rma = self.selected_rma()
        number = rma.order if rma is not None else OrderPrompt.ask(self, "Refund")
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

        def run(uow: UnitOfWork) -> str:
            refund = refunds.create_refund(uow, quote.order, lines=request.lines, shipping=request.shipping,
                                           restocking_fee=request.restocking_fee, method=request.method,
                                           reason=request.reason)
            return f"{refund.number}: {refund.amount} {quote.currency} refunded on order {quote.order}."
        self._run(run)
