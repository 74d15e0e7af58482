"""Properties every computed promise holds, whatever the calendar and the order time."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, strategies as st

from desktop.promises import DOMESTIC, INTERNATIONAL, REGION, PromiseRules, promise_for

TIMEZONES = ["UTC", "Europe/Rome", "Europe/Bucharest", "Asia/Bangkok", "Asia/Dubai",
             "America/New_York", "Pacific/Kiritimati"]

rules_strategy = st.builds(
    PromiseRules,
    timezone=st.sampled_from(TIMEZONES),
    cutoff=st.times(),
    business_days=st.frozensets(st.integers(0, 6), min_size=1),
    holidays=st.frozensets(st.dates(date(2025, 12, 1), date(2027, 2, 1)), max_size=40),
    default_handling_days=st.integers(0, 5),
    default_transit_days=st.fixed_dictionaries(
        {DOMESTIC: st.integers(0, 5), REGION: st.integers(0, 10), INTERNATIONAL: st.integers(0, 20)}
    ),
)
order_times = st.datetimes(
    datetime(2026, 1, 1), datetime(2026, 12, 31), timezones=st.sampled_from(TIMEZONES).map(ZoneInfo)
)
countries = st.sampled_from(["IT", "RO", "TH", "AE", "US", "DE"])


@given(rules_strategy, order_times, countries, countries)
def test_computed_promise_ships_on_a_business_day_not_before_the_order(rules, ordered_at, origin, destination):
    result = promise_for(ordered_at, "web", "standard", "DHL", origin, destination, rules)
    local_order_day = ordered_at.astimezone(ZoneInfo(rules.timezone)).date()
    assert rules.is_business_day(result.ship_by)
    assert result.ship_by >= local_order_day
    assert result.deliver_by >= result.ship_by
    assert rules.is_business_day(result.deliver_by)


@given(rules_strategy, order_times)
def test_a_later_order_never_gets_an_earlier_ship_by(rules, ordered_at):
    earlier = promise_for(ordered_at, "web", "standard", "DHL", "IT", "IT", rules)
    later = promise_for(ordered_at + timedelta(hours=7), "web", "standard", "DHL", "IT", "IT", rules)
    assert later.ship_by >= earlier.ship_by


@given(rules_strategy, order_times)
def test_ship_by_is_the_order_day_only_before_the_cut_off_with_no_handling_days(rules, ordered_at):
    local = ordered_at.astimezone(ZoneInfo(rules.timezone))
    starts_today = rules.is_business_day(local.date()) and local.time() < rules.cutoff
    result = promise_for(ordered_at, "web", "standard", "DHL", "IT", "IT", rules)
    ships_same_day = starts_today and rules.default_handling_days == 0
    assert (result.ship_by == local.date()) == ships_same_day
