"""The order lifecycle: which status may follow which.

The transition table is the single source of truth; every status change goes through
:func:`transition` (or :func:`check_transition` before work that ends in one), which refuses
anything not in the table with a message saying why.
"""

from __future__ import annotations

from desktop.db.uow import UnitOfWork
from desktop.errors import InvalidTransition, Text
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
STATUS_WORDS: dict[S, Text] = {
    S.NEW: Text("new"), S.ALLOCATED: Text("allocated"), S.BACKORDERED: Text("backordered"),
    S.PICKING: Text("picking"), S.PACKED: Text("packed"), S.PARTIALLY_SHIPPED: Text("partially shipped"),
    S.SHIPPED: Text("shipped"), S.DELIVERED: Text("delivered"), S.ON_HOLD: Text("on hold"),
    S.CANCELLED: Text("cancelled"),
}


def status_words(status: str) -> Text:
    """An order status as words in a message: ``partially_shipped`` -> "partially shipped"."""
    return STATUS_WORDS[S(status)]


def check_transition(order: Order, target: S) -> None:
    current = S(order.status)
    if target not in TRANSITIONS[current]:
        raise _refusal(order, target)


def transition(uow: UnitOfWork, order: Order, target: S, reason: str = "") -> None:
    check_transition(order, target)
    previous = order.status
    order.status = target.value
    uow.audit(f"order.{target.value}", "order", order.id, order.number, {"from": previous}, reason=reason)


def _refusal(order: Order, target: S) -> InvalidTransition:
    current = status_words(order.status)
    if S(order.status) in (S.SHIPPED, S.DELIVERED, S.PARTIALLY_SHIPPED) and target in (S.SHIPPED, S.PARTIALLY_SHIPPED):
        return InvalidTransition("Order {number} is already {status}.", number=order.number, status=current)
    if target is S.CANCELLED and S(order.status) in (S.SHIPPED, S.DELIVERED, S.PARTIALLY_SHIPPED):
        return InvalidTransition("Order {number} is already {status} and cannot be cancelled; create a return "
                                 "instead.", number=order.number, status=current)
    return InvalidTransition("Order {number} is {status}; it cannot become {target}.", number=order.number,
                             status=current, target=status_words(target))
