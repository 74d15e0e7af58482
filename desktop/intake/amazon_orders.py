"""Amazon Seller Central flat-file order reports (tab-delimited), one row per order item.

"All Orders" (``amazon-order-id``, ``order-status``, ``item-price`` as the line's total for
its quantity, item and shipping tax, promotion discounts) and "Unshipped orders"
(``order-id``, ``quantity-purchased``/``quantity-shipped``, ``promise-date``, recipient
address, no prices). Rows are grouped by order id. Promotion discounts are taken as positive
amounts whichever sign the report uses.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from desktop.intake.columns import Cells, Columns, Options
from desktop.intake.countries import country_code
from desktop.intake.csvread import Record, Table
from desktop.intake.grouping import Group, grouped_orders
from desktop.intake.model import ZERO, ImportedAddress, ImportedLine, ImportedOrder
from desktop.intake.orderparts import single_tax, unit_price

FORMAT = "amazon"
SIGNATURE_FIELDS = ("order_id", "purchase_date", "sku")
REQUIRED = ("order_id", "purchase_date", "sku", "quantity")

# order-status -> (payment status, fulfillment, cancelled)
STATUSES = {
    "pending": ("pending", "unfulfilled", False),
    "pendingavailability": ("pending", "unfulfilled", False),
    "unshipped": ("paid", "unfulfilled", False),
    "partiallyshipped": ("paid", "partial", False),
    "shipping": ("paid", "unfulfilled", False),
    "shipped": ("paid", "fulfilled", False),
    "invoiceunconfirmed": ("paid", "fulfilled", False),
    "cancelled": ("voided", "unfulfilled", True),
    "canceled": ("voided", "unfulfilled", True),
    "unfulfillable": ("voided", "unfulfilled", True),
}

SYNONYMS: dict[str, Sequence[str]] = {
    "order_id": ("amazon-order-id", "order-id"), "merchant_order_id": ("merchant-order-id",),
    "purchase_date": ("purchase-date",), "payments_date": ("payments-date",),
    "last_updated": ("last-updated-date",), "status": ("order-status",),
    "promise_date": ("promise-date",), "ship_by": ("latest-ship-date", "ship-by-date"),
    "email": ("buyer-email",), "phone": ("buyer-phone-number",), "buyer": ("buyer-name",),
    "sku": ("sku",), "product_name": ("product-name",),
    "quantity": ("quantity", "quantity-purchased"), "quantity_shipped": ("quantity-shipped",),
    "service": ("ship-service-level",), "currency": ("currency",),
    "item_price": ("item-price",), "item_tax": ("item-tax",),
    "shipping_price": ("shipping-price",), "shipping_tax": ("shipping-tax",),
    "gift_wrap_price": ("gift-wrap-price",), "gift_wrap_tax": ("gift-wrap-tax",),
    "item_discount": ("item-promotion-discount",),
    "ship_discount": ("ship-promotion-discount",),
    "recipient": ("recipient-name",), "ship_line1": ("ship-address-1",),
    "ship_line2": ("ship-address-2",), "ship_line3": ("ship-address-3",),
    "ship_city": ("ship-city",), "ship_region": ("ship-state",),
    "ship_postal_code": ("ship-postal-code",), "ship_country": ("ship-country",),
    "ship_phone": ("ship-phone-number",), "gift_message": ("gift-message-text",),
}


def parse(table: Table, options: Options) -> list[ImportedOrder]:
    """Parse an Amazon All Orders or Unshipped orders report; problems go to
    ``table.problems``."""
    columns = Columns(table.headers, SYNONYMS)
    cells = options.cells(table.file, columns, table.problems, table.delimiter)
    return grouped_orders(table.records, cells, "order_id", _order)


def _order(cells: Cells, group: Group) -> ImportedOrder:
    rows = group.records
    first = group.records[0]
    values, line = first.values, first.line
    lines = tuple(_line(cells, r.values, r.line) for r in rows)
    shipping = sum((cells.amount(r.values, r.line, "shipping_price")
                    + cells.amount(r.values, r.line, "gift_wrap_price")
                    - abs(cells.amount(r.values, r.line, "ship_discount")) for r in rows), ZERO)
    shipping_tax = sum((cells.amount(r.values, r.line, "shipping_tax")
                        + cells.amount(r.values, r.line, "gift_wrap_tax") for r in rows), ZERO)
    item_tax = sum((ln.tax for ln in lines), ZERO)
    discount = sum((ln.discount for ln in lines), ZERO)
    items = sum((_line_total(ln) for ln in lines), ZERO)
    total = items - discount + shipping + item_tax + shipping_tax
    payment_status, fulfillment, cancelled = _status(cells, rows, lines)
    ordered_at = cells.required_moment(values, line, "purchase_date")
    ship_to = _ship_to(cells, values)
    gift_message = cells.text(values, "gift_message")
    tax = item_tax + shipping_tax
    return ImportedOrder(
        channel=FORMAT,
        channel_order_id=group.key,
        number=group.key,
        ordered_at=ordered_at,
        customer_name=cells.text(values, "buyer") or (ship_to.name if ship_to else ""),
        email=cells.text(values, "email"),
        phone=cells.code(values, "phone"),
        ship_to=ship_to,
        currency=cells.text(values, "currency").upper(),
        lines=lines,
        shipping=shipping,
        shipping_tax=shipping_tax,
        total=total,
        paid=total if payment_status == "paid" else ZERO,
        payment_status=payment_status,
        fulfillment=fulfillment,
        cancelled_at=cells.moment(values, line, "last_updated") if cancelled else None,
        gift=bool(gift_message),
        gift_message=gift_message,
        ship_by=cells.day(values, line, "ship_by"),
        promise_date=cells.day(values, line, "promise_date"),
        shipping_service=cells.text(values, "service"),
        first_line=line,
        last_line=group.records[-1].line,
        cancelled=cancelled,
        discount=discount,
        tax=tax,
        taxes=single_tax("Tax", tax),
    )


def _line_total(line: ImportedLine) -> Decimal:
    return line.unit_price * line.quantity if line.quantity else ZERO


def _line(cells: Cells, values: Sequence[str], line: int) -> ImportedLine:
    quantity = cells.quantity(values, line, "quantity")
    price = cells.amount(values, line, "item_price")
    return ImportedLine(
        sku=cells.code(values, "sku"),
        name=cells.text(values, "product_name"),
        quantity=quantity,
        unit_price=unit_price(price, quantity),
        discount=abs(cells.amount(values, line, "item_discount")),
        tax=cells.amount(values, line, "item_tax"),
        source_line=line,
    )


def _status(cells: Cells, rows: list[Record],
            lines: tuple[ImportedLine, ...]) -> tuple[str, str, bool]:
    values, line = rows[0].values, rows[0].line
    raw = cells.text(values, "status")
    if raw:
        status = STATUSES.get(raw.casefold().replace(" ", ""))
        if status is None:
            cells.problem(line, "status", raw, "unknown Amazon order status")
            return "pending", "unfulfilled", False
        return status
    paid = "paid" if cells.text(values, "payments_date") else "pending"
    shipped = sum(cells.integer(r.values, r.line, "quantity_shipped") or 0 for r in rows)
    ordered = sum(ln.quantity for ln in lines)
    fulfillment = "unfulfilled" if not shipped else "fulfilled" if shipped >= ordered else "partial"
    return paid, fulfillment, False


def _ship_to(cells: Cells, values: Sequence[str]) -> ImportedAddress | None:
    parts = [cells.text(values, f"ship_line{n}") for n in (1, 2, 3)]
    city = cells.text(values, "ship_city")
    country = cells.text(values, "ship_country")
    postal_code = cells.code(values, "ship_postal_code")
    if not (any(parts) or city or country or postal_code):
        return None
    return ImportedAddress(
        name=cells.text(values, "recipient"), company="", line1=parts[0],
        line2=", ".join(p for p in parts[1:] if p), city=city,
        region=cells.text(values, "ship_region"), postal_code=postal_code,
        country=country_code(country), phone=cells.code(values, "ship_phone"),
    )
