"""Applying parsed marketplace files (``desktop.intake``) to the database.

Contract of every ``import_*`` function:

* It runs inside the caller's unit of work and never commits. Everything it writes sits in one
  outer SAVEPOINT; each record (an order with its lines, refunds and shipment; a product; a
  stock row) in a SAVEPOINT of its own, so a record is stored whole or not at all. New orders
  that need nothing beyond creation are the exception: up to ``BULK`` of them are checked in
  Python and written together by :func:`desktop.services.bulk_orders.create_orders_bulk` in one
  SAVEPOINT, which stores each valid order whole and none of an invalid one (should the
  database still refuse the batch, its orders are applied one by one instead).
* A ``fatal`` problem means nothing is written. Any ``error`` (from the file or from applying a
  record) means nothing is written unless ``skip_bad``, which keeps the good records and lists
  the bad ones. ``dry_run`` applies everything, reports, and rolls the outer SAVEPOINT back.
  ``ImportReport.applied`` says whether the writes stayed in the unit of work.
* ``cancelled()`` is polled between records; when it returns True, :class:`ImportCancelled`
  is raised after rolling back, so the caller's unit of work ends with nothing written.

Imported orders queue no customer emails: the channel already confirmed them and told the
customer about its refunds.

Orders are keyed by (channel, channel order id): re-importing a file, or a later overlapping
export, never duplicates. For an order already here only the safe changes are applied
(payment status and paid amount, new refunds, cancellation while not shipped, notes, and the
channel's fulfilment while the order is still new); anything else is listed in
``ImportReport.not_applied``.

Documented choice: an order the channel reports as fulfilled arrives shipped without moving
any bin's stock. Its shipment (carrier "unknown" unless known, the channel's tracking number)
moves the units from the virtual location ``SHIPPED-ELSEWHERE`` to the customer, so every
shipped unit has its stock moves and ``db check`` holds, while on-hand stays untouched.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import SessionTransaction

from desktop.auth import Permission
from desktop.db.engine import large_page_cache
from desktop.db.uow import UnitOfWork
from desktop.errors import UserError
from desktop.intake.gcpause import collector_paused
from desktop.intake.model import (
    ImportedAddress,
    ImportedLine,
    ImportedOrder,
    ImportedProduct,
    ParseResult,
    Problem,
    StockRow,
)
from desktop.models import Location, Order, Product, Shipment, ShipmentLine, StockLevel
from desktop.models.orders import OrderStatus as S
from desktop.money import ZERO, q
from desktop.services import catalog, orders, refunds, settings, stock
from desktop.services.bulk_orders import create_orders_bulk, find_orders, find_products, order_ids
from desktop.services.catalog import ProductInput
from desktop.services.placeholders import add_placeholders
from desktop.services.ledger import post_move
from desktop.services.lifecycle import BEFORE_SHIPPING
from desktop.services.lookup import default_bin, location_by_code, special_location
from desktop.services.orders import Address, LineInput, OrderInput

ELSEWHERE = "SHIPPED-ELSEWHERE"
IMPORT_REFERENCE = "imported"
BULK = 5000
Progress = Callable[[int, int], None]
T = TypeVar("T")


class ImportCancelled(UserError):
    """The user cancelled; nothing from the file was written."""

    def __init__(self) -> None:
        super().__init__("Import cancelled; nothing was imported.")


@dataclass(frozen=True)
class Outcome:
    """What happened to one record: ``action`` is new, updated, unchanged, skipped (nothing to
    import, listed in ``not_applied``) or rejected (an error)."""

    key: str
    number: str
    action: str
    line: int
    customer: str = ""
    ordered_at: datetime | None = None
    total: Decimal | None = None
    currency: str = ""


@dataclass(frozen=True)
class ImportReport:
    """The result of one import. ``problems`` are the file's and the database's (every error
    names the record's line); ``not_applied`` lists channel changes that were left alone."""

    kind: str
    format: str
    outcomes: tuple[Outcome, ...]
    problems: tuple[Problem, ...]
    not_applied: tuple[Problem, ...]
    applied: bool
    dry_run: bool
    skip_bad: bool = False

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity in ("fatal", "error"))

    @property
    def stopped(self) -> bool:
        """True when problems stop the import (or would, for a dry run): a fatal problem, or
        errors without ``skip_bad``."""
        return any(p.severity == "fatal" for p in self.problems) or (bool(self.errors) and not self.skip_bad)

    def as_json(self) -> dict[str, object]:
        prefix = self.kind
        return {f"{prefix}_new": self.count("new"), f"{prefix}_updated": self.count("updated"),
                f"{prefix}_unchanged": self.count("unchanged"), f"{prefix}_rejected": self.count("rejected"),
                "format": self.format, "imported": self.applied, "dry_run": self.dry_run,
                "problems": [_problem_json(p) for p in self.problems],
                "not_applied": [_problem_json(p) for p in self.not_applied]}


def _problem_json(problem: Problem) -> dict[str, object]:
    return {"file": problem.file, "line": problem.line, "column": problem.column, "value": problem.value,
            "message": problem.message, "severity": problem.severity}


class _Run:
    """The shared loop: outer savepoint, one savepoint per record, the stop rules."""

    def __init__(self, uow: UnitOfWork, parsed: ParseResult, kind: str, *, skip_bad: bool, dry_run: bool,
                 progress: Progress | None, cancelled: Callable[[], bool] | None, file: str) -> None:
        self.uow, self.parsed, self.kind = uow, parsed, kind
        self.skip_bad, self.dry_run = skip_bad, dry_run
        self.progress, self.cancelled = progress, cancelled
        self.file = file
        self.outcomes: list[Outcome] = []
        self.problems: list[Problem] = list(parsed.problems)
        self.not_applied: list[Problem] = []

    def run(self, items: Sequence[T], apply: Callable[[T], Outcome], reject: Callable[[T], Outcome],
            line: Callable[[T], int]) -> ImportReport:
        if self.parsed.fatal:
            return self.report(applied=False)
        outer = self.uow.session.begin_nested()
        for index, item in enumerate(items):
            self.poll(outer)
            self.outcomes.append(self.one(item, apply, reject, line))
            self.tick(index + 1, len(items))
        return self.finish(outer)

    def poll(self, outer: SessionTransaction) -> None:
        """Roll back and raise :class:`ImportCancelled` when the user has cancelled."""
        if self.cancelled is not None and self.cancelled():
            outer.rollback()
            raise ImportCancelled()

    def one(self, item: T, apply: Callable[[T], Outcome], reject: Callable[[T], Outcome],
            line: Callable[[T], int]) -> Outcome:
        """Apply one record in a SAVEPOINT of its own; a failure rolls it back and is listed.

        After a rollback every loaded object is expired: rows the record wrote outside the ORM
        (placeholder products) are gone, and SQLite may give their ids to new rows, which must
        not be read through the old objects."""
        inner = self.uow.session.begin_nested()
        try:
            outcome = apply(item)
            inner.commit()
        except (UserError, DBAPIError) as exc:
            inner.rollback()
            self.uow.session.expire_all()
            outcome = reject(item)
            self.error(line(item), exc)
        return outcome

    def tick(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)

    def finish(self, outer: SessionTransaction) -> ImportReport:
        """Keep or roll back everything by the stop rules and ``dry_run``; the report."""
        keep = not self.dry_run and (self.skip_bad or not self.errors())
        if keep:
            outer.commit()
        else:
            outer.rollback()
        return self.report(applied=keep)

    def errors(self) -> bool:
        return any(p.severity in ("fatal", "error") for p in self.problems)

    def error(self, line: int, exc: Exception) -> None:
        message = str(exc) if isinstance(exc, UserError) else f"could not be stored: {str(exc).splitlines()[0]}"
        column, value = (exc.field, str(exc.value)) if hasattr(exc, "field") and hasattr(exc, "value") else ("", "")
        self.problems.append(Problem(self.file, line, column, value, message, "error"))

    def warn(self, line: int, column: str, value: str, message: str) -> None:
        self.problems.append(Problem(self.file, line, column, value, message, "warning"))

    def skipped(self, line: int, column: str, value: str, message: str) -> None:
        self.not_applied.append(Problem(self.file, line, column, value, message, "warning"))

    def report(self, *, applied: bool) -> ImportReport:
        return ImportReport(self.kind, self.parsed.format, tuple(self.outcomes), tuple(self.problems),
                            tuple(self.not_applied), applied, self.dry_run, self.skip_bad)


def import_orders(uow: UnitOfWork, parsed: ParseResult, *, skip_bad: bool = False, dry_run: bool = False,
                  progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                  file: str = "") -> ImportReport:
    """Create or update the orders of ``parsed`` (see the module contract). Automatic garbage
    collection is paused meanwhile (see :mod:`desktop.intake.gcpause`) and, on SQLite, the
    connection caches more pages (:func:`desktop.db.engine.large_page_cache`)."""
    uow.actor.require(Permission.MANAGE_ORDERS)
    run = _Run(uow, parsed, "orders", skip_bad=skip_bad, dry_run=dry_run, progress=progress, cancelled=cancelled,
               file=file)
    if parsed.fatal:
        return run.report(applied=False)
    with collector_paused(), large_page_cache(uow.session.connection()):
        outer = uow.session.begin_nested()
        _OrderApplier(uow, run, parsed.orders).apply_all(outer, parsed.orders)
        return run.finish(outer)


class _OrderApplier:
    """Maps imported orders onto the order services, with bulk lookups done once up front."""

    def __init__(self, uow: UnitOfWork, run: _Run, imported: Sequence[ImportedOrder]) -> None:
        self.uow, self.run, self.session = uow, run, uow.session
        self.placeholders = settings.get(uow, "import.unknown_sku") == "placeholder"
        self.shop_country = settings.get(uow, "shop.country")
        uow.flush()
        connection = self.session.connection()
        self.existing = find_orders(connection, ((o.channel, o.channel_order_id) for o in imported))
        self.numbers = set(order_ids(connection, {n for o in imported for n in _number_forms(o.number)}))
        self.skus = set(find_products(connection, {_sku(o.channel, line) for o in imported for line in o.lines}))
        self._elsewhere: tuple[Location, Location] | None = None

    def apply_all(self, outer: SessionTransaction, items: Sequence[ImportedOrder]) -> None:
        """Apply ``items`` in file order: new orders that need only creating in batches of
        ``BULK``, every other order in a SAVEPOINT of its own; outcomes in file order."""
        outcomes: list[Outcome | None] = [None] * len(items)
        pending: dict[tuple[str, str], tuple[int, ImportedOrder, OrderInput]] = {}
        for index, imported in enumerate(items):
            self.run.poll(outer)
            key = (imported.channel, imported.channel_order_id)
            if key in pending:
                self._create_bulk(pending, outcomes)
            if key not in self.existing and _creation_only(imported):
                self._pend(index, imported, pending, outcomes)
            else:
                outcomes[index] = self.run.one(imported, self.apply, self.rejected, lambda o: o.first_line)
            if len(pending) >= BULK:
                self._create_bulk(pending, outcomes)
            self.run.tick(index + 1 - len(pending), len(items))
        self._create_bulk(pending, outcomes)
        self.run.tick(len(items), len(items))
        self.run.outcomes.extend(o for o in outcomes if o is not None)

    def _pend(self, index: int, imported: ImportedOrder, pending: dict[tuple[str, str], tuple[int, ImportedOrder,
              OrderInput]], outcomes: list[Outcome | None]) -> None:
        """Queue a new order for the next batch, or reject it now when it names unknown SKUs
        that may not become placeholders."""
        lines = tuple([_line_input(imported, line) for line in imported.lines])
        if not self.placeholders:
            unknown = [(l.sku, source.source_line) for l, source in zip(lines, imported.lines) if l.sku not in self.skus]
            if unknown:
                outcomes[index] = self.rejected(imported)
                self.run.error(imported.first_line, _unknown_sku(*unknown[0]))
                return
        number = self._number(imported)
        self.numbers.add(number)
        data = _order_input(imported, number, self._country(imported), _balanced(imported, lines))
        pending[(imported.channel, imported.channel_order_id)] = (index, imported, data)

    def _create_bulk(self, pending: dict[tuple[str, str], tuple[int, ImportedOrder, OrderInput]],
                     outcomes: list[Outcome | None]) -> None:
        """Create the pending orders in one SAVEPOINT; when the database refuses the batch,
        apply them one by one so only the refused order is rejected."""
        if not pending:
            return
        batch = list(pending.values())
        pending.clear()
        created: set[str] = set()
        savepoint = self.session.begin_nested()
        try:
            results = create_orders_bulk(self.uow, [data for _, _, data in batch],
                                         placeholders=lambda uow, missing: self._placeholders(missing, created))
            savepoint.commit()
        except (UserError, DBAPIError):
            savepoint.rollback()
            self.numbers.difference_update(data.number for _, _, data in batch)
            for index, imported, _ in batch:
                outcomes[index] = self.run.one(imported, self.apply, self.rejected, lambda o: o.first_line)
            return
        self.skus |= created
        for (index, imported, data), result in zip(batch, results):
            if result.error is not None:
                self.numbers.discard(data.number or "")
                outcomes[index] = self.rejected(imported)
                self.run.error(imported.first_line, result.error)
                continue
            assert result.number is not None and result.order_id is not None
            self.existing[(imported.channel, imported.channel_order_id)] = result.order_id
            outcomes[index] = _outcome(imported, result.number, "new")
            if imported.fulfillment == "partial":
                self._partly_fulfilled(imported, result.number)

    def _placeholders(self, missing: Mapping[str, LineInput], created: set[str]) -> None:
        add_placeholders(self.uow, {sku: (line.name, line.unit_price or ZERO) for sku, line in missing.items()})
        created.update(missing)

    def rejected(self, imported: ImportedOrder) -> Outcome:
        return _outcome(imported, imported.number, "rejected")

    def apply(self, imported: ImportedOrder) -> Outcome:
        order_id = self.existing.get((imported.channel, imported.channel_order_id))
        if order_id is not None:
            return self._update(imported, order_id)
        return self._create(imported)

    def _create(self, imported: ImportedOrder) -> Outcome:
        if imported.cancelled and not any(line.quantity > 0 for line in imported.lines):
            self.run.skipped(imported.first_line, "quantity", "0", f"order {imported.number}: cancelled at "
                             f"{imported.channel} with nothing ordered; not imported")
            return _outcome(imported, imported.number, "skipped")
        created: set[str] = set()
        lines = tuple(self._line(imported, line, created) for line in imported.lines)
        number = self._number(imported)
        data = _order_input(imported, number, self._country(imported), _balanced(imported, lines))
        order = orders.create_order(self.uow, data, notify=False)
        if imported.refunded > 0:
            self._refund(imported, order, imported.refunded)
        order.payment_status = imported.payment_status
        if imported.fulfillment == "fulfilled" and not imported.cancelled:
            self._ship_elsewhere(imported, order)
        elif imported.fulfillment == "partial":
            self._partly_fulfilled(imported, number)
        if imported.cancelled:
            orders.cancel(self.uow, [order.number], f"cancelled at {imported.channel}")
        self.uow.flush()
        self.skus |= created
        self.numbers.add(number)
        self.existing[(imported.channel, imported.channel_order_id)] = order.id
        return _outcome(imported, number, "new")

    def _update(self, imported: ImportedOrder, order_id: int) -> Outcome:
        order = self.session.get(Order, order_id)
        assert order is not None
        changed = False
        where = imported.first_line
        paid = max(imported.paid, ZERO)
        if paid != order.paid:
            if paid >= order.refunded:
                order.paid = paid
                changed = True
            else:
                self.run.skipped(where, "paid", str(paid),
                                 f"order {order.number}: paid is below the {order.refunded} already refunded")
        target = min(imported.refunded, order.paid)
        if target > order.refunded:
            self._refund(imported, order, target - order.refunded)
            changed = True
        elif imported.refunded < order.refunded:
            self.run.skipped(where, "refunded", str(imported.refunded),
                             f"order {order.number}: {order.refunded} already refunded here; refunds are not undone")
        if imported.payment_status != order.payment_status:
            order.payment_status = imported.payment_status
            changed = True
        if imported.notes != order.notes:
            order.notes = imported.notes
            changed = True
        if [(_sku(imported.channel, l), l.quantity) for l in imported.lines] != \
                [(l.sku, l.quantity) for l in order.lines]:
            self.run.skipped(where, "lines", "", f"order {order.number}: items changed at {imported.channel}; "
                             f"not applied because the order is {order.status.replace('_', ' ')}; edit it here")
        changed |= self._update_status(imported, order)
        if changed:
            self.uow.audit("order.import_update", "order", order.id, order.number, {"channel": imported.channel})
            self.uow.flush()
        return _outcome(imported, order.number, "updated" if changed else "unchanged")

    def _update_status(self, imported: ImportedOrder, order: Order) -> bool:
        where = imported.first_line
        if imported.cancelled and order.status != S.CANCELLED.value:
            if S(order.status) in (*BEFORE_SHIPPING, S.ON_HOLD):
                orders.cancel(self.uow, [order.number], f"cancelled at {imported.channel}")
                return True
            self.run.skipped(where, "cancelled", "yes", f"order {order.number}: cancelled at {imported.channel} "
                             f"but already {order.status.replace('_', ' ')} here")
            return False
        if not imported.cancelled and order.status == S.CANCELLED.value:
            self.run.skipped(where, "cancelled", "no", f"order {order.number}: cancelled here, open at "
                             f"{imported.channel}; not reopened")
            return False
        if imported.fulfillment == "fulfilled" and order.status not in (S.SHIPPED.value, S.DELIVERED.value,
                                                                       S.CANCELLED.value):
            if order.status == S.NEW.value:
                self._ship_elsewhere(imported, order)
                return True
            self.run.skipped(where, "fulfillment", "fulfilled", f"order {order.number}: fulfilled at "
                             f"{imported.channel} but {order.status.replace('_', ' ')} here; ship it here")
        return False

    def _partly_fulfilled(self, imported: ImportedOrder, number: str) -> None:
        self.run.skipped(imported.first_line, "fulfillment", "partial",
                         f"order {number}: partly fulfilled at {imported.channel}; the file does not say "
                         "which items, so ship them here")

    def _line(self, imported: ImportedOrder, line: ImportedLine, created: set[str]) -> LineInput:
        data = _line_input(imported, line)
        if data.sku not in self.skus and data.sku not in created:
            if not self.placeholders:
                raise _unknown_sku(data.sku, line.source_line)
            add_placeholders(self.uow, {data.sku: (data.name, line.unit_price)})
            created.add(data.sku)
        return data

    def _number(self, imported: ImportedOrder) -> str:
        number = imported.number or imported.channel_order_id
        if self.numbers.isdisjoint(_number_forms(number)):
            return number[:32]
        prefixed = f"{imported.channel}-{number.lstrip('#')}"[:32]
        if prefixed in self.numbers:
            prefixed = f"{imported.channel}-{imported.channel_order_id}"[:32]
        return prefixed

    def _country(self, imported: ImportedOrder) -> str:
        for address in (imported.ship_to, imported.bill_to):
            if address is not None and len(address.country) == 2 and address.country.isalpha():
                return address.country.upper()
        given = imported.ship_to.country if imported.ship_to else ""
        self.run.warn(imported.first_line, "country", given,
                      f"order {imported.number}: no two-letter ship-to country; using the shop's {self.shop_country}")
        return self.shop_country

    def _refund(self, imported: ImportedOrder, order: Order, amount: Decimal) -> None:
        amount = min(amount, order.paid - order.refunded)
        if amount <= 0:
            self.run.skipped(imported.first_line, "refunded", str(imported.refunded),
                             f"order {order.number}: refunded more than was paid; refund not imported")
            return
        refunds.create_refund(self.uow, order.number, amount=amount, method="original", reference=IMPORT_REFERENCE,
                              reason=f"refunded at {imported.channel}", notify=False)

    def _elsewhere_location(self) -> tuple[Location, Location]:
        """(SHIPPED-ELSEWHERE, the customer location), the first created on first use."""
        if self._elsewhere is None:
            found = self.session.scalars(select(Location).where(Location.code == ELSEWHERE,
                                                                Location.warehouse_id.is_(None))).first()
            if found is None:
                found = Location(warehouse_id=None, code=ELSEWHERE, kind="adjustment")
                self.session.add(found)
                self.session.flush()
            self._elsewhere = (found, special_location(self.session, "customer"))
        return self._elsewhere

    def _ship_elsewhere(self, imported: ImportedOrder, order: Order) -> None:
        """Record the channel's fulfilment: a shipment whose units come from SHIPPED-ELSEWHERE."""
        source, customer = self._elsewhere_location()
        tracking = imported.tracking_numbers[0][:64] if imported.tracking_numbers else ""
        shipment = Shipment(number=f"SH{self.uow.next_number('shipment'):06d}", order_id=order.id,
                            carrier="unknown", service=imported.shipping_service[:64], tracking=tracking,
                            shipped_at=imported.ordered_at, created_by=self.uow.actor.id)
        for line in order.lines:
            shipment.lines.append(ShipmentLine(order_line_id=line.id, quantity=line.quantity - line.quantity_shipped))
        self.session.add(shipment)
        self.session.flush()
        for shipment_line, line in zip(shipment.lines, order.lines):
            parts = [(c.component, c.quantity) for c in line.product.components] or [(line.product, 1)]
            for product, per_unit in parts:
                post_move(self.session, self.uow.actor, product, source, customer,
                          shipment_line.quantity * per_unit, "ship", reference=order.number[:64],
                          doc=("shipment_line", shipment_line.id))
            line.quantity_shipped = line.quantity
        previous, order.status = order.status, S.SHIPPED.value
        self.uow.audit("order.shipped", "order", order.id, order.number,
                       {"from": previous, "shipment": shipment.number, "shipped_elsewhere": True},
                       reason=f"fulfilled at {imported.channel}")


def _creation_only(imported: ImportedOrder) -> bool:
    """True for a new order that needs nothing but creating: not cancelled, refunded or fulfilled."""
    return not imported.cancelled and imported.refunded <= 0 and imported.fulfillment != "fulfilled"


def _unknown_sku(sku: str, line: int) -> UserError:
    return UserError("Unknown SKU {sku} (line {line}); add the product first or set "
                     "import.unknown_sku to placeholder.", sku=repr(sku), line=line)


def _line_input(imported: ImportedOrder, line: ImportedLine) -> LineInput:
    sku = _sku(imported.channel, line)
    return LineInput(sku=sku, quantity=line.quantity, unit_price=line.unit_price, discount=line.discount,
                     tax=line.tax, tax_name=(line.tax_name or "")[:64],
                     tax_rate="" if line.tax_rate is None else str(line.tax_rate), name=(line.name or sku)[:255])


def _number_forms(number: str) -> set[str]:
    bare = number.lstrip("#")
    return {number, bare, "#" + bare}


def _sku(channel: str, line: ImportedLine) -> str:
    """The line's SKU, or for lines without one a stable SKU derived from the product name."""
    sku = line.sku.strip()
    if sku:
        return sku[:64]
    digest = hashlib.sha1(f"{line.name}\x1f{line.variant}".encode()).hexdigest()[:10].upper()
    return f"{channel.upper()}-{digest}"


def _outcome(imported: ImportedOrder, number: str, action: str) -> Outcome:
    return Outcome(imported.channel_order_id, number, action, imported.first_line, imported.customer_name,
                   imported.ordered_at, imported.total, imported.currency)


def _address(address: ImportedAddress | None, country: str) -> Address:
    if address is None:
        return Address(country=country)
    return Address(name=address.name[:255], company=address.company[:255], line1=address.line1[:255],
                   line2=address.line2[:255], city=address.city[:128], region=address.region[:128],
                   postal_code=address.postal_code[:32], country=country, phone=address.phone[:64])


def _bill_to(imported: ImportedOrder, ship: Address) -> Address | None:
    """The bill-to address with its country code; ``ship`` itself when they are the same."""
    if imported.bill_to is None:
        return None
    country = imported.bill_to.country[:2].upper()
    if imported.bill_to == imported.ship_to and country == ship.country:
        return ship
    return _address(imported.bill_to, country)


def _customer(imported: ImportedOrder) -> str:
    for name in (imported.customer_name, imported.ship_to and imported.ship_to.name,
                 imported.bill_to and imported.bill_to.name, imported.email):
        if name and name.strip():
            return name.strip()[:255]
    return f"{imported.channel} customer"


def _order_input(imported: ImportedOrder, number: str, country: str,
                 balanced: tuple[tuple[LineInput, ...], Decimal]) -> OrderInput:
    lines, shipping = balanced
    ship = _address(imported.ship_to, country)
    bill = _bill_to(imported, ship)
    return OrderInput(
        customer_name=_customer(imported), ship_to=ship, lines=lines,
        number=number, channel=imported.channel[:32], channel_order_id=imported.channel_order_id[:64],
        ordered_at=imported.ordered_at, email=imported.email[:255], phone=imported.phone[:64],
        bill_to=bill, currency=imported.currency, shipping=shipping,
        taxes_included=imported.prices_include_tax, paid=max(imported.paid, ZERO),
        payment_status=imported.payment_status, notes=imported.notes, gift=imported.gift,
        gift_message=imported.gift_message, tags=tuple([t[:40] for t in imported.tags[:8]]),
        shipping_service=imported.shipping_service[:64], ship_by=imported.ship_by,
        deliver_by=imported.promise_date)


def _balanced(imported: ImportedOrder, lines: tuple[LineInput, ...]) -> tuple[tuple[LineInput, ...], Decimal]:
    """Lines and shipping whose computed total equals the channel's ``total``.

    Order-level discounts and taxes the file does not put on lines are spread over the lines
    by their gross; a negative shipping amount becomes a discount; what still differs is booked
    as tax (more charged) or discount (less charged) on the lines."""
    shipping = max(imported.shipping, ZERO)
    line_discounts = line_taxes = ZERO
    for line in lines:
        line_discounts += line.discount
        line_taxes += line.tax
    extra_discount = max(imported.discount - line_discounts, ZERO) - min(imported.shipping, ZERO)
    extra_tax = max(imported.tax - line_taxes, ZERO)
    lines = _spread(lines, extra_discount, "discount")
    lines = _spread(lines, extra_tax, "tax")
    computed = _total(lines, shipping, imported.prices_include_tax)
    difference = imported.total - computed
    if difference > 0 and not imported.prices_include_tax:
        lines = _spread(lines, difference, "tax")
    elif difference < 0:
        lines = _spread(lines, -difference, "discount")
    return lines, shipping


def _total(lines: Sequence[LineInput], shipping: Decimal, included: bool) -> Decimal:
    gross = sum((l.unit_price * l.quantity - l.discount + (ZERO if included else l.tax) for l in lines), ZERO)
    return q(gross + shipping)


def _spread(lines: tuple[LineInput, ...], amount: Decimal, attribute: str) -> tuple[LineInput, ...]:
    """Add ``amount`` to ``attribute`` of the lines in proportion to their gross (a discount
    never beyond a line's net); the last line takes the rounding remainder."""
    if amount <= 0 or not lines:
        return lines
    room = [l.unit_price * l.quantity - l.discount if attribute == "discount" else None for l in lines]
    weights = [max(l.unit_price * l.quantity, ZERO) for l in lines]
    total_weight = sum(weights, ZERO) or Decimal(len(lines))
    weights = weights if sum(weights, ZERO) else [Decimal(1)] * len(lines)
    result, left = [], amount
    for index, line in enumerate(lines):
        share = left if index == len(lines) - 1 else min(q(amount * weights[index] / total_weight), left)
        if room[index] is not None:
            share = min(share, max(room[index], ZERO))
        left -= share
        result.append(replace(line, **{attribute: q(getattr(line, attribute) + share)}))
    return tuple(result)


def import_products(uow: UnitOfWork, parsed: ParseResult, *, skip_bad: bool = False, dry_run: bool = False,
                    progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                    file: str = "") -> ImportReport:
    """Create or update products by SKU; prices and costs change only when the actor may change
    prices. A stock quantity in the file sets on-hand at the row's bin (else the default bin);
    negative quantities are not imported (a warning asks for a count)."""
    uow.actor.require(Permission.MANAGE_CATALOG)
    run = _Run(uow, parsed, "products", skip_bad=skip_bad, dry_run=dry_run, progress=progress, cancelled=cancelled,
               file=file)
    prices = uow.actor.can(Permission.CHANGE_PRICES)

    def apply(item: ImportedProduct) -> Outcome:
        product = uow.session.scalars(select(Product).where(Product.sku == item.sku)).first()
        if product is None:
            catalog.add_product(uow, ProductInput(
                sku=item.sku, name=item.name or item.sku, barcode=item.barcode,
                price=(item.price or ZERO) if prices else ZERO, cost=(item.cost or ZERO) if prices else ZERO,
                weight_kg=item.weight_kg, active=item.active))
            action = "new"
        else:
            data = ProductInput(
                sku=product.sku, name=item.name or product.name, barcode=item.barcode or product.barcode,
                price=item.price if prices and item.price is not None else product.price,
                cost=item.cost if prices and item.cost is not None else product.cost,
                weight_kg=item.weight_kg if item.weight_kg is not None else product.weight_kg,
                length_cm=product.length_cm, width_cm=product.width_cm, height_cm=product.height_cm,
                reorder_point=product.reorder_point, reorder_qty=product.reorder_qty, active=item.active,
                allow_negative=product.allow_negative,
                components=tuple((c.component.sku, c.quantity) for c in product.components))
            same = catalog.view(product) == replace(catalog.view(product), name=data.name, barcode=data.barcode,
                                                    price=data.price, cost=data.cost, weight_kg=data.weight_kg,
                                                    active=data.active)
            if not same or product.needs_review:
                catalog.update_product(uow, product.sku, data)
            action = "unchanged" if same and not product.needs_review else "updated"
        if item.quantity is not None:
            if item.quantity < 0:
                run.warn(item.source_line, "quantity", str(item.quantity),
                         f"{item.sku}: negative stock is not imported; count it")
            elif _set_stock(uow, item.sku, item.quantity, item.location) and action == "unchanged":
                action = "updated"
        return Outcome(item.sku, item.sku, action, item.source_line)

    return run.run(parsed.products, apply, lambda item: Outcome(item.sku, item.sku, "rejected", item.source_line),
                   lambda item: item.source_line)


def import_stock(uow: UnitOfWork, parsed: ParseResult, *, skip_bad: bool = False, dry_run: bool = False,
                 progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                 file: str = "") -> ImportReport:
    """Set (``mode`` set: adjust to the target with reason ``count``) or add (receive; a
    negative quantity is an adjustment with reason ``correction``) stock per row."""
    run = _Run(uow, parsed, "stock", skip_bad=skip_bad, dry_run=dry_run, progress=progress, cancelled=cancelled,
               file=file)

    def apply(row: StockRow) -> Outcome:
        if row.mode == "set":
            changed = _set_stock(uow, row.sku, row.quantity, row.location)
        elif row.quantity > 0:
            stock.receive(uow, row.sku, row.quantity, row.location or None)
            changed = True
        elif row.quantity < 0:
            stock.adjust(uow, row.sku, row.quantity, "correction", row.location or None, "stock file")
            changed = True
        else:
            changed = False
        return Outcome(row.sku, row.sku, "updated" if changed else "unchanged", row.source_line)

    return run.run(parsed.stock, apply, lambda row: Outcome(row.sku, row.sku, "rejected", row.source_line),
                   lambda row: row.source_line)


def _set_stock(uow: UnitOfWork, sku: str, quantity: int, location: str) -> bool:
    """Adjust on-hand of ``sku`` at ``location`` (or its only/the default bin) to ``quantity``;
    True when something moved."""
    product = uow.session.scalars(select(Product).where(Product.sku == sku)).first()
    if product is None:
        raise UserError("Unknown SKU {sku}; import the product first.", sku=repr(sku))
    place = location_by_code(uow.session, location) if location else _home(uow, product)
    level = uow.session.get(StockLevel, (product.id, place.id))
    delta = quantity - (level.on_hand if level else 0)
    if delta:
        stock.adjust(uow, sku, delta, "count", place.label, "stock file")
    return bool(delta)


def _home(uow: UnitOfWork, product: Product) -> Location:
    homes = uow.session.scalars(
        select(Location).join(StockLevel, StockLevel.location_id == Location.id)
        .where(StockLevel.product_id == product.id, StockLevel.on_hand != 0, Location.kind == "bin")).all()
    if len(homes) > 1:
        raise UserError("{sku} is in several bins ({bins}); give the bin in the file.", sku=product.sku,
                        bins=", ".join(h.label for h in homes))
    return homes[0] if homes else default_bin(uow.session)
