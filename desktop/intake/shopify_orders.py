"""Shopify's orders export (Orders > Export, "Plain CSV file").

One row per line item, grouped by ``Name``; order-level fields are read from an order's first
row only. Columns are found by header name because the set changes between export years
(75 columns in 2021/2024, 79 in 2025). ``paid`` is ``Total`` minus ``Outstanding Balance``
when the file has that column, else ``Total`` for paid/refunded statuses and zero otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.intake.columns import ZERO, Cells, Columns, Options
from desktop.intake.csvread import Table
from desktop.intake.grouping import Group, group_runs
from desktop.intake.model import ImportedLine, ImportedOrder, ImportedTax
from desktop.intake.orderparts import (
    address,
    address_fields,
    gift_from_attributes,
    note_attributes,
    split_list,
    tax_rate,
)

FORMAT = "shopify"
SIGNATURE_FIELDS = ("name", "financial_status", "li_name", "li_quantity")
REQUIRED = ("name", "created_at", "currency", "total", "financial_status", "li_quantity",
            "li_name", "li_price")
TAX_SLOTS = 5
PAYMENT_STATUSES = frozenset({"paid", "pending", "authorized", "partially_paid",
                              "partially_refunded", "refunded", "voided"})
_PAYMENT_ALIASES = {"expired": "voided", "unpaid": "pending"}
_FULFILLMENT = {"fulfilled": "fulfilled", "partial": "partial", "unfulfilled": "unfulfilled",
                "restocked": "unfulfilled", "": "unfulfilled", "pending": "unfulfilled"}
_CAPTURED = frozenset({"paid", "partially_refunded", "refunded"})


def _address_synonyms(prefix: str, title: str) -> dict[str, Sequence[str]]:
    return address_fields(
        prefix,
        name=(f"{title} Name",), company=(f"{title} Company",),
        line1=(f"{title} Address1", f"{title} Street"), line2=(f"{title} Address2",),
        city=(f"{title} City",), region=(f"{title} Province",), postal_code=(f"{title} Zip",),
        country=(f"{title} Country",), phone=(f"{title} Phone",),
    )


SYNONYMS: dict[str, Sequence[str]] = {
    "name": ("Name",), "id": ("Id",), "email": ("Email",), "phone": ("Phone",),
    "financial_status": ("Financial Status",), "fulfillment_status": ("Fulfillment Status",),
    "currency": ("Currency",), "subtotal": ("Subtotal",), "shipping": ("Shipping",),
    "taxes": ("Taxes",), "total": ("Total",), "discount_code": ("Discount Code",),
    "discount_amount": ("Discount Amount",), "shipping_method": ("Shipping Method",),
    "created_at": ("Created at",), "cancelled_at": ("Cancelled at",),
    "refunded": ("Refunded Amount",), "outstanding": ("Outstanding Balance",),
    "notes": ("Notes", "Note"), "note_attributes": ("Note Attributes",), "tags": ("Tags",),
    "payment_method": ("Payment Method",),
    "li_quantity": ("Lineitem quantity",), "li_name": ("Lineitem name",),
    "li_price": ("Lineitem price",), "li_sku": ("Lineitem sku",),
    "li_discount": ("Lineitem discount",),
    **_address_synonyms("ship", "Shipping"),
    **_address_synonyms("bill", "Billing"),
    **{f"tax{n}_name": (f"Tax {n} Name",) for n in range(1, TAX_SLOTS + 1)},
    **{f"tax{n}_value": (f"Tax {n} Value",) for n in range(1, TAX_SLOTS + 1)},
}


def parse(table: Table, options: Options) -> list[ImportedOrder]:
    """Parse a Shopify orders export; problems go to ``table.problems``."""
    columns = Columns(table.headers, SYNONYMS)
    cells = options.cells(table.file, columns, table.problems, table.delimiter)
    scattered: set[str] = set()
    orders = []
    for group in group_runs(table.records, cells, "name", scattered):
        if group.broken:
            continue
        errors = cells.errors
        order = _order(cells, group)
        if cells.errors == errors:
            orders.append(order)
    return [o for o in orders if o.number not in scattered]


def _order(cells: Cells, group: Group) -> ImportedOrder:
    first = group.records[0]
    values, line = first.values, first.line
    lines = tuple(_line(cells, r.values, r.line) for r in group.records)
    status = _payment_status(cells, values, line)
    total = cells.amount(values, line, "total")
    outstanding = cells.optional_amount(values, line, "outstanding")
    if outstanding is not None:
        paid = max(total - outstanding, ZERO)
    else:
        paid = total if status in _CAPTURED else ZERO
    taxes = _taxes(cells, values, line)
    tax = cells.amount(values, line, "taxes")
    subtotal = cells.amount(values, line, "subtotal")
    shipping = cells.amount(values, line, "shipping")
    attributes = note_attributes(cells.text(values, "note_attributes"))
    gift, gift_message = gift_from_attributes(attributes)
    ship_to = address(cells, values, "ship")
    bill_to = address(cells, values, "bill")
    cancelled_at = cells.moment(values, line, "cancelled_at")
    ordered_at = cells.moment(values, line, "created_at")
    if ordered_at is None:
        cells.required(values, line, "created_at")
    return ImportedOrder(
        channel=FORMAT,
        channel_order_id=cells.text(values, "id") or group.key,
        number=group.key,
        ordered_at=ordered_at,
        customer_name=(bill_to or ship_to).name if (bill_to or ship_to) else "",
        email=cells.text(values, "email"),
        phone=cells.code(values, "phone") or (bill_to.phone if bill_to else "")
        or (ship_to.phone if ship_to else ""),
        ship_to=ship_to,
        bill_to=bill_to,
        currency=cells.required(values, line, "currency").upper(),
        lines=lines,
        shipping=shipping,
        shipping_tax=ZERO,
        total=total,
        paid=paid,
        refunded=cells.amount(values, line, "refunded"),
        payment_status=status,
        fulfillment=_fulfillment(cells, values, line),
        cancelled_at=cancelled_at,
        notes=cells.text(values, "notes"),
        gift=gift,
        gift_message=gift_message,
        tags=split_list(cells.text(values, "tags")),
        ship_by=None,
        promise_date=None,
        shipping_service=cells.text(values, "shipping_method"),
        tracking_numbers=(),
        first_line=line,
        last_line=group.records[-1].line,
        cancelled=cancelled_at is not None,
        discount=cells.amount(values, line, "discount_amount"),
        discount_codes=split_list(cells.text(values, "discount_code")),
        tax=tax,
        taxes=taxes,
        prices_include_tax=tax > 0 and subtotal + shipping == total,
        payment_method=cells.text(values, "payment_method"),
        note_attributes=attributes,
    )


def _line(cells: Cells, values: Sequence[str], line: int) -> ImportedLine:
    quantity = cells.quantity(values, line, "li_quantity")
    return ImportedLine(
        sku=cells.code(values, "li_sku"),
        name=cells.text(values, "li_name"),
        quantity=quantity,
        unit_price=cells.amount(values, line, "li_price"),
        discount=cells.amount(values, line, "li_discount"),
        tax=ZERO,
        tax_name=None,
        tax_rate=None,
        source_line=line,
    )


def _taxes(cells: Cells, values: Sequence[str], line: int) -> tuple[ImportedTax, ...]:
    taxes = []
    for n in range(1, TAX_SLOTS + 1):
        name = cells.text(values, f"tax{n}_name")
        amount = cells.optional_amount(values, line, f"tax{n}_value")
        if name or amount:
            taxes.append(ImportedTax(name, tax_rate(name), amount or ZERO))
    return tuple(taxes)


def _payment_status(cells: Cells, values: Sequence[str], line: int) -> str:
    raw = cells.text(values, "financial_status")
    status = _PAYMENT_ALIASES.get(raw.casefold(), raw.casefold())
    if status not in PAYMENT_STATUSES:
        cells.problem(line, "financial_status", raw, "unknown payment status")
        return "pending"
    return status


def _fulfillment(cells: Cells, values: Sequence[str], line: int) -> str:
    raw = cells.text(values, "fulfillment_status")
    status = _FULFILLMENT.get(raw.casefold())
    if status is None:
        cells.problem(line, "fulfillment_status", raw, "unknown fulfillment status; "
                      "read as unfulfilled", "warning")
        return "unfulfilled"
    return status

