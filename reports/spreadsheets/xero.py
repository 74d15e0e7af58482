"""Xero sales invoices and credit notes CSV, in Xero's import template layout.

One row per line, the invoice number repeated. Each order line becomes an item row; shipping,
discounts and (on credit notes) the restocking fee become rows of their own so the totals
match to the cent without Xero's percentage ``Discount`` column. Credit notes use the same
29 columns with ``*CreditNoteNumber``/``*CreditNoteDate``; amounts on them are positive, the
restocking fee kept by the shop is a negative row.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TextIO

from reports.spreadsheets.csvout import write_csv
from reports.spreadsheets.data import ZERO, AccountingData, LineRow, OrderRow, order_discount
from reports.spreadsheets.sheet import as_date

INVOICE_HEADER = (
    "*ContactName", "EmailAddress", "POAddressLine1", "POAddressLine2", "POAddressLine3",
    "POAddressLine4", "POCity", "PORegion", "POPostalCode", "POCountry", "*InvoiceNumber",
    "Reference", "*InvoiceDate", "*DueDate", "Total", "InventoryItemCode", "*Description",
    "*Quantity", "*UnitAmount", "Discount", "*AccountCode", "*TaxType", "TaxAmount",
    "TrackingName1", "TrackingOption1", "TrackingName2", "TrackingOption2", "Currency",
    "BrandingTheme",
)
CREDIT_NOTE_HEADER = tuple(
    {"*InvoiceNumber": "*CreditNoteNumber", "*InvoiceDate": "*CreditNoteDate"}.get(h, h)
    for h in INVOICE_HEADER
)


@dataclass(frozen=True)
class XeroSettings:
    """Account codes and tax types from the shop's settings.

    ``tax_types`` maps a tax name as the channel wrote it (``"GST 5%"``) to a Xero tax type
    (``"OUTPUT"``); lines with tax but no mapping use ``default_tax_type``; lines without tax
    use ``no_tax_type``. ``date_format`` must match the Xero organisation's region.
    """

    sales_account: str
    shipping_account: str
    discount_account: str
    refund_account: str
    restocking_account: str
    default_tax_type: str = "Tax on Sales"
    no_tax_type: str = "Tax Exempt"
    tax_types: dict[str, str] = field(default_factory=dict)
    date_format: str = "%d/%m/%Y"
    due_days: int = 0
    use_item_codes: bool = False
    tracking_name: str = "Channel"


def build_invoices(data: AccountingData, settings: XeroSettings,
                   out: str | Path | TextIO) -> int:
    """Write one invoice per order not cancelled; return the number of rows written."""
    rows = (row for order, lines in data.invoiced_orders()
            for row in _invoice_rows(order, lines, data, settings))
    return write_csv(out, INVOICE_HEADER, rows)


def build_credit_notes(data: AccountingData, settings: XeroSettings,
                       out: str | Path | TextIO) -> int:
    """Write one credit note per refund; return the number of rows written."""
    orders = {o.number: o for o in data.orders}
    rows = []
    for refund in data.refunds:
        order = orders.get(refund.order_number)
        day = as_date(refund.refunded_at, data.tz).strftime(settings.date_format)
        head = _contact(order) + [refund.credit_note, refund.order_number, day, day, None]
        tax_type = settings.default_tax_type if refund.tax else settings.no_tax_type
        parts = [("Refund: " + (refund.reason or f"order {refund.order_number}"), refund.items,
                  settings.refund_account, tax_type, refund.tax),
                 ("Shipping refund", refund.shipping, settings.shipping_account,
                  settings.no_tax_type, ZERO),
                 ("Restocking fee", -refund.restocking_fee, settings.restocking_account,
                  settings.no_tax_type, ZERO)]
        for description, amount, account, tax, tax_amount in parts:
            if amount:
                rows.append(head + [None, description, 1, amount, None, account, tax,
                                    tax_amount, None, None, None, None, refund.currency, None])
    return write_csv(out, CREDIT_NOTE_HEADER, iter(rows))


def _contact(order: OrderRow | None) -> list[object]:
    if order is None:
        return ["Unknown customer", None, None, None, None, None, None, None, None, None]
    return [order.customer_name or order.email or f"{order.channel} customer", order.email,
            None, None, None, None, None, None, None, order.country]


def _invoice_rows(order: OrderRow, lines: list[LineRow], data: AccountingData,
                  settings: XeroSettings) -> Iterator[list[object]]:
    ordered = as_date(order.ordered_at, data.tz)
    head = _contact(order) + [
        order.number, order.channel, ordered.strftime(settings.date_format),
        (ordered + timedelta(days=settings.due_days)).strftime(settings.date_format), None,
    ]
    tracking = [settings.tracking_name, order.channel, None, None]
    for line in lines:
        tax_type = (settings.tax_types.get(line.tax_name, settings.default_tax_type)
                    if line.tax or line.tax_name else settings.no_tax_type)
        yield head + [line.sku if settings.use_item_codes else None,
                      line.name or line.sku, line.quantity, line.unit_price, None,
                      settings.sales_account, tax_type, line.tax, *tracking,
                      order.currency, None]
        if line.discount:
            yield head + [None, f"Discount on {line.sku or line.name}", 1, -line.discount,
                          None, settings.discount_account, tax_type, None, *tracking,
                          order.currency, None]
    extra_discount = order_discount(order, lines)
    if extra_discount > 0:
        yield head + [None, "Order discount", 1, -extra_discount, None,
                      settings.discount_account, settings.no_tax_type, None, *tracking,
                      order.currency, None]
    if order.shipping:
        yield head + [None, "Shipping", 1, order.shipping, None, settings.shipping_account,
                      settings.no_tax_type, None, *tracking, order.currency, None]

