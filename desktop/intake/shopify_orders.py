"""Shopify's orders export (Orders > Export, "Plain CSV file").

One row per line item, grouped by ``Name``; order-level fields are read from an order's first
row only. Columns are found by header name because the set changes between export years
(75 columns in 2021/2024, 79 in 2025). ``paid`` is ``Total`` minus ``Outstanding Balance``
when the file has that column, else ``Total`` for paid/refunded statuses and zero otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from desktop.intake.columns import Cells, Columns, Options
from desktop.intake.csvread import Table
from desktop.intake.grouping import Group, grouped_orders
from desktop.intake.model import ZERO, ImportedLine, ImportedOrder, ImportedTax
from desktop.intake.orderparts import (
    address_fields,
    address_from,
    address_names,
    gift_from_attributes,
    note_attributes,
    split_list,
    tax_rate,
)
from desktop.intake.values import clean_code

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
    return grouped_orders(table.records, cells, "name", _Reader(cells).order)


class _OrderCells(NamedTuple):
    """The order-level cells of an order's first row, stripped."""

    id: str
    email: str
    phone: str
    financial_status: str
    fulfillment_status: str
    currency: str
    subtotal: str
    shipping: str
    taxes: str
    total: str
    discount_code: str
    discount_amount: str
    shipping_method: str
    created_at: str
    cancelled_at: str
    refunded: str
    outstanding: str
    notes: str
    note_attributes: str
    tags: str
    payment_method: str


_LINE_FIELDS = ("li_quantity", "li_name", "li_price", "li_sku", "li_discount")


class _Reader:
    """Reads orders from one file's cells; header positions are resolved once, up front,
    because an export has a hundred thousand rows and some eighty columns."""

    def __init__(self, cells: Cells) -> None:
        self.cells = cells
        self.order_cells = cells.texts(_OrderCells._fields)
        self.line_cells = cells.texts(_LINE_FIELDS)
        self.ship_cells = cells.texts(address_names("ship"))
        self.bill_cells = cells.texts(address_names("bill"))
        slots = [n for n in range(1, TAX_SLOTS + 1)
                 if cells.columns.has(f"tax{n}_name") or cells.columns.has(f"tax{n}_value")]
        self.tax_cells = cells.texts([f"tax{n}_{part}" for n in slots for part in ("name", "value")])
        self.tax_value_fields = [f"tax{n}_value" for n in slots]

    def order(self, cells: Cells, group: Group) -> ImportedOrder:
        """The order of one group of rows (problems go to ``cells``)."""
        records = group.records
        first = records[0]
        values, line = first.values, first.line
        row = _OrderCells._make(self.order_cells(values))
        lines = tuple([self._line(r.values, r.line) for r in records])
        status = _payment_status(cells, row.financial_status, line)
        total = cells.amount_text(row.total, line, "total")
        outstanding = cells.optional_amount_text(row.outstanding, line, "outstanding")
        if outstanding is not None:
            paid = max(total - outstanding, ZERO)
        else:
            paid = total if status in _CAPTURED else ZERO
        taxes = self._taxes(values, line)
        tax = cells.amount_text(row.taxes, line, "taxes")
        subtotal = cells.amount_text(row.subtotal, line, "subtotal")
        shipping = cells.amount_text(row.shipping, line, "shipping")
        attributes = note_attributes(row.note_attributes)
        gift, gift_message = gift_from_attributes(attributes)
        ship_texts, bill_texts = self.ship_cells(values), self.bill_cells(values)
        ship_to = address_from(ship_texts)
        bill_to = ship_to if bill_texts == ship_texts else address_from(bill_texts)
        cancelled_at = cells.moment_text(row.cancelled_at, line, "cancelled_at")
        ordered_at = cells.required_moment_text(row.created_at, line, "created_at")
        person = bill_to or ship_to
        return ImportedOrder(
            channel=FORMAT,
            channel_order_id=row.id or group.key,
            number=group.key,
            ordered_at=ordered_at,
            customer_name=person.name if person else "",
            email=row.email,
            phone=clean_code(row.phone) or (bill_to.phone if bill_to else "")
            or (ship_to.phone if ship_to else ""),
            ship_to=ship_to,
            bill_to=bill_to,
            currency=cells.required_text(row.currency, line, "currency").upper(),
            lines=lines,
            shipping=shipping,
            total=total,
            paid=paid,
            refunded=cells.amount_text(row.refunded, line, "refunded"),
            payment_status=status,
            fulfillment=_fulfillment(cells, row.fulfillment_status, line),
            cancelled_at=cancelled_at,
            notes=row.notes,
            gift=gift,
            gift_message=gift_message,
            tags=split_list(row.tags),
            shipping_service=row.shipping_method,
            first_line=line,
            last_line=records[-1].line,
            cancelled=cancelled_at is not None,
            discount=cells.amount_text(row.discount_amount, line, "discount_amount"),
            discount_codes=split_list(row.discount_code),
            tax=tax,
            taxes=taxes,
            prices_include_tax=tax > 0 and subtotal + shipping == total,
            payment_method=row.payment_method,
            note_attributes=attributes,
        )

    def _line(self, values: Sequence[str], line: int) -> ImportedLine:
        cells = self.cells
        quantity, name, price, sku, discount = self.line_cells(values)
        return ImportedLine(
            sku=clean_code(sku),
            name=name,
            quantity=cells.quantity_text(quantity, line, "li_quantity"),
            unit_price=cells.amount_text(price, line, "li_price"),
            discount=cells.amount_text(discount, line, "li_discount"),
            source_line=line,
        )

    def _taxes(self, values: Sequence[str], line: int) -> tuple[ImportedTax, ...]:
        """The tax lines of the slots the file has columns for, in slot order."""
        texts = self.tax_cells(values)
        taxes = []
        for field, name, raw in zip(self.tax_value_fields, texts[::2], texts[1::2]):
            if not (name or raw):
                continue
            amount = self.cells.optional_amount_text(raw, line, field)
            if name or amount:
                taxes.append(ImportedTax(name, tax_rate(name), amount or ZERO))
        return tuple(taxes)


def _payment_status(cells: Cells, raw: str, line: int) -> str:
    status = _PAYMENT_ALIASES.get(raw.casefold(), raw.casefold())
    if status not in PAYMENT_STATUSES:
        cells.problem(line, "financial_status", raw, "unknown payment status")
        return "pending"
    return status


def _fulfillment(cells: Cells, raw: str, line: int) -> str:
    status = _FULFILLMENT.get(raw.casefold())
    if status is None:
        cells.problem(line, "fulfillment_status", raw, "unknown fulfillment status; "
                      "read as unfulfilled", "warning")
        return "unfulfilled"
    return status
