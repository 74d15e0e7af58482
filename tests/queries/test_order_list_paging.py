"""The orders list in SQL: filters, sorts, keyset pages and counts, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import update

from desktop.auth import SYSTEM
from desktop.db.uow import Database
from desktop.models import Order
from desktop.queries import order_list as ol
from desktop.services import allocation, orders, shipping
import factories

TODAY = date(2026, 3, 10)


def _shop(db: Database) -> list[str]:
    factories.product(db, "MUG-RED", price="12.50", stock_qty=50, barcode="4006381333931")
    factories.product(db, "TEE-BLK", price="20.00", stock_qty=50)
    numbers = [factories.order(db, {"MUG-RED": 1}, customer="Ada Lovelace", email="ada@example.com"),
               factories.order(db, {"TEE-BLK": 2}, customer="Grace Hopper", email="grace@navy.mil"),
               factories.order(db, {"MUG-RED": 3, "TEE-BLK": 1}, customer="alan turing", email="alan@bletchley.uk")]
    with db.uow(SYSTEM) as uow:
        for offset, number in enumerate(numbers):
            uow.session.execute(update(Order).where(Order.number == number).values(
                ordered_at=datetime(2026, 3, 1 + offset, 9, tzinfo=timezone.utc),
                ship_by=TODAY - timedelta(days=1 - offset) if offset < 2 else None, channel=("shopify", "etsy", "manual")[offset]))
        uow.commit()
    return numbers


def _all(db: Database, flt: ol.OrderFilter, sort: ol.Sort, limit: int = 1) -> list[str]:
    seen: list[str] = []
    after = None
    with db.uow(SYSTEM, write=False) as uow:
        while True:
            result = ol.page(uow, flt, sort, after, limit)
            seen += [r.number for r in result.rows]
            if result.next is None:
                return seen
            after = result.next


def test_pages_of_one_row_walk_every_order_once_in_each_sort_and_direction(any_db: Database) -> None:
    numbers = _shop(any_db)
    for key in ol.SORTS:
        for descending in (False, True):
            walked = _all(any_db, ol.OrderFilter(today=TODAY), ol.Sort(key, descending))
            assert sorted(walked) == sorted(numbers), (key, descending)


def test_newest_orders_come_first_by_default(any_db: Database) -> None:
    numbers = _shop(any_db)
    assert _all(any_db, ol.OrderFilter(), ol.Sort(), limit=2) == list(reversed(numbers))


def test_text_search_matches_customer_prefix_in_any_case_email_sku_and_barcode(any_db: Database) -> None:
    ada, grace, alan = _shop(any_db)
    assert _all(any_db, ol.OrderFilter(text="ada"), ol.Sort()) == [ada]
    assert _all(any_db, ol.OrderFilter(text="Alan"), ol.Sort()) == [alan]
    assert _all(any_db, ol.OrderFilter(text="grace@"), ol.Sort()) == [grace]
    assert _all(any_db, ol.OrderFilter(text="tee-"), ol.Sort(), limit=5) == [alan, grace]
    assert _all(any_db, ol.OrderFilter(text="4006381333931"), ol.Sort(), limit=5) == [alan, ada]
    assert _all(any_db, ol.OrderFilter(text="nobody"), ol.Sort()) == []
    assert _all(any_db, ol.OrderFilter(text=ada), ol.Sort()) == [ada]


def test_tracking_number_finds_the_shipped_order(any_db: Database) -> None:
    ada, _grace, _alan = _shop(any_db)
    with any_db.uow(SYSTEM) as uow:
        allocation.allocate(uow, [ada])
        shipping.ship(uow, ada, "UPS", "1Z999AA10123456784")
        uow.commit()
    assert _all(any_db, ol.OrderFilter(text="1z999"), ol.Sort()) == [ada]


def test_late_and_due_today_filters_use_ship_by_of_open_orders(any_db: Database) -> None:
    ada, grace, _alan = _shop(any_db)
    assert _all(any_db, ol.OrderFilter(due="late", today=TODAY), ol.Sort()) == [ada]
    assert _all(any_db, ol.OrderFilter(due="today", today=TODAY), ol.Sort()) == [grace]
    with any_db.uow(SYSTEM) as uow:
        orders.cancel(uow, [ada])
        uow.commit()
    assert _all(any_db, ol.OrderFilter(due="late", today=TODAY), ol.Sort()) == []


def test_status_channel_and_date_filters_combine(any_db: Database) -> None:
    ada, grace, alan = _shop(any_db)
    with any_db.uow(SYSTEM) as uow:
        orders.hold(uow, [grace])
        uow.commit()
    assert _all(any_db, ol.OrderFilter(statuses=("on_hold",)), ol.Sort()) == [grace]
    assert _all(any_db, ol.OrderFilter(channel="shopify"), ol.Sort()) == [ada]
    assert _all(any_db, ol.OrderFilter(date_from=date(2026, 3, 2), date_to=date(2026, 3, 2)), ol.Sort()) == [grace]
    assert _all(any_db, ol.OrderFilter(date_from=date(2026, 3, 2)), ol.Sort(), limit=5) == [alan, grace]


def test_counts_per_status_ignore_the_status_filter_but_not_the_others(any_db: Database) -> None:
    ada, grace, _alan = _shop(any_db)
    with any_db.uow(SYSTEM) as uow:
        orders.hold(uow, [grace])
        orders.cancel(uow, [ada])
        uow.commit()
        marker = ol.change_marker(uow)
    with any_db.uow(SYSTEM, write=False) as uow:
        assert ol.status_counts(uow, ol.OrderFilter(statuses=("new",))) == {"new": 1, "on_hold": 1, "cancelled": 1}
        assert ol.status_counts(uow, ol.OrderFilter(text="grace")) == {"on_hold": 1}
        assert ol.channels(uow) == ["etsy", "manual", "shopify"]
        assert ol.change_marker(uow) == marker > 0


def test_rows_carry_items_money_and_lateness_and_hide_money_from_packers(any_db: Database) -> None:
    ada, _grace, alan = _shop(any_db)
    with any_db.uow(SYSTEM, write=False) as uow:
        first, third = ol.rows_by_ids(uow, [_id(any_db, ada), _id(any_db, alan)], ol.OrderFilter(today=TODAY))
        hidden = ol.rows_by_ids(uow, [first.id], prices=False)[0]
    assert (first.number, first.items, first.total, first.late, first.country) == (ada, 1, Decimal("12.50"), True, "US")
    assert (third.items, third.total, third.ship_by) == (4, Decimal("57.50"), None)
    assert hidden.total is None and hidden.paid is None


def test_unknown_sort_is_refused(db: Database) -> None:
    with db.uow(SYSTEM, write=False) as uow, pytest.raises(ValueError):
        ol.page(uow, ol.OrderFilter(), ol.Sort("weight"))


def _id(db: Database, number: str) -> int:
    with db.uow(SYSTEM, write=False) as uow:
        return orders.order_by_number(uow.session, number).id


def test_a_common_text_walked_along_the_sort_index_finds_the_same_orders_as_a_rare_one(any_db: Database) -> None:
    _shop(any_db)
    dialect = any_db.engine.dialect.name
    with any_db.uow(SYSTEM, write=False) as uow:
        for text in ("ada", "Alan", "grace@", "tee-", "4006381333931", "nobody", "#"):
            flt = ol.OrderFilter(text=text)
            match = ol.match_text(uow, text)
            assert match is not None and match.dense == ()
            sparse = uow.session.execute(ol.page_statement(dialect, flt, ol.Sort(), match=match)).all()
            every_row = ol.TextMatch((), ol.KINDS)
            dense = uow.session.execute(ol.page_statement(dialect, flt, ol.Sort(), match=every_row)).all()
            assert [r.number for r in dense] == [r.number for r in sparse], text


def test_a_channel_filter_gives_the_same_page_whichever_index_serves_it(any_db: Database) -> None:
    _shop(any_db)
    assert _all(any_db, ol.OrderFilter(channel="etsy"), ol.Sort("channel")) == \
        _all(any_db, ol.OrderFilter(channel="etsy"), ol.Sort("date"))
