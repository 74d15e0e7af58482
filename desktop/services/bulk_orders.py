"""Creating many new orders at once, with the results :func:`desktop.services.orders.create_order`
would give each of them.

:func:`create_orders_bulk` first checks every input in Python with create_order's rules and
error messages (the SKUs, order numbers and channel keys of the whole batch are each looked up
with one query per ``KEYS`` keys), computes lines, totals, payment status and promise dates as
create_order does (the promise rules and the shop country are read once), and only then writes
the valid orders, their lines and one ``order.create`` audit entry per order with one
executemany INSERT per table. An invalid order comes back with its error and nothing of it is
written. It runs in the caller's unit of work and never commits.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import insert, select, tuple_
from sqlalchemy.orm import Session

from desktop.auth import Permission
from desktop.db.base import utcnow
from desktop.db.uow import UnitOfWork
from desktop.errors import InvalidInput, NotFound, UserError
from desktop.models import AuditEntry, Order, OrderLine, Product
from desktop.models.orders import ADDRESS_FIELDS
from desktop.models.orders import OrderStatus as S
from desktop.money import ZERO, q
from desktop.promises import ANY, PromiseRules, promise_for
from desktop.services import notifications, settings
from desktop.services.exceptions import promise_rules
from desktop.services.order_rules import (
    check_amounts, check_header, check_line_amounts, check_quantity, payment_status, totals,
)
from desktop.services.orders import Address, LineInput, OrderInput

KEYS = 500
T = TypeVar("T")
Placeholders = Callable[[UnitOfWork, Mapping[str, LineInput]], None]


@dataclass(frozen=True, slots=True)
class BulkResult:
    """What became of one input, in input order: the created order's ``number`` and
    ``order_id``, or the ``error`` create_order would have raised (then nothing was written)."""

    number: str | None
    order_id: int | None = None
    error: UserError | None = None


@dataclass(frozen=True, slots=True)
class _Product:
    id: int
    sku: str
    name: str
    price: Decimal


@dataclass(slots=True)
class _Prepared:
    """A checked order: its ``orders`` row, its lines as (sku, LineInput, unit price), and its
    id once written."""

    row: dict[str, Any]
    lines: list[tuple[str, LineInput, Decimal]]
    order_id: int | None = None


def create_orders_bulk(uow: UnitOfWork, inputs: Sequence[OrderInput], *, notify: bool = False,
                       placeholders: Placeholders | None = None) -> list[BulkResult]:
    """Create the valid orders of ``inputs`` (see the module contract); one result per input.

    ``notify`` queues each created order's "order received" email as create_order does.
    ``placeholders``, when given, makes an unknown SKU acceptable on a line that has its own
    ``unit_price``: after checking, it is called once with the unknown SKUs of the valid orders
    (each with its first line) and must create those products before the orders are written.
    """
    uow.actor.require(Permission.MANAGE_ORDERS)
    session = uow.session
    numbers = [_header(uow, data) for data in inputs]
    named = [n for n in numbers if isinstance(n, str)]
    taken = set(_in_chunks(named, lambda chunk: session.scalars(select(Order.number).where(Order.number.in_(chunk)))))
    keys = [(d.channel, d.channel_order_id or n) for d, n in zip(inputs, numbers) if isinstance(n, str)]
    imported = {tuple(row) for row in _in_chunks(keys, lambda chunk: session.execute(
        select(Order.channel, Order.channel_order_id).where(tuple_(Order.channel, Order.channel_order_id).in_(chunk))))}
    products = _products(session, {line.sku for data in inputs for line in data.lines})
    context = _Context(promise_rules(uow), settings.get(uow, "shop.country"), utcnow())
    outcomes: list[_Prepared | UserError] = []
    for data, number in zip(inputs, numbers):
        if isinstance(number, UserError):
            outcomes.append(number)
            continue
        try:
            outcomes.append(_prepare(data, number, taken, imported, products, placeholders is not None, context))
        except UserError as error:
            outcomes.append(error)
    valid = [o for o in outcomes if isinstance(o, _Prepared)]
    missing = {sku: line for p in valid for sku, line, _ in p.lines if sku not in products}
    if missing and placeholders is not None:
        placeholders(uow, missing)
        products.update(_products(session, set(missing)))
    ids = _write(uow, valid, products, context.now)
    if notify:
        for order in _in_chunks(ids, lambda chunk: session.scalars(select(Order).where(Order.id.in_(chunk)))):
            notifications.on_order_created(uow, order)
    return [BulkResult(None, error=o) if isinstance(o, UserError) else BulkResult(o.row["number"], o.order_id)
            for o in outcomes]


@dataclass(frozen=True, slots=True)
class _Context:
    rules: PromiseRules
    shop_country: str
    now: datetime


def _header(uow: UnitOfWork, data: OrderInput) -> str | UserError:
    """The order's number after create_order's checks that come before it, or their error."""
    try:
        check_header(data)
    except InvalidInput as problem:
        return problem
    return data.number or f"P{1000 + uow.next_number('order')}"


def _prepare(data: OrderInput, number: str, taken: set[str], imported: set[tuple[str, str]],
             products: Mapping[str, _Product], placeholders: bool, context: _Context) -> _Prepared:
    """Check the rest of ``data`` in create_order's order and build its row; claims its number
    and channel key in ``taken`` and ``imported`` so a later input of the batch cannot reuse them."""
    if number in taken:
        raise InvalidInput("number", number, "is already used by another order")
    channel_order_id = data.channel_order_id or number
    if (data.channel, channel_order_id) in imported:
        raise InvalidInput("channel order id", channel_order_id, f"already imported from {data.channel}")
    lines = [_line(index, line, products, placeholders) for index, line in enumerate(data.lines, start=1)]
    shipping = q(data.shipping)
    amounts = totals(((q(price), line.quantity, q(line.discount), q(line.tax)) for _, line, price in lines),
                     shipping, data.taxes_included)
    check_amounts(data)
    taken.add(number)
    imported.add((data.channel, channel_order_id))
    country = data.ship_to.country.strip().upper()
    ordered_at = data.ordered_at or context.now
    promise = promise_for(ordered_at, data.channel, data.shipping_service, ANY, context.shop_country, country,
                          context.rules, data.ship_by, data.deliver_by)
    paid = q(data.paid)
    row: dict[str, Any] = {
        "number": number, "channel": data.channel, "channel_order_id": channel_order_id, "status": S.NEW.value,
        "held_from": None, "ordered_at": ordered_at, "customer_name": data.customer_name.strip(),
        "email": data.email.strip(), "phone": data.phone, "language": data.language,
        "currency": data.currency.upper(), "subtotal": amounts.subtotal, "discount_total": amounts.discount_total,
        "tax_total": amounts.tax_total, "taxes_included": data.taxes_included, "shipping": shipping,
        "total": amounts.total, "payment_status": data.payment_status or payment_status(paid, amounts.total),
        "paid": paid, "refunded": ZERO, "notes": data.notes, "gift": data.gift, "gift_message": data.gift_message,
        "tags": ",".join(data.tags), "shipping_service": data.shipping_service, "ship_by": promise.ship_by,
        "deliver_by": promise.deliver_by, "warehouse_id": data.warehouse_id, "created_at": context.now,
        "updated_at": context.now, "version": 1,
    }
    ship_to = replace(data.ship_to, country=country)
    _address(row, "ship", ship_to)
    _address(row, "bill", data.bill_to or ship_to)
    return _Prepared(row, lines)


def _line(index: int, line: LineInput, products: Mapping[str, _Product],
          placeholders: bool) -> tuple[str, LineInput, Decimal]:
    """(sku, line, unit price) after create_order's checks of line ``index``."""
    check_quantity(index, line)
    if line.sku not in products and (not placeholders or line.unit_price is None):
        raise NotFound("SKU", line.sku)
    price = line.unit_price if line.unit_price is not None else products[line.sku].price
    check_line_amounts(index, line, price)
    return line.sku, line, price


def _address(row: dict[str, Any], prefix: str, address: Address) -> None:
    for name in ADDRESS_FIELDS:
        row[f"{prefix}_{name}"] = getattr(address, name).strip()


def _write(uow: UnitOfWork, prepared: Sequence[_Prepared], products: Mapping[str, _Product],
           now: datetime) -> list[int]:
    """Insert the orders, their lines and audit entries; the order ids in input order.

    The ids come back by the unique order number: on SQLite ``sort_by_parameter_order`` would
    cost one statement per row, while plain RETURNING is batched on SQLite and PostgreSQL."""
    if not prepared:
        return []
    session = uow.session
    table = Order.__table__
    by_number = dict(session.execute(insert(table).returning(table.c.number, table.c.id), [p.row for p in prepared])
                     .all())
    ids = [by_number[p.row["number"]] for p in prepared]
    lines, audit = [], []
    for order_id, order in zip(ids, prepared):
        order.order_id = order_id
        for line_no, (sku, line, price) in enumerate(order.lines, start=1):
            product = products[sku]
            lines.append({"order_id": order_id, "line_no": line_no, "product_id": product.id, "sku": product.sku,
                          "name": line.name or product.name, "quantity": line.quantity, "unit_price": q(price),
                          "discount": q(line.discount), "tax": q(line.tax), "tax_name": line.tax_name,
                          "tax_rate": line.tax_rate, "quantity_shipped": 0, "quantity_returned": 0})
        row = order.row
        detail = {"channel": row["channel"], "lines": len(order.lines), "total": row["total"]}
        audit.append({"at": now, "user_id": uow.actor.id, "user_name": uow.actor.name, "action": "order.create",
                      "entity": "order", "entity_id": order_id, "entity_ref": row["number"],
                      "detail": json.dumps(detail, default=str, ensure_ascii=False), "reason": ""})
    session.execute(insert(OrderLine.__table__), lines)
    session.execute(insert(AuditEntry.__table__), audit)
    return ids


def _products(session: Session, skus: set[str]) -> dict[str, _Product]:
    rows = _in_chunks(sorted(skus), lambda chunk: session.execute(
        select(Product.id, Product.sku, Product.name, Product.price).where(Product.sku.in_(chunk))))
    return {sku: _Product(id_, sku, name, price) for id_, sku, name, price in rows}


def _in_chunks(keys: Iterable[T], query: Callable[[list[T]], Iterable[Any]]) -> Iterator[Any]:
    """The rows of ``query`` run over ``keys`` (deduplicated) ``KEYS`` at a time."""
    unique = list(dict.fromkeys(keys))
    for start in range(0, len(unique), KEYS):
        yield from query(unique[start:start + KEYS])
