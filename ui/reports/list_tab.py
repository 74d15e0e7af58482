"""What the Exceptions and Outbox tabs share: a single-selection table of plain rows, a count,
a status line and action buttons that act on the selected row. GUI thread only."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desktop.db.uow import UnitOfWork
from ui.common.errors import present_error
from ui.ops import Operations
from ui.reports.rows_model import RowsModel


class ListTab(QWidget):
    """Subclasses add their buttons with :meth:`add_button`, load rows in ``refresh`` and enable
    the buttons in :meth:`update_buttons` (called whenever the selection or the rows change).
    ``queued`` fires after an action that queued a customer email was saved."""

    queued = Signal()

    def __init__(self, ops: Operations, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.model = RowsModel(headers)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self.update_buttons())
        self.status = QLabel("")
        self.count = QLabel("")
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.count)
        self.buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(self.buttons)

    def add_button(self, text: str, handler: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(handler)
        self.buttons.addWidget(button)
        return button

    def refresh(self) -> None:
        raise NotImplementedError

    def update_buttons(self) -> None:
        raise NotImplementedError

    def selected_row(self) -> tuple[Any, ...] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def show_rows(self, rows: Sequence[tuple[Any, ...]], count: str) -> None:
        self.model.set_rows(rows)
        self.count.setText(count)
        self.update_buttons()

    def act(self, fn: Callable[[UnitOfWork], Any], message: str, queues: bool = False) -> None:
        """Run ``fn`` on the write thread; then show ``message`` and reload (``queues``: and emit
        ``queued``)."""
        def done(_result: object, error: BaseException | None) -> None:
            if error is not None:
                present_error(self, error)
                return
            self.status.setText(message)
            self.refresh()
            if queues:
                self.queued.emit()
        self.ops.write(fn, done)
