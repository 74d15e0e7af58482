"""The outbox tab: customer emails queued, sent, failed or skipped, with Retry. GUI thread only."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.services import outbox
from ui.common.column_width import ORDER_NUMBER_SAMPLE, fit_columns
from ui.common.errors import present_error
from ui.common.value_labels import value_label
from ui.ops import Operations
from ui.reports.list_tab import ListTab

HEADERS = (QT_TRANSLATE_NOOP("OutboxTab", "Id"), QT_TRANSLATE_NOOP("OutboxTab", "Order"),
           QT_TRANSLATE_NOOP("OutboxTab", "Message"), QT_TRANSLATE_NOOP("OutboxTab", "To"),
           QT_TRANSLATE_NOOP("OutboxTab", "Status"), QT_TRANSLATE_NOOP("OutboxTab", "Attempts"),
           QT_TRANSLATE_NOOP("OutboxTab", "Next attempt"), QT_TRANSLATE_NOOP("OutboxTab", "Sent"),
           QT_TRANSLATE_NOOP("OutboxTab", "Problem"))


class OutboxTab(ListTab):
    """Newest messages first; Retry makes the selected failed message due now."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, [QCoreApplication.translate("OutboxTab", header) for header in HEADERS], parent)
        fit_columns(self.table, {1: ORDER_NUMBER_SAMPLE})
        self.statuses: list[str] = []
        """Each shown message's status code (the table shows its name)."""
        self.retry_button = self.add_button(self.tr("Retry"), self.retry)
        self.update_buttons()

    def refresh(self) -> None:
        self.ops.read(lambda uow: outbox.list_messages(uow), self._loaded, latest=True)

    def retry(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        message_id = row[0]
        now = datetime.now(timezone.utc)
        said = self.tr("Message {id} will be sent again shortly.").format(id=message_id)
        self.act(lambda uow: outbox.retry(uow, message_id, now), said, queues=True)

    def _loaded(self, rows: list[Any] | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
            return
        assert rows is not None
        self.statuses = [r.status for r in rows]
        failed = self.statuses.count("failed")
        self.show_rows([(r.id, r.order_number, value_label(r.kind), r.to_address or self.tr("(no email)"),
                         value_label(r.status), r.attempts, r.next_attempt_at, r.sent_at, r.last_error) for r in rows],
                       self.tr("{count} message(s), {failed} failed.").format(count=len(rows), failed=failed))

    def update_buttons(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.retry_button.setEnabled(bool(rows) and self.statuses[rows[0].row()] == "failed")
