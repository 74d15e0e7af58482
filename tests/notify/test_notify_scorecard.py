"""Carrier scorecard figures on a small data set computed by hand."""

from datetime import date, datetime, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from desktop.notify.scorecard import ShipmentRecord, carrier_scorecard

ROME = ZoneInfo("Europe/Rome")


def at(month_day: str, hour: int = 10, tz=ROME) -> datetime:
    month, day = map(int, month_day.split("-"))
    return datetime(2026, month, day, hour, tzinfo=tz)


def shipment(carrier, service, shipped, deliver_by, delivered, cost, lost=False, damaged=False):
    return ShipmentRecord(carrier, service, shipped,
                          date.fromisoformat(f"2026-{deliver_by}") if deliver_by else None,
                          delivered, lost, damaged, Decimal(cost))


RECORDS = [
    shipment("UPS", "Standard", at("03-02"), "03-04", at("03-04", 18), "7.50"),
    shipment("UPS", "Standard", at("03-02"), "03-04", at("03-05", 9), "7.50"),
    shipment("UPS", "Standard", at("03-03"), "03-05", None, "8.00", lost=True),
    # 23:30 UTC on the 5th is 00:30 on the 6th in Rome: one day late.
    shipment("UPS", "Standard", at("03-03"), "03-05", at("03-05", 23, timezone.utc).replace(minute=30),
             "7.99", damaged=True),
    shipment("UPS", "Express", at("03-06"), "03-09", None, "12.00"),
    shipment("DHL", "Express", at("03-02"), "03-05", at("03-03"), "20.00"),
    shipment("DHL", "Express", at("03-02"), None, at("03-04"), "20.00"),
    shipment("DHL", "Express", at("03-04"), "03-06", at("03-06", 20), "21.50"),
]


@pytest.fixture
def rows():
    return {(row.carrier, row.service): row for row in carrier_scorecard(RECORDS, "Europe/Rome")}


def test_rows_are_one_per_carrier_and_service_in_order():
    assert [(row.carrier, row.service) for row in carrier_scorecard(RECORDS, "Europe/Rome")] == [
        ("DHL", "Express"), ("UPS", "Express"), ("UPS", "Standard")]


def test_ups_standard_figures_match_the_hand_computation(rows):
    row = rows["UPS", "Standard"]
    assert (row.shipments, row.delivered, row.on_time) == (4, 3, 1)
    assert row.on_time_percent == Decimal("25.0")
    assert row.average_transit_days == Decimal("2.7")
    assert (row.lost, row.lost_percent, row.damaged, row.damaged_percent) == (
        1, Decimal("25.0"), 1, Decimal("25.0"))
    assert row.total_cost == Decimal("30.99")
    assert row.cost_per_shipment == Decimal("7.75")


def test_dhl_express_figures_match_the_hand_computation(rows):
    row = rows["DHL", "Express"]
    assert (row.shipments, row.delivered, row.on_time) == (3, 3, 2)
    assert row.on_time_percent == Decimal("100.0")
    assert row.average_transit_days == Decimal("1.7")
    assert (row.lost_percent, row.damaged_percent) == (Decimal("0.0"), Decimal("0.0"))
    assert row.cost_per_shipment == Decimal("20.50")


def test_parcels_still_travelling_are_not_judged_yet(rows):
    row = rows["UPS", "Express"]
    assert (row.shipments, row.delivered) == (1, 0)
    assert row.on_time_percent is None and row.average_transit_days is None
    assert row.cost_per_shipment == Decimal("12.00")


def test_delivery_date_is_judged_in_the_shop_timezone():
    late_in_rome = [RECORDS[3]]
    assert carrier_scorecard(late_in_rome, "Europe/Rome")[0].on_time == 0
    assert carrier_scorecard(late_in_rome, "UTC")[0].on_time == 1


def test_no_shipments_give_an_empty_scorecard():
    assert carrier_scorecard([]) == ()


def test_naive_times_are_refused():
    naive = shipment("UPS", "Standard", datetime(2026, 3, 2, 10), None, None, "1.00")
    with pytest.raises(ValueError, match="timezone-aware"):
        carrier_scorecard([naive])
