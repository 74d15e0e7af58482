"""Figures for the owner: the carrier scorecard and the dashboard of a period.

A period is two shop-local dates, both included (``PromiseRules.timezone``); it selects orders by
``ordered_at``, shipments by ``shipped_at`` and refunds by ``created_at``, each through its index.
Cancelled orders are left out. Money is summed per currency and never mixed; label costs are as
recorded on shipments. Percentages are rounded half up to one decimal; ``None`` means there is
nothing to measure in the period.

Dashboard definitions:
- *free shipping share*: orders with no shipping charge out of all orders;
- *just below the threshold*: orders in the shop currency that paid shipping with goods
  (subtotal less discounts) within ``reports.below_free_margin`` under ``shipping.free_threshold``;
- *shipping charged vs label cost*: per order currency, the shipping the orders charged and the
  label costs of their shipments;
- *return rate by SKU*: units returned out of units shipped, for the period's orders;
- *late shipments*: shipments that left after their order's ship-by date (shop-local day), out of
  shipments whose order has one;
- *stock-outs / low stock*: the current state (not the period) of active, non-kit products: no
  units available in sellable bins, or at most the reorder point available.

:meth:`Dashboard.tables` gives every chart's data as a titled table for export.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, exists, func, or_, select

from desktop.db.uow import UnitOfWork
from desktop.errors import InvalidInput, Text
from desktop.models import (Location, Order, OrderLine, Product, Refund, ReturnLine, Shipment,
                            StockLevel, TrackingEvent)
from desktop.models.orders import OrderStatus as S
from desktop.notify.scorecard import CarrierScore, ShipmentRecord, carrier_scorecard
from desktop.services import settings
from desktop.services.exceptions import promise_rules

ONE_DECIMAL = Decimal("0.1")
TOP_RETURNED = 10


@dataclass(frozen=True)
class Table:
    """One chart's data: a title, column headers and rows of plain values."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


@dataclass(frozen=True)
class Dashboard:
    """The dashboard of ``start``..``end`` (shop-local dates, both included)."""

    start: date
    end: date
    orders: int
    revenue: tuple[tuple[str, Decimal], ...]
    average_order_value: tuple[tuple[str, Decimal], ...]
    per_day: tuple[tuple[date, str, int, Decimal], ...]
    free_shipping_percent: Decimal | None
    free_threshold: Decimal
    free_threshold_currency: str
    """The shop currency, the only one ``just_below_threshold`` counts."""
    just_below_threshold: int
    shipping_vs_labels: tuple[tuple[str, Decimal, Decimal], ...]
    returns_by_sku: tuple[tuple[str, int, int, Decimal], ...]
    returns_by_reason: tuple[tuple[str, int], ...]
    top_returned: tuple[tuple[str, str, int], ...]
    refunds: tuple[tuple[str, int, Decimal], ...]
    stock_outs: tuple[tuple[str, str, int, int], ...]
    low_stock: tuple[tuple[str, str, int, int], ...]
    late_shipments_percent: Decimal | None

    def tables(self) -> dict[str, Table]:
        """Every chart's and list's data, keyed by a short name."""
        stock = ("SKU", "Product", "Available", "Reorder point")
        return {
            "orders_per_day": Table("Orders and revenue per day", ("Day", "Currency", "Orders", "Revenue"),
                                    self.per_day),
            "shipping": Table("Shipping charged vs label cost",
                              ("Currency", "Shipping charged", "Label cost"), self.shipping_vs_labels),
            "returns_by_sku": Table("Return rate by SKU", ("SKU", "Shipped", "Returned", "Return %"),
                                    self.returns_by_sku),
            "returns_by_reason": Table("Returns by reason", ("Reason", "Units"), self.returns_by_reason),
            "top_returned": Table("Top returned products", ("SKU", "Product", "Units returned"),
                                  self.top_returned),
            "refunds": Table("Refunds", ("Currency", "Refunds", "Amount"), self.refunds),
            "stock_outs": Table("Stock-outs", stock, self.stock_outs),
            "low_stock": Table("Low stock", stock, self.low_stock),
        }

    def as_json(self) -> dict[str, Any]:
        figures = {
            "from": self.start, "to": self.end, "orders": self.orders,
            "revenue": dict(self.revenue), "average_order_value": dict(self.average_order_value),
            "free_shipping_percent": self.free_shipping_percent,
            "free_threshold": self.free_threshold, "free_threshold_currency": self.free_threshold_currency,
            "just_below_threshold": self.just_below_threshold,
            "late_shipments_percent": self.late_shipments_percent,
        }
        tables = {name: [dict(zip(table.columns, row)) for row in table.rows]
                  for name, table in self.tables().items()}
        return figures | tables


def period_bounds(start: date, end: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """UTC instants of local midnight on ``start`` and local midnight after ``end``."""
    if end < start:
        raise InvalidInput("to", end.isoformat(), Text("is before from ({start})", start=start.isoformat()))
    low = datetime.combine(start, time(0), zone).astimezone(timezone.utc)
    high = datetime.combine(end + timedelta(days=1), time(0), zone).astimezone(timezone.utc)
    return low, high


def carrier_scores(uow: UnitOfWork, start: date, end: date) -> tuple[CarrierScore, ...]:
    """The scorecard of shipments shipped in the period (see :mod:`desktop.notify.scorecard`).

    A shipment counts as lost or damaged when its status says so or any of its tracking events
    did."""
    rules = promise_rules(uow)
    low, high = period_bounds(start, end, rules.zoneinfo)

    def had(status: str) -> Any:
        return or_(Shipment.status == status, exists().where(
            TrackingEvent.shipment_id == Shipment.id, TrackingEvent.status == status))

    query = (select(Shipment.carrier, Shipment.service, Shipment.shipped_at, Order.deliver_by,
                    Shipment.delivered_at, had("lost"), had("damaged"), Shipment.cost)
             .join(Order, Order.id == Shipment.order_id)
             .where(Shipment.shipped_at >= low, Shipment.shipped_at < high))
    records = [ShipmentRecord(carrier, service, shipped_at, deliver_by, delivered_at, bool(lost),
                              bool(damaged), cost)
               for carrier, service, shipped_at, deliver_by, delivered_at, lost, damaged, cost
               in uow.session.execute(query)]
    return carrier_scorecard(records, rules.timezone)


def score_json(score: CarrierScore) -> dict[str, Any]:
    """A scorecard row as JSON-able plain values."""
    return {"carrier": score.carrier, "service": score.service, "shipments": score.shipments,
            "delivered": score.delivered, "on_time": score.on_time,
            "on_time_percent": score.on_time_percent,
            "average_transit_days": score.average_transit_days, "lost": score.lost,
            "lost_percent": score.lost_percent, "damaged": score.damaged,
            "damaged_percent": score.damaged_percent, "total_cost": score.total_cost,
            "cost_per_shipment": score.cost_per_shipment}


def dashboard(uow: UnitOfWork, start: date, end: date) -> Dashboard:
    """The dashboard figures of the period (see the module docstring for definitions)."""
    rules = promise_rules(uow)
    zone = rules.zoneinfo
    low, high = period_bounds(start, end, zone)
    in_period = and_(Order.ordered_at >= low, Order.ordered_at < high,
                     Order.status != S.CANCELLED.value)
    session = uow.session
    rows = [(ordered_at, currency, total, shipping, subtotal - discount)
            for ordered_at, currency, total, shipping, subtotal, discount in session.execute(
                select(Order.ordered_at, Order.currency, Order.total, Order.shipping,
                       Order.subtotal, Order.discount_total).where(in_period))]
    per_day: dict[tuple[date, str], list[Decimal]] = defaultdict(list)
    for ordered_at, currency, total, _shipping, _goods in rows:
        per_day[ordered_at.astimezone(zone).date(), currency].append(total)
    revenue: dict[str, Decimal] = defaultdict(Decimal)
    counts: dict[str, int] = defaultdict(int)
    for (_day, currency), totals in per_day.items():
        revenue[currency] += sum(totals, Decimal(0))
        counts[currency] += len(totals)
    threshold = Decimal(settings.get(uow, "shipping.free_threshold"))
    margin = Decimal(settings.get(uow, "reports.below_free_margin"))
    shop_currency = settings.get(uow, "shop.currency")
    free = sum(1 for row in rows if row[3] == 0)
    below = sum(1 for _at, currency, _total, shipping, goods in rows
                if currency == shop_currency and shipping > 0 and threshold - margin <= goods < threshold)
    stock = _stock(uow)
    return Dashboard(
        start=start, end=end, orders=len(rows),
        revenue=tuple(sorted(revenue.items())),
        average_order_value=tuple((c, (revenue[c] / counts[c]).quantize(Decimal("0.01"), ROUND_HALF_UP))
                                  for c in sorted(revenue)),
        per_day=tuple((day, currency, len(totals), sum(totals, Decimal(0)))
                      for (day, currency), totals in sorted(per_day.items())),
        free_shipping_percent=_percent(free, len(rows)),
        free_threshold=threshold, free_threshold_currency=shop_currency, just_below_threshold=below,
        shipping_vs_labels=_shipping_vs_labels(uow, in_period),
        returns_by_sku=_returns_by_sku(uow, in_period),
        returns_by_reason=tuple(
            (reason, int(units)) for reason, units in session.execute(
                select(ReturnLine.reason, func.sum(ReturnLine.quantity))
                .join(OrderLine, OrderLine.id == ReturnLine.order_line_id)
                .join(Order, Order.id == OrderLine.order_id).where(in_period)
                .group_by(ReturnLine.reason).order_by(func.sum(ReturnLine.quantity).desc(),
                                                      ReturnLine.reason))),
        top_returned=_top_returned(uow, in_period),
        refunds=tuple((currency, int(count), amount) for currency, count, amount in session.execute(
            select(Order.currency, func.count(Refund.id), func.sum(Refund.amount))
            .join(Order, Order.id == Refund.order_id)
            .where(Refund.created_at >= low, Refund.created_at < high)
            .group_by(Order.currency).order_by(Order.currency))),
        stock_outs=tuple(row for row in stock if row[2] <= 0),
        low_stock=tuple(row for row in stock if 0 < row[2] <= row[3]),
        late_shipments_percent=_late_percent(uow, low, high, zone),
    )


def _shipping_vs_labels(uow: UnitOfWork, in_period: Any) -> tuple[tuple[str, Decimal, Decimal], ...]:
    labels = (select(func.coalesce(func.sum(Shipment.cost), 0))
              .where(Shipment.order_id == Order.id).scalar_subquery())
    query = (select(Order.currency, func.sum(Order.shipping), func.sum(labels)).where(in_period)
             .group_by(Order.currency).order_by(Order.currency))
    return tuple((currency, Decimal(charged), Decimal(cost))
                 for currency, charged, cost in uow.session.execute(query))


def _returns_by_sku(uow: UnitOfWork, in_period: Any) -> tuple[tuple[str, int, int, Decimal], ...]:
    shipped, returned = func.sum(OrderLine.quantity_shipped), func.sum(OrderLine.quantity_returned)
    query = (select(OrderLine.sku, shipped, returned).join(Order, Order.id == OrderLine.order_id)
             .where(in_period).group_by(OrderLine.sku).having(shipped > 0).order_by(OrderLine.sku))
    return tuple((sku, int(out), int(back), _percent(int(back), int(out)) or Decimal(0))
                 for sku, out, back in uow.session.execute(query))


def _top_returned(uow: UnitOfWork, in_period: Any) -> tuple[tuple[str, str, int], ...]:
    returned = func.sum(OrderLine.quantity_returned)
    query = (select(OrderLine.sku, func.max(OrderLine.name), returned)
             .join(Order, Order.id == OrderLine.order_id).where(in_period)
             .group_by(OrderLine.sku).having(returned > 0)
             .order_by(returned.desc(), OrderLine.sku).limit(TOP_RETURNED))
    return tuple((sku, name, int(units)) for sku, name, units in uow.session.execute(query))


def _stock(uow: UnitOfWork) -> list[tuple[str, str, int, int]]:
    available = (select(func.coalesce(func.sum(StockLevel.on_hand - StockLevel.reserved), 0))
                 .join(Location, Location.id == StockLevel.location_id)
                 .where(StockLevel.product_id == Product.id, Location.kind == "bin")
                 .scalar_subquery())
    query = (select(Product.sku, Product.name, available, Product.reorder_point)
             .where(Product.active.is_(True), Product.is_kit.is_(False)).order_by(Product.sku))
    return [(sku, name, int(units), int(point)) for sku, name, units, point in uow.session.execute(query)]


def _late_percent(uow: UnitOfWork, low: datetime, high: datetime, zone: ZoneInfo) -> Decimal | None:
    query = (select(Shipment.shipped_at, Order.ship_by).join(Order, Order.id == Shipment.order_id)
             .where(Shipment.shipped_at >= low, Shipment.shipped_at < high, Order.ship_by.is_not(None)))
    rows = uow.session.execute(query).all()
    late = sum(1 for shipped_at, ship_by in rows if shipped_at.astimezone(zone).date() > ship_by)
    return _percent(late, len(rows))


def _percent(part: int, whole: int) -> Decimal | None:
    if whole == 0:
        return None
    return (Decimal(100 * part) / whole).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)
