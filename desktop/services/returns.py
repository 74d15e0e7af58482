"""Returns (RMAs): authorise what was shipped and not yet returned, then receive and dispose.

Dispositions are ledger moves from the customer: restock -> a bin (default: the first bin of
the order's warehouse), quarantine -> the warehouse's quarantine, scrap -> its scrap location,
vendor -> back to the supplier. Restocked units are offered to backorders.
"""

from __future__ import annotations

from dataclasses import dataclass


from desktop.auth import Permission
from desktop.db.uow import UnitOfWork
from desktop.errors import InvalidInput, InvalidTransition, Text, one_of
from desktop.models import Location, Order, Product, ReturnLine, ReturnReceipt, Rma
from desktop.models.returns import CONDITIONS, DISPOSITIONS, RETURN_REASONS
from desktop.services import notifications
from desktop.services.allocation import allocate_backorders, components
from desktop.services.ledger import post_move
from desktop.services.order_lines import lines_of, spread
from desktop.services.lookup import (
    default_bin, location_by_code, lock_orders, lock_products, order_by_number, rma_by_number, special_location,
)


@dataclass(frozen=True)
class ReturnRequest:
    sku: str
    quantity: int
    reason: str
    note: str = ""


@dataclass(frozen=True)
class ReceiptInput:
    sku: str
    quantity: int
    condition: str
    disposition: str
    location: str | None = None


def create_rma(uow: UnitOfWork, number: str, requests: list[ReturnRequest], note: str = "") -> Rma:
    uow.actor.require(Permission.RETURNS)
    session = uow.session
    order = order_by_number(session, number)
    lock_orders(session, [order.id])
    if not requests:
        raise InvalidInput("line", "", "a return needs at least one line")
    rma = Rma(number=f"RMA{uow.next_number('rma'):06d}", order_id=order.id, note=note, created_by=uow.actor.id)
    for request in requests:
        same_sku = lines_of(order, request.sku, request.quantity)
        if request.reason not in RETURN_REASONS:
            raise InvalidInput("reason", request.reason, one_of(RETURN_REASONS))
        if request.reason == "other" and not request.note and not note:
            raise InvalidInput("note", "", "reason 'other' needs a note saying why")
        plan = spread(same_sku, request.quantity, lambda line: line.quantity_shipped - line.quantity_returned)
        if plan is None:
            raise InvalidInput(Text("{sku} quantity", sku=request.sku), request.quantity,
                               Text("is more than can be returned ({shipped} shipped, {returned} already returned)",
                                    shipped=sum(line.quantity_shipped for line in same_sku),
                                    returned=sum(line.quantity_returned for line in same_sku)))
        for line, quantity in plan:
            line.quantity_returned += quantity
            rma.lines.append(ReturnLine(order_line_id=line.id, quantity=quantity, reason=request.reason,
                                        note=request.note))
    session.add(rma)
    uow.flush()
    uow.audit("rma.create", "order", order.id, order.number,
              {"rma": rma.number, "lines": {r.sku: r.quantity for r in requests}})
    notifications.on_rma_created(uow, order, rma)
    return rma


def receive_rma(uow: UnitOfWork, number: str, receipts: list[ReceiptInput]) -> Rma:
    """Receive inspected units of an RMA; each receipt is one ledger move per component."""
    uow.actor.require(Permission.RETURNS)
    session = uow.session
    rma = rma_by_number(session, number)
    order = session.get(Order, rma.order_id)
    assert order is not None
    lock_orders(session, [order.id])
    session.refresh(rma, with_for_update=True)
    if not receipts:
        raise InvalidInput("line", "", "nothing to receive")
    if rma.status == "received":
        raise InvalidTransition("{rma} is already fully received.", rma=rma.number)
    lock_products(session, {pid for l in rma.lines for pid, _ in components(l.order_line)})
    customer = special_location(session, "customer")
    restocked: set[int] = set()
    for receipt in receipts:
        plan = _open_lines(rma, receipt)
        target = _target(uow, order, receipt)
        for line, quantity in plan:
            record = ReturnReceipt(return_line_id=line.id, quantity=quantity, condition=receipt.condition,
                                   disposition=receipt.disposition, location_id=target.id, user_id=uow.actor.id)
            session.add(record)
            session.flush()
            for product_id, per_unit in components(line.order_line):
                product = session.get(Product, product_id)
                assert product is not None
                post_move(session, uow.actor, product, customer, target, quantity * per_unit, "return",
                          reason_code=receipt.disposition, reference=rma.number, doc=("return_receipt", record.id))
                if receipt.disposition == "restock":
                    restocked.add(product_id)
            line.received += quantity
    rma.status = "received" if all(l.received >= l.quantity for l in rma.lines) else "partially_received"
    uow.audit("rma.receive", "order", order.id, order.number, {
        "rma": rma.number,
        "lines": [{"sku": r.sku, "quantity": r.quantity, "condition": r.condition,
                   "disposition": r.disposition, "location": r.location} for r in receipts]})
    uow.flush()
    if restocked:
        allocate_backorders(uow, restocked)
    return rma


def _open_lines(rma: Rma, receipt: ReceiptInput) -> list[tuple[ReturnLine, int]]:
    """The receipt's units spread over the RMA's lines of its SKU that still expect some."""
    if receipt.condition not in CONDITIONS:
        raise InvalidInput("condition", receipt.condition, one_of(CONDITIONS))
    if receipt.disposition not in DISPOSITIONS:
        raise InvalidInput("disposition", receipt.disposition, one_of(DISPOSITIONS))
    if not isinstance(receipt.quantity, int) or receipt.quantity <= 0:
        raise InvalidInput(Text("{sku} quantity", sku=receipt.sku), receipt.quantity, "must be a positive whole number")
    lines = [l for l in rma.lines if l.order_line.sku == receipt.sku]
    if not lines:
        raise InvalidInput("line", receipt.sku, Text("is not on {rma}", rma=rma.number))
    plan = spread(lines, receipt.quantity, lambda line: line.quantity - line.received)
    if plan is None:
        left = sum(l.quantity - l.received for l in lines)
        raise InvalidInput(Text("{sku} quantity", sku=receipt.sku), receipt.quantity,
                           Text("is more than the {left} still expected on {rma}", left=left, rma=rma.number))
    return plan


def _target(uow: UnitOfWork, order: Order, receipt: ReceiptInput) -> Location:
    session = uow.session
    warehouse_id = order.warehouse_id or default_bin(session).warehouse_id
    if receipt.disposition == "restock":
        if receipt.location:
            location = location_by_code(session, receipt.location, Text("bin"))
            if location.kind != "bin":
                raise InvalidInput("bin", receipt.location, "is not a sellable bin")
            return location
        return default_bin(session, warehouse_id)
    if receipt.location:
        raise InvalidInput("bin", receipt.location, Text("only restocked units go to a bin, not {disposition}",
                                                        disposition=receipt.disposition))
    if receipt.disposition == "vendor":
        return special_location(session, "supplier")
    return special_location(session, receipt.disposition, warehouse_id)

