"""QuickBooks Online invoice and credit memo import CSVs.

Columns: InvoiceNo, Customer, InvoiceDate, DueDate, Terms, Location, Memo,
Item(Product/Service), ItemDescription, ItemQuantity, ItemRate, ItemAmount, ItemTaxCode,
Service Date, Currency (credit memos say CreditMemoNo/CreditMemoDate). One row per line;
shipping, discounts and restocking fees are rows on the products/services named in settings.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TextIO

from reports.spreadsheets.csvout import write_csv
from reports.spreadsheets.data import AccountingData, LineRow, OrderRow, order_discount
from reports.spreadsheets.sheet import as_date

INVOICE_HEADER = (
    "InvoiceNo", "Customer", "InvoiceDate", "DueDate", "Terms", "Location", "Memo",
    "Item(Product/Service)", "ItemDescription", "ItemQuantity", "ItemRate", "ItemAmount",
    "ItemTaxCode", "Service Date", "Currency",
)
CREDIT_MEMO_HEADER = tuple(
    {"InvoiceNo": "CreditMemoNo", "InvoiceDate": "CreditMemoDate"}.get(h, h)
    for h in INVOICE_HEADER if h not in ("DueDate", "Terms")
)


@dataclass(frozen=True)
class QuickBooksSettings:
    """Product/service names and tax codes from the shop's settings.

    ``tax_codes`` maps a channel tax name to a QuickBooks tax code; taxed lines without a
    mapping use ``default_tax_code``, untaxed ones ``no_tax_code``. ``sales_item`` is used
    when ``use_skus`` is false or a line has no SKU.
    """

    sales_item: str = "Sales"
    shipping_item: str = "Shipping"
    discount_item: str = "Discount"
    refund_item: str = "Refund"
    restocking_item: str = "Restocking fee"
    default_tax_code: str = "TAX"
    no_tax_code: str = "NON"
    tax_codes: dict[str, str] = field(default_factory=dict)
    terms: str = "Due on receipt"
    due_days: int = 0
    date_format: str = "%m/%d/%Y"
    use_skus: bool = False


def build_invoices(data: AccountingData, settings: QuickBooksSettings,
                   out: str | Path | TextIO) -> int:
    """Write one invoice per order not cancelled; return the number of rows written."""
    rows = (row for order, lines in data.invoiced_orders()
            for row in _invoice_rows(order, lines, data, settings))
    return write_csv(out, INVOICE_HEADER, rows)


def build_credit_memos(data: AccountingData, settings: QuickBooksSettings,
                       out: str | Path | TextIO) -> int:
    """Write one credit memo per refund; return the number of rows written."""
    customers = {o.number: _customer(o) for o in data.orders}
    rows = []
    for refund in data.refunds:
        day = as_date(refund.refunded_at, data.tz).strftime(settings.date_format)
        head = [refund.credit_note, customers.get(refund.order_number, "Unknown customer"), day,
                None, f"Refund for order {refund.order_number}"]
        code = settings.default_tax_code if refund.tax else settings.no_tax_code
        for item, description, amount, tax_code in (
            (settings.refund_item, refund.reason or "Refund", refund.items, code),
            (settings.shipping_item, "Shipping refund", refund.shipping, settings.no_tax_code),
            (settings.restocking_item, "Restocking fee", -refund.restocking_fee,
             settings.no_tax_code),
        ):
            if amount:
                rows.append(head + [item, description, 1, amount, amount, tax_code, day,
                                    refund.currency])
    return write_csv(out, CREDIT_MEMO_HEADER, iter(rows))


def _customer(order: OrderRow) -> str:
    return order.customer_name or order.email or f"{order.channel} customer"


def _invoice_rows(order: OrderRow, lines: list[LineRow], data: AccountingData,
                  settings: QuickBooksSettings) -> Iterator[list[object]]:
    ordered = as_date(order.ordered_at, data.tz)
    day = ordered.strftime(settings.date_format)
    head = [order.number, _customer(order), day,
            (ordered + timedelta(days=settings.due_days)).strftime(settings.date_format),
            settings.terms, None, f"{order.channel} order {order.number}"]
    for line in lines:
        code = (settings.tax_codes.get(line.tax_name, settings.default_tax_code)
                if line.tax or line.tax_name else settings.no_tax_code)
        item = line.sku if settings.use_skus and line.sku else settings.sales_item
        yield head + [item, line.name or line.sku, line.quantity, line.unit_price, line.gross,
                      code, day, order.currency]
        if line.discount:
            yield head + [settings.discount_item, f"Discount on {line.sku or line.name}", 1,
                          -line.discount, -line.discount, code, day, order.currency]
    extra_discount = order_discount(order, lines)
    if extra_discount > 0:
        yield head + [settings.discount_item, "Order discount", 1, -extra_discount,
                      -extra_discount, settings.no_tax_code, day, order.currency]
    if order.shipping:
        yield head + [settings.shipping_item, "Shipping", 1, order.shipping, order.shipping,
                      settings.no_tax_code, day, order.currency]
