"""Posting stock moves: the only code that writes ``stock_moves`` and ``stock_levels``.

Callers must hold the product's row lock (:func:`desktop.services.lookup.lock_products`).
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from desktop.auth import Actor
from desktop.errors import InsufficientStock, InvalidInput
from desktop.models import Location, Product, StockLevel, StockMove


def level(session: Session, product_id: int, location_id: int) -> StockLevel:
    """The cached level row, created empty when missing."""
    row = session.get(StockLevel, (product_id, location_id))
    if row is None:
        row = StockLevel(product_id=product_id, location_id=location_id, on_hand=0, reserved=0)
        session.add(row)
    return row


def post_move(session: Session, actor: Actor, product: Product, source: Location, target: Location,
              quantity: int, reason: str, *, reason_code: str = "", reference: str = "",
              doc: tuple[str, int] | None = None, unit_cost: Decimal | None = None,
              releases_reservation: int = 0) -> StockMove:
    """Move ``quantity`` (> 0) units and update the cached levels.

    Refuses to take more than the unreserved on-hand of a physical source unless the product
    allows negative stock. ``releases_reservation`` units of the source's reservation are
    consumed by this move (shipping reserved stock), so they count as available to it.
    """
    if quantity <= 0:
        raise InvalidInput("quantity", quantity, "must be a positive whole number")
    if source.id == target.id:
        raise InvalidInput("to", target.label, "is the same location as from")
    if product.is_kit:
        raise InvalidInput("SKU", product.sku, "is a kit; move its components instead")
    if _physical(source):
        row = level(session, product.id, source.id)
        row.reserved -= releases_reservation
        free = row.on_hand - row.reserved
        if quantity > free and not product.allow_negative:
            raise _insufficient(max(free, 0), row.reserved, product.sku, source.label, quantity)
        row.on_hand -= quantity
    if _physical(target):
        level(session, product.id, target.id).on_hand += quantity
    move = StockMove(product_id=product.id, from_location_id=source.id, to_location_id=target.id,
                     quantity=quantity, reason=reason, reason_code=reason_code, reference=reference,
                     doc_type=doc[0] if doc else None, doc_id=doc[1] if doc else None,
                     unit_cost=unit_cost, user_id=actor.id)
    session.add(move)
    return move


def _physical(location: Location) -> bool:
    return location.kind in ("bin", "quarantine", "scrap")


def _insufficient(free: int, reserved: int, sku: str, location: str, quantity: int) -> InsufficientStock:
    """The refusal to move ``quantity`` when only ``free`` units are unreserved."""
    if reserved:
        return InsufficientStock("Only {free} of {sku} free in {location} ({reserved} more reserved for orders); "
                                 "cannot move {quantity}.", free=free, sku=sku, location=location,
                                 reserved=reserved, quantity=quantity)
    return InsufficientStock("Only {free} of {sku} free in {location}; cannot move {quantity}.",
                             free=free, sku=sku, location=location, quantity=quantity)
