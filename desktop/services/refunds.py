"""Refunds: money back against an order, by lines and/or amount, never more than was paid.

A line refund is worth the line's net amount (after discount, plus tax when prices exclude it)
per unit times the quantity. ``amount``, when given, is the total refunded and the lines only
record which items it is for. Clerks may refund up to the ``refunds.clerk_limit`` setting;
above it a manager or admin must do it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from sqlalchemy import func, select

from desktop.auth import Permission
from desktop.db.uow import UnitOfWork
from desktop.errors import InvalidInput, PermissionDenied, Text, one_of
from desktop.models import Order, OrderLine, Refund, RefundLine
from desktop.models.returns import REFUND_METHODS
from desktop.money import ZERO, q
from desktop.services import notifications, settings
from desktop.services.lookup import lock_orders, order_by_number
from desktop.services.order_lines import lines_of, spread


def unit_refund_value(order: Order, line: OrderLine) -> Decimal:
    tax = ZERO if order.taxes_included else line.tax
    return (line.unit_price * line.quantity - line.discount + tax) / line.quantity


def line_refund_value(unit_value: Decimal, quantity: int) -> Decimal:
    """What refunding ``quantity`` units worth ``unit_value`` each gives back, in cents."""
    return q(unit_value * quantity)


def refund_total(line_values: Iterable[Decimal], shipping: Decimal, restocking_fee: Decimal) -> Decimal:
    """The refund of some line values plus shipping less the restocking fee (what the refund
    dialog shows and :func:`create_refund` books when no explicit amount is given)."""
    return q(sum(line_values, ZERO) + shipping - restocking_fee)


def create_refund(uow: UnitOfWork, number: str, *, amount: Decimal | None = None,
                  lines: Mapping[str, int] | None = None, shipping: Decimal = ZERO,
                  restocking_fee: Decimal = ZERO, method: str = "original", reference: str = "",
                  reason: str = "", notify: bool = True) -> Refund:
    """Record a refund; ``notify`` False sends the customer no email (a refund imported from
    the channel, which told the customer itself)."""
    uow.actor.require(Permission.REFUND)
    session = uow.session
    order = order_by_number(session, number)
    lock_orders(session, [order.id])
    if method not in REFUND_METHODS:
        raise InvalidInput("method", method, one_of(REFUND_METHODS))
    for name, value in ((Text("shipping"), shipping), (Text("restocking fee"), restocking_fee)):
        if value < 0:
            raise InvalidInput(name, str(value), "must not be negative")
    refund = Refund(number=f"RF{uow.next_number('refund'):06d}", order_id=order.id, method=method,
                    reference=reference, reason=reason, shipping_amount=q(shipping),
                    restocking_fee=q(restocking_fee), created_by=uow.actor.id)
    lines_total = ZERO
    for sku, quantity in (lines or {}).items():
        same_sku = lines_of(order, sku, quantity)
        already = {line.id: _refunded_units(uow, line.id) for line in same_sku}
        plan = spread(same_sku, quantity, lambda line: line.quantity - already[line.id])
        if plan is None:
            raise InvalidInput(Text("{sku} quantity", sku=sku), quantity,
                               Text("is more than can be refunded ({ordered} ordered, {refunded} already refunded)",
                                    ordered=sum(line.quantity for line in same_sku), refunded=sum(already.values())))
        for line, units in plan:
            value = line_refund_value(unit_refund_value(order, line), units)
            lines_total += value
            refund.lines.append(RefundLine(order_line_id=line.id, quantity=units, amount=value))
    shipping_left = order.shipping - refunded_shipping(uow, order.id)
    if shipping > shipping_left:
        raise InvalidInput("shipping", str(shipping),
                           Text("is more than the {left} shipping left to refund", left=shipping_left))
    if amount is not None:
        if amount <= 0:
            raise InvalidInput("amount", str(amount), "must be more than zero")
        total = q(amount)
    else:
        total = refund_total([lines_total], shipping, restocking_fee)
        if restocking_fee > lines_total + shipping:
            raise InvalidInput("restocking fee", str(restocking_fee), "is more than the amount refunded")
    if total <= 0:
        raise InvalidInput("amount", str(total), "nothing to refund: give --amount, --line or --shipping")
    left = order.paid - order.refunded
    if total > left:
        raise InvalidInput("amount", str(total),
                           Text("would exceed what was paid ({paid} {currency} paid, {refunded} already refunded, "
                                "{left} left)", paid=order.paid, currency=order.currency, refunded=order.refunded,
                                left=left))
    limit = Decimal(settings.get(uow, "refunds.clerk_limit"))
    if total > limit and not uow.actor.can(Permission.REFUND_ABOVE_LIMIT):
        raise PermissionDenied("Refunds above {limit} {currency} need a manager or an admin ({user} is {role}).",
                               limit=limit, currency=order.currency, user=uow.actor.name,
                               role=uow.actor.role.text)
    refund.amount = total
    order.refunded = q(order.refunded + total)
    order.payment_status = "refunded" if order.refunded >= order.paid else "partially_refunded"
    session.add(refund)
    uow.flush()
    uow.audit("order.refund", "order", order.id, order.number,
              {"refund": refund.number, "amount": total, "method": method, "lines": dict(lines or {}),
               "shipping": shipping, "restocking_fee": restocking_fee}, reason=reason)
    if notify:
        notifications.on_refund(uow, order, refund)
    return refund


def _refunded_units(uow: UnitOfWork, line_id: int) -> int:
    return int(uow.session.scalar(select(func.coalesce(func.sum(RefundLine.quantity), 0))
                                  .where(RefundLine.order_line_id == line_id)) or 0)


def refunded_shipping(uow: UnitOfWork, order_id: int) -> Decimal:
    """Shipping already refunded on the order."""
    rows = uow.session.scalars(select(Refund.shipping_amount).where(Refund.order_id == order_id)).all()
    return sum(rows, ZERO)
