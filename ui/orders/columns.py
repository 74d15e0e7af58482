"""Columns of the orders table and the status colours shared by the table and the filter bar."""

from __future__ import annotations


from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from desktop.models.orders import OrderStatus as S
from desktop.queries.order_list import OrderRow
from ui.common.amounts import money_text
from ui.common.column_width import ORDER_NUMBER_SAMPLE
from ui.common.paged_model import Column
from ui.common.value_labels import value_label

STATUS_COLOURS: dict[str, str] = {
    S.NEW.value: "#1f6feb", S.ALLOCATED.value: "#8250df", S.BACKORDERED.value: "#bf3989",
    S.PICKING.value: "#9a6700", S.PACKED.value: "#0969da", S.PARTIALLY_SHIPPED.value: "#1a7f37",
    S.SHIPPED.value: "#116329", S.DELIVERED.value: "#57606a", S.ON_HOLD.value: "#cf222e",
    S.CANCELLED.value: "#8c959f",
}
STATUS_NAMES: dict[str, str] = {
    S.NEW.value: QT_TRANSLATE_NOOP("OrderStatus", "New"),
    S.ALLOCATED.value: QT_TRANSLATE_NOOP("OrderStatus", "Allocated"),
    S.BACKORDERED.value: QT_TRANSLATE_NOOP("OrderStatus", "Backordered"),
    S.PICKING.value: QT_TRANSLATE_NOOP("OrderStatus", "Picking"),
    S.PACKED.value: QT_TRANSLATE_NOOP("OrderStatus", "Packed"),
    S.PARTIALLY_SHIPPED.value: QT_TRANSLATE_NOOP("OrderStatus", "Partially shipped"),
    S.SHIPPED.value: QT_TRANSLATE_NOOP("OrderStatus", "Shipped"),
    S.DELIVERED.value: QT_TRANSLATE_NOOP("OrderStatus", "Delivered"),
    S.ON_HOLD.value: QT_TRANSLATE_NOOP("OrderStatus", "On hold"),
    S.CANCELLED.value: QT_TRANSLATE_NOOP("OrderStatus", "Cancelled"),
}
LATE_COLOUR = QColor("#cf222e")
translate = QCoreApplication.translate


def status_label(status: str) -> str:
    """The display name of a status key, in the window's language (the key stays in the data)."""
    name = STATUS_NAMES.get(status)
    return translate("OrderStatus", name) if name else value_label(status)


def order_columns(prices: bool) -> list[Column]:
    """The list's columns; ``prices`` False (packers) leaves out total and paid. The samples are
    the widest usual texts: an Amazon order number, a date with its time, the longest channel
    and status names, a four-digit amount and a late ship-by date."""
    money = "9,999.99 EUR"
    columns = [
        Column(translate("OrderColumns", "Number"), lambda r: r.number, sort_key="number",
               sample=ORDER_NUMBER_SAMPLE),
        Column(translate("OrderColumns", "Date"), lambda r: r.ordered_at.astimezone().strftime("%Y-%m-%d %H:%M"),
               lambda r: r.ordered_at, "date", sample="2026-12-31 23:59"),
        Column(translate("OrderColumns", "Channel"), lambda r: r.channel, sort_key="channel", sample="woocommerce"),
        Column(translate("OrderColumns", "Customer"), lambda r: r.customer, sort_key="customer",
               sample="Charlotte Tremblay"),
        Column(translate("OrderColumns", "Country"), lambda r: r.country, sort_key="country", sample="GB"),
        Column(translate("OrderColumns", "Items"), lambda r: str(r.items), lambda r: r.items, right=True, sample="99"),
    ]
    if prices:
        columns += [
            Column(translate("OrderColumns", "Total"), lambda r: money_text(r.total, r.currency), lambda r: r.total,
                   "total", right=True, sample=money),
            Column(translate("OrderColumns", "Paid"), lambda r: money_text(r.paid, r.currency), lambda r: r.paid,
                   "paid", right=True, sample=money),
        ]
    columns += [
        Column(translate("OrderColumns", "Status"), lambda r: status_label(r.status), lambda r: r.status, "status",
               colour=lambda r: QColor(STATUS_COLOURS.get(r.status, "#000000")),
               sample=max((status_label(status) for status in STATUS_NAMES), key=len)),
        Column(translate("OrderColumns", "Ship by"), _ship_by, lambda r: r.ship_by, "ship_by",
               colour=lambda r: LATE_COLOUR if r.late else None,
               sample=translate("OrderColumns", "{date} (late)").format(date="2026-12-31")),
    ]
    return columns


def _ship_by(row: OrderRow) -> str:
    if row.ship_by is None:
        return ""
    day = row.ship_by.isoformat()
    return translate("OrderColumns", "{date} (late)").format(date=day) if row.late else day
