"""Read models: an order with everything about it, as plain data for the CLI, UI and documents."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select

from desktop.auth import Permission
from desktop.db.uow import UnitOfWork
from desktop.models import Allocation, AuditEntry, Refund, Rma, Shipment
from desktop.services.allocation import allocated_units
from desktop.services.lookup import order_by_number
from desktop.services.orders import Address, address_of


@dataclass(frozen=True)
class LineDetail:
    id: int
    sku: str
    name: str
    quantity: int
    unit_price: Decimal | None
    discount: Decimal | None
    tax: Decimal | None
    allocated: int
    shipped: int
    returned: int
    bins: tuple[str, ...]


@dataclass(frozen=True)
class ShipmentDetail:
    number: str
    carrier: str
    service: str
    tracking: str
    status: str
    shipped_at: datetime
    delivered_at: datetime | None
    cost: Decimal | None
    lines: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class ReturnDetail:
    number: str
    status: str
    lines: tuple[tuple[str, int, str, int], ...]


@dataclass(frozen=True)
class RefundDetail:
    number: str
    amount: Decimal
    shipping: Decimal
    restocking_fee: Decimal
    method: str
    created_at: datetime


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    user: str
    action: str
    detail: str
    reason: str


@dataclass(frozen=True)
class OrderDetail:
    """An order as shown to ``actor``: money fields are None for roles that may not see prices."""

    id: int
    number: str
    channel: str
    channel_order_id: str
    status: str
    ordered_at: datetime
    customer_name: str
    email: str
    phone: str
    ship_to: Address
    bill_to: Address
    currency: str
    subtotal: Decimal | None
    discount_total: Decimal | None
    tax_total: Decimal | None
    shipping: Decimal | None
    total: Decimal | None
    paid: Decimal | None
    refunded: Decimal | None
    payment_status: str
    notes: str
    gift: bool
    gift_message: str
    tags: tuple[str, ...]
    shipping_service: str
    ship_by: date | None
    deliver_by: date | None
    version: int
    lines: tuple[LineDetail, ...]
    shipments: tuple[ShipmentDetail, ...]
    returns: tuple[ReturnDetail, ...]
    refunds: tuple[RefundDetail, ...]
    timeline: tuple[TimelineEntry, ...]

    def as_json(self) -> dict[str, object]:
        """The ``order show --json`` shape; money as decimal strings."""
        def money(value: Decimal | None) -> str | None:
            return None if value is None else str(value)
        return {
            "number": self.number, "channel": self.channel, "status": self.status,
            "ordered_at": self.ordered_at.isoformat(), "customer": self.customer_name, "email": self.email,
            "ship_to": asdict(self.ship_to), "currency": self.currency, "subtotal": money(self.subtotal),
            "shipping": money(self.shipping), "tax": money(self.tax_total), "total": money(self.total),
            "paid": money(self.paid), "refunded": money(self.refunded), "payment_status": self.payment_status,
            "gift": self.gift, "ship_by": self.ship_by.isoformat() if self.ship_by else None,
            "version": self.version,
            "lines": [{"sku": l.sku, "name": l.name, "quantity": l.quantity, "unit_price": money(l.unit_price),
                       "allocated": l.allocated, "shipped": l.shipped, "returned": l.returned,
                       "bins": list(l.bins)} for l in self.lines],
            "shipments": [{"number": s.number, "carrier": s.carrier, "service": s.service, "tracking": s.tracking,
                           "status": s.status, "lines": [{"sku": k, "quantity": n} for k, n in s.lines]}
                          for s in self.shipments],
            "returns": [{"number": r.number, "status": r.status,
                         "lines": [{"sku": k, "quantity": n, "reason": why, "received": got}
                                   for k, n, why, got in r.lines]} for r in self.returns],
            "refunds": [{"number": r.number, "amount": str(r.amount), "shipping": str(r.shipping),
                         "restocking_fee": str(r.restocking_fee), "method": r.method} for r in self.refunds],
        }


def order_detail(uow: UnitOfWork, number: str) -> OrderDetail:
    session = uow.session
    order = order_by_number(session, number)
    prices = uow.actor.can(Permission.SEE_PRICES)

    def money(value: Decimal) -> Decimal | None:
        return value if prices else None

    lines = []
    for line in order.lines:
        bins = tuple(sorted({a.location.label for a in session.scalars(
            select(Allocation).where(Allocation.order_line_id == line.id))}))
        lines.append(LineDetail(line.id, line.sku, line.name, line.quantity, money(line.unit_price),
                                money(line.discount), money(line.tax), allocated_units(uow, line),
                                line.quantity_shipped, line.quantity_returned, bins))
    shipments = tuple(
        ShipmentDetail(s.number, s.carrier, s.service, s.tracking, s.status, s.shipped_at, s.delivered_at,
                       money(s.cost), tuple((l.order_line.sku, l.quantity) for l in s.lines))
        for s in session.scalars(select(Shipment).where(Shipment.order_id == order.id).order_by(Shipment.id)))
    returns = tuple(
        ReturnDetail(r.number, r.status, tuple((l.order_line.sku, l.quantity, l.reason, l.received) for l in r.lines))
        for r in session.scalars(select(Rma).where(Rma.order_id == order.id).order_by(Rma.id)))
    refunds = tuple(
        RefundDetail(r.number, r.amount, r.shipping_amount, r.restocking_fee, r.method, r.created_at)
        for r in session.scalars(select(Refund).where(Refund.order_id == order.id).order_by(Refund.id))
    ) if prices else ()
    timeline = tuple(
        TimelineEntry(a.at, a.user_name, a.action, a.detail, a.reason)
        for a in session.scalars(select(AuditEntry).where(AuditEntry.entity == "order", AuditEntry.entity_id == order.id)
                                 .order_by(AuditEntry.id)))
    return OrderDetail(
        order.id, order.number, order.channel, order.channel_order_id, order.status, order.ordered_at,
        order.customer_name, order.email, order.phone, address_of(order, "ship"), address_of(order, "bill"),
        order.currency, money(order.subtotal), money(order.discount_total), money(order.tax_total),
        money(order.shipping), money(order.total), money(order.paid), money(order.refunded), order.payment_status,
        order.notes, order.gift, order.gift_message, tuple(t for t in order.tags.split(",") if t),
        order.shipping_service, order.ship_by, order.deliver_by, order.version, tuple(lines), shipments, returns,
        refunds, timeline)

