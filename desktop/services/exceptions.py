"""Delivery promises for orders, and the orders about to break (or already breaking) them.

:func:`assign_promise` sets an order's ``ship_by`` and ``deliver_by`` from the rules in the
setting ``promises.rules`` (JSON of :func:`desktop.promises.rules_to_dict`; empty means the
default :class:`~desktop.promises.PromiseRules`). Dates the channel supplied win.

:func:`list_exceptions` finds, with one indexed query per kind (never by loading orders):

- ``due_today``: open, not backordered, ship-by is today;
- ``late_to_ship``: open, not backordered, ship-by has passed;
- ``at_risk``: backordered with ship-by still ahead, or new with ship-by within
  ``exceptions.risk_days`` and a line whose product has fewer units available in sellable bins
  than still to ship (a kit counts its own SKU's stock only);
- ``backordered_past_promise``: backordered and ship-by has passed;
- ``late_delivery``: shipped, not delivered, deliver-by has passed;
- ``on_hold_too_long``: on hold since at least ``exceptions.hold_days`` days ago.

Orders without a ship-by date have no promise to break and are never listed, except on hold.
``today`` is a date in the shop's timezone (``PromiseRules.timezone``); the queries are served by
the indexes on ``orders.ship_by`` and ``orders.status`` and stay fast on a million orders.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import Select, and_, exists, func, select

from desktop.db.uow import UnitOfWork
from desktop.errors import UserError, translatable
from desktop.models import AuditEntry, Location, Order, OrderLine, StockLevel
from desktop.models.orders import OrderStatus as S
from desktop.promises import ANY, Promise, PromiseRules, promise_for, rules_from_dict
from desktop.services import settings

OPEN = (S.NEW.value, S.ALLOCATED.value, S.PICKING.value, S.PACKED.value, S.PARTIALLY_SHIPPED.value)

SUGGESTIONS = {
    "due_today": ("ship_today", translatable("Ships today: pick, pack and hand it to the carrier before pick-up.")),
    "late_to_ship": ("notify_customer", translatable("Ship it now with a faster service to keep the delivery "
                                                     "date, or notify the customer of the delay.")),
    "at_risk": ("split_shipment", translatable("Split the order and ship what is in stock; order more of "
                                               "the missing items.")),
    "backordered_past_promise": ("notify_customer", translatable("Notify the customer of the new date, and "
                                                                 "split and ship what is in stock.")),
    "late_delivery": ("notify_customer", translatable("Ask the carrier where the parcel is and notify the "
                                                      "customer.")),
    "on_hold_too_long": ("release_hold", translatable("Release the hold, or cancel the order if it cannot "
                                                      "go ahead.")),
}
"""By exception kind: the action the window offers and the suggestion, an English template
that the window shows translated (``Text(suggestion)``)."""
KINDS = tuple(SUGGESTIONS)


@dataclass(frozen=True)
class ExceptionRow:
    """One broken or endangered promise. ``action`` names the suggested action
    (``release_hold``, ``notify_customer``, ``split_shipment``, ``ship_today``)."""

    number: str
    kind: str
    ship_by: date | None
    deliver_by: date | None
    suggestion: str
    action: str
    status: str

    def as_json(self) -> dict[str, Any]:
        return {"number": self.number, "kind": self.kind, "ship_by": self.ship_by,
                "deliver_by": self.deliver_by, "suggestion": self.suggestion,
                "action": self.action, "status": self.status}


def promise_rules(uow: UnitOfWork) -> PromiseRules:
    """The shop's promise rules from settings (the defaults when the setting is empty)."""
    raw = settings.get(uow, "promises.rules").strip()
    if not raw:
        return PromiseRules()
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise UserError("The setting promises.rules is not valid JSON ({error}).", error=error) from error
    return rules_from_dict(data)


def assign_promise(uow: UnitOfWork, order: Order) -> Promise:
    """Set ``order.ship_by`` and ``order.deliver_by``; call at creation or import, after the
    order's ``ordered_at``, ``channel``, ``shipping_service`` and ship-to country are set.

    Dates already on the order (from the channel) are kept. The order's shipping service is
    looked up as a service of any carrier (carrier ``"*"`` in the transit rules): the carrier is
    only known when the parcel ships.
    """
    promise = promise_for(order.ordered_at, order.channel, order.shipping_service, ANY,
                          settings.get(uow, "shop.country"), order.ship_country,
                          promise_rules(uow), order.ship_by, order.deliver_by)
    order.ship_by, order.deliver_by = promise.ship_by, promise.deliver_by
    return promise


def list_exceptions(uow: UnitOfWork, today: date) -> list[ExceptionRow]:
    """Every exception as of ``today`` (shop-local), ordered by ship-by date then number."""
    rows: list[ExceptionRow] = []
    for kind, query in _queries(uow, today).items():
        action, suggestion = SUGGESTIONS[kind]
        rows.extend(ExceptionRow(number, kind, ship_by, deliver_by, suggestion, action, status)
                    for number, ship_by, deliver_by, status in uow.session.execute(query))
    return sorted(rows, key=lambda row: (row.ship_by or date.max, row.number, KINDS.index(row.kind)))


def count_exceptions(uow: UnitOfWork, today: date) -> int:
    """How many exceptions there are (the badge on the Orders view)."""
    return sum(uow.session.scalar(select(func.count()).select_from(query.subquery())) or 0
               for query in _queries(uow, today).values())


def _columns() -> Select[tuple[str, date | None, date | None, str]]:
    return select(Order.number, Order.ship_by, Order.deliver_by, Order.status)


def _queries(uow: UnitOfWork, today: date) -> dict[str, Select[Any]]:
    rules = promise_rules(uow)
    risk_horizon = today + timedelta(days=int(settings.get(uow, "exceptions.risk_days")))
    hold_days = int(settings.get(uow, "exceptions.hold_days"))
    held_before = _local_midnight_utc(today - timedelta(days=hold_days - 1), rules)
    backordered = Order.status == S.BACKORDERED.value
    held_since = (select(func.max(AuditEntry.at))
                  .where(AuditEntry.entity == "order", AuditEntry.entity_id == Order.id,
                         AuditEntry.action == f"order.{S.ON_HOLD.value}")
                  .scalar_subquery())
    return {
        "due_today": _columns().where(Order.ship_by == today, Order.status.in_(OPEN)),
        "late_to_ship": _columns().where(Order.ship_by < today, Order.status.in_(OPEN)),
        "at_risk": _columns().where(
            Order.ship_by >= today,
            backordered | and_(Order.status == S.NEW.value, Order.ship_by <= risk_horizon,
                               _short_of_stock())),
        "backordered_past_promise": _columns().where(Order.ship_by < today, backordered),
        "late_delivery": _columns().where(Order.deliver_by < today,
                                          Order.status == S.SHIPPED.value),
        "on_hold_too_long": _columns().where(Order.status == S.ON_HOLD.value,
                                             held_since < held_before),
    }


def _short_of_stock() -> Any:
    available = (select(func.coalesce(func.sum(StockLevel.on_hand - StockLevel.reserved), 0))
                 .join(Location, Location.id == StockLevel.location_id)
                 .where(StockLevel.product_id == OrderLine.product_id, Location.kind == "bin")
                 .scalar_subquery())
    return exists().where(OrderLine.order_id == Order.id,
                          OrderLine.quantity - OrderLine.quantity_shipped > available)


def _local_midnight_utc(day: date, rules: PromiseRules) -> datetime:
    return datetime.combine(day, time(0), rules.zoneinfo).astimezone(timezone.utc)
