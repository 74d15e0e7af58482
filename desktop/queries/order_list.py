"""The orders list as SQL: filters, sorting, keyset paging and counts per status.

Every function takes a read unit of work and returns plain data, so it may run on any worker
thread. Paging is by keyset (the sort value and id of the last row seen), never by OFFSET, so the
millionth row costs what the first does. Sorts use an index wherever one exists (number, date,
customer, status, ship-by); the others (channel, country, total, paid) are correct but scan.

Free text is matched as a prefix, in SQL ranges that an index serves, over the order number,
customer name, email, tracking number and SKU/barcode. Prefixes are tried as typed and in lower,
upper and title case, because SQLite compares case-sensitively. Each kind of match with few
orders is read as ids first (one limited index range); a kind with many is checked row by row
while walking the sort index, which then finds a page of matches quickly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, func, literal, or_, select, tuple_
from sqlalchemy.orm import InstrumentedAttribute

from desktop.db.uow import UnitOfWork
from desktop.models import AuditEntry, Order, OrderLine, Product, Shipment
from desktop.models.orders import OrderStatus as S

OPEN = (S.NEW.value, S.ALLOCATED.value, S.BACKORDERED.value, S.PICKING.value, S.PACKED.value,
        S.PARTIALLY_SHIPPED.value)
SORTS: dict[str, InstrumentedAttribute[Any]] = {
    "number": Order.number, "date": Order.ordered_at, "channel": Order.channel,
    "customer": Order.customer_name, "country": Order.ship_country, "total": Order.total,
    "paid": Order.paid, "status": Order.status, "ship_by": Order.ship_by,
}
NULLABLE = {"ship_by"}
KINDS = ("number", "customer", "email", "tracking", "sku")
SPARSE = 2000
"""A kind of text match with at most this many orders is read as ids; more are checked per row."""


@dataclass(frozen=True)
class OrderFilter:
    """``due`` is "" (any), "late" (open and ship-by before today) or "today" (open, ship-by today).
    ``date_from``/``date_to`` are inclusive calendar days in UTC. ``today`` is for tests."""

    statuses: tuple[str, ...] = ()
    channel: str = ""
    date_from: date | None = None
    date_to: date | None = None
    due: str = ""
    text: str = ""
    today: date | None = None


@dataclass(frozen=True)
class Sort:
    key: str = "date"
    descending: bool = True


@dataclass(frozen=True)
class OrderRow:
    """One line of the list. ``total`` and ``paid`` are None for roles that may not see prices."""

    id: int
    number: str
    ordered_at: datetime
    channel: str
    customer: str
    country: str
    items: int
    total: Decimal | None
    paid: Decimal | None
    currency: str
    status: str
    ship_by: date | None
    late: bool


@dataclass(frozen=True)
class TextMatch:
    """``ids``: orders found by the rare kinds of match; ``dense``: kinds checked row by row."""

    ids: tuple[int, ...]
    dense: tuple[str, ...]


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: the sort value and id of the last row delivered."""

    value: Any
    id: int


@dataclass(frozen=True)
class Page:
    rows: tuple[OrderRow, ...]
    next: Cursor | None = field(default=None)


def page(uow: UnitOfWork, flt: OrderFilter, sort: Sort, after: Cursor | None = None, limit: int = 200,
         *, prices: bool = True) -> Page:
    """Up to ``limit`` rows after ``after`` in ``sort`` order; ``next`` is None on the last page."""
    dialect = uow.session.get_bind().dialect.name
    match = match_text(uow, flt.text)
    result = uow.session.execute(page_statement(dialect, flt, sort, after, limit, match)).all()
    rows = _rows(result, flt, prices)
    cursor = None
    if len(rows) == limit:
        cursor = Cursor(_raw_sort_value(result[-1], sort), rows[-1].id)
    return Page(rows, cursor)


def match_text(uow: UnitOfWork, text: str) -> TextMatch | None:
    """How to find ``text``: each kind of match (number, customer, email, tracking, SKU) is read
    as ids when it has at most :data:`SPARSE` matches, else left to a row-by-row check. None for
    no text."""
    bare = text.strip().lstrip("#")
    if not text.strip():
        return None
    if not bare:
        return TextMatch((), ())
    ids: set[int] = set()
    dense: list[str] = []
    for kind in KINDS:
        found = list(uow.session.scalars(_kind_ids(kind, bare).limit(SPARSE + 1)))
        if len(found) > SPARSE:
            dense.append(kind)
        else:
            ids.update(found)
    return TextMatch(tuple(sorted(ids)), tuple(dense))


def page_statement(dialect: str, flt: OrderFilter, sort: Sort, after: Cursor | None = None,
                   limit: int = 200, match: TextMatch | None = None) -> Select[Any]:
    """The SELECT behind :func:`page` (benchmarks time it bare); ``match`` comes from :func:`match_text`.

    On SQLite a channel filter is kept off the (channel, channel_order_id) index unless sorting by
    channel: that index cannot serve the sort, and sorting a quarter of a million rows is slower
    than walking the sort index past the other channels.
    """
    column = _sort_column(sort)
    conditions = _conditions(flt, channel_index=dialect != "sqlite" or sort.key == "channel")
    if match is not None:
        conditions.append(_match_condition(match, flt.text.strip().lstrip("#")))
    query = _columns().where(*conditions)
    if after is not None:
        query = query.where(_beyond(dialect, sort, after))
    order = (column.desc(), Order.id.desc()) if sort.descending else (column.asc(), Order.id.asc())
    return query.order_by(*order).limit(limit)


def rows_by_ids(uow: UnitOfWork, ids: list[int], flt: OrderFilter | None = None, *,
                prices: bool = True) -> tuple[OrderRow, ...]:
    """The rows for ``ids`` in the order given (ids that no longer exist are left out)."""
    result = uow.session.execute(_columns().where(Order.id.in_(ids))).all()
    found = {row.id: row for row in _rows(result, flt or OrderFilter(), prices)}
    return tuple(found[i] for i in ids if i in found)


def status_counts(uow: UnitOfWork, flt: OrderFilter) -> dict[str, int]:
    """How many orders match ``flt`` per status, ignoring its own status filter."""
    unstatused = OrderFilter(channel=flt.channel, date_from=flt.date_from, date_to=flt.date_to, due=flt.due,
                             text=flt.text, today=flt.today)
    conditions = _conditions(unstatused)
    match = match_text(uow, flt.text)
    if match is not None:
        conditions.append(_match_condition(match, flt.text.strip().lstrip("#")))
    query = select(Order.status, func.count()).where(*conditions).group_by(Order.status)
    return {status: count for status, count in uow.session.execute(query).all()}


def channels(uow: UnitOfWork) -> list[str]:
    """Every channel orders came from (a short list, served by the (channel, id) unique index)."""
    return list(uow.session.scalars(select(Order.channel).distinct().order_by(Order.channel)))


def change_marker(uow: UnitOfWork) -> int:
    """A number that grows whenever any PC changes anything (every change is audited)."""
    return int(uow.session.scalar(select(func.max(AuditEntry.id))) or 0)


def _sort_column(sort: Sort) -> InstrumentedAttribute[Any]:
    if sort.key not in SORTS:
        raise ValueError(f"unknown sort {sort.key!r}")
    return SORTS[sort.key]


def _columns() -> Select[Any]:
    items = (select(func.coalesce(func.sum(OrderLine.quantity), 0)).where(OrderLine.order_id == Order.id)
             .scalar_subquery())
    return select(Order.id, Order.number, Order.ordered_at, Order.channel, Order.customer_name, Order.ship_country,
                  items.label("items"), Order.total, Order.paid, Order.currency, Order.status, Order.ship_by)


def _rows(result: Any, flt: OrderFilter, prices: bool) -> tuple[OrderRow, ...]:
    """``result``'s rows (``_columns`` order, unpacked by position: a page is read on every
    filter change and scroll, and by-name access to each field costs more than the row object)."""
    today = flt.today or datetime.now(timezone.utc).date()
    return tuple(
        OrderRow(id_, number, ordered_at, channel, customer, country, int(items), total if prices else None,
                 paid if prices else None, currency, status, ship_by,
                 ship_by is not None and ship_by < today and status in OPEN)
        for id_, number, ordered_at, channel, customer, country, items, total, paid, currency, status, ship_by
        in result)


def _raw_sort_value(row: Any, sort: Sort) -> Any:
    return getattr(row, {"customer": "customer_name", "country": "ship_country", "date": "ordered_at"}
                   .get(sort.key, sort.key))


def _conditions(flt: OrderFilter, *, channel_index: bool = True) -> list[ColumnElement[bool]]:
    """Every filter but the free text (see :func:`match_text`)."""
    conditions: list[ColumnElement[bool]] = []
    if flt.statuses:
        conditions.append(Order.status.in_(flt.statuses))
    if flt.channel:
        conditions.append(Order.channel == flt.channel if channel_index else (Order.channel + "") == flt.channel)
    if flt.date_from:
        conditions.append(Order.ordered_at >= datetime.combine(flt.date_from, time(), timezone.utc))
    if flt.date_to:
        conditions.append(Order.ordered_at < datetime.combine(flt.date_to + timedelta(days=1), time(), timezone.utc))
    today = flt.today or datetime.now(timezone.utc).date()
    if flt.due == "late":
        conditions += [Order.ship_by < today, Order.status.in_(OPEN)]
    elif flt.due == "today":
        conditions += [Order.ship_by == today, Order.status.in_(OPEN)]
    elif flt.due:
        raise ValueError(f"unknown due filter {flt.due!r}")
    return conditions


def _variants(text: str) -> set[str]:
    return {text, text.lower(), text.upper(), text.title(), text[:1].upper() + text[1:]}


def _prefix(column: InstrumentedAttribute[str], text: str) -> ColumnElement[bool]:
    """``column`` starts with ``text``, as a range an index can serve on SQLite and PostgreSQL."""
    upper = text[:-1] + chr(ord(text[-1]) + 1)
    return and_(column >= text, column < upper, column.startswith(text, autoescape=True))


def _any_prefix(column: InstrumentedAttribute[str], texts: set[str]) -> ColumnElement[bool]:
    return or_(*(_prefix(column, t) for t in sorted(texts)))


def _product_ids(bare: str) -> Select[Any]:
    return select(Product.id).where(or_(_any_prefix(Product.sku, _variants(bare)), Product.barcode == bare))


def _kind_ids(kind: str, bare: str) -> Select[Any]:
    """Order ids matched by one kind of match, served by that kind's own index."""
    variants = _variants(bare)
    if kind == "number":
        return select(Order.id).where(_any_prefix(Order.number, variants | {"#" + v for v in variants}))
    if kind == "customer":
        return select(Order.id).where(_any_prefix(Order.customer_name, variants))
    if kind == "email":
        return select(Order.id).where(_any_prefix(Order.email, {bare.lower(), bare}))
    if kind == "tracking":
        return select(Shipment.order_id).where(_any_prefix(Shipment.tracking, variants))
    return select(OrderLine.order_id).where(OrderLine.product_id.in_(_product_ids(bare)))


def _kind_condition(kind: str, bare: str) -> ColumnElement[bool]:
    """One kind of match checked on the order row at hand (for a walk along the sort index)."""
    variants = _variants(bare)
    if kind == "number":
        return _any_prefix(Order.number, variants | {"#" + v for v in variants})
    if kind == "customer":
        return _any_prefix(Order.customer_name, variants)
    if kind == "email":
        return _any_prefix(Order.email, {bare.lower(), bare})
    if kind == "tracking":
        return select(Shipment.id).where(Shipment.order_id == Order.id, _any_prefix(Shipment.tracking, variants)).exists()
    return select(OrderLine.id).where(OrderLine.order_id == Order.id,
                                      OrderLine.product_id.in_(_product_ids(bare))).exists()


def _match_condition(match: TextMatch, bare: str) -> ColumnElement[bool]:
    if not bare:
        return false()
    parts = [_kind_condition(kind, bare) for kind in match.dense]
    if match.ids or not parts:
        parts.insert(0, Order.id.in_(match.ids))
    return or_(*parts)


def _beyond(dialect: str, sort: Sort, after: Cursor) -> ColumnElement[bool]:
    """Rows strictly after ``after`` in ``sort`` order (ties broken by id in the same direction).

    NULLs (only ship-by has them) sort as the smallest value on SQLite and the largest on PostgreSQL.
    """
    column = _sort_column(sort)
    desc = sort.descending
    later_id = Order.id < after.id if desc else Order.id > after.id
    nulls_at_end = (dialect != "sqlite") != desc
    if after.value is None:
        same_group = and_(column.is_(None), later_id)
        return same_group if nulls_at_end else or_(same_group, column.is_not(None))
    pair = tuple_(column, Order.id)
    cursor = tuple_(literal(after.value, column.type), literal(after.id, Order.id.type))
    moved = pair < cursor if desc else pair > cursor
    if sort.key in NULLABLE and nulls_at_end:
        return or_(moved, column.is_(None))
    return moved


def numbers(uow: UnitOfWork, ids: list[int]) -> list[str]:
    """Order numbers for ``ids`` in ascending id order (the lock order the services use)."""
    return list(uow.session.scalars(select(Order.number).where(Order.id.in_(ids)).order_by(Order.id)))
