"""Etsy's ``EtsySoldOrders`` CSV (Shop Manager > Settings > Options > Download Data > Orders).

One row per order. UK/CA exports say ``Delivery City``/``Date Posted`` where US ones say
``Ship City``/``Date Shipped``; older or trimmed exports lack the buyer columns. The file has
no per-item detail: each order gets one summary line (quantity ``Number of Items``, unit price
``Order Value`` divided by it, the SKU when exactly one is listed) and the file gets one
warning pointing to ``EtsySoldOrderItems``. A nonzero ``Adjusted Order Total`` below
``Order Total`` is a partial refund of the difference.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from desktop.intake.columns import Cells, Columns, Options
from desktop.intake.csvread import Table
from desktop.intake.model import ZERO, ImportedLine, ImportedOrder, Problem
from desktop.intake.orderparts import address, single_tax, split_list, unit_price

FORMAT = "etsy"
SIGNATURE_FIELDS = ("sale_date", "order_id", "items", "total")
REQUIRED = ("sale_date", "order_id", "total")

SYNONYMS: dict[str, Sequence[str]] = {
    "sale_date": ("Sale Date",), "order_id": ("Order ID",),
    "buyer": ("Buyer User ID", "Buyer"), "full_name": ("Full Name", "Ship Name"),
    "items": ("Number of Items",), "payment_method": ("Payment Method",),
    "date_shipped": ("Date Shipped", "Date Posted", "Date Dispatched"),
    "ship_line1": ("Street 1", "Ship Address1", "Delivery Address1"),
    "ship_line2": ("Street 2", "Ship Address2", "Delivery Address2"),
    "ship_city": ("Ship City", "Delivery City"),
    "ship_region": ("Ship State", "Delivery State", "Delivery County"),
    "ship_postal_code": ("Ship Zipcode", "Delivery Zipcode", "Delivery Postcode",
                         "Ship Postcode"),
    "ship_country": ("Ship Country", "Delivery Country"),
    "currency": ("Currency",), "order_value": ("Order Value",),
    "coupon_code": ("Coupon Code",), "discount": ("Discount Amount",),
    "shipping_discount": ("Shipping Discount", "Delivery Discount", "Postage Discount"),
    "shipping": ("Shipping", "Delivery", "Postage"),
    "sales_tax": ("Sales Tax", "VAT"), "total": ("Order Total",),
    "status": ("Status",), "adjusted_total": ("Adjusted Order Total",), "sku": ("SKU",),
}
_CANCELLED = ("cancel",)


def parse(table: Table, options: Options) -> list[ImportedOrder]:
    """Parse an EtsySoldOrders file; problems go to ``table.problems``."""
    columns = Columns(table.headers, SYNONYMS)
    cells = options.cells(table.file, columns, table.problems, table.delimiter)
    orders = []
    for record in table.records:
        if record.broken:
            cells.problem(record.line, "", "", record.broken)
            continue
        errors = cells.errors
        order = _order(cells, record.values, record.line)
        if cells.errors == errors:
            orders.append(order)
    if orders:
        table.problems.append(Problem(
            table.file, 1, "", "", "EtsySoldOrders lists orders without their items: each "
            "order has one summary line; import EtsySoldOrderItems for items and SKUs",
            "warning"))
    return orders


def _order(cells: Cells, values: Sequence[str], line: int) -> ImportedOrder:
    order_id = cells.required(values, line, "order_id")
    total = cells.amount(values, line, "total")
    adjusted = cells.amount(values, line, "adjusted_total")
    refunded = total - adjusted if ZERO < adjusted < total else ZERO
    status_text = cells.text(values, "status").casefold()
    cancelled = any(word in status_text for word in _CANCELLED)
    if cancelled or "refund" in status_text:
        payment_status, refunded = "refunded", total
    else:
        payment_status = "partially_refunded" if refunded else "paid"
    shipped = cells.day(values, line, "date_shipped")
    ship_to = address(cells, values, "ship")
    name = cells.text(values, "full_name")
    if ship_to is not None and name:
        ship_to = replace(ship_to, name=name)
    tax = cells.amount(values, line, "sales_tax")
    ordered_at = cells.required_moment(values, line, "sale_date")
    return ImportedOrder(
        channel=FORMAT,
        channel_order_id=order_id,
        number=order_id,
        ordered_at=ordered_at,
        customer_name=name,
        ship_to=ship_to,
        currency=cells.text(values, "currency").upper(),
        lines=(_summary_line(cells, values, line, order_id),),
        shipping=cells.amount(values, line, "shipping")
        - cells.amount(values, line, "shipping_discount"),
        total=total,
        paid=total,
        refunded=refunded,
        payment_status=payment_status,
        fulfillment="fulfilled" if shipped else "unfulfilled",
        first_line=line,
        last_line=line,
        cancelled=cancelled,
        discount=cells.amount(values, line, "discount"),
        discount_codes=split_list(cells.text(values, "coupon_code")),
        tax=tax,
        taxes=single_tax("Sales tax", tax),
        payment_method=cells.text(values, "payment_method"),
    )


def _summary_line(cells: Cells, values: Sequence[str], line: int,
                  order_id: str) -> ImportedLine:
    quantity = cells.integer(values, line, "items") or 1
    value = cells.amount(values, line, "order_value")
    skus = set(split_list(cells.code(values, "sku")))
    return ImportedLine(
        sku=skus.pop() if len(skus) == 1 else "",
        name=f"Etsy order {order_id} ({quantity} item{'s' if quantity != 1 else ''})",
        quantity=quantity,
        unit_price=unit_price(value, quantity),
        source_line=line,
    )

