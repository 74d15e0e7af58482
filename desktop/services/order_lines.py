"""An order's lines addressed by SKU, for the services that take ``SKU -> quantity``.

An order may hold one SKU on several lines (a second line at another price, say). A quantity
given for such a SKU is spread over its lines in line order, each taking what it has room for
(allocated and unshipped units to ship, shipped and unreturned units to return, ordered and
unrefunded units to refund), so no SKU is silently resolved to just one of its lines.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from desktop.errors import InvalidInput, Text
from desktop.models import Order, OrderLine

Line = TypeVar("Line")
Plan = list[tuple[OrderLine, int]]


def lines_of(order: Order, sku: str, quantity: object) -> list[OrderLine]:
    """The order's lines for ``sku`` in line order; refuses a SKU not on the order and a
    quantity that is not a positive whole number."""
    lines = [line for line in order.lines if line.sku == sku]  # the relationship keeps line order
    if not lines:
        raise InvalidInput("line", sku, Text("is not on order {number}", number=order.number))
    if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity <= 0:
        raise InvalidInput(Text("{sku} quantity", sku=sku), quantity, "must be a positive whole number")
    return lines


def spread(lines: Sequence[Line], quantity: int, room: Callable[[Line], int]) -> list[tuple[Line, int]] | None:
    """``quantity`` split over ``lines`` (order lines, or an RMA's lines) in their order, each
    taking at most ``room(line)``; None when together they have room for less (the caller says
    what is left, from the lines)."""
    plan: list[tuple[Line, int]] = []
    left = quantity
    for line in lines:
        take = min(room(line), left)
        if take > 0:
            plan.append((line, take))
            left -= take
    return plan if left == 0 else None


def per_sku(plan: Plan) -> dict[str, int]:
    """Units per SKU of ``plan`` (for the audit log), lines of one SKU added up."""
    totals: dict[str, int] = {}
    for line, quantity in plan:
        totals[line.sku] = totals.get(line.sku, 0) + quantity
    return totals
