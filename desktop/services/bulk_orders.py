"""Creating many new orders at once, with the results :func:`desktop.services.orders.create_order`
would give each of them.

:func:`create_orders_bulk` first checks every input in Python with create_order's rules and
error messages (the SKUs, order numbers and channel keys of the whole batch are each looked up
with one query per ``KEYS`` keys), computes lines, totals, payment status and promise dates as
create_order does (the promise rules and the shop country are read once), and only then writes
the valid orders, their lines and one ``order.create`` audit entry per order with one
executemany INSERT per table. An invalid order comes back with its error and nothing of it is
written. It runs in the caller's unit of work and never commits.

Rows are built in the form the tables store (money in integer cents, times as UTC datetimes)
and go to the database driver directly: statements are compiled once per dialect, and a value
goes through its column type's conversion for that dialect once per distinct value, not once
per row, because for the tens of thousands of rows of an import SQLAlchemy's handling of each
row's parameters costs more than the database's own work. The same code runs on SQLite and
PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from functools import lru_cache
from operator import attrgetter
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import (
    BindParameter, Connection, Dialect, Select, Table, TypeDecorator, bindparam, column, insert, select, table,
)
from sqlalchemy.sql.expression import TableClause

from desktop.auth import Permission
from desktop.db.base import utcnow
from desktop.db.uow import UnitOfWork
from desktop.errors import InvalidInput, NotFound, Text, UserError
from desktop.models import AuditEntry, Order, OrderLine, Product
from desktop.models.orders import ADDRESS_FIELDS
from desktop.models.orders import OrderStatus as S
from desktop.money import from_cents
from desktop.promises import ANY, Promise, PromiseRules, promise_for
from desktop.services import notifications, settings
from desktop.services.exceptions import promise_rules
from desktop.services.order_rules import (
    cent_totals, cents, check_amounts, check_header, check_line_amounts, check_quantity, payment_status,
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
class ProductRow:
    """The catalogue fields order creation reads."""

    id: int
    sku: str
    name: str
    price: Decimal


def create_orders_bulk(uow: UnitOfWork, inputs: Sequence[OrderInput], *, notify: bool = False,
                       placeholders: Placeholders | None = None) -> list[BulkResult]:
    """Create the valid orders of ``inputs`` (see the module contract); one result per input.

    ``notify`` queues each created order's "order received" email as create_order does.
    ``placeholders``, when given, makes an unknown SKU acceptable on a line that has its own
    ``unit_price``: after checking, it is called once with the unknown SKUs of the valid orders
    (each with its first line) and must create those products before the orders are written.
    """
    uow.actor.require(Permission.MANAGE_ORDERS)
    uow.flush()
    connection = uow.session.connection()
    numbers = [_header(uow, data) for data in inputs]
    named = [n for n in numbers if isinstance(n, str)]
    taken = set(order_ids(connection, named))
    imported = set(find_orders(connection, [(d.channel, d.channel_order_id or n)
                                            for d, n in zip(inputs, numbers) if isinstance(n, str)]))
    products = find_products(connection, {line.sku for data in inputs for line in data.lines})
    promises = _Promises(promise_rules(uow), settings.get(uow, "shop.country"))
    now = utcnow()
    outcomes: list[_Prepared | UserError] = []
    for data, number in zip(inputs, numbers):
        if isinstance(number, UserError):
            outcomes.append(number)
            continue
        try:
            outcomes.append(_prepare(data, number, taken, imported, products, placeholders is not None, promises,
                                     now))
        except UserError as error:
            outcomes.append(error)
    valid = [o for o in outcomes if isinstance(o, _Prepared)]
    missing = {line.input.sku: line.input for p in valid for line in p.lines if line.input.sku not in products}
    if missing and placeholders is not None:
        placeholders(uow, missing)
        products.update(find_products(connection, set(missing)))
    ids = _write(uow, valid, products, now)
    if notify:
        for chunk in _chunks(ids):
            for order in uow.session.scalars(select(Order).where(Order.id.in_(chunk))):
                notifications.on_order_created(uow, order)
    return [BulkResult(None, error=o) if isinstance(o, UserError) else BulkResult(o.number, o.order_id)
            for o in outcomes]


# Checking and preparing rows ------------------------------------------------------------------

class _Line(NamedTuple):
    """A checked line: the input and its amounts in cents."""

    input: LineInput
    unit_price: int
    discount: int
    tax: int


@dataclass(slots=True)
class _Prepared:
    """A checked order: its number, its ``orders`` row (``_ORDER_COLUMNS``, money in cents),
    its lines, and its id once written."""

    number: str
    row: tuple[Any, ...]
    lines: list[_Line]
    order_id: int | None = None


class _Promises:
    """promise_for with the batch's rules and shop country, computed once per distinct
    (handling start day, channel, service, destination, channel dates): by the rules in
    :mod:`desktop.promises`, the order time matters only through the day handling starts."""

    def __init__(self, rules: PromiseRules, shop_country: str) -> None:
        self.rules, self.shop_country = rules, shop_country
        self.known: dict[tuple[date, str, str, str, date | None, date | None], Promise] = {}

    def __call__(self, ordered_at: datetime, data: OrderInput, country: str) -> Promise:
        key = (self.rules.handling_start(ordered_at), data.channel, data.shipping_service, country, data.ship_by,
               data.deliver_by)
        promise = self.known.get(key)
        if promise is None:
            promise = self.known[key] = promise_for(ordered_at, data.channel, data.shipping_service, ANY,
                                                    self.shop_country, country, self.rules, data.ship_by,
                                                    data.deliver_by)
        return promise


def _header(uow: UnitOfWork, data: OrderInput) -> str | UserError:
    """The order's number after create_order's checks that come before it, or their error."""
    try:
        check_header(data)
    except InvalidInput as problem:
        return problem
    return data.number or f"P{1000 + uow.next_number('order')}"


def _prepare(data: OrderInput, number: str, taken: set[str], imported: set[tuple[str, str]],
             products: Mapping[str, ProductRow], placeholders: bool, promises: _Promises, now: datetime) -> _Prepared:
    """Check the rest of ``data`` in create_order's order and build its row; claims its number
    and channel key in ``taken`` and ``imported`` so a later input of the batch cannot reuse them."""
    if number in taken:
        raise InvalidInput("number", number, "is already used by another order")
    channel_order_id = data.channel_order_id or number
    if (data.channel, channel_order_id) in imported:
        raise InvalidInput("channel order id", channel_order_id,
                           Text("already imported from {channel}", channel=data.channel))
    lines = [_line(index, line, products, placeholders) for index, line in enumerate(data.lines, start=1)]
    shipping = cents(data.shipping)
    amounts = cent_totals(((line.unit_price, line.input.quantity, line.discount, line.tax) for line in lines),
                          shipping, data.taxes_included)
    check_amounts(data)
    taken.add(number)
    imported.add((data.channel, channel_order_id))
    country = data.ship_to.country.strip().upper()
    ordered_at = data.ordered_at or now
    promise = promises(ordered_at, data, country)
    paid = cents(data.paid)
    ship = _address_values(data.ship_to, country)
    if data.bill_to is None or (data.bill_to is data.ship_to and data.ship_to.country == country):
        bill = ship
    else:
        bill = _address_values(data.bill_to, data.bill_to.country.strip())
    row = (number, data.channel, channel_order_id, S.NEW.value, None, ordered_at.astimezone(timezone.utc),
           data.customer_name.strip(), data.email.strip(), data.phone, data.language, data.currency.upper(),
           amounts.subtotal, amounts.discount_total, amounts.tax_total, data.taxes_included, shipping, amounts.total,
           data.payment_status or payment_status(paid, amounts.total), paid, 0, data.notes, data.gift,
           data.gift_message, ",".join(data.tags), data.shipping_service, promise.ship_by, promise.deliver_by,
           data.warehouse_id, now, now, 1, *ship, *bill)
    return _Prepared(number, row, lines)


def _line(index: int, line: LineInput, products: Mapping[str, ProductRow], placeholders: bool) -> _Line:
    """Line ``index`` after create_order's checks, with its amounts in cents."""
    check_quantity(index, line)
    if line.sku not in products and (not placeholders or line.unit_price is None):
        raise NotFound("SKU", line.sku)
    price = line.unit_price if line.unit_price is not None else products[line.sku].price
    check_line_amounts(index, line, price)
    return _Line(line, cents(price), cents(line.discount), cents(line.tax))


_ADDRESS_PARTS = attrgetter(*ADDRESS_FIELDS)
_COUNTRY = ADDRESS_FIELDS.index("country")


def _address_values(address: Address, country: str) -> list[str]:
    """The address columns' values in ``ADDRESS_FIELDS`` order: ``address`` stripped, with ``country``."""
    values = list(map(str.strip, _ADDRESS_PARTS(address)))
    values[_COUNTRY] = country
    return values


# Writing --------------------------------------------------------------------------------------

def _stored(model_table: Table) -> TableClause:
    """``model_table`` with each column typed by what it stores (a TypeDecorator's underlying
    type): rows for it carry Money as integer cents and UtcDateTime as aware UTC datetimes."""
    return table(model_table.name, *(
        column(c.name, c.type.impl_instance if isinstance(c.type, TypeDecorator) else c.type)
        for c in model_table.columns))


_ORDERS = _stored(Order.__table__)
_LINES = _stored(OrderLine.__table__)
_AUDIT = _stored(AuditEntry.__table__)
_ORDER_COLUMNS = ("number", "channel", "channel_order_id", "status", "held_from", "ordered_at", "customer_name",
                  "email", "phone", "language", "currency", "subtotal", "discount_total", "tax_total",
                  "taxes_included", "shipping", "total", "payment_status", "paid", "refunded", "notes", "gift",
                  "gift_message", "tags", "shipping_service", "ship_by", "deliver_by", "warehouse_id", "created_at",
                  "updated_at", "version", *(f"ship_{name}" for name in ADDRESS_FIELDS),
                  *(f"bill_{name}" for name in ADDRESS_FIELDS))
_CHANNEL, _TOTAL = _ORDER_COLUMNS.index("channel"), _ORDER_COLUMNS.index("total")
_LINE_COLUMNS = ("order_id", "line_no", "product_id", "sku", "name", "quantity", "unit_price", "discount", "tax",
                 "tax_name", "tax_rate", "quantity_shipped", "quantity_returned")
_AUDIT_COLUMNS = ("at", "user_id", "user_name", "action", "entity", "entity_id", "entity_ref", "detail", "reason")
_AUDIT_JSON = json.JSONEncoder(ensure_ascii=False)


def _write(uow: UnitOfWork, prepared: Sequence[_Prepared], products: Mapping[str, ProductRow],
           now: datetime) -> list[int]:
    """Insert the orders, their lines and audit entries; the order ids in input order (read
    back by the unique order number)."""
    if not prepared:
        return []
    connection = uow.session.connection()
    _insert(connection, _ORDERS, _ORDER_COLUMNS, [p.row for p in prepared])
    by_number = order_ids(connection, [p.number for p in prepared])
    actor = uow.actor
    lines, audit = [], []
    for order in prepared:
        order_id = order.order_id = by_number[order.number]
        for line_no, (given, unit_price, discount, tax) in enumerate(order.lines, start=1):
            product = products[given.sku]
            lines.append((order_id, line_no, product.id, product.sku, given.name or product.name, given.quantity,
                          unit_price, discount, tax, given.tax_name, given.tax_rate, 0, 0))
        detail = {"channel": order.row[_CHANNEL], "lines": len(order.lines),
                  "total": str(from_cents(order.row[_TOTAL]))}
        audit.append((now, actor.id, actor.name, "order.create", "order", order_id, order.number,
                      _AUDIT_JSON.encode(detail), ""))
    _insert(connection, _LINES, _LINE_COLUMNS, lines)
    _insert(connection, _AUDIT, _AUDIT_COLUMNS, audit)
    return [p.order_id for p in prepared]


def _insert(connection: Connection, target: TableClause, names: tuple[str, ...],
            rows: Sequence[Sequence[Any]]) -> None:
    """INSERT ``rows`` (values for the columns ``names``, in storage form: values that compare
    equal are stored alike) into ``target`` with one executemany of the database driver; each
    distinct value of a column goes once through its type's bind processor for the dialect
    (SQLite's date and time text)."""
    if not rows:
        return
    statement = _insert_statement(connection.dialect, target, names)
    parameters: Sequence[Any] = rows
    if statement.processors or statement.names != names:
        given = dict(zip(names, zip(*rows)))
        columns = [given[name] for name in statement.names]
        for index, processor in statement.processors:
            converted = {value: processor(value) for value in set(columns[index])}
            columns[index] = tuple(map(converted.__getitem__, columns[index]))
        parameters = list(zip(*columns))
    if not statement.positional:
        parameters = [dict(zip(statement.names, values)) for values in parameters]
    connection.exec_driver_sql(statement.sql, list(parameters))


class _Statement(NamedTuple):
    """A statement compiled for one dialect: its SQL, its parameter names in the order the SQL
    takes them, whether they are positional, and the (index, bind processor) of the columns
    that have one."""

    sql: str
    names: tuple[str, ...]
    positional: bool
    processors: tuple[tuple[int, Callable[[Any], Any]], ...] = ()

    def arguments(self, values: Mapping[str, Any]) -> tuple[Any, ...] | Mapping[str, Any]:
        """``values`` by parameter name in the form the driver takes them."""
        return tuple(values[name] for name in self.names) if self.positional else values


@lru_cache(maxsize=64)
def _insert_statement(dialect: Dialect, target: TableClause, keys: tuple[str, ...]) -> _Statement:
    """The INSERT of columns ``keys`` into ``target`` compiled for ``dialect``."""
    compiled = insert(target).compile(dialect=dialect, column_keys=list(keys))
    names = tuple(compiled.positiontup) if compiled.positional else keys
    processors = tuple((index, processor) for index, name in enumerate(names)
                       if (processor := target.c[name].type.dialect_impl(dialect).bind_processor(dialect)))
    return _Statement(compiled.string, names, compiled.positional, processors)


# Looking up -----------------------------------------------------------------------------------

Query = Callable[[list[BindParameter[Any]]], Select[Any]]


def find_orders(connection: Connection, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The ids of the orders that have one of the (channel, channel order id) ``keys``, by key;
    one query per channel and ``KEYS`` ids, each using the unique index on the pair."""
    ids: dict[str, list[str]] = {}
    for channel, channel_order_id in keys:
        ids.setdefault(channel, []).append(channel_order_id)
    found: dict[tuple[str, str], int] = {}
    for channel, channel_ids in ids.items():
        found.update(((channel, key), order_id) for key, order_id in _rows_for_keys(
            connection, _orders_by_channel_id, channel_ids, channel=channel))
    return found


def order_ids(connection: Connection, numbers: Iterable[str]) -> dict[str, int]:
    """The ids of the orders that have one of the ``numbers``, by number."""
    return dict(_rows_for_keys(connection, _orders_by_number, numbers))


def find_products(connection: Connection, skus: Iterable[str]) -> dict[str, ProductRow]:
    """The products that have one of the ``skus``, by SKU."""
    return {sku: ProductRow(id_, sku, name, from_cents(price))
            for id_, sku, name, price in _rows_for_keys(connection, _products_by_sku, skus)}


def _orders_by_channel_id(keys: list[BindParameter[Any]]) -> Select[Any]:
    return select(Order.channel_order_id, Order.id).where(Order.channel == bindparam("channel"),
                                                          Order.channel_order_id.in_(keys))


def _orders_by_number(keys: list[BindParameter[Any]]) -> Select[Any]:
    return select(Order.number, Order.id).where(Order.number.in_(keys))


def _products_by_sku(keys: list[BindParameter[Any]]) -> Select[Any]:
    return select(Product.id, Product.sku, Product.name, Product.price).where(Product.sku.in_(keys))


def _rows_for_keys(connection: Connection, query: Query, keys: Iterable[Any], **parameters: Any) -> Iterator[Any]:
    """The rows of ``query`` for ``keys`` (deduplicated), ``KEYS`` at a time, straight from the
    driver (values as stored: money in cents): ``query`` builds the SELECT from one bound
    parameter per key, which is compiled once per dialect and number of keys; ``parameters``
    are its other bound parameters."""
    for chunk in _chunks(keys):
        statement = _select_statement(connection.dialect, query, len(chunk))
        values = dict(zip(_KEY_NAMES, chunk), **parameters)
        yield from connection.exec_driver_sql(statement.sql, statement.arguments(values)).all()


_KEY_NAMES = tuple(f"key{index}" for index in range(KEYS))


@lru_cache(maxsize=64)
def _select_statement(dialect: Dialect, query: Query, size: int) -> _Statement:
    """``query`` over ``size`` keys compiled for ``dialect``."""
    compiled = query([bindparam(name) for name in _KEY_NAMES[:size]]).compile(dialect=dialect)
    return _Statement(compiled.string, tuple(compiled.positiontup or ()), compiled.positional)


def _chunks(keys: Iterable[T]) -> Iterator[list[T]]:
    """``keys`` without repeats, ``KEYS`` at a time."""
    unique = list(dict.fromkeys(keys))
    for start in range(0, len(unique), KEYS):
        yield unique[start:start + KEYS]
