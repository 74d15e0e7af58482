"""Orders, allocation, shipping, returns and refunds through the services, on both databases."""

from __future__ import annotations

from decimal import Decimal

import pytest
from factories import bin_, order, product
from sqlalchemy import func, select

from desktop.auth import Actor, Role
from desktop.errors import ConcurrencyError, InvalidInput, InvalidTransition, PermissionDenied
from desktop.models import Order
from desktop.services import allocation, orders, queries, refunds, returns, shipping, stock
from desktop.services.checks import run_checks
from desktop.services.orders import Address, LineInput, OrderInput
from desktop.services.returns import ReceiptInput, ReturnRequest

CLERK = Actor(None, "clerk", Role.CLERK)
MANAGER = Actor(None, "manager", Role.MANAGER)


def detail(db, number):
    with db.uow(write=False) as uow:
        return queries.order_detail(uow, number)


def allocate(db, *numbers):
    with db.uow() as uow:
        result = allocation.allocate(uow, list(numbers))
        uow.commit()
    return result


def ship(db, number, tracking="T1", lines=None):
    with db.uow() as uow:
        result = shipping.ship(uow, number, "UPS", tracking, lines=lines)
        uow.commit()
    return result


def test_creating_an_order_computes_totals(any_db):
    product(any_db, "MUG", price="12.50")
    with any_db.uow() as uow:
        created = orders.create_order(uow, OrderInput(
            customer_name="Ana", ship_to=Address(country="ro"), shipping=Decimal("5"),
            lines=(LineInput("MUG", 2), LineInput("MUG", 1, unit_price=Decimal("10"), tax=Decimal("1.90")))))
        uow.commit()
        assert (created.subtotal, created.tax_total, created.total) == (Decimal("35.00"), Decimal("1.90"),
                                                                        Decimal("41.90"))
        assert created.ship_country == "RO" and created.status == "new"


@pytest.mark.parametrize(("field", "change", "message"), [
    ("country", {"ship_to": Address(country="Romania")}, "country 'Romania'"),
    ("lines", {"lines": ()}, "at least one line"),
    ("quantity", {"lines": (LineInput("MUG", 0),)}, "line 1 quantity 0"),
    ("sku", {"lines": (LineInput("NOPE", 1),)}, "SKU 'NOPE'"),
    ("customer", {"customer_name": " "}, "customer"),
])
def test_bad_order_input_names_the_field_and_writes_nothing(any_db, field, change, message):
    product(any_db, "MUG")
    data = OrderInput(customer_name="Ana", ship_to=Address(country="RO"), lines=(LineInput("MUG", 1),))
    with any_db.uow() as uow, pytest.raises(Exception, match=message):
        orders.create_order(uow, OrderInput(**{**data.__dict__, **change}))
    with any_db.uow(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Order)) == 0


def test_the_same_channel_order_cannot_be_created_twice(any_db):
    product(any_db, "MUG")
    data = OrderInput(customer_name="Ana", ship_to=Address(country="RO"), lines=(LineInput("MUG", 1),),
                      channel="shopify", channel_order_id="5001", number="#1001")
    with any_db.uow() as uow:
        orders.create_order(uow, data)
        uow.commit()
    with any_db.uow() as uow, pytest.raises(InvalidInput, match="#1001"):
        orders.create_order(uow, data)


def test_allocation_never_reserves_more_than_is_on_hand_and_backorders_the_rest(any_db):
    product(any_db, "MUG", stock_qty=3)
    number = order(any_db, {"MUG": 5})
    [result] = allocate(any_db, number)
    assert (result.status, result.backordered) == ("backordered", 2)
    with any_db.uow(write=False) as uow:
        view = stock.stock_view(uow, "MUG")
    assert (view.on_hand, view.reserved, view.available) == (3, 3, 0)


def test_allocation_prefers_one_bin_that_fills_the_line_then_walk_order(any_db):
    bin_(any_db, "A-01", walk_order=1)
    bin_(any_db, "B-01", walk_order=2)
    product(any_db, "MUG")
    with any_db.uow() as uow:
        stock.receive(uow, "MUG", 2, "A-01")
        stock.receive(uow, "MUG", 6, "B-01")
        uow.commit()
    whole = order(any_db, {"MUG": 4})
    allocate(any_db, whole)
    assert detail(any_db, whole).lines[0].bins == ("MAIN/B-01",)
    split = order(any_db, {"MUG": 3})
    allocate(any_db, split)
    assert detail(any_db, split).lines[0].bins == ("MAIN/A-01", "MAIN/B-01")


def test_stock_in_quarantine_is_never_allocated(any_db):
    product(any_db, "MUG", stock_qty=2, location="QUARANTINE")
    number = order(any_db, {"MUG": 1})
    assert allocate(any_db, number)[0].status == "backordered"


def test_received_stock_goes_to_the_oldest_backorder_first(any_db):
    product(any_db, "MUG")
    older = order(any_db, {"MUG": 2})
    newer = order(any_db, {"MUG": 2})
    allocate(any_db, newer, older)
    with any_db.uow() as uow:
        stock.receive(uow, "MUG", 2)
        uow.commit()
    assert detail(any_db, older).status == "allocated"
    assert detail(any_db, newer).status == "backordered"


def test_shipping_moves_stock_to_the_customer_exactly_once(any_db):
    product(any_db, "MUG", stock_qty=5)
    number = order(any_db, {"MUG": 2})
    allocate(any_db, number)
    result = ship(any_db, number, "1Z999")
    assert result.order_status == "shipped"
    with pytest.raises(InvalidTransition, match="already shipped"):
        ship(any_db, number, "1Z999")
    with pytest.raises(InvalidTransition, match="already shipped"):
        ship(any_db, number, "1Z000")
    with any_db.uow(write=False) as uow:
        view = stock.stock_view(uow, "MUG")
    assert (view.on_hand, view.reserved) == (3, 0)
    assert run_checks(any_db) == []


def test_an_order_ships_in_several_shipments(any_db):
    product(any_db, "MUG", stock_qty=5)
    product(any_db, "CAP", stock_qty=5)
    number = order(any_db, {"MUG": 2, "CAP": 1})
    allocate(any_db, number)
    assert ship(any_db, number, "T1", {"MUG": 1}).order_status == "partially_shipped"
    with pytest.raises(InvalidInput, match="more than the 1 allocated"):
        ship(any_db, number, "T2", {"MUG": 2})
    assert ship(any_db, number, "T3").order_status == "shipped"
    shown = detail(any_db, number)
    assert [(s.tracking, s.lines) for s in shown.shipments] == [("T1", (("MUG", 1),)),
                                                                 ("T3", (("MUG", 1), ("CAP", 1)))]


def test_shipping_a_kit_moves_its_components(any_db):
    product(any_db, "MUG", stock_qty=4)
    product(any_db, "CAP", stock_qty=4)
    product(any_db, "SET", components=(("MUG", 1), ("CAP", 2)))
    number = order(any_db, {"SET": 2})
    allocate(any_db, number)
    ship(any_db, number)
    with any_db.uow(write=False) as uow:
        assert stock.stock_view(uow, "MUG").on_hand == 2
        assert stock.stock_view(uow, "CAP").on_hand == 0
    assert run_checks(any_db) == []


def test_a_cancelled_order_releases_its_reservations_and_cannot_ship(any_db):
    product(any_db, "MUG", stock_qty=3)
    number = order(any_db, {"MUG": 3})
    allocate(any_db, number)
    with any_db.uow() as uow:
        orders.cancel(uow, [number], "customer asked")
        uow.commit()
    with any_db.uow(write=False) as uow:
        assert stock.stock_view(uow, "MUG").available == 3
    with pytest.raises(InvalidTransition, match="cancelled"):
        ship(any_db, number)


def test_hold_and_release_return_to_the_previous_status(any_db):
    product(any_db, "MUG", stock_qty=3)
    number = order(any_db, {"MUG": 1})
    allocate(any_db, number)
    with any_db.uow() as uow:
        orders.hold(uow, [number], "address check")
        uow.commit()
    with pytest.raises(InvalidTransition):
        ship(any_db, number)
    with any_db.uow() as uow:
        orders.release_hold(uow, [number])
        uow.commit()
    assert detail(any_db, number).status == "allocated"


def test_every_transition_outside_the_table_is_refused(any_db):
    product(any_db, "MUG", stock_qty=3)
    number = order(any_db, {"MUG": 1})
    with any_db.uow() as uow, pytest.raises(InvalidTransition, match="is new; it cannot become packed"):
        orders.pack(uow, [number])
    with any_db.uow() as uow, pytest.raises(InvalidTransition):
        shipping.deliver(uow, [number])


def test_returns_are_limited_to_what_was_shipped_and_not_yet_returned(any_db):
    product(any_db, "MUG", stock_qty=5)
    number = order(any_db, {"MUG": 3})
    allocate(any_db, number)
    ship(any_db, number, lines={"MUG": 2})
    with any_db.uow() as uow, pytest.raises(InvalidInput, match="2 shipped, 0 already returned"):
        returns.create_rma(uow, number, [ReturnRequest("MUG", 3, "damaged")])
    with any_db.uow() as uow:
        rma = returns.create_rma(uow, number, [ReturnRequest("MUG", 2, "damaged")])
        uow.commit()
    with any_db.uow() as uow, pytest.raises(InvalidInput, match="2 shipped, 2 already returned"):
        returns.create_rma(uow, number, [ReturnRequest("MUG", 1, "changed_mind")])
    assert rma.number.startswith("RMA")


def test_receiving_a_return_posts_each_disposition_as_a_move(any_db):
    bin_(any_db, "A-01")
    product(any_db, "MUG", stock_qty=5, location="A-01")
    number = order(any_db, {"MUG": 3})
    allocate(any_db, number)
    ship(any_db, number)
    with any_db.uow() as uow:
        rma = returns.create_rma(uow, number, [ReturnRequest("MUG", 3, "not_as_described")])
        uow.commit()
    with any_db.uow() as uow:
        returns.receive_rma(uow, rma.number, [ReceiptInput("MUG", 1, "new", "restock", "A-01"),
                                              ReceiptInput("MUG", 1, "damaged", "quarantine"),
                                              ReceiptInput("MUG", 1, "damaged", "scrap")])
        uow.commit()
    with any_db.uow(write=False) as uow:
        view = stock.stock_view(uow, "MUG")
    assert {l.location: l.on_hand for l in view.locations} == {"MAIN/A-01": 3, "MAIN/QUARANTINE": 1,
                                                                "MAIN/SCRAP": 1}
    assert view.available == 3
    with any_db.uow() as uow, pytest.raises(InvalidTransition, match="already fully received"):
        returns.receive_rma(uow, rma.number, [ReceiptInput("MUG", 1, "new", "restock")])
    assert run_checks(any_db) == []


def test_refunds_never_exceed_what_was_paid(any_db):
    product(any_db, "MUG", price="10.00", stock_qty=5)
    number = order(any_db, {"MUG": 2}, shipping="5.00")
    with any_db.uow() as uow:
        refund = refunds.create_refund(uow, number, lines={"MUG": 1}, shipping=Decimal("5"),
                                       restocking_fee=Decimal("1.50"))
        uow.commit()
    assert refund.amount == Decimal("13.50")
    with any_db.uow() as uow, pytest.raises(InvalidInput, match="would exceed what was paid"):
        refunds.create_refund(uow, number, amount=Decimal("11.51"))
    with any_db.uow() as uow:
        refunds.create_refund(uow, number, amount=Decimal("11.50"), method="store_credit")
        uow.commit()
    shown = detail(any_db, number)
    assert (shown.refunded, shown.payment_status) == (Decimal("25.00"), "refunded")


def test_clerks_refund_only_up_to_the_limit(any_db):
    product(any_db, "TV", price="500.00")
    number = order(any_db, {"TV": 1})
    with any_db.uow(CLERK) as uow, pytest.raises(PermissionDenied, match="above 100.00"):
        refunds.create_refund(uow, number, amount=Decimal("150"))
    with any_db.uow(MANAGER) as uow:
        refunds.create_refund(uow, number, amount=Decimal("150"))
        uow.commit()


def test_a_stale_edit_is_refused_as_changed_by_someone_else(any_db):
    product(any_db, "MUG")
    number = order(any_db, {"MUG": 1})
    version = detail(any_db, number).version
    data = OrderInput(customer_name="Ana B", ship_to=Address(country="RO"), lines=(LineInput("MUG", 2),))
    with any_db.uow() as uow:
        orders.edit_order(uow, number, version, data)
        uow.commit()
    with any_db.uow() as uow, pytest.raises(ConcurrencyError, match="changed by someone else"):
        orders.edit_order(uow, number, version, data)


def test_every_change_is_in_the_order_timeline_with_who_did_it(any_db):
    product(any_db, "MUG", stock_qty=1)
    number = order(any_db, {"MUG": 1}, actor=CLERK)
    allocate(any_db, number)
    actions = [(t.user, t.action) for t in detail(any_db, number).timeline]
    assert actions == [("clerk", "order.create"), ("clerk", "notify.queued"), ("system", "order.allocate")]


def test_a_sku_on_two_lines_is_shipped_returned_and_refunded_across_both(any_db):
    """Quantities given per SKU fill that SKU's lines in line order; neither line is overdrawn."""
    product(any_db, "MUG", price="12.50", stock_qty=10)
    with any_db.uow() as uow:
        created = orders.create_order(uow, OrderInput(
            customer_name="Ana", ship_to=Address(country="RO"),
            lines=(LineInput("MUG", 2), LineInput("MUG", 2, unit_price=Decimal("10")))))
        created.paid = created.total
        uow.commit()
        number = created.number
    allocate(any_db, number)
    with pytest.raises(InvalidInput, match=r"MUG quantity 5: is more than the 4 allocated and unshipped"):
        ship(any_db, number, lines={"MUG": 5})
    result = ship(any_db, number, lines={"MUG": 3})
    assert result.lines == (("MUG", 2), ("MUG", 1))
    assert [line.shipped for line in detail(any_db, number).lines] == [2, 1]
    with any_db.uow() as uow:
        with pytest.raises(InvalidInput, match=r"3 shipped, 0 already returned"):
            returns.create_rma(uow, number, [ReturnRequest("MUG", 4, "damaged")])
    with any_db.uow() as uow:
        returns.create_rma(uow, number, [ReturnRequest("MUG", 3, "damaged")])
        uow.commit()
    assert [line.returned for line in detail(any_db, number).lines] == [2, 1]
    with any_db.uow() as uow:
        rma = returns.receive_rma(uow, queries.order_detail(uow, number).returns[0].number,
                                  [ReceiptInput("MUG", 3, "new", "restock")])
        uow.commit()
        assert rma.status == "received"
    with any_db.uow() as uow:
        refund = refunds.create_refund(uow, number, lines={"MUG": 3})
        uow.commit()
    assert refund.amount == Decimal("35.00")  # 2 x 12.50 from the first line, 1 x 10 from the second
