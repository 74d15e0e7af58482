"""Every exception kind appears when a promise is in danger and disappears when it is fixed."""

import json
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import select, text

from desktop.auth import SYSTEM
from desktop.models import Order
from desktop.promises import PromiseRules, rules_to_dict
from desktop.services import allocation, exceptions, orders, settings, shipping, stock
from desktop.services.exceptions import assign_promise, count_exceptions, list_exceptions
from tests.factories import order, product

TODAY = date(2026, 3, 11)


def promise(db, number, ship_by, deliver_by=None):
    with db.uow(SYSTEM) as uow:
        the_order = uow.session.scalars(select(Order).where(Order.number == number)).one()
        the_order.ship_by, the_order.deliver_by = ship_by, deliver_by
        uow.commit()


def run(db, action, *args, **kwargs):
    with db.uow(SYSTEM) as uow:
        result = action(uow, *args, **kwargs)
        uow.commit()
    return result


def kinds(db, today=TODAY):
    with db.uow(SYSTEM, write=False) as uow:
        return [(row.number, row.kind) for row in list_exceptions(uow, today)]


def test_an_order_due_today_is_listed_until_it_ships(db):
    product(db, "MUG", stock_qty=5)
    number = order(db, {"MUG": 1})
    run(db, allocation.allocate, [number])
    promise(db, number, TODAY, TODAY + timedelta(days=2))

    assert kinds(db) == [(number, "due_today")]
    run(db, shipping.ship, number, "UPS", "1Z1")
    assert kinds(db) == []


def test_an_order_late_to_ship_suggests_notifying_the_customer_until_it_ships(db):
    product(db, "MUG", stock_qty=5)
    number = order(db, {"MUG": 1})
    run(db, allocation.allocate, [number])
    promise(db, number, TODAY - timedelta(days=1), TODAY + timedelta(days=1))

    with db.uow(SYSTEM, write=False) as uow:
        [row] = list_exceptions(uow, TODAY)
    assert (row.kind, row.action) == ("late_to_ship", "notify_customer")
    assert "faster service" in row.suggestion
    run(db, shipping.ship, number, "UPS", "1Z1")
    assert kinds(db) == []


def test_a_backordered_order_is_at_risk_until_stock_arrives_and_it_is_allocated(db):
    product(db, "MUG")
    number = order(db, {"MUG": 2})
    run(db, allocation.allocate, [number])
    promise(db, number, TODAY + timedelta(days=3))

    assert kinds(db) == [(number, "at_risk")]
    run(db, stock.receive, "MUG", 5)
    run(db, allocation.allocate, [number])
    assert kinds(db) == []


def test_a_new_order_without_enough_stock_to_ship_by_its_date_is_at_risk(db):
    product(db, "MUG", stock_qty=1)
    number = order(db, {"MUG": 2})
    promise(db, number, TODAY + timedelta(days=1))

    assert kinds(db) == [(number, "at_risk")]
    assert kinds(db, today=TODAY - timedelta(days=5)) == []
    run(db, stock.receive, "MUG", 5)
    assert kinds(db) == []


def test_a_backordered_order_past_its_promise_is_listed_until_it_ships(db):
    product(db, "MUG")
    number = order(db, {"MUG": 2})
    run(db, allocation.allocate, [number])
    promise(db, number, TODAY - timedelta(days=2))

    assert kinds(db) == [(number, "backordered_past_promise")]
    run(db, stock.receive, "MUG", 5)
    run(db, allocation.allocate, [number])
    run(db, shipping.ship, number, "UPS", "1Z1")
    assert kinds(db) == []


def test_a_shipped_order_not_delivered_by_its_estimate_is_listed_until_delivered(db):
    product(db, "MUG", stock_qty=5)
    number = order(db, {"MUG": 1})
    run(db, allocation.allocate, [number])
    run(db, shipping.ship, number, "UPS", "1Z1")
    promise(db, number, TODAY - timedelta(days=4), TODAY - timedelta(days=1))

    assert kinds(db) == [(number, "late_delivery")]
    assert kinds(db, today=TODAY - timedelta(days=1)) == []
    run(db, shipping.deliver, [number])
    assert kinds(db) == []


def promise_far_away(db, number: str) -> None:
    """Move the promise out of the way so only the hold can make the order an exception."""
    with db.uow(SYSTEM) as uow:
        the_order = uow.session.scalars(select(Order).where(Order.number == number)).one()
        the_order.ship_by, the_order.deliver_by = date(2099, 1, 1), date(2099, 1, 8)
        uow.commit()


def test_an_order_on_hold_too_long_suggests_releasing_it_until_released(db):
    product(db, "MUG", stock_qty=5)
    number = order(db, {"MUG": 1})
    promise_far_away(db, number)
    run(db, orders.hold, [number], "address check")
    held_on = datetime.now(timezone.utc).date()

    assert kinds(db, today=held_on + timedelta(days=2)) == []
    with db.uow(SYSTEM, write=False) as uow:
        [row] = list_exceptions(uow, held_on + timedelta(days=3))
    assert (row.number, row.kind, row.action) == (number, "on_hold_too_long", "release_hold")
    run(db, orders.release_hold, [number])
    assert kinds(db, today=held_on + timedelta(days=3)) == []


def test_the_hold_limit_comes_from_settings(db):
    product(db, "MUG", stock_qty=5)
    number = order(db, {"MUG": 1})
    promise_far_away(db, number)
    run(db, orders.hold, [number])
    run(db, settings.set_value, "exceptions.hold_days", "1")
    held_on = datetime.now(timezone.utc).date()

    assert kinds(db, today=held_on + timedelta(days=1)) == [(number, "on_hold_too_long")]


def test_the_count_for_the_orders_badge_matches_the_list(db):
    product(db, "MUG", stock_qty=5)
    late, due = order(db, {"MUG": 1}), order(db, {"MUG": 1})
    promise(db, late, TODAY - timedelta(days=1))
    promise(db, due, TODAY)

    with db.uow(SYSTEM, write=False) as uow:
        assert count_exceptions(uow, TODAY) == len(list_exceptions(uow, TODAY)) == 2


def test_a_promise_is_assigned_from_the_rules_in_settings_and_channel_dates_win(db):
    product(db, "MUG", stock_qty=5)
    number = order(db, {"MUG": 1}, country="US")
    rules = PromiseRules(timezone="America/New_York", default_handling_days=1)
    run(db, settings.set_value, "promises.rules", json.dumps(rules_to_dict(rules)))
    friday_after_cutoff = datetime(2026, 3, 6, 20, 0, tzinfo=timezone.utc)

    with db.uow(SYSTEM) as uow:
        the_order = uow.session.scalars(select(Order).where(Order.number == number)).one()
        the_order.ordered_at = friday_after_cutoff
        the_order.ship_by, the_order.deliver_by = None, None
        computed = assign_promise(uow, the_order)
        the_order.ship_by, the_order.deliver_by = date(2026, 3, 20), None
        from_channel = assign_promise(uow, the_order)

    assert (computed.ship_by, computed.deliver_by) == (date(2026, 3, 10), date(2026, 3, 12))
    assert (from_channel.ship_by, from_channel.deliver_by) == (date(2026, 3, 20), date(2026, 3, 24))


def test_the_exception_queries_are_served_by_indexes_not_a_scan_of_all_orders(db):
    with db.uow(SYSTEM, write=False) as uow:
        for kind, query in exceptions._queries(uow, TODAY).items():
            compiled = query.compile(db.engine, compile_kwargs={"literal_binds": True})
            plan = uow.session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
            details = " | ".join(row[-1] for row in plan)
            assert "SCAN orders" not in details, f"{kind}: {details}"
