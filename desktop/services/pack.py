"""Pack-station verification: every unit leaving the building is scanned against its order.

The station loads a :class:`PackOrder` (what must go in the box, per physical product: a kit is
verified by its components), then feeds each scan to :func:`scan`, a pure function that accepts
the unit or refuses it with a reason (not on the order, or one more than the order needs). Pure,
so the station answers a fast scanner instantly; refusals are then recorded with
:func:`log_refusal`. When every unit is verified (or a manager overrode it, :func:`override`),
:func:`mark_packed` moves the order to packed. Everything here is plain data and safe to hand
between threads; the functions taking a unit of work run wherever that unit of work lives.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.auth import Permission
from desktop.db.uow import UnitOfWork
from desktop.errors import InvalidInput, InvalidTransition, Text
from desktop.gtin import is_gtin_shaped
from desktop.models import Product
from desktop.models.orders import OrderStatus as S
from desktop.services import catalog, orders
from desktop.services.allocation import allocated_units, components
from desktop.services.lifecycle import status_words
from desktop.services.lookup import order_by_number

PACKABLE = (S.ALLOCATED.value, S.PICKING.value, S.PACKED.value)


@dataclass(frozen=True)
class PackItem:
    """One physical product expected in the box."""

    sku: str
    name: str
    barcode: str | None
    expected: int
    verified: int = 0

    def matches(self, code: str) -> bool:
        """A scan is this product when it equals the barcode (GTINs compared without leading
        zeros, so a UPC-A read as EAN-13 still matches) or the SKU."""
        if self.barcode and (code == self.barcode or (
                is_gtin_shaped(code) and is_gtin_shaped(self.barcode)
                and code.lstrip("0") == self.barcode.lstrip("0"))):
            return True
        return code == self.sku


@dataclass(frozen=True)
class PackOrder:
    number: str
    status: str
    customer: str
    shipping_service: str
    items: tuple[PackItem, ...]

    @property
    def expected(self) -> int:
        return sum(i.expected for i in self.items)

    @property
    def verified(self) -> int:
        return sum(i.verified for i in self.items)

    @property
    def done(self) -> bool:
        return all(i.verified >= i.expected for i in self.items)


@dataclass(frozen=True)
class ScanResult:
    """``accepted`` or refused with ``reason`` (English, translatable); ``order`` is the state after the scan."""

    accepted: bool
    code: str
    sku: str | None
    reason: Text
    order: PackOrder


def load(uow: UnitOfWork, number: str) -> PackOrder:
    """What must be packed for order ``number``: its allocated, unshipped units per product."""
    uow.actor.require(Permission.SHIP)
    number = number.strip()
    if not number:
        raise InvalidInput("order number", number, "scan the packing slip or type the number")
    order = order_by_number(uow.session, number)
    if order.status not in PACKABLE:
        if order.status == S.BACKORDERED.value:
            raise InvalidTransition("Order {number} is backordered; it cannot be packed until it is "
                                    "fully allocated.", number=order.number)
        raise InvalidTransition("Order {number} is {status}; only allocated orders can be packed.",
                                number=order.number, status=status_words(order.status))
    units: dict[int, int] = {}
    for line in order.lines:
        ready = allocated_units(uow, line)
        for product_id, per_unit in components(line):
            if ready:
                units[product_id] = units.get(product_id, 0) + ready * per_unit
    items = []
    for product_id, expected in units.items():
        product = uow.session.get(Product, product_id)
        assert product is not None
        items.append(PackItem(product.sku, product.name, product.barcode, expected))
    if not items:
        raise InvalidTransition("Order {number} has nothing allocated to pack.", number=order.number)
    return PackOrder(order.number, order.status, order.customer_name, order.shipping_service,
                     tuple(sorted(items, key=lambda i: i.sku)))


def scan(order: PackOrder, code: str) -> ScanResult:
    """Verify one scanned unit against ``order``; never touches the database."""
    code = code.strip()
    for index, item in enumerate(order.items):
        if item.matches(code):
            if item.verified >= item.expected:
                return ScanResult(False, code, item.sku,
                                  Text("One too many: order {number} needs only {expected} of {sku}. "
                                       "Take this unit out of the box.", number=order.number,
                                       expected=item.expected, sku=item.sku), order)
            items = list(order.items)
            items[index] = replace(item, verified=item.verified + 1)
            return ScanResult(True, code, item.sku, Text("{sku} {count} of {expected}", sku=item.sku,
                                                         count=item.verified + 1, expected=item.expected),
                              replace(order, items=tuple(items)))
    return ScanResult(False, code, None, Text("Wrong item: {code} is not on order {number}. Put it back.",
                                              code=code, number=order.number), order)


def log_refusal(uow: UnitOfWork, result: ScanResult) -> None:
    """Record a refused scan in the audit log, naming the product the code belongs to if any."""
    order = order_by_number(uow.session, result.order.number)
    product = catalog.find_by_barcode(uow, result.code)
    uow.audit("pack.scan_refused", "order", order.id, order.number,
              {"code": result.code, "sku": result.sku or (product.sku if product else None)},
              reason=result.reason)


def override(uow: UnitOfWork, pack_order: PackOrder, reason: str) -> PackOrder:
    """A manager vouches for the units not scanned; returns the order as fully verified."""
    uow.actor.require(Permission.OVERRIDE_VERIFICATION)
    if not reason.strip():
        raise InvalidInput("reason", reason, "say why verification is overridden")
    order = order_by_number(uow.session, pack_order.number)
    missing = {i.sku: i.expected - i.verified for i in pack_order.items if i.verified < i.expected}
    uow.audit("pack.override", "order", order.id, order.number, {"unverified": missing}, reason=reason.strip())
    return replace(pack_order, items=tuple(replace(i, verified=i.expected) for i in pack_order.items))


def mark_packed(uow: UnitOfWork, pack_order: PackOrder) -> str:
    """Move a fully verified order to packed (once); returns the order's new status."""
    if not pack_order.done:
        missing = ", ".join(f"{i.expected - i.verified} x {i.sku}" for i in pack_order.items
                            if i.verified < i.expected)
        raise InvalidTransition("Order {number} is not fully verified; still to scan: {missing}.",
                                number=pack_order.number, missing=missing)
    order = order_by_number(uow.session, pack_order.number)
    if order.status != S.PACKED.value:
        orders.pack(uow, [order.number])
    uow.audit("pack.verified", "order", order.id, order.number,
              {"units": pack_order.verified})
    return order.status
