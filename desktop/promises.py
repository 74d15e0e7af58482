"""Delivery promises: a business calendar and the rules that turn an order into dates.

Every order gets a *ship-by* date (the last business day it may leave the warehouse) and a
*deliver-by* estimate. Both are calendar dates in the shop's timezone (``PromiseRules.timezone``).

How a promise is computed (:func:`promise_for`):

1. The order time is converted to the shop's timezone. If that local day is a business day and
   the local time is strictly before the cut-off, handling starts that day; otherwise (at or after
   the cut-off, on a weekend, on a holiday) it starts on the next business day.
2. ``ship_by`` = the start day plus the handling days for the channel and service, counted in
   business days (0 handling days means "ships the day handling starts").
3. ``deliver_by`` = ``ship_by`` plus the transit days for the carrier, service and zone, also
   counted in the shop's business days (carriers rarely deliver on the shop's days off, and the
   shop knows no other calendar).
4. A date the sales channel provides (an Amazon promise date) is taken verbatim and wins over the
   computed one; a computed ``deliver_by`` then counts from the channel's ``ship_by``.

Zones (:func:`shipping_zone`): the same country is ``domestic``; two different countries that are
both in ``PromiseRules.region`` (the EU by default) are ``region``; anything else is
``international``. Countries are ISO 3166-1 alpha-2 codes, compared case-insensitively.

Lookups fall back from the specific to the general; ``"*"`` is the wildcard:
handling days try ``(channel, service)``, ``(channel, "*")``, then ``default_handling_days``;
transit days try ``(carrier, service, zone)``, ``(carrier, "*", zone)``, then
``default_transit_days[zone]``. Channel, service and carrier names are compared case-insensitively.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.errors import InvalidInput, Text, one_of

ANY = "*"
DOMESTIC = "domestic"
REGION = "region"
INTERNATIONAL = "international"
ZONES = (DOMESTIC, REGION, INTERNATIONAL)

EU_COUNTRIES = frozenset(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
)
MONDAY_TO_FRIDAY = frozenset(range(5))
RULES_FORMAT_VERSION = 1


@dataclass(frozen=True)
class Promise:
    """What the shop promises for one order: dates in the shop's timezone."""

    ship_by: date
    deliver_by: date


@dataclass(frozen=True)
class PromiseRules:
    """Settings that turn an order time into a promise; see the module docstring for lookups.

    ``business_days`` holds weekday numbers (Monday = 0 ... Sunday = 6); ``cutoff`` is a naive
    local time in ``timezone`` (an IANA name such as ``"Europe/Rome"``); day counts are business
    days and never negative.
    """

    timezone: str = "UTC"
    cutoff: time = time(14, 0)
    business_days: frozenset[int] = MONDAY_TO_FRIDAY
    holidays: frozenset[date] = frozenset()
    handling_days: Mapping[tuple[str, str], int] = field(default_factory=dict)
    default_handling_days: int = 1
    transit_days: Mapping[tuple[str, str, str], int] = field(default_factory=dict)
    default_transit_days: Mapping[str, int] = field(
        default_factory=lambda: {DOMESTIC: 2, REGION: 4, INTERNATIONAL: 8}
    )
    region: frozenset[str] = EU_COUNTRIES

    def __post_init__(self) -> None:
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise InvalidInput("timezone", self.timezone, "is not an IANA timezone name") from error
        if not self.business_days or not self.business_days <= set(range(7)):
            raise InvalidInput("business_days", sorted(self.business_days), "need weekdays 0-6")
        if set(self.default_transit_days) != set(ZONES):
            raise InvalidInput("default_transit_days", dict(self.default_transit_days),
                               Text("need exactly the zones {zones}", zones=", ".join(ZONES)))
        counts = [self.default_handling_days, *self.handling_days.values(),
                  *self.transit_days.values(), *self.default_transit_days.values()]
        if any(days < 0 for days in counts):
            raise InvalidInput("days", min(counts), "day counts cannot be negative")
        for _carrier, _service, zone in self.transit_days:
            if zone not in ZONES:
                raise InvalidInput("transit zone", zone, one_of(ZONES))

    @property
    def zoneinfo(self) -> ZoneInfo:
        """The shop's timezone."""
        return ZoneInfo(self.timezone)

    def is_business_day(self, day: date) -> bool:
        """True when the shop works on ``day``: a business weekday that is not a holiday."""
        return day.weekday() in self.business_days and day not in self.holidays

    def next_business_day(self, day: date) -> date:
        """The first business day strictly after ``day``."""
        day += timedelta(days=1)
        while not self.is_business_day(day):
            day += timedelta(days=1)
        return day

    def add_business_days(self, day: date, count: int) -> date:
        """``day`` moved forward by ``count`` business days; ``day`` must be a business day."""
        for _ in range(count):
            day = self.next_business_day(day)
        return day

    def handling_start(self, ordered_at: datetime) -> date:
        """The business day on which handling of an order placed at ``ordered_at`` starts."""
        if ordered_at.tzinfo is None or ordered_at.utcoffset() is None:
            raise ValueError("ordered_at must be timezone-aware")
        local = ordered_at.astimezone(self.zoneinfo)
        day = local.date()
        if self.is_business_day(day) and local.time() < self.cutoff:
            return day
        return self.next_business_day(day)

    def handling_days_for(self, channel: str, service: str) -> int:
        """Handling days for a channel and shipping service (see fallbacks in the module doc)."""
        table = {(c.casefold(), s.casefold()): n for (c, s), n in self.handling_days.items()}
        for key in ((channel.casefold(), service.casefold()), (channel.casefold(), ANY)):
            if key in table:
                return table[key]
        return self.default_handling_days

    def transit_days_for(self, carrier: str, service: str, zone: str) -> int:
        """Transit days for a carrier service into a zone (see fallbacks in the module doc)."""
        table = {(c.casefold(), s.casefold(), z): n for (c, s, z), n in self.transit_days.items()}
        for key in ((carrier.casefold(), service.casefold(), zone), (carrier.casefold(), ANY, zone)):
            if key in table:
                return table[key]
        return self.default_transit_days[zone]


def shipping_zone(ship_from_country: str, ship_to_country: str, region: frozenset[str]) -> str:
    """``domestic``, ``region`` or ``international`` for two ISO 3166-1 alpha-2 country codes."""
    origin, destination = ship_from_country.upper(), ship_to_country.upper()
    if origin == destination:
        return DOMESTIC
    if origin in region and destination in region:
        return REGION
    return INTERNATIONAL


def promise_for(
    ordered_at: datetime,
    channel: str,
    service: str,
    carrier: str,
    ship_from_country: str,
    ship_to_country: str,
    rules: PromiseRules,
    channel_ship_by: date | None = None,
    channel_deliver_by: date | None = None,
) -> Promise:
    """The ship-by and deliver-by dates for one order; ``ordered_at`` must be timezone-aware.

    Channel-provided dates are returned unchanged when given, even if they break the shop's own
    rules: the channel's promise is the one the customer saw.
    """
    ship_by = channel_ship_by or rules.add_business_days(
        rules.handling_start(ordered_at), rules.handling_days_for(channel, service)
    )
    if channel_deliver_by is not None:
        return Promise(ship_by=ship_by, deliver_by=channel_deliver_by)
    zone = shipping_zone(ship_from_country, ship_to_country, rules.region)
    start = ship_by if rules.is_business_day(ship_by) else rules.next_business_day(ship_by)
    deliver_by = rules.add_business_days(start, rules.transit_days_for(carrier, service, zone))
    return Promise(ship_by=ship_by, deliver_by=deliver_by)


def rules_to_dict(rules: PromiseRules) -> dict[str, Any]:
    """A JSON-able dict of ``rules`` (dates and times as ISO strings) for the settings store."""
    return {
        "version": RULES_FORMAT_VERSION,
        "timezone": rules.timezone,
        "cutoff": rules.cutoff.isoformat(timespec="minutes"),
        "business_days": sorted(rules.business_days),
        "holidays": sorted(day.isoformat() for day in rules.holidays),
        "handling_days": [
            {"channel": channel, "service": service, "days": days}
            for (channel, service), days in sorted(rules.handling_days.items())
        ],
        "default_handling_days": rules.default_handling_days,
        "transit_days": [
            {"carrier": carrier, "service": service, "zone": zone, "days": days}
            for (carrier, service, zone), days in sorted(rules.transit_days.items())
        ],
        "default_transit_days": {zone: rules.default_transit_days[zone] for zone in ZONES},
        "region": sorted(rules.region),
    }


def rules_from_dict(data: Mapping[str, Any]) -> PromiseRules:
    """Rules read back from :func:`rules_to_dict` output; raises ``InvalidInput`` on bad data."""
    if data.get("version") != RULES_FORMAT_VERSION:
        raise InvalidInput("promise rules version", data.get("version"),
                           Text("this Packline reads version {version}", version=RULES_FORMAT_VERSION))
    try:
        return PromiseRules(
            timezone=str(data["timezone"]),
            cutoff=time.fromisoformat(data["cutoff"]),
            business_days=frozenset(int(day) for day in data["business_days"]),
            holidays=frozenset(date.fromisoformat(day) for day in data["holidays"]),
            handling_days={
                (str(row["channel"]), str(row["service"])): int(row["days"])
                for row in data["handling_days"]
            },
            default_handling_days=int(data["default_handling_days"]),
            transit_days={
                (str(row["carrier"]), str(row["service"]), str(row["zone"])): int(row["days"])
                for row in data["transit_days"]
            },
            default_transit_days={
                str(zone): int(days) for zone, days in data["default_transit_days"].items()
            },
            region=frozenset(str(country).upper() for country in data["region"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise InvalidInput("promise rules", type(error).__name__, str(error)) from error
