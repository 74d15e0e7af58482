"""The shop's own date: "today" for the dashboard, the exceptions list and the Orders badge is
the date in the shop's timezone (the promise rules' timezone), not UTC nor the PC's zone.

Functions here take a unit of work and run on a worker thread (through ``ui.ops``); they import
the services there, so importing this module does not import SQLAlchemy.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.db.uow import UnitOfWork


def shop_today(uow: UnitOfWork, now: datetime | None = None) -> date:
    """Today (or ``now``'s date, an aware datetime) in the shop's timezone."""
    from desktop.services.exceptions import promise_rules
    zone = promise_rules(uow).zoneinfo
    return (now or datetime.now(zone)).astimezone(zone).date()


def count_exceptions_today(uow: UnitOfWork) -> int:
    """The Orders badge: how many exceptions there are as of the shop's today."""
    from desktop.services.exceptions import count_exceptions
    return count_exceptions(uow, shop_today(uow))
