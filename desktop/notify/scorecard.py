"""Carrier scorecard: how each carrier and service performed over a set of shipments.

Definitions (per carrier and service):

- *on-time %*: shipments delivered on or before their deliver-by date, out of the shipments that
  have a deliver-by date and an outcome (delivered or lost; a lost parcel is never on time).
  Parcels still travelling are not judged yet.
- *average transit days*: calendar days from the local shipping date to the local delivery date,
  averaged over delivered shipments. "Local" means in the ``timezone`` passed in (the shop's).
- *lost % / damaged %*: lost or damaged shipments out of all shipments.
- *cost per shipment*: total label cost divided by shipments; all costs are in one currency.

Percentages and day averages are rounded half up to one decimal, money to cents; ``None`` means
there is nothing to measure yet.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

ONE_DECIMAL = Decimal("0.1")
CENTS = Decimal("0.01")


@dataclass(frozen=True)
class ShipmentRecord:
    """One shipment as the scorecard sees it; datetimes must be timezone-aware."""

    carrier: str
    service: str
    shipped_at: datetime
    deliver_by: date | None
    delivered_at: datetime | None
    lost: bool
    damaged: bool
    cost: Decimal


@dataclass(frozen=True)
class CarrierScore:
    """The scorecard row of one carrier and service (see the module docstring for definitions)."""

    carrier: str
    service: str
    shipments: int
    delivered: int
    on_time: int
    on_time_percent: Decimal | None
    average_transit_days: Decimal | None
    lost: int
    lost_percent: Decimal
    damaged: int
    damaged_percent: Decimal
    total_cost: Decimal
    cost_per_shipment: Decimal


def carrier_scorecard(
    records: Iterable[ShipmentRecord], timezone: str = "UTC"
) -> tuple[CarrierScore, ...]:
    """One row per carrier and service, sorted by carrier then service."""
    zone = ZoneInfo(timezone)
    groups: dict[tuple[str, str], list[ShipmentRecord]] = defaultdict(list)
    for record in records:
        for moment in (record.shipped_at, record.delivered_at):
            if moment is not None and moment.utcoffset() is None:
                raise ValueError("shipment times must be timezone-aware")
        groups[record.carrier, record.service].append(record)
    return tuple(_score(carrier, service, groups[carrier, service], zone)
                 for carrier, service in sorted(groups))


def _score(
    carrier: str, service: str, records: list[ShipmentRecord], zone: ZoneInfo
) -> CarrierScore:
    delivered = [record for record in records if record.delivered_at is not None]
    judged = [record for record in records
              if record.deliver_by is not None and (record.delivered_at is not None or record.lost)]
    on_time = sum(1 for record in judged if record.delivered_at is not None
                  and record.delivered_at.astimezone(zone).date() <= record.deliver_by)
    transit_days = [
        (record.delivered_at.astimezone(zone).date() - record.shipped_at.astimezone(zone).date()).days
        for record in delivered if record.delivered_at is not None
    ]
    lost = sum(record.lost for record in records)
    damaged = sum(record.damaged for record in records)
    total_cost = sum((record.cost for record in records), Decimal(0))
    return CarrierScore(
        carrier=carrier,
        service=service,
        shipments=len(records),
        delivered=len(delivered),
        on_time=on_time,
        on_time_percent=_percent(on_time, len(judged)) if judged else None,
        average_transit_days=_round(Decimal(sum(transit_days)) / len(transit_days), ONE_DECIMAL)
        if transit_days else None,
        lost=lost,
        lost_percent=_percent(lost, len(records)),
        damaged=damaged,
        damaged_percent=_percent(damaged, len(records)),
        total_cost=total_cost,
        cost_per_shipment=_round(total_cost / len(records), CENTS),
    )


def _percent(part: int, whole: int) -> Decimal:
    return _round(Decimal(100 * part) / whole, ONE_DECIMAL)


def _round(value: Decimal, step: Decimal) -> Decimal:
    return value.quantize(step, rounding=ROUND_HALF_UP)
