"""Carrier scorecard and dashboard figures from the database, on a small known data set."""

from datetime import date, datetime, timezone
from decimal import Decimal

from sqlalchemy import select

from desktop.auth import SYSTEM
from desktop.models import Order, Product, Shipment
from desktop.services import allocation, refunds, returns, settings, shipping
from desktop.services.reports import carrier_scores, dashboard
from desktop.services.returns import ReturnRequest
from desktop.services.tracking_events import add_event
from tests.factories import order, product

MARCH_2 = datetime(2026, 3, 2, 10, tzinfo=timezone.utc)


def at(day, hour=10):
    return datetime(2026, 3, day, hour, tzinfo=timezone.utc)


def ship(db, sku, carrier, service, tracking, *, ordered, shipped, ship_by, deliver_by, cost,
         delivered=None, quantity=1, shipping_charge="0"):
    product(db, sku, price="20.00", stock_qty=10)
    number = order(db, {sku: quantity}, shipping=shipping_charge)
    with db.uow(SYSTEM) as uow:
        allocation.allocate(uow, [number])
        result = shipping.ship(uow, number, carrier, tracking, service=service, cost=Decimal(cost))
        the_order = uow.session.scalars(select(Order).where(Order.number == number)).one()
        the_order.ordered_at, the_order.ship_by, the_order.deliver_by = ordered, ship_by, deliver_by
        shipment = uow.session.scalars(select(Shipment).where(Shipment.number == result.number)).one()
        shipment.shipped_at = shipped
        uow.commit()
    if delivered:
        with db.uow(SYSTEM) as uow:
            add_event(uow, tracking, "delivered", delivered)
            uow.commit()
    return number


def known_data(db):
    on_time = ship(db, "MUG", "UPS", "Standard", "1Z1", ordered=at(2), shipped=at(3), ship_by=date(2026, 3, 3),
                   deliver_by=date(2026, 3, 6), cost="6.00", delivered=at(5), shipping_charge="4.90")
    late = ship(db, "CUP", "UPS", "Standard", "1Z2", ordered=at(2), shipped=at(4), ship_by=date(2026, 3, 3),
                deliver_by=date(2026, 3, 6), cost="7.00", delivered=at(9), quantity=2)
    lost = ship(db, "BOWL", "DHL", "Express", "JD1", ordered=at(3), shipped=at(3), ship_by=date(2026, 3, 3),
                deliver_by=date(2026, 3, 5), cost="12.50")
    with db.uow(SYSTEM) as uow:
        add_event(uow, "JD1", "lost", at(8))
        returns.create_rma(uow, late, [ReturnRequest("CUP", 1, "damaged")])
        refund = refunds.create_refund(uow, late, lines={"CUP": 1})
        refund.created_at = at(10)
        uow.commit()
    return on_time, late, lost


def test_the_scorecard_scores_each_carrier_service_on_a_known_data_set(db):
    known_data(db)

    with db.uow(SYSTEM, write=False) as uow:
        ups, dhl = None, None
        for score in carrier_scores(uow, date(2026, 3, 1), date(2026, 3, 31)):
            if score.carrier == "UPS":
                ups = score
            else:
                dhl = score

    assert (ups.service, ups.shipments, ups.delivered, ups.on_time) == ("Standard", 2, 2, 1)
    assert ups.on_time_percent == Decimal("50.0")
    assert ups.average_transit_days == Decimal("3.5")
    assert ups.cost_per_shipment == Decimal("6.50")
    assert (dhl.lost, dhl.lost_percent, dhl.on_time_percent) == (1, Decimal("100.0"), Decimal("0.0"))


def test_the_scorecard_counts_only_shipments_shipped_in_the_period(db):
    known_data(db)

    with db.uow(SYSTEM, write=False) as uow:
        scores = carrier_scores(uow, date(2026, 3, 4), date(2026, 3, 4))

    assert [(s.carrier, s.shipments) for s in scores] == [("UPS", 1)]


def test_the_dashboard_figures_of_a_known_period(db):
    known_data(db)
    product(db, "VASE", stock_qty=0)
    product(db, "PLATE", stock_qty=2)
    with db.uow(SYSTEM) as uow:
        settings.set_value(uow, "shipping.free_threshold", "25.00")
        settings.set_value(uow, "reports.below_free_margin", "10.00")
        plate = uow.session.scalars(select(Product).where(Product.sku == "PLATE")).one()
        plate.reorder_point = 3
        uow.commit()

    with db.uow(SYSTEM, write=False) as uow:
        figures = dashboard(uow, date(2026, 3, 1), date(2026, 3, 31))

    assert figures.orders == 3
    assert figures.revenue == (("USD", Decimal("84.90")),)
    assert figures.average_order_value == (("USD", Decimal("28.30")),)
    assert figures.per_day == ((date(2026, 3, 2), "USD", 2, Decimal("64.90")),
                               (date(2026, 3, 3), "USD", 1, Decimal("20.00")))
    assert figures.free_shipping_percent == Decimal("66.7")
    assert figures.just_below_threshold == 1
    assert figures.shipping_vs_labels == (("USD", Decimal("4.90"), Decimal("25.50")),)
    assert ("CUP", 2, 1, Decimal("50.0")) in figures.returns_by_sku
    assert figures.returns_by_reason == (("damaged", 1),)
    assert figures.top_returned == (("CUP", "Product CUP", 1),)
    assert figures.refunds == (("USD", 1, Decimal("20.00")),)
    assert [row[0] for row in figures.stock_outs] == ["VASE"]
    assert [row[0] for row in figures.low_stock] == ["PLATE"]
    assert figures.late_shipments_percent == Decimal("33.3")
    assert set(figures.tables()) >= {"orders_per_day", "returns_by_sku", "refunds", "stock_outs"}


def test_an_empty_period_has_no_percentages_rather_than_zero(db):
    with db.uow(SYSTEM, write=False) as uow:
        figures = dashboard(uow, date(2026, 1, 1), date(2026, 1, 31))

    assert (figures.orders, figures.free_shipping_percent, figures.late_shipments_percent) == (0, None, None)
