"""Plain input for the accounting exports. Every money value travels with its currency;
timestamps are aware (UTC) and are shown in ``AccountingData.tz``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timezone, tzinfo
from decimal import Decimal

ZERO = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class OrderRow:
    """One order. ``items`` is the gross of its lines (before discounts); ``total`` what the
    customer was charged."""

    number: str
    channel: str
    ordered_at: datetime
    customer_name: str
    email: str
    currency: str
    items: Decimal
    discount: Decimal
    shipping: Decimal
    tax: Decimal
    total: Decimal
    paid: Decimal
    refunded: Decimal
    payment_status: str
    fulfillment: str
    cancelled: bool = False
    country: str = ""
    prices_include_tax: bool = False


@dataclass(frozen=True, slots=True)
class LineRow:
    """One order line; ``gross`` is quantity x unit price, ``net`` after the line discount."""

    order_number: str
    ordered_at: datetime
    sku: str
    name: str
    quantity: int
    unit_price: Decimal
    discount: Decimal
    tax: Decimal
    tax_name: str
    tax_rate: Decimal | None
    currency: str

    @property
    def gross(self) -> Decimal:
        return self.unit_price * self.quantity

    @property
    def net(self) -> Decimal:
        return self.gross - self.discount


@dataclass(frozen=True, slots=True)
class PaymentRow:
    """Money received for an order."""

    order_number: str
    paid_at: datetime
    method: str
    reference: str
    amount: Decimal
    currency: str


@dataclass(frozen=True, slots=True)
class RefundRow:
    """Money given back: items, shipping and tax refunded, less a restocking fee kept."""

    order_number: str
    refunded_at: datetime
    credit_note: str
    reason: str
    items: Decimal
    shipping: Decimal
    tax: Decimal
    restocking_fee: Decimal
    currency: str

    @property
    def total(self) -> Decimal:
        return self.items + self.shipping + self.tax - self.restocking_fee


@dataclass(frozen=True, slots=True)
class ShipmentRow:
    """A parcel: what the customer paid for shipping vs what the label cost the shop.
    ``label_currency`` is the currency of ``label_cost`` when it differs from the order's."""

    order_number: str
    shipped_at: datetime
    carrier: str
    service: str
    tracking: str
    charged: Decimal
    label_cost: Decimal
    currency: str
    label_currency: str = ""


@dataclass(frozen=True, slots=True)
class TaxRow:
    """Tax charged on an order under one tax name and rate (percent)."""

    order_number: str
    ordered_at: datetime
    name: str
    rate: Decimal | None
    taxable: Decimal
    amount: Decimal
    currency: str


@dataclass(frozen=True, slots=True)
class InventoryRow:
    """Stock on hand of one product at one location at the end of the period."""

    sku: str
    name: str
    location: str
    quantity: int
    unit_cost: Decimal
    currency: str

    @property
    def value(self) -> Decimal:
        return self.unit_cost * self.quantity


@dataclass(frozen=True)
class AccountingData:
    """Everything the accounting workbook shows for the period ``start``..``end`` inclusive."""

    start: date
    end: date
    orders: tuple[OrderRow, ...] = ()
    lines: tuple[LineRow, ...] = ()
    payments: tuple[PaymentRow, ...] = ()
    refunds: tuple[RefundRow, ...] = ()
    shipments: tuple[ShipmentRow, ...] = ()
    taxes: tuple[TaxRow, ...] = ()
    inventory: tuple[InventoryRow, ...] = ()
    tz: tzinfo = field(default=timezone.utc)

    def invoiced_orders(self) -> Iterator[tuple[OrderRow, list[LineRow]]]:
        """The orders not cancelled, in order, each with its lines in order."""
        lines_by_order: dict[str, list[LineRow]] = {}
        for line in self.lines:
            lines_by_order.setdefault(line.order_number, []).append(line)
        for order in self.orders:
            if not order.cancelled:
                yield order, lines_by_order.get(order.number, [])


def order_discount(order: OrderRow, lines: Iterable[LineRow]) -> Decimal:
    """The part of ``order``'s discount that its ``lines`` do not carry themselves."""
    return order.discount - sum((line.discount for line in lines), ZERO)
