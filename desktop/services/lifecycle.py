"""The order lifecycle: which status may follow which.

The transition table is the single source of truth; every status change goes through
:func:`transition` (or :func:`check_transition` before work that ends in one), which refuses
anything not in the table with a message saying why.
"""

from __future__ import annotations

from desktop.db.uow import UnitOfWork
from desktop.errors import InvalidTransition
from desktop.models import Order
from desktop.models.orders import OrderStatus as S

BEFORE_SHIPPING = (S.NEW, S.ALLOCATED, S.BACKORDERED, S.PICKING, S.PACKED)
SHIPPABLE = (S.ALLOCATED, S.BACKORDERED, S.PICKING, S.PACKED, S.PARTIALLY_SHIPPED)

TRANSITIONS: dict[S, frozenset[S]] = {
    S.NEW: frozenset({S.ALLOCATED, S.BACKORDERED, S.ON_HOLD, S.CANCELLED}),
    S.BACKORDERED: frozenset({S.ALLOCATED, S.PARTIALLY_SHIPPED, S.SHIPPED, S.ON_HOLD, S.CANCELLED}),
    S.ALLOCATED: frozenset({S.BACKORDERED, S.PICKING, S.PACKED, S.PARTIALLY_SHIPPED, S.SHIPPED, S.ON_HOLD,
                            S.CANCELLED}),
    S.PICKING: frozenset({S.PACKED, S.PARTIALLY_SHIPPED, S.SHIPPED, S.ON_HOLD, S.CANCELLED}),
    S.PACKED: frozenset({S.PARTIALLY_SHIPPED, S.SHIPPED, S.ON_HOLD, S.CANCELLED}),
    S.PARTIALLY_SHIPPED: frozenset({S.SHIPPED}),
    S.SHIPPED: frozenset({S.DELIVERED}),
    S.DELIVERED: frozenset(),
    S.ON_HOLD: frozenset({*BEFORE_SHIPPING, S.CANCELLED}),
    S.CANCELLED: frozenset(),
}


def check_transition(order: Order, target: S) -> None:
    current = S(order.status)
    if target not in TRANSITIONS[current]:
        raise InvalidTransition(_refusal(order, target))


def transition(uow: UnitOfWork, order: Order, target: S, reason: str = "") -> None:
    check_transition(order, target)
    previous = order.status
    order.status = target.value
    uow.audit(f"order.{target.value}", "order", order.id, order.number, {"from": previous}, reason=reason)


def _refusal(order: Order, target: S) -> str:
    current = order.status.replace("_", " ")
    verb = target.value.replace("_", " ")
    if S(order.status) in (S.SHIPPED, S.DELIVERED, S.PARTIALLY_SHIPPED) and target in (S.SHIPPED, S.PARTIALLY_SHIPPED):
        return f"Order {order.number} is already {current}."
    if target is S.CANCELLED and S(order.status) in (S.SHIPPED, S.DELIVERED, S.PARTIALLY_SHIPPED):
        return f"Order {order.number} is already {current} and cannot be cancelled; create a return instead."
    return f"Order {order.number} is {current}; it cannot become {verb}."
