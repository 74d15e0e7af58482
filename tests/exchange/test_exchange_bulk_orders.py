"""Bulk order creation gives exactly what create_order gives, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.auth import SYSTEM, Actor, Role
from desktop.db.uow import Database
from desktop.errors import UserError
from desktop.models import AuditEntry, Order, OrderLine, OutboxMessage
from desktop.services import settings
from desktop.services.bulk_orders import create_orders_bulk
from desktop.services.catalog import ProductInput, add_product
from desktop.services.orders import Address, LineInput, OrderInput, create_order
from tests.factories import product

CLERK = Actor(id=None, name="importer", role=Role.MANAGER)
WHEN = datetime(2025, 3, 20, 12, 20, 57, tzinfo=timezone.utc)
HOME = Address(name=" Ann Lee ", line1="1 Main St", city="Toronto", postal_code="M4W 3G9", country=" ca ")


def _inputs() -> list[OrderInput]:
    """Orders covering every computed field: catalogue and given prices, discounts, taxes
    included or not, shipping, paid in full, in part or not at all, channel dates, bill-to."""
    return [
        OrderInput(customer_name=" Ann Lee ", ship_to=HOME, ordered_at=WHEN, currency="cad", channel="shopify",
                   lines=(LineInput("MUG-1", 2), LineInput("SPOON-1", 1, Decimal("3.333"), Decimal("0.50"),
                                                         Decimal("0.44"), "HST", "13", "Spoon")),
                   shipping=Decimal("5.005"), paid=Decimal("100"), email=" ann@example.com ", tags=("vip", "gift")),
        OrderInput(customer_name="Bo", ship_to=replace(HOME, country="IT"), ordered_at=WHEN, currency="EUR",
                   lines=(LineInput("MUG-1", 3, Decimal("9.99"), tax=Decimal("6.59")),), taxes_included=True,
                   paid=Decimal("10"), bill_to=Address(name="Bo SRL", country="it"), shipping_service="Express"),
        OrderInput(customer_name="Cy", ship_to=replace(HOME, country="US"), ordered_at=WHEN, channel="etsy",
                   lines=(LineInput("SPOON-1", 1),), ship_by=date(2025, 4, 1), deliver_by=date(2025, 4, 9),
                   payment_status="authorized", notes="leave at door", gift=True, gift_message="Happy day"),
    ]


def _numbered(inputs: list[OrderInput], prefix: str) -> list[OrderInput]:
    return [replace(data, number=f"{prefix}{index}", channel_order_id=f"{prefix}{index}")
            for index, data in enumerate(inputs)]


def _setup(db: Database) -> None:
    product(db, "MUG-1", price="12.50")
    product(db, "SPOON-1", price="4.00")


def _state(db: Database, number: str) -> tuple[dict, list[dict], list[tuple]]:
    """The order's columns, its lines' columns and its audit entries, without keys, clocks and
    ``version`` (create_order's promise UPDATE bumps it to 2; a bulk order starts at 1)."""
    skip = {"id", "number", "channel_order_id", "created_at", "updated_at", "version"}
    with db.uow(SYSTEM, write=False) as uow:
        order = uow.session.scalars(select(Order).where(Order.number == number)).one()
        columns = {c.key: getattr(order, c.key) for c in Order.__table__.columns if c.key not in skip}
        lines = [{c.key: getattr(line, c.key) for c in OrderLine.__table__.columns if c.key not in ("id", "order_id")}
                 for line in uow.session.scalars(select(OrderLine).where(OrderLine.order_id == order.id)
                                                 .order_by(OrderLine.line_no))]
        audit = [(a.user_id, a.user_name, a.action, a.entity, a.entity_ref == number, a.detail, a.reason)
                 for a in uow.session.scalars(select(AuditEntry).where(AuditEntry.entity == "order",
                                                                       AuditEntry.entity_id == order.id))]
    return columns, lines, audit


def test_bulk_created_orders_equal_the_orders_create_order_makes_field_by_field(any_db: Database) -> None:
    _setup(any_db)
    with any_db.uow(CLERK) as uow:
        settings.set_value(uow, "shop.country", "CA")
        uow.commit()
    with any_db.uow(CLERK) as uow:
        for data in _numbered(_inputs(), "A"):
            create_order(uow, data, notify=False)
        results = create_orders_bulk(uow, _numbered(_inputs(), "B"))
        uow.commit()
    assert [(r.number, r.error) for r in results] == [("B0", None), ("B1", None), ("B2", None)]
    for index in range(3):
        single, bulk = _state(any_db, f"A{index}"), _state(any_db, f"B{index}")
        assert bulk == single
        assert bulk[2] and bulk[2][0][2] == "order.create"
    first = _state(any_db, "B0")[0]
    assert (first["total"], first["payment_status"], first["ship_country"], first["ship_by"]) == (
        Decimal("33.28"), "paid", "CA", date(2025, 3, 21))


@pytest.mark.parametrize("change", [
    {"customer_name": "  "}, {"lines": ()}, {"ship_to": replace(HOME, country="CAN")}, {"currency": "C$"},
    {"lines": (LineInput("MUG-1", 0),)}, {"lines": (LineInput("NOPE-9", 1),)},
    {"lines": (LineInput("MUG-1", 1, Decimal("-1")),)}, {"lines": (LineInput("MUG-1", 1, tax=Decimal("-1")),)},
    {"shipping": Decimal("-2")}, {"paid": Decimal("-1")}, {"number": "A0"}, {"channel_order_id": "A0"},
], ids=lambda change: next(iter(change)))
def test_a_bad_order_gets_create_orders_error_and_the_others_in_its_batch_are_created(
        any_db: Database, change: dict) -> None:
    _setup(any_db)
    good = _numbered(_inputs(), "B")
    bad = replace(good[0], **{"number": "B9", "channel_order_id": "B9", **change})
    with any_db.uow(CLERK) as uow:
        create_order(uow, _numbered(_inputs(), "A")[0], notify=False)
        uow.commit()
    with any_db.uow(CLERK) as uow, pytest.raises(UserError) as expected:
        create_order(uow, bad, notify=False)
    with any_db.uow(CLERK) as uow:
        results = create_orders_bulk(uow, [good[0], bad, good[1]])
        uow.commit()
    assert [str(r.error) if r.error else r.number for r in results] == ["B0", str(expected.value), "B1"]
    with any_db.uow(SYSTEM, write=False) as uow:
        assert sorted(uow.session.scalars(select(Order.number))) == ["A0", "B0", "B1"]


def test_a_number_or_channel_key_used_twice_in_one_batch_creates_only_the_first(any_db: Database) -> None:
    _setup(any_db)
    first, second, third = _numbered(_inputs(), "B")
    with any_db.uow(CLERK) as uow:
        results = create_orders_bulk(uow, [first, replace(second, number="B0"),
                                           replace(third, channel_order_id="B0", channel=first.channel)])
        uow.commit()
    assert [str(r.error) if r.error else r.number for r in results] == [
        "B0", "number 'B0': is already used by another order",
        "channel order id 'B0': already imported from shopify"]


def test_orders_without_a_number_get_the_next_numbers_as_create_order_gives_them(any_db: Database) -> None:
    _setup(any_db)
    with any_db.uow(CLERK) as uow:
        made = create_order(uow, _inputs()[0], notify=False).number
        results = create_orders_bulk(uow, _inputs()[1:])
        uow.commit()
    assert (made, [r.number for r in results]) == ("P1001", ["P1002", "P1003"])


def test_notify_queues_the_order_received_email_of_each_created_order_and_only_then(any_db: Database) -> None:
    _setup(any_db)
    with any_db.uow(CLERK) as uow:
        create_orders_bulk(uow, _numbered(_inputs(), "Q"), notify=True)
        create_orders_bulk(uow, _numbered(_inputs(), "S"))
        uow.commit()
    with any_db.uow(SYSTEM, write=False) as uow:
        keys = sorted(uow.session.scalars(select(OutboxMessage.idempotency_key)))
    assert keys == ["order_received:Q0", "order_received:Q1", "order_received:Q2"]


def test_unknown_skus_are_created_through_the_placeholder_hook_only_for_valid_orders(any_db: Database) -> None:
    _setup(any_db)
    asked: list[list[str]] = []

    def placeholders(uow, missing) -> None:
        asked.append(sorted(missing))
        for sku, line in missing.items():
            add_product(uow, ProductInput(sku=sku, name=line.name or sku, price=line.unit_price))

    good = replace(_inputs()[2], number="N1", lines=(LineInput("NEW-1", 1, Decimal("2.00"), name="New"),))
    bad = replace(good, number="N2", channel_order_id="N2", paid=Decimal("-1"),
                  lines=(LineInput("NEW-2", 1, Decimal("2.00")),))
    unpriced = replace(good, number="N3", channel_order_id="N3", lines=(LineInput("NEW-3", 1),))
    with any_db.uow(CLERK) as uow:
        results = create_orders_bulk(uow, [good, bad, unpriced], placeholders=placeholders)
        uow.commit()
    assert asked == [["NEW-1"]]
    assert [str(r.error) if r.error else r.number for r in results] == [
        "N1", "paid '-1': must not be negative", "SKU 'NEW-3' does not exist."]
    assert _state(any_db, "N1")[1][0]["name"] == "New"
