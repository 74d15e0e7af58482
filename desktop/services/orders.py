"""Orders: creation, edits before allocation, hold/release, cancel, pick and pack."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select

from desktop.auth import Permission
from desktop.db.base import utcnow
from desktop.db.uow import UnitOfWork
from desktop.errors import ConcurrencyError, InvalidInput, InvalidTransition, Text
from desktop.models import Order, OrderLine
from desktop.address import Address
from desktop.models.orders import ADDRESS_FIELDS
from desktop.models.orders import OrderStatus as S
from desktop.money import ZERO, q
from desktop.services import notifications, order_rules
from desktop.services.allocation import release
from desktop.services.exceptions import assign_promise
from desktop.services.lifecycle import check_transition, status_words, transition
from desktop.services.lookup import lock_orders, lock_products, order_by_number, product_by_sku

@dataclass(frozen=True)
class LineInput:
    """``discount`` and ``tax`` are amounts for the whole line. ``unit_price`` None takes the
    catalogue price."""

    sku: str
    quantity: int
    unit_price: Decimal | None = None
    discount: Decimal = ZERO
    tax: Decimal = ZERO
    tax_name: str = ""
    tax_rate: str = ""
    name: str = ""


@dataclass(frozen=True)
class OrderInput:
    customer_name: str
    ship_to: Address
    lines: tuple[LineInput, ...]
    number: str | None = None
    channel: str = "manual"
    channel_order_id: str | None = None
    ordered_at: datetime | None = None
    email: str = ""
    phone: str = ""
    language: str = ""
    bill_to: Address | None = None
    currency: str = "USD"
    shipping: Decimal = ZERO
    taxes_included: bool = False
    paid: Decimal = ZERO
    payment_status: str | None = None
    notes: str = ""
    gift: bool = False
    gift_message: str = ""
    tags: tuple[str, ...] = field(default=())
    shipping_service: str = ""
    ship_by: date | None = None
    deliver_by: date | None = None
    warehouse_id: int | None = None


def create_order(uow: UnitOfWork, data: OrderInput, *, notify: bool = True) -> Order:
    """Insert a new order with its lines and totals. Raises :class:`InvalidInput` naming the bad
    field; nothing is written when anything is wrong (the caller's unit of work rolls back).
    ``notify`` False queues no "order received" email (historic orders from an import)."""
    uow.actor.require(Permission.MANAGE_ORDERS)
    session = uow.session
    country = order_rules.check_header(data)
    number = data.number or f"P{1000 + uow.next_number('order')}"
    if session.scalars(select(Order.id).where(Order.number == number)).first() is not None:
        raise InvalidInput("number", number, "is already used by another order")
    channel_order_id = data.channel_order_id or number
    if session.scalars(select(Order.id).where(Order.channel == data.channel,
                                              Order.channel_order_id == channel_order_id)).first():
        raise InvalidInput("channel order id", channel_order_id,
                           Text("already imported from {channel}", channel=data.channel))
    order = Order(number=number, channel=data.channel, channel_order_id=channel_order_id,
                  ordered_at=data.ordered_at or utcnow(), customer_name=data.customer_name.strip(),
                  email=data.email.strip(), phone=data.phone, language=data.language,
                  currency=data.currency.upper(), shipping=q(data.shipping), taxes_included=data.taxes_included,
                  notes=data.notes, gift=data.gift, gift_message=data.gift_message, tags=",".join(data.tags),
                  shipping_service=data.shipping_service, ship_by=data.ship_by, deliver_by=data.deliver_by,
                  warehouse_id=data.warehouse_id, status=S.NEW.value)
    _set_address(order, "ship", replace(data.ship_to, country=country))
    _set_address(order, "bill", data.bill_to or replace(data.ship_to, country=country))
    for index, line in enumerate(data.lines, start=1):
        order.lines.append(_new_line(uow, index, line))
    _recompute_totals(order)
    order_rules.check_amounts(data)
    order.paid = q(data.paid)
    order.refunded = q(0)
    order.payment_status = data.payment_status or _payment_status(order)
    session.add(order)
    uow.flush()
    assign_promise(uow, order)
    uow.audit("order.create", "order", order.id, order.number,
              {"channel": order.channel, "lines": len(order.lines), "total": order.total})
    if notify:
        notifications.on_order_created(uow, order)
    return order


def _new_line(uow: UnitOfWork, index: int, line: LineInput) -> OrderLine:
    order_rules.check_quantity(index, line)
    product = product_by_sku(uow.session, line.sku)
    price = product.price if line.unit_price is None else line.unit_price
    order_rules.check_line_amounts(index, line, price)
    return OrderLine(line_no=index, product_id=product.id, sku=product.sku, name=line.name or product.name,
                     quantity=line.quantity, unit_price=q(price), discount=q(line.discount), tax=q(line.tax),
                     tax_name=line.tax_name, tax_rate=line.tax_rate, product=product)


def _set_address(order: Order, prefix: str, address: Address) -> None:
    for name in ADDRESS_FIELDS:
        setattr(order, f"{prefix}_{name}", getattr(address, name).strip())


def address_of(order: Order, prefix: str = "ship") -> Address:
    return Address(**{name: getattr(order, f"{prefix}_{name}") for name in ADDRESS_FIELDS})


def _recompute_totals(order: Order) -> None:
    order.subtotal, order.discount_total, order.tax_total, order.total = order_rules.totals(
        ((l.unit_price, l.quantity, l.discount, l.tax) for l in order.lines), order.shipping, order.taxes_included)


def _payment_status(order: Order) -> str:
    return order_rules.payment_status(order.paid, order.total)


def edit_order(uow: UnitOfWork, number: str, expected_version: int, data: OrderInput) -> Order:
    """Replace customer, addresses, lines and amounts of an order not yet allocated.

    ``expected_version`` is the version the editor loaded; if someone changed the order since,
    :class:`ConcurrencyError` tells the user to reload.
    """
    uow.actor.require(Permission.MANAGE_ORDERS)
    order = order_by_number(uow.session, number, lock=True)
    if order.version != expected_version:
        raise ConcurrencyError(Text("Order {number}", number=order.number))
    if order.status not in (S.NEW.value, S.ON_HOLD.value) or (order.status == S.ON_HOLD.value
                                                              and order.held_from != S.NEW.value):
        raise InvalidTransition("Order {number} is {status}; only new orders can be edited.", number=order.number,
                                status=status_words(order.status))
    order.customer_name = data.customer_name
    order.email = data.email
    order.phone = data.phone
    order.notes = data.notes
    order.gift = data.gift
    order.gift_message = data.gift_message
    order.shipping = q(data.shipping)
    order.shipping_service = data.shipping_service
    order.ship_by = data.ship_by
    _set_address(order, "ship", data.ship_to)
    if data.bill_to:
        _set_address(order, "bill", data.bill_to)
    order.lines.clear()
    uow.flush()
    for index, line in enumerate(data.lines, start=1):
        order.lines.append(_new_line(uow, index, line))
    _recompute_totals(order)
    order.payment_status = data.payment_status or _payment_status(order)
    uow.flush()
    uow.audit("order.edit", "order", order.id, order.number, {"lines": len(order.lines), "total": order.total})
    return order


def _locked(uow: UnitOfWork, numbers: list[str]) -> list[Order]:
    orders = [order_by_number(uow.session, n) for n in numbers]
    lock_orders(uow.session, [o.id for o in orders])
    return orders


def hold(uow: UnitOfWork, numbers: list[str], reason: str = "") -> list[Order]:
    uow.actor.require(Permission.MANAGE_ORDERS)
    orders = _locked(uow, numbers)
    for order in orders:
        previous = order.status
        transition(uow, order, S.ON_HOLD, reason)
        order.held_from = previous
    uow.flush()
    return orders


def release_hold(uow: UnitOfWork, numbers: list[str]) -> list[Order]:
    uow.actor.require(Permission.MANAGE_ORDERS)
    orders = _locked(uow, numbers)
    for order in orders:
        if order.status != S.ON_HOLD.value:
            raise InvalidTransition("Order {number} is not on hold.", number=order.number)
        transition(uow, order, S(order.held_from or S.NEW.value))
        order.held_from = None
    uow.flush()
    return orders


def cancel(uow: UnitOfWork, numbers: list[str], reason: str = "") -> list[Order]:
    """Cancel orders not yet shipped and release their reservations."""
    uow.actor.require(Permission.MANAGE_ORDERS)
    orders = _locked(uow, numbers)
    for order in orders:
        check_transition(order, S.CANCELLED)
    lock_products(uow.session, {l.product_id for o in orders for l in o.lines}
                  | {c.component_id for o in orders for l in o.lines for c in l.product.components})
    for order in orders:
        released = release(uow, order)
        transition(uow, order, S.CANCELLED, reason)
        uow.audit("order.release_stock", "order", order.id, order.number, {"units": released})
    uow.flush()
    return orders


def start_picking(uow: UnitOfWork, numbers: list[str]) -> list[Order]:
    uow.actor.require(Permission.SHIP)
    orders = _locked(uow, numbers)
    for order in orders:
        if order.status != S.PICKING.value:
            transition(uow, order, S.PICKING)
    uow.flush()
    return orders


def pack(uow: UnitOfWork, numbers: list[str]) -> list[Order]:
    """Mark fully allocated orders packed (the pack station calls this after verification)."""
    uow.actor.require(Permission.SHIP)
    orders = _locked(uow, numbers)
    for order in orders:
        if order.status == S.BACKORDERED.value:
            raise InvalidTransition("Order {number} is backordered; allocate it fully or ship the allocated part "
                                    "first.", number=order.number)
        transition(uow, order, S.PACKED)
    uow.flush()
    return orders

