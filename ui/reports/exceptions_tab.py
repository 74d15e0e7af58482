"""The exceptions tab: orders breaking their promise, the suggested action and a button for it
where the core has the action (release a hold, queue a "delayed" email). GUI thread only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desktop.db.uow import UnitOfWork
from desktop.services import notifications, orders
from desktop.services.exceptions import list_exceptions
from ui.common.errors import present_error
from ui.ops import Operations
from ui.reports.rows_model import RowsModel

HEADERS = ("Order", "Exception", "Ship by", "Deliver by", "Status", "Suggested action")


class ExceptionsTab(QWidget):
    """One row per exception; Release hold / Notify customer act on the selected row."""

    title = "Exceptions"

    def __init__(self, ops: Operations, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.today = today
        self.actions: list[str] = []
        self.model = RowsModel(HEADERS)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.release_button = QPushButton("Release hold")
        self.release_button.clicked.connect(self.release_hold)
        self.notify_button = QPushButton("Notify customer of delay")
        self.notify_button.clicked.connect(self.notify_customer)
        self.status = QLabel("")
        self.count = QLabel("")
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.release_button)
        buttons.addWidget(self.notify_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._selection_changed()

    def refresh(self) -> None:
        today = self.today()
        self.ops.read(lambda uow: list_exceptions(uow, today), self._loaded)

    def selected_number(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()][0] if rows else None

    def release_hold(self) -> None:
        number = self.selected_number()
        if number:
            def release(uow: UnitOfWork) -> None:
                orders.release_hold(uow, [number])
            self._act(release, f"Order {number} released.")

    def notify_customer(self) -> None:
        number = self.selected_number()
        if number:
            def queue(uow: UnitOfWork) -> None:
                notifications.notify_delayed(uow, number)
            self._act(queue, f"Delay email for order {number} queued.")

    def _act(self, fn: Callable[[UnitOfWork], Any], message: str) -> None:
        def done(_result: object, error: BaseException | None) -> None:
            if error is not None:
                present_error(self, error)
                return
            self.status.setText(message)
            self.refresh()
        self.ops.write(fn, done)

    def _loaded(self, rows: list[Any] | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
            return
        assert rows is not None
        self.actions = [row.action for row in rows]
        self.model.set_rows([(r.number, r.kind, r.ship_by, r.deliver_by, r.status, r.suggestion)
                             for r in rows])
        self.count.setText(f"{len(rows)} exception(s).")
        self._selection_changed()

    def _selection_changed(self, *_args: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        action = self.actions[rows[0].row()] if rows else ""
        self.release_button.setEnabled(action == "release_hold")
        self.notify_button.setEnabled(action == "notify_customer")
