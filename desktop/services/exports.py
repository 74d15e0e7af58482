"""Plain data for the accountant's spreadsheets and list exports, read from the database.

``accounting_data(uow, start, end)`` gathers everything of the period ``start``..``end``
(inclusive, UTC calendar days): orders placed, their lines and taxes, payments, refunds made,
shipments sent, and the inventory valuation at the end of ``end`` (quantity from the ledger x
the product's unit cost, per product and physical location). ``xero_settings`` and
``quickbooks_settings`` read account codes and tax types from the shop settings.
``export_period`` reads the period and writes one of ``PERIOD_KINDS`` to a file through
:func:`desktop.files.atomic_write`, telling its progress step by step (``STEPS``).
``order_rows``/``inventory_rows`` stream what the Orders and Inventory lists show, filters applied.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from pathlib import Path

from sqlalchemy import case, func, select

from desktop.db.uow import UnitOfWork
from desktop.errors import InvalidInput, Text, one_of
from desktop.files import atomic_write
from desktop.models import Location, Order, OrderLine, Product, Refund, Shipment, StockLevel, StockMove, Warehouse
from desktop.money import ZERO
from desktop.services import settings
from reports.spreadsheets import accounting, quickbooks, xero
from reports.spreadsheets.data import (
    AccountingData, InventoryRow, LineRow, OrderRow, PaymentRow, RefundRow, ShipmentRow, TaxRow,
)
from reports.spreadsheets.quickbooks import QuickBooksSettings
from reports.spreadsheets.sheet import Column
from reports.spreadsheets.xero import XeroSettings

PHYSICAL = ("bin", "quarantine", "scrap")
FULFILLMENT = {"shipped": "fulfilled", "delivered": "fulfilled", "partially_shipped": "partial"}
STAGES = ("orders", "order lines", "refunds", "shipments", "inventory")
"""What ``accounting_data`` reads, in this order."""
STEPS = (*STAGES, "writing")
"""What ``export_period`` does, in this order; its last report is ``SAVING``."""
SAVING = "saving"
PERIOD_KINDS = ("accounting", "xero", "quickbooks")
Stage = Callable[[str], None]
"""``stage(name)``: ``accounting_data`` is about to read ``name`` (one of ``STAGES``)."""
Steps = Callable[[int, int, str], None]
"""``progress(done, total, step)``: ``done`` of ``total`` steps are finished and ``step`` starts."""


def _bounds(start: date, end: date) -> tuple[datetime, datetime]:
    if end < start:
        raise InvalidInput("to", end.isoformat(), Text("is before the start {start}", start=start.isoformat()))
    return (datetime.combine(start, time.min, timezone.utc),
            datetime.combine(end + timedelta(days=1), time.min, timezone.utc))


def accounting_data(uow: UnitOfWork, start: date, end: date, progress: Stage | None = None) -> AccountingData:
    """Everything the accounting workbook and the Xero/QuickBooks files need for the period.
    ``progress(stage)`` is called on the calling thread before each of ``STAGES``; an exception
    it raises (a Cancel) stops the read there."""
    low, high = _bounds(start, end)
    tell = progress or (lambda stage: None)
    session = uow.session
    tell("orders")
    placed = session.scalars(select(Order).where(Order.ordered_at >= low, Order.ordered_at < high)
                             .order_by(Order.ordered_at, Order.id)).all()
    order_rows = tuple(_order_row(o) for o in placed)
    tell("order lines")
    by_id = {o.id: o for o in placed}
    lines: list[LineRow] = []
    taxes: dict[tuple[int, str, str], list[Decimal]] = {}
    for line in session.scalars(select(OrderLine).join(Order).where(Order.ordered_at >= low, Order.ordered_at < high)
                                .order_by(Order.ordered_at, Order.id, OrderLine.line_no)):
        order = by_id[line.order_id]
        lines.append(LineRow(order.number, order.ordered_at, line.sku, line.name, line.quantity, line.unit_price,
                             line.discount, line.tax, line.tax_name, _rate(line.tax_rate), order.currency))
        if line.tax:
            sums = taxes.setdefault((order.id, line.tax_name, line.tax_rate), [ZERO, ZERO])
            sums[0] += line.net_amount
            sums[1] += line.tax
    tax_rows = tuple(TaxRow(by_id[oid].number, by_id[oid].ordered_at, name or "Tax", _rate(rate), taxable, amount,
                            by_id[oid].currency) for (oid, name, rate), (taxable, amount) in taxes.items())
    payments = tuple(PaymentRow(o.number, o.ordered_at, o.channel, o.channel_order_id, o.paid, o.currency)
                     for o in placed if o.paid > 0)
    tell("refunds")
    refund_rows = tuple(
        RefundRow(number, created_at, credit_note, reason, amount - shipping + fee, shipping, ZERO, fee, currency)
        for number, created_at, credit_note, reason, amount, shipping, fee, currency in session.execute(
            select(Order.number, Refund.created_at, Refund.number, Refund.reason, Refund.amount,
                   Refund.shipping_amount, Refund.restocking_fee, Order.currency)
            .join(Order, Order.id == Refund.order_id)
            .where(Refund.created_at >= low, Refund.created_at < high).order_by(Refund.created_at, Refund.id)))
    tell("shipments")
    shipment_rows = tuple(_shipments(uow, low, high))
    tell("inventory")
    return AccountingData(start, end, order_rows, tuple(lines), payments, refund_rows, shipment_rows, tax_rows,
                          tuple(_inventory(uow, high)))


@dataclass(frozen=True)
class PeriodExport:
    """What ``export_period`` wrote: orders and refunds of the period, and data rows in the file."""

    orders: int
    refunds: int
    rows: int


def export_period(uow: UnitOfWork, kind: str, start: date, end: date, out: Path, *, credits: bool = False,
                  progress: Steps | None = None) -> PeriodExport:
    """Write export ``kind`` (one of ``PERIOD_KINDS``; Xero credit notes or QuickBooks credit
    memos with ``credits``) of ``start``..``end`` to ``out``, whole or not at all.

    ``progress(done, len(STEPS), step)`` is called on the calling thread before each of
    ``STEPS``, then ``progress(len(STEPS), len(STEPS), SAVING)`` once the file is complete but
    not yet in place. An exception it raises (a Cancel) stops the export there and leaves ``out``
    as it was; so does any other failure (:class:`desktop.files.CannotWrite` for the file's own)."""
    tell = progress or (lambda done, total, step: None)
    total = len(STEPS)
    write = _writer(uow, kind, credits)
    data = accounting_data(uow, start, end, lambda stage: tell(STAGES.index(stage), total, stage))
    with atomic_write(out) as temporary:
        tell(len(STAGES), total, "writing")
        rows = write(data, temporary)
        tell(total, total, SAVING)
    return PeriodExport(len(data.orders), len(data.refunds), rows)


def _writer(uow: UnitOfWork, kind: str, credits: bool) -> Callable[[AccountingData, Path], int]:
    """The file writer of ``kind``, with its settings read now, before any file is created."""
    if kind == "accounting":
        return _workbook
    if kind == "xero":
        xero_build = xero.build_credit_notes if credits else xero.build_invoices
        xero_setup = xero_settings(uow)
        return lambda data, out: xero_build(data, xero_setup, out)
    if kind == "quickbooks":
        qbo_build = quickbooks.build_credit_memos if credits else quickbooks.build_invoices
        qbo_setup = quickbooks_settings(uow)
        return lambda data, out: qbo_build(data, qbo_setup, out)
    raise InvalidInput("export", kind, one_of(PERIOD_KINDS))


def _workbook(data: AccountingData, out: Path) -> int:
    """The accounting workbook; one row per order on its Orders sheet."""
    accounting.build(data, out)
    return len(data.orders)


def _rate(text: str) -> Decimal | None:
    try:
        return Decimal(text.rstrip("%")) if text else None
    except ArithmeticError:
        return None


def _order_row(order: Order) -> OrderRow:
    return OrderRow(order.number, order.channel, order.ordered_at, order.customer_name, order.email, order.currency,
                    order.subtotal, order.discount_total, order.shipping, order.tax_total, order.total, order.paid,
                    order.refunded, order.payment_status, FULFILLMENT.get(order.status, "unfulfilled"),
                    order.status == "cancelled", order.ship_country, order.taxes_included)


def _shipments(uow: UnitOfWork, low: datetime, high: datetime) -> Iterator[ShipmentRow]:
    """Shipments sent in the period; the shipping charged is counted on an order's first one."""
    first = (select(func.min(Shipment.id)).where(Shipment.order_id == Order.id).correlate(Order)
             .scalar_subquery())
    query = (select(Order.number, Shipment.shipped_at, Shipment.carrier, Shipment.service, Shipment.tracking,
                    case((Shipment.id == first, Order.shipping), else_=ZERO), Shipment.cost, Order.currency)
             .join(Order, Order.id == Shipment.order_id)
             .where(Shipment.shipped_at >= low, Shipment.shipped_at < high).order_by(Shipment.shipped_at, Shipment.id))
    shop_currency = settings.get(uow, "shop.currency")
    for number, shipped_at, carrier, service, tracking, charged, cost, currency in uow.session.execute(query):
        yield ShipmentRow(number, shipped_at, carrier, service, tracking, Decimal(charged), cost, currency,
                          "" if currency == shop_currency else shop_currency)


def _inventory(uow: UnitOfWork, until: datetime) -> Iterator[InventoryRow]:
    """On hand per product and physical location from the ledger's moves before ``until``."""
    moves = select(StockMove.product_id, StockMove.to_location_id.label("location_id"),
                   StockMove.quantity.label("qty")).where(StockMove.created_at < until).union_all(
        select(StockMove.product_id, StockMove.from_location_id, -StockMove.quantity)
        .where(StockMove.created_at < until)).subquery()
    query = (select(Product.sku, Product.name, Warehouse.code, Location.code, func.sum(moves.c.qty), Product.cost)
             .join(Product, Product.id == moves.c.product_id).join(Location, Location.id == moves.c.location_id)
             .outerjoin(Warehouse, Warehouse.id == Location.warehouse_id).where(Location.kind.in_(PHYSICAL))
             .group_by(Product.sku, Product.name, Warehouse.code, Location.code, Product.cost)
             .having(func.sum(moves.c.qty) != 0).order_by(Product.sku, Warehouse.code, Location.code))
    currency = settings.get(uow, "shop.currency")
    for sku, name, warehouse, code, quantity, cost in uow.session.execute(query):
        yield InventoryRow(sku, name, f"{warehouse}/{code}" if warehouse else code, int(quantity), cost, currency)


def _mapping(uow: UnitOfWork, key: str) -> dict[str, str]:
    try:
        value = json.loads(settings.get(uow, key) or "{}")
    except json.JSONDecodeError as error:
        raise InvalidInput("setting", key, Text("is not valid JSON ({error})", error=error)) from error
    if not isinstance(value, dict):
        raise InvalidInput("setting", key, 'must map tax names to codes, like {"GST 5%": "GST on Income"}')
    return {str(k): str(v) for k, v in value.items()}


def xero_settings(uow: UnitOfWork) -> XeroSettings:
    """Account codes and tax types from the ``xero.*`` settings."""
    get = lambda key: settings.get(uow, f"xero.{key}")  # noqa: E731
    return XeroSettings(sales_account=get("sales_account"), shipping_account=get("shipping_account"),
                        discount_account=get("discount_account"), refund_account=get("refund_account"),
                        restocking_account=get("restocking_account"), default_tax_type=get("tax_type"),
                        no_tax_type=get("no_tax_type"), tax_types=_mapping(uow, "xero.tax_types"))


def quickbooks_settings(uow: UnitOfWork) -> QuickBooksSettings:
    """Products/services and tax codes from the ``quickbooks.*`` settings."""
    get = lambda key: settings.get(uow, f"quickbooks.{key}")  # noqa: E731
    return QuickBooksSettings(sales_item=get("item"), shipping_item=get("shipping_item"),
                              discount_item=get("discount_item"), refund_item=get("refund_item"),
                              restocking_item=get("restocking_item"), default_tax_code=get("tax_code"),
                              no_tax_code=get("no_tax_code"), tax_codes=_mapping(uow, "quickbooks.tax_codes"))


@dataclass(frozen=True)
class OrderFilter:
    """The Orders list's filters; empty values filter nothing. ``end`` is inclusive."""

    statuses: tuple[str, ...] = ()
    start: date | None = None
    end: date | None = None
    channel: str = ""


ORDER_COLUMNS = (Column("Order"), Column("Channel"), Column("Channel order id"), Column("Date", "datetime"),
                 Column("Status"), Column("Customer"), Column("Email"), Column("Country"), Column("Currency"),
                 Column("Items", "money"), Column("Discount", "money"), Column("Shipping", "money"),
                 Column("Tax", "money"), Column("Total", "money"), Column("Paid", "money"),
                 Column("Refunded", "money"), Column("Payment"), Column("Ship by", "date"))
INVENTORY_COLUMNS = (Column("SKU"), Column("Product"), Column("Location"), Column("On hand", "int"),
                     Column("Reserved", "int"), Column("Available", "int"), Column("Unit cost", "money"),
                     Column("Value", "money"), Column("Needs review"))


def order_rows(uow: UnitOfWork, filters: OrderFilter) -> Iterator[tuple[object, ...]]:
    """One row per order matching ``filters`` (``ORDER_COLUMNS``), oldest first, streamed."""
    query = select(Order.number, Order.channel, Order.channel_order_id, Order.ordered_at, Order.status,
                   Order.customer_name, Order.email, Order.ship_country, Order.currency, Order.subtotal,
                   Order.discount_total, Order.shipping, Order.tax_total, Order.total, Order.paid,
                   Order.refunded, Order.payment_status, Order.ship_by)
    if filters.statuses:
        query = query.where(Order.status.in_(filters.statuses))
    if filters.channel:
        query = query.where(Order.channel == filters.channel)
    if filters.start or filters.end:
        low, high = _bounds(filters.start or date.min.replace(year=1900), filters.end or date(9998, 12, 31))
        query = query.where(Order.ordered_at >= low, Order.ordered_at < high)
    result = uow.session.execute(query.order_by(Order.ordered_at, Order.id).execution_options(yield_per=1000))
    for row in result:
        yield tuple(row)


def inventory_rows(uow: UnitOfWork, *, low_only: bool = False, location: str = "") -> Iterator[tuple[object, ...]]:
    """On hand, reserved and available per product and physical location (``INVENTORY_COLUMNS``);
    ``low_only`` keeps products at or below their reorder point; ``location`` a bin code."""
    query = (select(Product.sku, Product.name, Warehouse.code, Location.code, StockLevel.on_hand,
                    StockLevel.reserved, Product.cost, Product.needs_review, Product.reorder_point)
             .join(StockLevel, StockLevel.product_id == Product.id)
             .join(Location, Location.id == StockLevel.location_id)
             .outerjoin(Warehouse, Warehouse.id == Location.warehouse_id)
             .where(Location.kind.in_(PHYSICAL), (StockLevel.on_hand != 0) | (StockLevel.reserved != 0)))
    if location:
        query = query.where(Location.code == location.split("/")[-1])
    if low_only:
        totals = (select(func.sum(StockLevel.on_hand - StockLevel.reserved)).where(StockLevel.product_id == Product.id)
                  .correlate(Product).scalar_subquery())
        query = query.where(totals <= Product.reorder_point)
    for sku, name, warehouse, code, on_hand, reserved, cost, review, _ in uow.session.execute(
            query.order_by(Product.sku, Warehouse.code, Location.code).execution_options(yield_per=1000)):
        yield (sku, name, f"{warehouse}/{code}" if warehouse else code, on_hand, reserved, on_hand - reserved,
               cost, cost * on_hand, "yes" if review else "")
