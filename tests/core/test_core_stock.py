"""Catalogue and stock ledger services, on SQLite and PostgreSQL."""

from __future__ import annotations

from decimal import Decimal

import pytest
from factories import bin_, product
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from desktop.auth import Actor, Role
from desktop.errors import InsufficientStock, InvalidInput, NotFound, PermissionDenied
from desktop.models import StockMove
from desktop.services import catalog, stock
from desktop.services.catalog import ProductInput

CLERK = Actor(None, "clerk", Role.CLERK)
PACKER = Actor(None, "packer", Role.PACKER)


def test_receiving_books_stock_into_the_bin_and_the_ledger(any_db):
    bin_(any_db, "A-01-01")
    product(any_db, "MUG")
    with any_db.uow() as uow:
        view = stock.receive(uow, "MUG", 7, "A-01-01", Decimal("3.10"))
        uow.commit()
    assert (view.on_hand, view.reserved, view.available) == (7, 0, 7)
    assert [(l.location, l.on_hand) for l in view.locations] == [("MAIN/A-01-01", 7)]
    with any_db.uow(write=False) as uow:
        moves = uow.session.scalars(select(StockMove)).all()
    assert [(m.quantity, m.reason, m.unit_cost) for m in moves] == [(7, "receive", Decimal("3.10"))]


def test_a_bad_gtin_check_digit_is_refused_naming_the_field(any_db):
    with any_db.uow() as uow, pytest.raises(InvalidInput, match="barcode '4006381333932'.*check digit"):
        catalog.add_product(uow, ProductInput(sku="X", name="X", barcode="4006381333932"))


def test_non_gtin_codes_are_allowed_as_plain_barcodes(any_db):
    with any_db.uow() as uow:
        view = catalog.add_product(uow, ProductInput(sku="X", name="X", barcode="ABC-123"))
        uow.commit()
    assert view.barcode == "ABC-123"


def test_a_duplicate_sku_is_refused(any_db):
    product(any_db, "MUG")
    with any_db.uow() as uow, pytest.raises(InvalidInput, match="already exists"):
        catalog.add_product(uow, ProductInput(sku="MUG", name="Other"))


def test_taking_more_than_is_on_hand_is_refused_and_nothing_moves(any_db):
    product(any_db, "MUG", stock_qty=2)
    with any_db.uow() as uow, pytest.raises(InsufficientStock, match="Only 2 of MUG"):
        stock.adjust(uow, "MUG", -3, "lost")
    with any_db.uow(write=False) as uow:
        assert stock.stock_view(uow, "MUG").on_hand == 2


def test_a_product_that_allows_negative_stock_may_go_below_zero(any_db):
    with any_db.uow() as uow:
        catalog.add_product(uow, ProductInput(sku="DIGI", name="Print on demand", allow_negative=True))
        uow.flush()
        view = stock.adjust(uow, "DIGI", -2, "correction")
        uow.commit()
    assert view.on_hand == -2


def test_transfer_moves_between_bins_and_keeps_the_total(any_db):
    bin_(any_db, "A-01-01")
    bin_(any_db, "B-01-01")
    product(any_db, "MUG", stock_qty=5, location="A-01-01")
    with any_db.uow() as uow:
        view = stock.transfer(uow, "MUG", 3, "A-01-01", "B-01-01")
        uow.commit()
    assert view.on_hand == 5
    assert {l.location: l.on_hand for l in view.locations} == {"MAIN/A-01-01": 2, "MAIN/B-01-01": 3}


def test_receiving_into_an_unknown_bin_names_the_bin(any_db):
    product(any_db, "MUG")
    with any_db.uow() as uow, pytest.raises(InvalidInput, match="location 'Z-99'"):
        stock.receive(uow, "MUG", 1, "Z-99")


def test_unknown_sku_is_reported(any_db):
    with any_db.uow() as uow, pytest.raises(NotFound, match="SKU 'NOPE'"):
        stock.receive(uow, "NOPE", 1)


@pytest.mark.parametrize("quantity", [0, -1])
def test_zero_or_negative_receipts_are_refused(any_db, quantity):
    product(any_db, "MUG")
    with any_db.uow() as uow, pytest.raises(InvalidInput, match="positive whole number"):
        stock.receive(uow, "MUG", quantity)


def test_only_managers_adjust_stock(any_db):
    product(any_db, "MUG", stock_qty=5)
    with any_db.uow(CLERK) as uow, pytest.raises(PermissionDenied, match="may not adjust stock"):
        stock.adjust(uow, "MUG", -1, "damaged")


def test_packers_do_not_see_prices(any_db):
    product(any_db, "MUG", price="12.00")
    with any_db.uow(PACKER, write=False) as uow:
        view = catalog.get_product(uow, "MUG")
    assert view.price is None and view.cost is None


def test_a_kit_is_available_as_the_minimum_over_its_components(any_db):
    product(any_db, "MUG", stock_qty=5)
    product(any_db, "CAP", stock_qty=7)
    product(any_db, "SET", components=(("MUG", 1), ("CAP", 2)))
    with any_db.uow(write=False) as uow:
        assert stock.stock_view(uow, "SET").available == 3


def test_receiving_against_a_purchase_order_tracks_partial_receipts(any_db):
    product(any_db, "MUG")
    with any_db.uow() as uow:
        number = stock.create_purchase_order(uow, "Acme", [("MUG", 10, Decimal("2.50"))])
        uow.commit()
    with any_db.uow() as uow:
        assert stock.stock_view(uow, "MUG").incoming == 10
        view = stock.receive(uow, "MUG", 4, purchase_order=number)
        uow.commit()
    assert (view.on_hand, view.incoming) == (4, 6)
    with any_db.uow() as uow, pytest.raises(InvalidInput, match="more than the 6 still expected"):
        stock.receive(uow, "MUG", 7, purchase_order=number)


def test_the_ledger_refuses_updates_and_deletes_at_the_database_level(any_db):
    product(any_db, "MUG", stock_qty=1)
    with any_db.engine.connect() as connection, pytest.raises(DBAPIError, match="append-only"):
        connection.execute(text("UPDATE stock_moves SET quantity = 99"))
    with any_db.engine.connect() as connection, pytest.raises(DBAPIError, match="append-only"):
        connection.execute(text("DELETE FROM audit_log"))
