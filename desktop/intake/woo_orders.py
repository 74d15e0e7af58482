"""WooCommerce order exports.

Two layouts: one row per item (``product_name``/``sku``/``quantity``/``item_total`` columns,
order fields repeated or only on the first row), and the official Customer/Order CSV
exporter's one row per order with a ``line_items`` column
(``name:Mug|sku:MUG-1|quantity:2|total:18.00;name:...``). Statuses may carry the ``wc-``
prefix. ``item_total`` is the line total after discounts; with ``item_subtotal`` present the
difference is the line discount.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from desktop.intake.columns import Cells, Columns, Options
from desktop.intake.csvread import Table
from desktop.intake.grouping import Group, grouped_orders
from desktop.intake.model import ZERO, ImportedAddress, ImportedLine, ImportedOrder
from desktop.intake.orderparts import address, address_fields, single_tax, unit_price
from desktop.intake.values import parse_amount, parse_int

FORMAT = "woocommerce"
SIGNATURE_FIELDS = ("order_id", "order_date", "status", "order_total")
REQUIRED = ("order_id", "order_date", "status", "order_total")

# status -> (payment status, fulfillment, cancelled)
STATUSES = {
    "completed": ("paid", "fulfilled", False),
    "processing": ("paid", "unfulfilled", False),
    "on-hold": ("pending", "unfulfilled", False),
    "pending": ("pending", "unfulfilled", False),
    "checkout-draft": ("pending", "unfulfilled", False),
    "refunded": ("refunded", "unfulfilled", False),
    "cancelled": ("voided", "unfulfilled", True),
    "failed": ("voided", "unfulfilled", True),
}


def _address_synonyms(prefix: str, woo: str) -> dict[str, Sequence[str]]:
    return address_fields(
        prefix, company=(f"{woo}_company",), line1=(f"{woo}_address_1",),
        line2=(f"{woo}_address_2",), city=(f"{woo}_city",), region=(f"{woo}_state",),
        postal_code=(f"{woo}_postcode",), country=(f"{woo}_country",),
        phone=(f"{woo}_phone",),
    )


SYNONYMS: dict[str, Sequence[str]] = {
    "order_id": ("order_number", "order_number_formatted", "order_id", "Order Number",
                 "Order ID"),
    "order_date": ("order_date", "date", "Order Date"),
    "paid_date": ("paid_date", "date_paid"), "completed_date": ("completed_date",),
    "status": ("status", "order_status", "Order Status"),
    "payment_method": ("payment_method_title", "payment_method"),
    "currency": ("order_currency", "currency", "Currency"),
    "shipping_total": ("shipping_total", "order_shipping", "Shipping Total"),
    "shipping_tax": ("shipping_tax_total", "order_shipping_tax"),
    "tax_total": ("tax_total", "order_tax", "Tax Total"),
    "discount_total": ("discount_total", "cart_discount", "Discount Total"),
    "order_total": ("order_total", "total", "Order Total"),
    "refunded_total": ("refunded_total", "order_refunded"),
    "email": ("customer_email", "billing_email", "Email"),
    "note": ("customer_note", "Customer Note"), "shipping_method": ("shipping_method",),
    "bill_first": ("billing_first_name",), "bill_last": ("billing_last_name",),
    "ship_first": ("shipping_first_name",), "ship_last": ("shipping_last_name",),
    **_address_synonyms("bill", "billing"),
    **_address_synonyms("ship", "shipping"),
    "line_items": ("line_items",),
    "item_name": ("product_name", "item_name", "Product Name", "line_item_name"),
    "item_sku": ("sku", "item_sku", "SKU"),
    "item_quantity": ("quantity", "item_quantity", "qty", "Quantity"),
    "item_total": ("item_total", "line_total", "Item Total"),
    "item_subtotal": ("item_subtotal", "line_subtotal"),
    "item_tax": ("item_tax", "line_tax"),
}


def parse(table: Table, options: Options) -> list[ImportedOrder]:
    """Parse a WooCommerce order export; problems go to ``table.problems``."""
    columns = Columns(table.headers, SYNONYMS)
    cells = options.cells(table.file, columns, table.problems, table.delimiter)
    return grouped_orders(table.records, cells, "order_id", _order)


def _order(cells: Cells, group: Group) -> ImportedOrder:
    first = group.records[0]
    values, line = first.values, first.line
    if cells.columns.has("line_items"):
        lines = _packed_lines(cells, values, line)
    else:
        lines = tuple(_row_line(cells, r.values, r.line) for r in group.records)
    raw_status = cells.text(values, "status")
    status = raw_status.casefold().removeprefix("wc-")
    if status not in STATUSES:
        cells.problem(line, "status", raw_status, "unknown WooCommerce status")
    payment_status, fulfillment, cancelled = STATUSES.get(status, ("pending", "unfulfilled",
                                                                   False))
    total = cells.amount(values, line, "order_total")
    refunded = cells.amount(values, line, "refunded_total")
    if payment_status == "refunded" and not refunded:
        refunded = total
    paid = total if payment_status in ("paid", "refunded") else ZERO
    if cells.text(values, "paid_date") and payment_status == "pending":
        paid = total
    tax = cells.amount(values, line, "tax_total")
    shipping_tax = cells.amount(values, line, "shipping_tax")
    bill_to = _named(address(cells, values, "bill"), cells, values, "bill")
    ship_to = _named(address(cells, values, "ship"), cells, values, "ship")
    ordered_at = cells.required_moment(values, line, "order_date")
    person = bill_to or ship_to
    return ImportedOrder(
        channel=FORMAT,
        channel_order_id=group.key,
        number=group.key,
        ordered_at=ordered_at,
        customer_name=person.name if person else "",
        email=cells.text(values, "email"),
        phone=person.phone if person else "",
        ship_to=ship_to,
        bill_to=bill_to,
        currency=cells.text(values, "currency").upper(),
        lines=lines,
        shipping=cells.amount(values, line, "shipping_total"),
        shipping_tax=shipping_tax,
        total=total,
        paid=paid,
        refunded=refunded,
        payment_status=payment_status,
        fulfillment=fulfillment,
        notes=cells.text(values, "note"),
        shipping_service=cells.text(values, "shipping_method"),
        first_line=line,
        last_line=group.records[-1].line,
        cancelled=cancelled,
        discount=cells.amount(values, line, "discount_total"),
        tax=tax,
        taxes=single_tax("Tax", tax),
        payment_method=cells.text(values, "payment_method"),
    )


def _named(found: ImportedAddress | None, cells: Cells, values: Sequence[str],
           prefix: str) -> ImportedAddress | None:
    name = " ".join(p for p in (cells.text(values, f"{prefix}_first"),
                                cells.text(values, f"{prefix}_last")) if p)
    if found is None or not name:
        return found
    return replace(found, name=name)


def _line_from(sku: str, name: str, quantity: int, total: Decimal, subtotal: Decimal | None,
               tax: Decimal, line: int) -> ImportedLine:
    gross = subtotal if subtotal is not None else total
    return ImportedLine(sku=sku, name=name, quantity=quantity,
                        unit_price=unit_price(gross, quantity),
                        discount=max(gross - total, ZERO), tax=tax, source_line=line)


def _row_line(cells: Cells, values: Sequence[str], line: int) -> ImportedLine:
    quantity = cells.quantity(values, line, "item_quantity")
    return _line_from(cells.code(values, "item_sku"), cells.text(values, "item_name"), quantity,
                      cells.amount(values, line, "item_total"),
                      cells.optional_amount(values, line, "item_subtotal"),
                      cells.amount(values, line, "item_tax"), line)


def _packed_lines(cells: Cells, values: Sequence[str], line: int) -> tuple[ImportedLine, ...]:
    raw = cells.text(values, "line_items")
    lines = []
    for item in filter(None, (part.strip() for part in raw.split(";"))):
        fields = dict(p.partition(":")[::2] for p in item.split("|"))
        try:
            quantity = parse_int(fields.get("quantity", "1"))
            total = parse_amount(fields.get("total", "0"))
            subtotal = parse_amount(fields["subtotal"]) if fields.get("subtotal") else None
            tax = parse_amount(fields.get("total_tax", fields.get("tax", "0")) or "0")
        except ValueError as error:
            cells.problem(line, "line_items", item, f"unreadable line item: {error}")
            continue
        lines.append(_line_from(fields.get("sku", ""), fields.get("name", ""), quantity, total,
                                subtotal, tax, line))
    return tuple(lines)
