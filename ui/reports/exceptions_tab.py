"""The exceptions tab: orders breaking their promise, the suggested action and a button for it
where the core has the action (release a hold, queue a "delayed" email). GUI thread only.
"Today" is the shop's date (``ui.common.shop_time``), read with the rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.db.uow import UnitOfWork
from desktop.errors import Text
from desktop.services import notifications, orders
from desktop.services.exceptions import ExceptionRow, list_exceptions
from ui.common.column_width import ORDER_NUMBER_SAMPLE, fit_columns
from ui.common.errors import present_error, user_message
from ui.common.shop_time import shop_today
from ui.common.value_labels import value_label
from ui.ops import Operations
from ui.orders.columns import status_label
from ui.reports.list_tab import ListTab

HEADERS = (QT_TRANSLATE_NOOP("ExceptionsTab", "Order"), QT_TRANSLATE_NOOP("ExceptionsTab", "Exception"),
           QT_TRANSLATE_NOOP("ExceptionsTab", "Ship by"), QT_TRANSLATE_NOOP("ExceptionsTab", "Deliver by"),
           QT_TRANSLATE_NOOP("ExceptionsTab", "Status"), QT_TRANSLATE_NOOP("ExceptionsTab", "Suggested action"))


def _exceptions_today(uow: UnitOfWork) -> list[ExceptionRow]:
    return list_exceptions(uow, shop_today(uow))


class ExceptionsTab(ListTab):
    """One row per exception; Release hold / Notify customer act on the selected row."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, [QCoreApplication.translate("ExceptionsTab", header) for header in HEADERS], parent)
        fit_columns(self.table, {0: ORDER_NUMBER_SAMPLE})
        self.actions: list[str] = []
        self.release_button = self.add_button(self.tr("Release hold"), self.release_hold)
        self.notify_button = self.add_button(self.tr("Notify customer of delay"), self.notify_customer)
        self.update_buttons()

    def refresh(self) -> None:
        self.ops.read(_exceptions_today, self._loaded, latest=True)

    def selected_number(self) -> str | None:
        row = self.selected_row()
        return row[0] if row else None

    def release_hold(self) -> None:
        number = self.selected_number()
        if number:
            def release(uow: UnitOfWork) -> None:
                orders.release_hold(uow, [number])
            self.act(release, self.tr("Order {number} released.").format(number=number))

    def notify_customer(self) -> None:
        number = self.selected_number()
        if number:
            def queue(uow: UnitOfWork) -> None:
                notifications.notify_delayed(uow, number)
            self.act(queue, self.tr("Delay email for order {number} queued.").format(number=number), queues=True)

    def _loaded(self, rows: list[Any] | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
            return
        assert rows is not None
        self.actions = [row.action for row in rows]
        self.show_rows([(r.number, value_label(r.kind), r.ship_by, r.deliver_by, status_label(r.status),
                         user_message(Text(r.suggestion))) for r in rows],
                       self.tr("{count} exception(s).").format(count=len(rows)))

    def update_buttons(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        action = self.actions[rows[0].row()] if rows and rows[0].row() < len(self.actions) else ""
        self.release_button.setEnabled(action == "release_hold")
        self.notify_button.setEnabled(action == "notify_customer")
