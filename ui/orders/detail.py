"""The detail pane: one order with lines, addresses, money, shipments, returns and its timeline.

GUI thread only; the owner loads :class:`OrderDetail` through ``ops.read`` and calls :meth:`show`.
Money fields are None for roles that may not see prices, and are then simply not shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from ui.common.amounts import money_text
from ui.common.value_labels import value_label
from ui.orders.columns import STATUS_COLOURS, STATUS_NAMES, status_label

if TYPE_CHECKING:
    from desktop.services.orders import Address
    from desktop.services.queries import OrderDetail

translate = QCoreApplication.translate
TIMELINE = {
    "order.create": QT_TRANSLATE_NOOP("Timeline", "Created"),
    "order.edit": QT_TRANSLATE_NOOP("Timeline", "Edited"),
    "order.import_update": QT_TRANSLATE_NOOP("Timeline", "Updated by an import"),
    "order.allocate": QT_TRANSLATE_NOOP("Timeline", "Stock allocated"),
    "order.release_stock": QT_TRANSLATE_NOOP("Timeline", "Stock released"),
    "order.print": QT_TRANSLATE_NOOP("Timeline", "Printed"),
    "order.ship": QT_TRANSLATE_NOOP("Timeline", "Shipment sent"),
    "order.shipped": QT_TRANSLATE_NOOP("Timeline", "Shipped, as the channel reported"),
    "order.refund": QT_TRANSLATE_NOOP("Timeline", "Refund"),
    "pack.verified": QT_TRANSLATE_NOOP("Timeline", "Packing verified"),
    "pack.scan_refused": QT_TRANSLATE_NOOP("Timeline", "Scan refused at packing"),
    "pack.override": QT_TRANSLATE_NOOP("Timeline", "Packing verification overridden"),
    "rma.create": QT_TRANSLATE_NOOP("Timeline", "Return authorised"),
    "rma.receive": QT_TRANSLATE_NOOP("Timeline", "Return received"),
    "notify.queued": QT_TRANSLATE_NOOP("Timeline", "Email queued"),
    "notify.skipped": QT_TRANSLATE_NOOP("Timeline", "Email skipped"),
    "notify.sent": QT_TRANSLATE_NOOP("Timeline", "Email sent"),
    "notify.failed": QT_TRANSLATE_NOOP("Timeline", "Email failed"),
    "notify.retry": QT_TRANSLATE_NOOP("Timeline", "Email retried"),
}
"""What the audit actions of an order read as in its timeline; ``order.<status>`` is a change to
that status and ``tracking.<state>`` a carrier's tracking event."""


def timeline_label(action: str) -> str:
    """The timeline's words for the audit ``action`` (an unknown one shows as it is stored)."""
    if action in TIMELINE:
        return translate("Timeline", TIMELINE[action])
    kind, _, code = action.partition(".")
    if kind == "order" and code in STATUS_NAMES:
        return status_label(code)
    if kind == "tracking":
        return translate("Timeline", "Tracking: {state}").format(state=value_label(code))
    return action


def _address(address: Address) -> str:
    parts = [address.name, address.company, address.line1, address.line2,
             " ".join(p for p in (address.postal_code, address.city, address.region) if p), address.country,
             address.phone]
    return "<br>".join(escape(p) for p in parts if p)


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table cellspacing='0' cellpadding='3' width='100%'><tr>{head}</tr>{body}</table>"


def _list(items: Iterable[str]) -> str:
    """A bulleted list of HTML ``items``, flush with the headings (the pane is narrow)."""
    return "<ul style='margin-left:-20px'>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _heading(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def render(d: OrderDetail) -> str:
    """The pane's HTML (plain function so tests can read it without a widget)."""
    prices = d.total is not None
    colour = STATUS_COLOURS.get(d.status, "#000")
    parts = [f"<h2>{escape(d.number)} <span style='color:{colour}'>{escape(status_label(d.status))}</span></h2>",
             f"<p>{escape(d.customer_name)} &lt;{escape(d.email)}&gt; {escape(d.phone)}<br>"
             f"{escape(d.channel)} {escape(d.channel_order_id)}, "
             + translate("OrderDetail", "ordered {when}").format(when=f"{d.ordered_at:%Y-%m-%d %H:%M}")
             + (translate("OrderDetail", ", ship by {date}").format(date=d.ship_by.isoformat()) if d.ship_by else "")
             + "</p>"]
    items = []
    for l in d.lines:
        price = (translate("OrderDetail", " at {price}").format(price=money_text(l.unit_price, d.currency))
                 if prices else "")
        bins = translate("OrderDetail", ", bin {bins}").format(bins=escape(", ".join(l.bins))) if l.bins else ""
        progress = translate("OrderDetail", "allocated {allocated}, shipped {shipped}, returned {returned}").format(
            allocated=l.allocated, shipped=l.shipped, returned=l.returned)
        items.append(f"<b>{l.quantity} &times; {escape(l.sku)}</b> {escape(l.name)}{price}<br>"
                     f"<span style='color:#57606a'>{progress}{bins}</span>")
    parts.append(_heading(translate("OrderDetail", "Lines")) + _list(items))
    parts.append("<table width='100%'><tr><td valign='top'>" + _heading(translate("OrderDetail", "Ship to"))
                 + _address(d.ship_to) + "</td><td valign='top'>" + _heading(translate("OrderDetail", "Bill to"))
                 + _address(d.bill_to) + "</td></tr></table>")
    if prices:
        payment = translate("OrderDetail", "Total {total} (shipping {shipping}, tax {tax}); paid {paid}, "
                                           "refunded {refunded}; {status}").format(
            total=money_text(d.total, d.currency), shipping=money_text(d.shipping, d.currency),
            tax=money_text(d.tax_total, d.currency), paid=money_text(d.paid, d.currency),
            refunded=money_text(d.refunded, d.currency), status=escape(value_label(d.payment_status)))
        parts.append(_heading(translate("OrderDetail", "Payment")) + f"<p>{payment}</p>")
        if d.refunds:
            headers = [translate("OrderDetail", "Refund"), translate("OrderDetail", "Amount"),
                       translate("OrderDetail", "Method"), translate("OrderDetail", "When")]
            parts.append(_heading(translate("OrderDetail", "Refunds")) + _table(headers, [
                [r.number, money_text(r.amount, d.currency), value_label(r.method), f"{r.created_at:%Y-%m-%d}"]
                for r in d.refunds]))
    if d.shipments:
        tracking = translate("OrderDetail", "Tracking")
        parts.append(_heading(translate("OrderDetail", "Shipments")) + _list(
            f"<b>{escape(s.number)}</b> {escape(value_label(s.status))}, "
            f"{escape(f'{s.carrier} {s.service}'.strip())}<br>{tracking} {escape(s.tracking)}<br>"
            + escape(", ".join(f"{n}x {k}" for k, n in s.lines)) for s in d.shipments))
    if d.returns:
        headers = [translate("OrderDetail", "RMA"), translate("OrderDetail", "Status"),
                   translate("OrderDetail", "Items")]
        parts.append(_heading(translate("OrderDetail", "Returns")) + _table(headers, [
            [r.number, value_label(r.status),
             ", ".join(f"{n}x {k} ({value_label(why)})" for k, n, why, _got in r.lines)] for r in d.returns]))
    if d.notes or d.gift_message:
        parts.append(_heading(translate("OrderDetail", "Notes"))
                     + f"<p>{escape(d.notes)}<br>{escape(d.gift_message)}</p>")
    headers = [translate("OrderDetail", "When"), translate("OrderDetail", "Who"), translate("OrderDetail", "What"),
               translate("OrderDetail", "Why")]
    parts.append(_heading(translate("OrderDetail", "Timeline")) + _table(headers, [
        [f"{t.at:%Y-%m-%d %H:%M}", t.user, timeline_label(t.action), t.reason] for t in d.timeline]))
    return "".join(parts)


class DetailPane(QTextBrowser):
    """Shows ``detail``, or a hint to select an order while it is None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderDetail")
        self.detail: OrderDetail | None = None
        self._show_hint()

    def show_detail(self, detail: OrderDetail) -> None:
        self.detail = detail
        self.setHtml(render(detail))

    def clear_detail(self) -> None:
        """Show the hint; nothing to do (no layout, no paint) when it already shows."""
        if self.detail is not None:
            self.detail = None
            self._show_hint()

    def _show_hint(self) -> None:
        text = self.tr("Select an order to see its lines, shipments and history.")
        self.setHtml(f"<p style='color:#57606a'>{escape(text)}</p>")
