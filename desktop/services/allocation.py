"""Reserving stock for orders.

Bin rule: stock is reserved only in active sellable bins (never quarantine or scrap), of the
order's warehouse when it has one. If one bin can fill the whole line, the first such bin in
walk order is used (one pick); otherwise bins are drained in walk order (warehouse, walk order,
bin code). Never more than a bin's unreserved on-hand is reserved. What cannot be reserved stays
backordered and is offered new stock oldest order first (by order date, then id).

A kit line reserves whole kits: each component in proportion, as many kits as every component
allows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import or_, select

from desktop.auth import Permission
from desktop.db.uow import UnitOfWork
from desktop.errors import InvalidTransition
from desktop.models import Allocation, KitComponent, Location, Order, OrderLine, StockLevel
from desktop.models.orders import OrderStatus as S
from desktop.services.lifecycle import check_transition, status_words
from desktop.services.lookup import lock_orders, lock_products, order_by_number

ALLOCATABLE = {S.NEW.value, S.BACKORDERED.value, S.ALLOCATED.value, S.PARTIALLY_SHIPPED.value}


@dataclass(frozen=True)
class LineAllocation:
    sku: str
    quantity: int
    allocated: int
    shipped: int


@dataclass(frozen=True)
class AllocationResult:
    number: str
    status: str
    lines: tuple[LineAllocation, ...]

    @property
    def backordered(self) -> int:
        return sum(l.quantity - l.shipped - l.allocated for l in self.lines)

    def as_json(self) -> dict[str, object]:
        return {"number": self.number, "status": self.status, "backordered": self.backordered,
                "lines": [{"sku": l.sku, "quantity": l.quantity, "allocated": l.allocated,
                           "shipped": l.shipped} for l in self.lines]}


def allocate(uow: UnitOfWork, numbers: Iterable[str]) -> list[AllocationResult]:
    """Reserve stock for each order (in the order given); idempotent for allocated orders."""
    uow.actor.require(Permission.MANAGE_ORDERS)
    orders = [order_by_number(uow.session, n) for n in numbers]
    lock_orders(uow.session, [o.id for o in orders])
    for order in orders:
        if order.status not in ALLOCATABLE:
            raise InvalidTransition("Order {number} is {status}; it cannot be allocated.",
                                    number=order.number, status=status_words(order.status))
    lock_products(uow.session, _product_ids(orders))
    results = []
    for order in orders:
        reserved = _allocate_order(uow, order)
        if reserved:
            uow.audit("order.allocate", "order", order.id, order.number, {"reserved": reserved})
        results.append(allocation_result(uow, order))
    uow.flush()
    return results


def allocate_backorders(uow: UnitOfWork, product_ids: Iterable[int]) -> list[str]:
    """Offer stock of ``product_ids`` to backordered orders, oldest first. The caller holds the
    product locks; orders another transaction holds are skipped (that transaction sees the new
    stock when it reads after our commit), so no lock-order inversion can deadlock."""
    ids = list(product_ids)
    kit_ids = select(KitComponent.kit_id).where(KitComponent.component_id.in_(ids))
    candidates = (
        select(Order)
        .where(Order.status.in_((S.BACKORDERED.value, S.PARTIALLY_SHIPPED.value)))
        .where(Order.id.in_(select(OrderLine.order_id).where(
            or_(OrderLine.product_id.in_(ids), OrderLine.product_id.in_(kit_ids)),
            OrderLine.quantity_shipped < OrderLine.quantity)))
        .order_by(Order.ordered_at, Order.id)
        .with_for_update(skip_locked=True)
    )
    touched = []
    for order in uow.session.scalars(candidates).all():
        if _allocate_order(uow, order):
            touched.append(order.number)
            uow.audit("order.allocate", "order", order.id, order.number, {"trigger": "stock arrived"})
    return touched


def release(uow: UnitOfWork, order: Order) -> int:
    """Drop every reservation of ``order`` (cancel); returns units released. Caller holds locks."""
    released = 0
    for line in order.lines:
        for allocation in _allocations(uow, line):
            _level(uow, allocation.product_id, allocation.location_id).reserved -= allocation.quantity
            released += allocation.quantity
            uow.session.delete(allocation)
    return released


def allocation_result(uow: UnitOfWork, order: Order) -> AllocationResult:
    return AllocationResult(order.number, order.status, tuple(
        LineAllocation(l.sku, l.quantity, allocated_units(uow, l), l.quantity_shipped) for l in order.lines))


def allocated_units(uow: UnitOfWork, line: OrderLine) -> int:
    """Units of the line reserved and not yet shipped (for a kit: whole kits)."""
    per_product: dict[int, int] = {}
    for allocation in _allocations(uow, line):
        per_product[allocation.product_id] = per_product.get(allocation.product_id, 0) + allocation.quantity
    return min((per_product.get(pid, 0) // q for pid, q in _needs(line)), default=0)


def components(line: OrderLine) -> list[tuple[int, int]]:
    """(product id, units per line unit) that physically move for the line."""
    return _needs(line)


def _needs(line: OrderLine) -> list[tuple[int, int]]:
    product = line.product
    if product.is_kit:
        return [(c.component_id, c.quantity) for c in product.components]
    return [(product.id, 1)]


def _product_ids(orders: list[Order]) -> set[int]:
    return {pid for o in orders for l in o.lines for pid, _ in _needs(l)}


def _allocations(uow: UnitOfWork, line: OrderLine) -> list[Allocation]:
    return list(uow.session.scalars(select(Allocation).where(Allocation.order_line_id == line.id)
                                    .order_by(Allocation.id)))


def _level(uow: UnitOfWork, product_id: int, location_id: int) -> StockLevel:
    level = uow.session.get(StockLevel, (product_id, location_id))
    assert level is not None, "a reservation always sits on an existing level row"
    return level


def _free_bins(uow: UnitOfWork, product_id: int, warehouse_id: int | None) -> list[tuple[StockLevel, Location]]:
    query = (select(StockLevel, Location).join(Location, Location.id == StockLevel.location_id)
             .where(StockLevel.product_id == product_id, Location.kind == "bin", Location.active.is_(True),
                    StockLevel.on_hand - StockLevel.reserved > 0)
             .order_by(Location.warehouse_id, Location.walk_order, Location.code))
    if warehouse_id is not None:
        query = query.where(Location.warehouse_id == warehouse_id)
    return [(level, location) for level, location in uow.session.execute(query).all()]


def _allocate_order(uow: UnitOfWork, order: Order) -> int:
    """Reserve what can be reserved for every open line; set allocated/backordered; units reserved."""
    reserved = 0
    for line in order.lines:
        outstanding = line.quantity - line.quantity_shipped - allocated_units(uow, line)
        if outstanding <= 0:
            continue
        needs = _needs(line)
        bins = {pid: _free_bins(uow, pid, order.warehouse_id) for pid, _ in needs}
        possible = min((sum(l.on_hand - l.reserved for l, _ in bins[pid]) // q for pid, q in needs), default=0)
        units = min(outstanding, possible)
        if units <= 0:
            continue
        for pid, q in needs:
            reserved += _reserve(uow, line, pid, units * q, bins[pid])
    complete = all(l.quantity - l.quantity_shipped - allocated_units(uow, l) <= 0 for l in order.lines)
    if order.status != S.PARTIALLY_SHIPPED.value:
        target = S.ALLOCATED if complete else S.BACKORDERED
        if target.value != order.status:
            check_transition(order, target)
            order.status = target.value
    return reserved


def _reserve(uow: UnitOfWork, line: OrderLine, product_id: int, needed: int,
             bins: list[tuple[StockLevel, Location]]) -> int:
    whole = next(((lvl, loc) for lvl, loc in bins if lvl.on_hand - lvl.reserved >= needed), None)
    plan = [whole] if whole else bins
    taken = 0
    for level, location in plan:
        qty = min(needed - taken, level.on_hand - level.reserved)
        if qty <= 0:
            break
        level.reserved += qty
        existing = uow.session.scalars(select(Allocation).where(
            Allocation.order_line_id == line.id, Allocation.product_id == product_id,
            Allocation.location_id == location.id)).first()
        if existing:
            existing.quantity += qty
        else:
            uow.session.add(Allocation(order_line_id=line.id, product_id=product_id,
                                       location_id=location.id, quantity=qty))
        taken += qty
    uow.session.flush()
    return taken

