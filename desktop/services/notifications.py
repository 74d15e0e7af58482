"""Which customer message each change causes: the hooks the core services call.

Each hook runs inside the caller's unit of work, right after the change, and queues at most one
message per idempotency key through :func:`desktop.services.outbox.enqueue`; calling a hook twice
for the same document (a retried command) queues nothing the second time. Nothing is sent here:
the background sender (:func:`desktop.services.outbox.send_pending`) does that after commit.

Keys: ``order_received:<order>``, ``shipped:<shipment>``, ``out_for_delivery:<shipment>``,
``delivered:<shipment>``, ``return_authorised:<rma>``, ``refund_issued:<refund>``,
``delayed:<order>:<new deliver-by date>`` (one delay notice per new date).

The return-authorised email carries the return slip PDF (:func:`reports.context.return_slip_pdf`,
the same document ``packline return-slip`` writes). The outbox, the templates and the document
builders are imported on first use: Jinja2, Babel and reportlab are not paid for at start-up.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.db.uow import UnitOfWork
from desktop.errors import InvalidInput, InvalidTransition, Text
from desktop.models import Order, Refund, Rma, Shipment
from desktop.services.lifecycle import status_words
from desktop.services.lookup import order_by_number

if TYPE_CHECKING:
    from desktop.notify.smtp import Attachment

REFUND_METHOD_WORDS = {"original": "original_payment"}


def on_order_created(uow: UnitOfWork, order: Order) -> int | None:
    """Queue "order received"; call after the order (and its promise) is flushed."""
    return enqueue(uow, "order_received", order, {}, f"order_received:{order.number}")


def on_shipped(uow: UnitOfWork, order: Order, shipment: Shipment) -> int | None:
    """Queue "shipped" with carrier, service, tracking number and link; call after the shipment
    is flushed."""
    context = {"carrier": shipment.carrier, "service": shipment.service or "-",
               "tracking_number": shipment.tracking}
    return enqueue(uow, "shipped", order, context, f"shipped:{shipment.number}")


def on_tracking_status(uow: UnitOfWork, order: Order, shipment: Shipment, status: str,
                       on: date) -> int | None:
    """Queue "out for delivery" or "delivered" for a carrier status; other statuses queue nothing.

    ``on`` is the local date of the carrier event (shown in the delivered email).
    """
    if status == "out_for_delivery":
        context = {"carrier": shipment.carrier, "tracking_number": shipment.tracking}
        return enqueue(uow, status, order, context, f"{status}:{shipment.number}")
    if status == "delivered":
        context = {"carrier": shipment.carrier, "delivered_on": on}
        return enqueue(uow, status, order, context, f"{status}:{shipment.number}")
    return None


def on_rma_created(uow: UnitOfWork, order: Order, rma: Rma) -> int | None:
    """Queue "return authorised" with the return slip PDF attached; call after the RMA is
    flushed (its lines must be loaded)."""
    from desktop.notify.smtp import Attachment
    from desktop.services import documents
    from reports.context import return_slip_pdf

    slip = return_slip_pdf(documents.return_slip(uow, rma.number), documents.shop(uow))
    attachment = Attachment(f"return-slip-{rma.number}.pdf", slip, "application/pdf")
    context = {"return_number": rma.number, "return_by": None}
    return enqueue(uow, "return_authorised", order, context, f"return_authorised:{rma.number}",
                   (attachment,))


def on_refund(uow: UnitOfWork, order: Order, refund: Refund) -> int | None:
    """Queue "refund issued" with the amount and method; call after the refund is flushed."""
    context = {"amount": refund.amount, "currency": order.currency,
               "method": REFUND_METHOD_WORDS.get(refund.method, refund.method)}
    return enqueue(uow, "refund_issued", order, context, f"refund_issued:{refund.number}")


def notify_delayed(uow: UnitOfWork, number: str, reason: str = "",
                   deliver_by: date | None = None) -> int | None:
    """Queue a "delayed" notice for order ``number`` (staff action or a suggested exception).

    ``deliver_by`` is the new estimate and replaces the order's; without it the order's current
    estimate is quoted. Returns ``None`` when a notice for that date was already queued.
    """
    order = order_by_number(uow.session, number)
    if order.status in ("shipped", "delivered", "cancelled") and deliver_by is None:
        raise InvalidTransition("Order {number} is {status}; give the new delivery date to tell the customer "
                                "about a delay.", number=order.number, status=status_words(order.status))
    if deliver_by is not None:
        order.deliver_by = deliver_by
    if order.deliver_by is None:
        raise InvalidInput("deliver by", None, Text("order {number} has no delivery estimate; give the new date",
                                                    number=order.number))
    context = {"reason": reason, "deliver_by": order.deliver_by}
    return enqueue(uow, "delayed", order, context,
                   f"delayed:{order.number}:{order.deliver_by.isoformat()}")



def enqueue(uow: UnitOfWork, kind: str, order: Order, context: Mapping[str, Any], key: str,
            attachments: Sequence[Attachment] = ()) -> int | None:
    """:func:`desktop.services.outbox.enqueue`, imported on first use."""
    from desktop.services import outbox

    return outbox.enqueue(uow, kind, order, context, key, attachments)
