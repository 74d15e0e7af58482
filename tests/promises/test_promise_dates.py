"""Ship-by and deliver-by dates across weekends, holidays, cut-offs and timezones."""

from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo

import pytest

from desktop.errors import InvalidInput
from desktop.promises import (
    DOMESTIC,
    INTERNATIONAL,
    REGION,
    PromiseRules,
    promise_for,
    shipping_zone,
)

ROME = ZoneInfo("Europe/Rome")
REPUBLIC_DAY_2026 = date(2026, 6, 2)  # a Tuesday

RULES = PromiseRules(
    timezone="Europe/Rome",
    cutoff=time(14, 0),
    holidays=frozenset({REPUBLIC_DAY_2026}),
    handling_days={("amazon", "*"): 2, ("shopify", "express"): 0},
    default_handling_days=1,
    transit_days={("BRT", "standard", DOMESTIC): 1, ("DHL", "*", INTERNATIONAL): 3},
    default_transit_days={DOMESTIC: 2, REGION: 4, INTERNATIONAL: 8},
)


def rome(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=ROME)


def promise(ordered_at: datetime, **overrides):
    arguments = dict(
        channel="shopify", service="standard", carrier="Poste Italiane",
        ship_from_country="IT", ship_to_country="IT", rules=RULES,
    )
    arguments.update(overrides)
    return promise_for(ordered_at, **arguments)


def test_friday_morning_order_ships_monday_and_arrives_wednesday():
    result = promise(rome(2026, 3, 6, 10))
    assert result.ship_by == date(2026, 3, 9)
    assert result.deliver_by == date(2026, 3, 11)


def test_order_after_the_cut_off_counts_from_the_next_business_day():
    assert promise(rome(2026, 3, 10, 15)).ship_by == date(2026, 3, 12)
    assert promise(rome(2026, 3, 10, 13, 59)).ship_by == date(2026, 3, 11)


def test_order_exactly_at_the_cut_off_counts_as_late():
    assert promise(rome(2026, 3, 10, 14)).ship_by == date(2026, 3, 12)


def test_weekend_order_counts_from_monday():
    saturday = rome(2026, 3, 7, 9)
    assert promise(saturday).ship_by == date(2026, 3, 10)
    assert promise(saturday, service="express").ship_by == date(2026, 3, 9)


def test_holiday_is_skipped_when_shipping_and_in_transit():
    monday_order = promise(rome(2026, 6, 1, 9))
    assert monday_order.ship_by == date(2026, 6, 3)
    friday_order = promise(rome(2026, 5, 29, 9), service="express")
    assert friday_order.ship_by == date(2026, 5, 29)
    assert friday_order.deliver_by == date(2026, 6, 3)


def test_order_placed_on_a_holiday_counts_from_the_next_business_day():
    assert promise(rome(2026, 6, 2, 9), service="express").ship_by == date(2026, 6, 3)


def test_cut_off_is_judged_in_the_shop_timezone_including_summer_time():
    winter = datetime(2026, 3, 10, 12, 30, tzinfo=timezone.utc)  # 13:30 in Rome
    summer = datetime(2026, 7, 7, 12, 30, tzinfo=timezone.utc)  # 14:30 in Rome
    assert promise(winter, service="express").ship_by == date(2026, 3, 10)
    assert promise(summer, service="express").ship_by == date(2026, 7, 8)


def test_evening_utc_order_is_already_the_next_morning_in_bangkok():
    rules = PromiseRules(timezone="Asia/Bangkok", default_handling_days=0)
    monday_evening_utc = datetime(2026, 3, 9, 20, 0, tzinfo=timezone.utc)
    result = promise_for(monday_evening_utc, "web", "standard", "Thailand Post", "TH", "TH", rules)
    assert result.ship_by == date(2026, 3, 10)


def test_channel_dates_win_over_the_rules():
    result = promise(rome(2026, 3, 6, 10), channel_ship_by=date(2026, 3, 6),
                     channel_deliver_by=date(2026, 3, 20))
    assert result.ship_by == date(2026, 3, 6)
    assert result.deliver_by == date(2026, 3, 20)


def test_channel_ship_by_alone_moves_the_computed_delivery_estimate():
    result = promise(rome(2026, 3, 6, 10), channel_ship_by=date(2026, 3, 13))
    assert result.deliver_by == date(2026, 3, 17)


def test_channel_deliver_by_alone_keeps_the_computed_ship_by():
    result = promise(rome(2026, 3, 6, 10), channel_deliver_by=date(2026, 3, 30))
    assert result == type(result)(ship_by=date(2026, 3, 9), deliver_by=date(2026, 3, 30))


def test_handling_days_fall_back_from_channel_service_to_channel_to_default():
    assert RULES.handling_days_for("Shopify", "Express") == 0
    assert RULES.handling_days_for("amazon", "prime") == 2
    assert RULES.handling_days_for("ebay", "standard") == 1


def test_transit_days_fall_back_from_service_to_carrier_to_zone_default():
    assert RULES.transit_days_for("brt", "Standard", DOMESTIC) == 1
    assert RULES.transit_days_for("BRT", "express", DOMESTIC) == 2
    assert RULES.transit_days_for("DHL", "economy", INTERNATIONAL) == 3
    assert RULES.transit_days_for("DHL", "economy", REGION) == 4


def test_zone_is_domestic_region_or_international():
    region = RULES.region
    assert shipping_zone("it", "IT", region) == DOMESTIC
    assert shipping_zone("IT", "RO", region) == REGION
    assert shipping_zone("IT", "GB", region) == INTERNATIONAL
    assert shipping_zone("TH", "AE", region) == INTERNATIONAL


def test_international_order_uses_carrier_transit_days():
    result = promise(rome(2026, 3, 6, 10), carrier="DHL", ship_to_country="AE")
    assert result.deliver_by == date(2026, 3, 12)


def test_naive_order_time_is_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        promise(datetime(2026, 3, 6, 10))


def test_unknown_timezone_and_empty_week_are_refused():
    with pytest.raises(InvalidInput, match="IANA"):
        PromiseRules(timezone="Europe/Atlantis")
    with pytest.raises(InvalidInput, match="weekdays"):
        PromiseRules(business_days=frozenset())
    with pytest.raises(InvalidInput, match="negative"):
        PromiseRules(default_handling_days=-1)
