"""Etsy's ``EtsySoldOrderItems`` CSV: one row per sold item, grouped by ``Order ID``.

``Price`` is the unit price, ``Variations`` the chosen options (kept as the line's
``variant``). Etsy writes the order-level ``Discount Amount``, ``Shipping Discount``,
``Order Shipping`` and ``Order Sales Tax`` on one row of the order and zero on the others, so
they are summed over its rows (the discount stays on the row that carries it). The order
total is items minus discounts plus shipping (less its discount) plus tax. Exports whose
``Order ID`` is empty import each item as its own order keyed by ``Transaction ID``.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.intake.columns import Cells, Columns, Options
from desktop.intake.csvread import Table
from desktop.intake.grouping import Group, grouped_orders
from desktop.intake.model import ZERO, ImportedLine, ImportedOrder, Problem
from desktop.intake.orderparts import address, single_tax, split_list

FORMAT = "etsy-items"
CHANNEL = "etsy"
SIGNATURE_FIELDS = ("sale_date", "item_name", "order_id", "quantity", "price")
REQUIRED = ("sale_date", "order_id", "item_name", "quantity", "price")

SYNONYMS: dict[str, Sequence[str]] = {
    "sale_date": ("Sale Date",), "item_name": ("Item Name",), "buyer": ("Buyer",),
    "quantity": ("Quantity",), "price": ("Price",), "coupon_code": ("Coupon Code",),
    "discount": ("Discount Amount",),
    "shipping_discount": ("Shipping Discount", "Delivery Discount", "Postage Discount"),
    "shipping": ("Order Shipping", "Order Delivery", "Order Postage"),
    "sales_tax": ("Order Sales Tax",), "item_total": ("Item Total",),
    "currency": ("Currency",), "transaction_id": ("Transaction ID",),
    "date_paid": ("Date Paid",), "date_shipped": ("Date Shipped", "Date Posted"),
    "ship_name": ("Ship Name", "Delivery Name"),
    "ship_line1": ("Ship Address1", "Delivery Address1", "Street 1"),
    "ship_line2": ("Ship Address2", "Delivery Address2", "Street 2"),
    "ship_city": ("Ship City", "Delivery City"),
    "ship_region": ("Ship State", "Delivery State", "Delivery County"),
    "ship_postal_code": ("Ship Zipcode", "Delivery Zipcode", "Delivery Postcode"),
    "ship_country": ("Ship Country", "Delivery Country"),
    "order_id": ("Order ID",), "variations": ("Variations",), "sku": ("SKU",),
    "vat": ("VAT Paid by Buyer",), "payment_type": ("Payment Type",),
}


def parse(table: Table, options: Options) -> list[ImportedOrder]:
    """Parse an EtsySoldOrderItems file; problems go to ``table.problems``."""
    columns = Columns(table.headers, SYNONYMS)
    cells = options.cells(table.file, columns, table.problems, table.delimiter)
    unkeyed = 0

    def build(cells: Cells, group: Group) -> ImportedOrder:
        nonlocal unkeyed
        unkeyed += not cells.text(group.records[0].values, "order_id")
        return _order(cells, group)

    orders = grouped_orders(table.records, cells, "order_id", build, "transaction_id")
    if unkeyed:
        table.problems.append(Problem(
            table.file, 1, columns.header["order_id"], "",
            f"{unkeyed} items have no Order ID; each was imported as its own order keyed by "
            "Transaction ID", "warning"))
    return orders


def _order(cells: Cells, group: Group) -> ImportedOrder:
    first = group.records[0]
    values, line = first.values, first.line
    lines = tuple(_line(cells, r.values, r.line) for r in group.records)
    items = sum((ln.unit_price * ln.quantity - ln.discount for ln in lines), ZERO)
    rows = group.records
    shipping = sum((cells.amount(r.values, r.line, "shipping")
                    - cells.amount(r.values, r.line, "shipping_discount") for r in rows), ZERO)
    tax = sum((cells.amount(r.values, r.line, "sales_tax") for r in rows), ZERO)
    total = items + shipping + tax
    ship_to = address(cells, values, "ship")
    ordered_at = cells.required_moment(values, line, "sale_date")
    paid = total if cells.text(values, "date_paid") else ZERO
    return ImportedOrder(
        channel=CHANNEL,
        channel_order_id=group.key,
        number=group.key,
        ordered_at=ordered_at,
        customer_name=ship_to.name if ship_to else "",
        ship_to=ship_to,
        currency=cells.text(values, "currency").upper(),
        lines=lines,
        shipping=shipping,
        total=total,
        paid=paid,
        payment_status="paid" if paid else "pending",
        fulfillment="fulfilled" if cells.text(values, "date_shipped") else "unfulfilled",
        first_line=line,
        last_line=group.records[-1].line,
        discount=sum((ln.discount for ln in lines), ZERO),
        discount_codes=split_list(cells.text(values, "coupon_code")),
        tax=tax,
        taxes=single_tax("Sales tax", tax),
        payment_method=cells.text(values, "payment_type"),
    )


def _line(cells: Cells, values: Sequence[str], line: int) -> ImportedLine:
    quantity = cells.quantity(values, line, "quantity")
    return ImportedLine(
        sku=cells.code(values, "sku"),
        name=cells.text(values, "item_name"),
        quantity=quantity,
        unit_price=cells.amount(values, line, "price"),
        discount=cells.amount(values, line, "discount"),
        source_line=line,
        variant=cells.text(values, "variations"),
    )
