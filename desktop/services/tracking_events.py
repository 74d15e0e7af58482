"""Carrier tracking events: imported from carrier CSV exports or entered by hand.

An event belongs to the shipment with its tracking number. Storing the same event (shipment,
status, time) again is a no-op, so a file can be imported any number of times. Each new event
writes an audit entry on the order (the order timeline shows it); an event newer than the
shipment's latest one sets the shipment's status. ``delivered`` also sets ``delivered_at``, and
the order becomes delivered (:func:`desktop.services.shipping.deliver`) once all its shipments
are delivered and nothing is left to ship. ``out_for_delivery`` and ``delivered`` queue the
matching customer email.

Times are aware UTC datetimes; CSV times without an offset are read in the shop's timezone
(``PromiseRules.timezone``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop.auth import Permission
from desktop.db.uow import UnitOfWork
from desktop.errors import InvalidInput, NotFound, one_of
from desktop.models import Order, Shipment, TrackingEvent
from desktop.models.orders import OrderStatus as S
from desktop.notify.tracking import TrackingStatus, parse_tracking_file
from desktop.services import notifications, shipping
from desktop.services.exceptions import promise_rules

FINAL_STATUSES = ("delivered", "lost", "damaged", "returned")


@dataclass(frozen=True)
class NewEvent:
    """An event to store: which shipment, what happened, when (aware), where."""

    shipment_id: int
    status: TrackingStatus
    occurred_at: datetime
    location: str = ""
    description: str = ""


def import_tracking(uow: UnitOfWork, path: Path) -> dict[str, Any]:
    """Import a carrier CSV; returns ``{"events_new", "events_existing", "problems"}`` where
    problems are ``{"line", "column", "value", "message"}`` dicts (unreadable rows and tracking
    numbers no shipment has). Readable rows load even when other rows have problems."""
    uow.actor.require(Permission.SHIP)
    parsed = parse_tracking_file(path, promise_rules(uow).timezone)
    problems = [{"line": p.line, "column": p.column, "value": p.value, "message": p.message}
                for p in parsed.problems]
    numbers = {event.tracking for event in parsed.events}
    shipments: dict[str, int] = {}
    if numbers:
        query = select(Shipment.tracking, Shipment.id).where(Shipment.tracking.in_(numbers))
        shipments = {tracking: shipment_id for tracking, shipment_id in uow.session.execute(query)}
    new = existing = 0
    for event in parsed.events:
        shipment_id = shipments.get(event.tracking)
        if shipment_id is None:
            problems.append({"line": event.source_line, "column": "tracking", "value": event.tracking,
                             "message": "No shipment has this tracking number."})
            continue
        stored = record(uow, NewEvent(shipment_id, event.status, event.occurred_at, event.location,
                                      event.description), source="import")
        new, existing = new + stored, existing + (not stored)
    return {"events_new": new, "events_existing": existing, "problems": problems}


def add_event(uow: UnitOfWork, shipment: str, status: str, occurred_at: datetime | None = None,
              location: str = "", description: str = "") -> bool:
    """Enter an event by hand for a shipment number or tracking number; ``occurred_at``
    defaults to now. Returns False when the same event was already stored."""
    uow.actor.require(Permission.SHIP)
    try:
        state = TrackingStatus(status)
    except ValueError as error:
        raise InvalidInput("status", status, one_of(s.value for s in TrackingStatus)) from error
    found = uow.session.scalars(select(Shipment.id).where(
        (Shipment.number == shipment) | (Shipment.tracking == shipment))).first()
    if found is None:
        raise NotFound("shipment or tracking number", shipment)
    at = occurred_at or datetime.now(timezone.utc)
    if at.tzinfo is None:
        raise InvalidInput("time", at.isoformat(), "needs a timezone")
    return record(uow, NewEvent(found, state, at, location, description), source="manual")


def record(uow: UnitOfWork, event: NewEvent, source: str) -> bool:
    """Store one event and apply it to its shipment and order; False if already stored."""
    session = uow.session
    at = event.occurred_at.astimezone(timezone.utc)
    duplicate = session.scalars(select(TrackingEvent.id).where(
        TrackingEvent.shipment_id == event.shipment_id, TrackingEvent.status == event.status.value,
        TrackingEvent.occurred_at == at)).first()
    if duplicate is not None:
        return False
    latest = session.scalar(select(func.max(TrackingEvent.occurred_at))
                            .where(TrackingEvent.shipment_id == event.shipment_id))
    session.add(TrackingEvent(shipment_id=event.shipment_id, status=event.status.value,
                              occurred_at=at, location=event.location,
                              description=event.description, source=source))
    shipment = session.get(Shipment, event.shipment_id)
    assert shipment is not None
    order = session.get(Order, shipment.order_id)
    assert order is not None
    uow.audit(f"tracking.{event.status.value}", "order", order.id, order.number,
              {"shipment": shipment.number, "tracking": shipment.tracking, "at": at,
               "location": event.location, "description": event.description, "source": source})
    if latest is None or at >= latest:
        _apply(uow, order, shipment, event.status, at)
    uow.flush()
    return True


def _apply(uow: UnitOfWork, order: Order, shipment: Shipment, status: TrackingStatus,
           at: datetime) -> None:
    shipment.status = status.value
    if status is TrackingStatus.DELIVERED:
        shipment.delivered_at = at
    uow.flush()
    local_day = at.astimezone(promise_rules(uow).zoneinfo).date()
    notifications.on_tracking_status(uow, order, shipment, status.value, local_day)
    if status is TrackingStatus.DELIVERED and order.status == S.SHIPPED.value:
        pending = uow.session.scalars(select(Shipment.id).where(
            Shipment.order_id == order.id, Shipment.delivered_at.is_(None))).first()
        if pending is None:
            shipping.deliver(uow, [order.number])
