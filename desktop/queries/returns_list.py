"""What the returns screen reads: RMAs by status, refunds, and what an order can still return or
refund.

Every function takes a read unit of work and returns plain data, so it may run on any worker
thread. Refund amounts are money: roles that may not see prices get no refund rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select

from desktop.auth import Permission
from desktop.db.uow import UnitOfWork
from desktop.models import Order, OrderLine, Refund, RefundLine, ReturnLine, Rma, User
from desktop.money import q
from desktop.services import settings
from desktop.services.lookup import order_by_number, rma_by_number
from desktop.services.refunds import line_refund_value, refund_total, refunded_shipping, unit_refund_value

OPEN_STATUSES = ("authorised", "partially_received")


@dataclass(frozen=True)
class RmaRow:
    number: str
    order: str
    customer: str
    status: str
    created_at: datetime
    units: int
    received: int


@dataclass(frozen=True)
class RefundRow:
    number: str
    order: str
    customer: str
    amount: Decimal
    currency: str
    method: str
    payment_status: str
    created_at: datetime
    user: str


@dataclass(frozen=True)
class ReturnableLine:
    sku: str
    name: str
    returnable: int


@dataclass(frozen=True)
class RmaLineRow:
    sku: str
    name: str
    quantity: int
    received: int
    reason: str


@dataclass(frozen=True)
class RefundableLine:
    sku: str
    name: str
    units: int
    unit_value: Decimal


@dataclass(frozen=True)
class RefundQuote:
    """What can still be refunded on an order, and the signed-in user's limit (None: no limit)."""

    order: str
    currency: str
    lines: tuple[RefundableLine, ...]
    shipping_left: Decimal
    money_left: Decimal
    limit: Decimal | None

    def amount(self, units: dict[str, int], shipping: Decimal, fee: Decimal) -> Decimal:
        """The refund total the service will compute for these inputs."""
        values = {l.sku: l.unit_value for l in self.lines}
        return refund_total((line_refund_value(values[s], n) for s, n in units.items() if n), shipping, fee)


def rmas(uow: UnitOfWork, statuses: tuple[str, ...] = OPEN_STATUSES) -> list[RmaRow]:
    """RMAs in ``statuses`` (all when empty), newest first."""
    units = select(func.sum(ReturnLine.quantity)).where(ReturnLine.rma_id == Rma.id).scalar_subquery()
    received = select(func.sum(ReturnLine.received)).where(ReturnLine.rma_id == Rma.id).scalar_subquery()
    query = (select(Rma.number, Order.number, Order.customer_name, Rma.status, Rma.created_at, units, received)
             .join(Order, Order.id == Rma.order_id).order_by(Rma.id.desc()).limit(1000))
    if statuses:
        query = query.where(Rma.status.in_(statuses))
    return [RmaRow(n, o, c, s, at, int(u or 0), int(r or 0)) for n, o, c, s, at, u, r in uow.session.execute(query)]


def refunds(uow: UnitOfWork, payment_status: str = "") -> list[RefundRow]:
    """Refunds, newest first, optionally of orders in ``payment_status`` (refunded or
    partially_refunded); none for roles that may not see money."""
    if not uow.actor.can(Permission.SEE_PRICES):
        return []
    query = (select(Refund, Order.number, Order.customer_name, Order.currency, Order.payment_status, User.name)
             .join(Order, Order.id == Refund.order_id).outerjoin(User, User.id == Refund.created_by)
             .order_by(Refund.id.desc()).limit(1000))
    if payment_status:
        query = query.where(Order.payment_status == payment_status)
    return [RefundRow(r.number, number, customer, r.amount, currency, r.method, status, r.created_at, user or "system")
            for r, number, customer, currency, status, user in uow.session.execute(query)]


def returnable(uow: UnitOfWork, order_number: str) -> tuple[str, list[ReturnableLine]]:
    """The order's number as stored and its lines with units shipped and not yet returned."""
    order = order_by_number(uow.session, order_number.strip())
    return order.number, [ReturnableLine(l.sku, l.name, l.quantity_shipped - l.quantity_returned)
                          for l in order.lines if l.quantity_shipped > l.quantity_returned]


def rma_lines(uow: UnitOfWork, number: str) -> list[RmaLineRow]:
    rma = rma_by_number(uow.session, number)
    return [RmaLineRow(l.order_line.sku, l.order_line.name, l.quantity, l.received, l.reason) for l in rma.lines]


def refund_quote(uow: UnitOfWork, order_number: str) -> RefundQuote:
    uow.actor.require(Permission.REFUND)
    order = order_by_number(uow.session, order_number.strip())
    refunded: dict[int, int] = dict(uow.session.execute(  # type: ignore[arg-type]
        select(RefundLine.order_line_id, func.sum(RefundLine.quantity)).join(OrderLine)
        .where(OrderLine.order_id == order.id).group_by(RefundLine.order_line_id)).all())
    lines = tuple(RefundableLine(l.sku, l.name, l.quantity - int(refunded.get(l.id, 0)), unit_refund_value(order, l))
                  for l in order.lines if l.quantity > int(refunded.get(l.id, 0)))
    limit = None if uow.actor.can(Permission.REFUND_ABOVE_LIMIT) else Decimal(settings.get(uow, "refunds.clerk_limit"))
    return RefundQuote(order.number, order.currency, lines, q(order.shipping - refunded_shipping(uow, order.id)),
                       q(order.paid - order.refunded), limit)
