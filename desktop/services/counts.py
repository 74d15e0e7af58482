"""Cycle counts: snapshot what a bin should hold, count it by scanning, post the differences.

A session is opened with :func:`start`. Scanning a bin (:func:`count_bin`) snapshots the expected
on-hand of every product in it, counted 0; each scanned unit (:func:`scan_item`) adds one (or a
typed quantity) to its product in that bin, and :func:`set_counted` corrects a line by hand.
:func:`post` turns every difference into an adjustment move (reason ``adjust``, reason code
``count``) through :func:`desktop.services.ledger.post_move`, under the products' row locks, exactly
once: the session row is locked and its status checked, and each move carries the count line as
its document. Counting needs the right to move stock; posting needs the right to adjust it.
Everything returned is plain data.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop.auth import Permission
from desktop.db.base import utcnow
from desktop.db.uow import UnitOfWork
from desktop.errors import InvalidInput, InvalidTransition, NotFound, Text
from desktop.models import CountLine, CountSession, Location, Product, StockLevel
from desktop.services.allocation import allocate_backorders
from desktop.services.ledger import level, post_move
from desktop.services.lookup import location_by_code, lock_products, special_location

PHYSICAL = ("bin", "quarantine", "scrap")


@dataclass(frozen=True)
class CountLineView:
    id: int
    location: str
    sku: str
    name: str
    barcode: str | None
    expected: int
    counted: int

    @property
    def difference(self) -> int:
        return self.counted - self.expected


@dataclass(frozen=True)
class CountSheet:
    """A session's lines, in bin then SKU order; ``status`` is open or posted."""

    id: int
    status: str
    version: int
    lines: tuple[CountLineView, ...]

    @property
    def differences(self) -> tuple[CountLineView, ...]:
        return tuple(l for l in self.lines if l.difference)


def start(uow: UnitOfWork) -> CountSheet:
    uow.actor.require(Permission.MOVE_STOCK)
    session = CountSession(created_by=uow.actor.id)
    uow.session.add(session)
    uow.flush()
    uow.audit("count.start", "count", session.id, f"COUNT-{session.id}")
    return sheet(uow, session.id)


def count_bin(uow: UnitOfWork, session_id: int, bin_code: str) -> CountSheet:
    """Snapshot the expected stock of ``bin_code`` (once per session) with every line counted 0."""
    uow.actor.require(Permission.MOVE_STOCK)
    count = _open(uow, session_id)
    location = _location(uow, bin_code)
    if not any(l.location_id == location.id for l in count.lines):
        rows = uow.session.execute(select(StockLevel.product_id, StockLevel.on_hand).where(
            StockLevel.location_id == location.id, StockLevel.on_hand != 0)).all()
        for product_id, on_hand in rows:
            count.lines.append(CountLine(product_id=product_id, location_id=location.id, expected=on_hand,
                                         counted=0))
        if not rows:
            uow.audit("count.bin_empty", "count", count.id, location.label)
        uow.flush()
    return sheet(uow, session_id)


def scan_item(uow: UnitOfWork, session_id: int, bin_code: str, code: str, quantity: int = 1) -> CountLineView:
    """Add ``quantity`` units of the product whose barcode or SKU is ``code`` to ``bin_code``.

    A product the bin was not expected to hold gets a line expecting its current on-hand there.
    """
    uow.actor.require(Permission.MOVE_STOCK)
    if not isinstance(quantity, int) or quantity <= 0:
        raise InvalidInput("quantity", quantity, "must be a positive whole number")
    count = _open(uow, session_id)
    location = _location(uow, bin_code)
    code = code.strip()
    product = uow.session.scalars(select(Product).where(Product.barcode == code)).first() or \
        uow.session.scalars(select(Product).where(Product.sku == code)).first()
    if product is None:
        raise NotFound("Barcode or SKU", code)
    if product.is_kit:
        raise InvalidInput("SKU", product.sku, "is a kit; count its components")
    line = next((l for l in count.lines if l.location_id == location.id and l.product_id == product.id), None)
    if line is None:
        line = CountLine(product_id=product.id, location_id=location.id, counted=0,
                         expected=level(uow.session, product.id, location.id).on_hand)
        count.lines.append(line)
    line.counted = (line.counted or 0) + quantity
    uow.flush()
    return _view(line)


def set_counted(uow: UnitOfWork, session_id: int, line_id: int, counted: int) -> CountLineView:
    uow.actor.require(Permission.MOVE_STOCK)
    if not isinstance(counted, int) or counted < 0:
        raise InvalidInput("counted", counted, "must be zero or a positive whole number")
    count = _open(uow, session_id)
    line = next((l for l in count.lines if l.id == line_id), None)
    if line is None:
        raise NotFound("Count line", line_id)
    line.counted = counted
    uow.flush()
    return _view(line)


def post(uow: UnitOfWork, session_id: int) -> CountSheet:
    """Post every difference as an adjustment; refuses a session already posted."""
    uow.actor.require(Permission.ADJUST_STOCK)
    count = _open(uow, session_id)
    changed = [l for l in count.lines if (l.counted or 0) != l.expected]
    lock_products(uow.session, [l.product_id for l in changed])
    adjustment = special_location(uow.session, "adjustment")
    reference = f"COUNT-{count.id}"
    for line in changed:
        delta = (line.counted or 0) - line.expected
        source, target = (adjustment, line.location) if delta > 0 else (line.location, adjustment)
        post_move(uow.session, uow.actor, line.product, source, target, abs(delta), "adjust",
                  reason_code="count", reference=reference, doc=("count_line", line.id))
        uow.audit("stock.adjust", "product", line.product_id, line.product.sku,
                  {"delta": delta, "location": line.location.label, "count": reference}, reason="count")
    count.status = "posted"
    count.posted_at = utcnow()
    uow.audit("count.post", "count", count.id, reference, {"lines": len(count.lines), "differences": len(changed)})
    uow.flush()
    gained = {l.product_id for l in changed if (l.counted or 0) > l.expected}
    if gained:
        allocate_backorders(uow, gained)
    return sheet(uow, session_id)


def sheet(uow: UnitOfWork, session_id: int) -> CountSheet:
    count = uow.session.get(CountSession, session_id)
    if count is None:
        raise NotFound("Count session", session_id)
    lines = sorted((_view(l) for l in count.lines), key=lambda l: (l.location, l.sku))
    return CountSheet(count.id, count.status, count.version, tuple(lines))


def _open(uow: UnitOfWork, session_id: int) -> CountSession:
    count = uow.session.scalars(select(CountSession).where(CountSession.id == session_id).with_for_update()
                                .execution_options(populate_existing=True)).one_or_none()
    if count is None:
        raise NotFound("Count session", session_id)
    if count.status != "open":
        raise InvalidTransition("Count COUNT-{id} is already {status}; start a new count.", id=count.id,
                                status=count.status)
    return count


def _location(uow: UnitOfWork, code: str) -> Location:
    location = location_by_code(uow.session, code.strip(), Text("bin"))
    if location.kind not in PHYSICAL:
        raise InvalidInput("bin", code, "is not a bin")
    return location


def _view(line: CountLine) -> CountLineView:
    return CountLineView(line.id, line.location.label, line.product.sku, line.product.name, line.product.barcode,
                         line.expected, line.counted or 0)
