"""Receiving, adjusting, transferring and looking at stock.

Every function takes the product row lock first, posts moves through
:func:`desktop.services.ledger.post_move`, audits, and leaves committing to the caller.
Receiving and restocking offer the new units to backordered orders, oldest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from desktop.auth import Permission
from desktop.db.uow import UnitOfWork
from desktop.errors import InvalidInput, InvalidTransition, Text, one_of
from desktop.models import Location, Product, PurchaseOrder, PurchaseOrderLine, StockLevel, Warehouse
from desktop.services.allocation import allocate_backorders
from desktop.services.ledger import post_move
from desktop.services.lookup import (
    default_bin, location_by_code, lock_products, product_by_sku, special_location,
)

ADJUST_REASONS = ("damaged", "lost", "found", "count", "expired", "theft", "correction", "other")


@dataclass(frozen=True)
class LocationStock:
    location: str
    on_hand: int
    reserved: int


@dataclass(frozen=True)
class StockView:
    sku: str
    on_hand: int
    reserved: int
    available: int
    incoming: int
    locations: tuple[LocationStock, ...]

    def as_json(self) -> dict[str, object]:
        return {"sku": self.sku, "on_hand": self.on_hand, "reserved": self.reserved,
                "available": self.available, "incoming": self.incoming,
                "locations": [{"location": l.location, "on_hand": l.on_hand, "reserved": l.reserved}
                              for l in self.locations]}


def _positive(quantity: int) -> int:
    if not isinstance(quantity, int) or quantity <= 0:
        raise InvalidInput("quantity", quantity, "must be a positive whole number")
    return quantity


def _stockable(uow: UnitOfWork, sku: str) -> Product:
    product = product_by_sku(uow.session, sku)
    if product.is_kit:
        raise InvalidInput("SKU", sku, "is a kit; its stock is its components' stock")
    lock_products(uow.session, [product.id])
    return product


def _bin(uow: UnitOfWork, code: str | None, field: Text, product: Product | None = None) -> Location:
    """The named location, else the product's only bin, else the first bin in walk order.
    A product stocked in several bins must be told which one (``field`` names the option)."""
    if code:
        location = location_by_code(uow.session, code, field)
        if location.kind not in ("bin", "quarantine", "scrap"):
            raise InvalidInput(field, code, "is not a bin")
        return location
    if product is not None:
        homes = uow.session.scalars(
            select(Location).join(StockLevel, StockLevel.location_id == Location.id)
            .where(StockLevel.product_id == product.id, StockLevel.on_hand != 0, Location.kind == "bin")
            .order_by(Location.walk_order, Location.code)).all()
        if len(homes) == 1:
            return homes[0]
        if len(homes) > 1:
            raise InvalidInput(field, "", Text("{sku} is in several bins ({bins}); say which", sku=product.sku,
                                               bins=", ".join(h.label for h in homes)))
    return default_bin(uow.session)


def receive(uow: UnitOfWork, sku: str, quantity: int, location: str | None = None,
            cost: Decimal | None = None, purchase_order: str | None = None) -> StockView:
    """Book ``quantity`` units in from a supplier (against a purchase order line when given)."""
    uow.actor.require(Permission.MOVE_STOCK)
    _positive(quantity)
    product = _stockable(uow, sku)
    target = _bin(uow, location, Text("location"), product)
    reference = ""
    if purchase_order:
        line = _po_line(uow, purchase_order, product)
        if line.received + quantity > line.quantity:
            raise InvalidInput("quantity", quantity, Text("is more than the {left} still expected on {po}",
                                                          left=line.quantity - line.received, po=purchase_order))
        line.received += quantity
        cost = line.unit_cost if cost is None else cost
        reference = purchase_order
        po = line.purchase_order
        po.status = "received" if all(l.received >= l.quantity for l in po.lines) else "partial"
    if cost is not None and cost < 0:
        raise InvalidInput("cost", str(cost), "must not be negative")
    post_move(uow.session, uow.actor, product, special_location(uow.session, "supplier"), target,
              quantity, "receive", reference=reference, unit_cost=cost)
    if cost is not None and cost > 0 and uow.actor.can(Permission.SEE_PRICES):
        product.cost = cost
    uow.audit("stock.receive", "product", product.id, sku,
              {"quantity": quantity, "location": target.label, "purchase_order": purchase_order})
    uow.flush()
    allocate_backorders(uow, [product.id])
    return stock_view(uow, sku)


def adjust(uow: UnitOfWork, sku: str, delta: int, reason: str, location: str | None = None,
           note: str = "") -> StockView:
    """Correct on-hand by ``delta`` (non-zero) with a reason code; managers and admins only."""
    uow.actor.require(Permission.ADJUST_STOCK)
    if not isinstance(delta, int) or delta == 0:
        raise InvalidInput("delta", delta, "must be a non-zero whole number")
    if reason not in ADJUST_REASONS:
        raise InvalidInput("reason", reason, one_of(ADJUST_REASONS))
    product = _stockable(uow, sku)
    place = _bin(uow, location, Text("location"), product)
    adjustment = special_location(uow.session, "adjustment")
    source, target = (adjustment, place) if delta > 0 else (place, adjustment)
    post_move(uow.session, uow.actor, product, source, target, abs(delta), "adjust", reason_code=reason,
              reference=note[:64])
    uow.audit("stock.adjust", "product", product.id, sku, {"delta": delta, "location": place.label},
              reason=f"{reason}: {note}" if note else reason)
    uow.flush()
    if delta > 0:
        allocate_backorders(uow, [product.id])
    return stock_view(uow, sku)


def transfer(uow: UnitOfWork, sku: str, quantity: int, source: str, target: str) -> StockView:
    uow.actor.require(Permission.MOVE_STOCK)
    _positive(quantity)
    product = _stockable(uow, sku)
    origin = _bin(uow, source, Text("from"), product)
    destination = _bin(uow, target, Text("to"))
    post_move(uow.session, uow.actor, product, origin, destination, quantity, "transfer")
    uow.audit("stock.transfer", "product", product.id, sku,
              {"quantity": quantity, "from": origin.label, "to": destination.label})
    uow.flush()
    if destination.kind == "bin" and origin.kind != "bin":
        allocate_backorders(uow, [product.id])
    return stock_view(uow, sku)


def stock_view(uow: UnitOfWork, sku: str) -> StockView:
    """On hand, reserved and available per location. Available counts sellable bins only.
    A kit's figures are how many whole kits its components make."""
    session = uow.session
    product = product_by_sku(session, sku)
    if product.is_kit:
        return _kit_view(uow, product)
    rows = session.execute(
        select(Location, StockLevel.on_hand, StockLevel.reserved)
        .join(StockLevel, StockLevel.location_id == Location.id)
        .where(StockLevel.product_id == product.id)
        .where((StockLevel.on_hand != 0) | (StockLevel.reserved != 0))
        .order_by(Location.warehouse_id, Location.walk_order, Location.code)
    ).all()
    locations = tuple(LocationStock(loc.label, on_hand, reserved) for loc, on_hand, reserved in rows)
    on_hand = sum(l.on_hand for l in locations)
    reserved = sum(l.reserved for l in locations)
    sellable = sum(on - res for loc, on, res in rows if loc.kind == "bin")
    incoming = session.scalar(
        select(func.coalesce(func.sum(PurchaseOrderLine.quantity - PurchaseOrderLine.received), 0))
        .join(PurchaseOrder).where(PurchaseOrderLine.product_id == product.id,
                                   PurchaseOrder.status.in_(("open", "partial")))
    )
    return StockView(sku, on_hand, reserved, max(sellable, 0), int(incoming or 0), locations)


def _kit_view(uow: UnitOfWork, kit: Product) -> StockView:
    parts = [(stock_view(uow, c.component.sku), c.quantity) for c in kit.components]
    if not parts:
        return StockView(kit.sku, 0, 0, 0, 0, ())
    return StockView(kit.sku, min(v.on_hand // q for v, q in parts), 0,
                     min(v.available // q for v, q in parts), 0, ())


def add_warehouse(uow: UnitOfWork, code: str, name: str, country: str = "") -> str:
    """A warehouse with its quarantine and scrap locations."""
    uow.actor.require(Permission.MANAGE_SETTINGS)
    if not code.strip() or "/" in code or not (code.isascii() and code.isprintable()):
        raise InvalidInput("warehouse", code, "must be a short code in Latin letters and digits, like MAIN "
                                              "(it is printed in bin barcodes)")
    if uow.session.scalars(select(Warehouse).where(Warehouse.code == code)).first():
        raise InvalidInput("warehouse", code, "already exists")
    warehouse = Warehouse(code=code, name=name or code, country=country.upper())
    uow.session.add(warehouse)
    uow.flush()
    for kind in ("quarantine", "scrap"):
        uow.session.add(Location(warehouse_id=warehouse.id, code=kind.upper(), kind=kind))
    uow.audit("warehouse.add", "warehouse", warehouse.id, code)
    return code


def add_bin(uow: UnitOfWork, code: str, warehouse: str = "MAIN", walk_order: int | None = None) -> str:
    """A bin; ``walk_order`` defaults to after the warehouse's last bin."""
    uow.actor.require(Permission.MANAGE_SETTINGS)
    if not code.strip() or "/" in code or not (code.isascii() and code.isprintable()):
        raise InvalidInput("bin", code, "must be a code in Latin letters and digits without '/', like A-01-03 "
                                        "(it is printed as a barcode)")
    wh = uow.session.scalars(select(Warehouse).where(Warehouse.code == warehouse)).first()
    if wh is None:
        raise InvalidInput("warehouse", warehouse, "does not exist")
    if uow.session.scalars(select(Location).where(Location.warehouse_id == wh.id, Location.code == code)).first():
        raise InvalidInput("bin", code, Text("already exists in {warehouse}", warehouse=warehouse))
    if walk_order is None:
        walk_order = (uow.session.scalar(select(func.max(Location.walk_order))
                                         .where(Location.warehouse_id == wh.id)) or 0) + 10
    location = Location(warehouse_id=wh.id, code=code, kind="bin", walk_order=walk_order)
    uow.session.add(location)
    uow.flush()
    uow.audit("bin.add", "location", location.id, location.label)
    return location.label


def create_purchase_order(uow: UnitOfWork, supplier: str, lines: list[tuple[str, int, Decimal]]) -> str:
    uow.actor.require(Permission.MOVE_STOCK)
    if not supplier.strip():
        raise InvalidInput("supplier", supplier, "must not be empty")
    if not lines:
        raise InvalidInput("line", "", "a purchase order needs at least one line")
    po = PurchaseOrder(number=f"PO-{uow.next_number('purchase_order'):05d}", supplier=supplier)
    for sku, quantity, cost in lines:
        _positive(quantity)
        product = product_by_sku(uow.session, sku)
        if product.is_kit:
            raise InvalidInput("SKU", sku, "is a kit; order its components")
        po.lines.append(PurchaseOrderLine(product_id=product.id, quantity=quantity, unit_cost=cost))
    uow.session.add(po)
    uow.flush()
    uow.audit("po.create", "purchase_order", po.id, po.number, {"supplier": supplier, "lines": len(lines)})
    return po.number


def _po_line(uow: UnitOfWork, number: str, product: Product) -> PurchaseOrderLine:
    po = uow.session.scalars(select(PurchaseOrder).where(PurchaseOrder.number == number)
                             .with_for_update()).one_or_none()
    if po is None:
        raise InvalidInput("purchase order", number, "does not exist")
    if po.status not in ("open", "partial"):
        raise InvalidTransition("Purchase order {number} is {status}; nothing more to receive.", number=number,
                                status=po.status)
    for line in po.lines:
        if line.product_id == product.id and line.received < line.quantity:
            return line
    raise InvalidInput("SKU", product.sku, Text("is not expected on {po}", po=number))
