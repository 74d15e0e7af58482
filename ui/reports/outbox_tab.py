"""The outbox tab: customer emails queued, sent, failed or skipped, with Retry. GUI thread only."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desktop.services import outbox
from ui.common.errors import present_error
from ui.ops import Operations
from ui.reports.rows_model import RowsModel

HEADERS = ("Id", "Order", "Message", "To", "Status", "Attempts", "Next attempt", "Sent", "Problem")


class OutboxTab(QWidget):
    """Newest messages first; Retry makes the selected failed message due now."""

    title = "Outbox"

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.model = RowsModel(HEADERS)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.retry_button = QPushButton("Retry")
        self.retry_button.clicked.connect(self.retry)
        self.status = QLabel("")
        self.count = QLabel("")
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._selection_changed()

    def refresh(self) -> None:
        self.ops.read(lambda uow: outbox.list_messages(uow), self._loaded)

    def retry(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        message_id = self.model.rows[rows[0].row()][0]
        now = datetime.now(timezone.utc)

        def done(_result: object, error: BaseException | None) -> None:
            if error is not None:
                present_error(self, error)
                return
            self.status.setText(f"Message {message_id} will be sent again shortly.")
            self.refresh()
        self.ops.write(lambda uow: outbox.retry(uow, message_id, now), done)

    def _loaded(self, rows: list[Any] | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
            return
        assert rows is not None
        self.model.set_rows([(r.id, r.order_number, r.kind, r.to_address or "(no email)", r.status,
                              r.attempts, r.next_attempt_at, r.sent_at, r.last_error) for r in rows])
        failed = sum(1 for r in rows if r.status == "failed")
        self.count.setText(f"{len(rows)} message(s), {failed} failed.")
        self._selection_changed()

    def _selection_changed(self, *_args: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.retry_button.setEnabled(bool(rows) and self.model.rows[rows[0].row()][4] == "failed")
