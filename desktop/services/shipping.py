"""Shipping: posting a shipment moves reserved stock from its bins to the customer, once.

"Once" is guaranteed by the order row lock, the shipped-quantity check against what is still
allocated, one shipment line per order line and shipment, the unique document key on the stock
moves, and by refusing a tracking number the order already has (a retried command).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from desktop.auth import Permission
from desktop.db.base import utcnow
from desktop.db.uow import UnitOfWork
from desktop.errors import InvalidInput, InvalidTransition, Text
from desktop.models import Allocation, Location, Order, OrderLine, Package, Product, Shipment, ShipmentLine
from desktop.models.orders import OrderStatus as S
from desktop.services import notifications
from desktop.services.allocation import allocated_units, components
from desktop.services.ledger import post_move
from desktop.services.lookup import lock_orders, lock_products, order_by_number, special_location
from desktop.services.lifecycle import SHIPPABLE, check_transition, transition
from desktop.services.order_lines import lines_of, per_sku, spread


@dataclass(frozen=True)
class PackageInput:
    """Weight in kg, dimensions in cm."""

    weight_kg: Decimal | None = None
    length_cm: Decimal | None = None
    width_cm: Decimal | None = None
    height_cm: Decimal | None = None


@dataclass(frozen=True)
class ShipmentResult:
    number: str
    order: str
    carrier: str
    service: str
    tracking: str
    lines: tuple[tuple[str, int], ...]
    order_status: str

    def as_json(self) -> dict[str, object]:
        return {"shipment": self.number, "order": self.order, "carrier": self.carrier,
                "service": self.service, "tracking": self.tracking, "status": self.order_status,
                "lines": [{"sku": s, "quantity": n} for s, n in self.lines]}


def ship(uow: UnitOfWork, number: str, carrier: str, tracking: str, *, service: str = "",
         lines: Mapping[str, int] | None = None, packages: tuple[PackageInput, ...] = (),
         cost: Decimal = Decimal("0"), label: bytes | None = None, label_mime: str = "") -> ShipmentResult:
    """Ship ``lines`` (SKU -> quantity; default: everything allocated and not yet shipped)."""
    uow.actor.require(Permission.SHIP)
    if not carrier.strip():
        raise InvalidInput("carrier", carrier, "must not be empty")
    if cost < 0:
        raise InvalidInput("cost", str(cost), "must not be negative")
    session = uow.session
    order = order_by_number(session, number)
    lock_orders(session, [order.id])
    if order.status not in {s.value for s in SHIPPABLE}:
        check_transition(order, S.SHIPPED)
    if tracking:
        same = session.scalars(select(Shipment).where(Shipment.order_id == order.id,
                                                      Shipment.tracking == tracking)).first()
        if same is not None:
            raise InvalidTransition("Order {number} already shipped with tracking {tracking} ({shipment}).",
                                    number=order.number, tracking=tracking, shipment=same.number)
    lock_products(session, {pid for l in order.lines for pid, _ in components(l)})
    plan = _plan(uow, order, lines)
    shipment = Shipment(number=f"SH{uow.next_number('shipment'):06d}", order_id=order.id, carrier=carrier.strip(),
                        service=service, tracking=tracking.strip(), cost=cost, label=label, label_mime=label_mime,
                        shipped_at=utcnow(), created_by=uow.actor.id)
    shipment.packages = [Package(weight_kg=p.weight_kg, length_cm=p.length_cm, width_cm=p.width_cm,
                                 height_cm=p.height_cm) for p in packages]
    session.add(shipment)
    session.flush()
    customer = special_location(session, "customer")
    for line, quantity in plan:
        shipment_line = ShipmentLine(shipment_id=shipment.id, order_line_id=line.id, quantity=quantity)
        session.add(shipment_line)
        session.flush()
        for product_id, per_unit in components(line):
            _consume(uow, line.id, product_id, quantity * per_unit, shipment, shipment_line.id, customer)
        line.quantity_shipped += quantity
    complete = all(l.quantity_shipped >= l.quantity for l in order.lines)
    transition(uow, order, S.SHIPPED if complete else S.PARTIALLY_SHIPPED)
    uow.audit("order.ship", "order", order.id, order.number,
              {"shipment": shipment.number, "carrier": carrier, "tracking": tracking,
               "lines": per_sku(plan)})
    uow.flush()
    notifications.on_shipped(uow, order, shipment)
    return ShipmentResult(shipment.number, order.number, shipment.carrier, service, shipment.tracking,
                          tuple((l.sku, n) for l, n in plan), order.status)


def _plan(uow: UnitOfWork, order: Order, lines: Mapping[str, int] | None) -> list[tuple[OrderLine, int]]:
    if lines is None:
        plan = [(l, allocated_units(uow, l)) for l in order.lines]
        plan = [(l, n) for l, n in plan if n > 0]
        if not plan:
            if order.status in (S.SHIPPED.value, S.PARTIALLY_SHIPPED.value):
                raise InvalidTransition("Order {number} has nothing allocated left to ship.", number=order.number)
            raise InvalidTransition("Order {number} has no allocated stock to ship; allocate it first.",
                                    number=order.number)
        return plan
    plan = []
    for sku, quantity in lines.items():
        same_sku = lines_of(order, sku, quantity)
        ready = {line.id: allocated_units(uow, line) for line in same_sku}
        spread_plan = spread(same_sku, quantity, lambda line: ready[line.id])
        if spread_plan is None:
            left = sum(line.quantity - line.quantity_shipped for line in same_sku)
            raise InvalidInput(Text("{sku} quantity", sku=sku), quantity,
                               Text("is more than the {ready} allocated and unshipped ({left} left to ship)",
                                    ready=sum(ready.values()), left=left))
        plan += spread_plan
    if not plan:
        raise InvalidInput("line", "", "nothing to ship")
    return plan


def _consume(uow: UnitOfWork, line_id: int, product_id: int, quantity: int, shipment: Shipment,
             shipment_line_id: int, customer: Location) -> None:
    """Take ``quantity`` reserved units from the line's allocations (walk order) to the customer."""
    allocations = uow.session.scalars(select(Allocation).where(
        Allocation.order_line_id == line_id, Allocation.product_id == product_id)).all()
    allocations = sorted(allocations, key=lambda a: (a.location.warehouse_id or 0, a.location.walk_order,
                                                     a.location.code))
    product = uow.session.get(Product, product_id)
    left = quantity
    for allocation in allocations:
        take = min(left, allocation.quantity)
        if take <= 0:
            break
        post_move(uow.session, uow.actor, product, allocation.location, customer, take, "ship",
                  reference=shipment.number, doc=("shipment_line", shipment_line_id), releases_reservation=take)
        allocation.quantity -= take
        if allocation.quantity == 0:
            uow.session.delete(allocation)
        left -= take
    assert left == 0, "the plan only ships allocated units"


def deliver(uow: UnitOfWork, numbers: list[str]) -> list[str]:
    """Mark shipped orders delivered (and their shipments, when the carrier has not already)."""
    uow.actor.require(Permission.SHIP)
    orders = [order_by_number(uow.session, n) for n in numbers]
    lock_orders(uow.session, [o.id for o in orders])
    now = utcnow()
    for order in orders:
        transition(uow, order, S.DELIVERED)
        for shipment in uow.session.scalars(select(Shipment).where(Shipment.order_id == order.id)):
            if shipment.delivered_at is None:
                shipment.delivered_at = now
                shipment.status = "delivered"
    uow.flush()
    return [o.number for o in orders]
