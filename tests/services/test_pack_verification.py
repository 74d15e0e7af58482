"""Pack-station verification on SQLite and PostgreSQL: scans, refusals, override, packing."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desktop.auth import SYSTEM, Actor
from desktop.db.uow import Database
from desktop.errors import InvalidTransition, PermissionDenied
from desktop.models import AuditEntry, Order
from desktop.services import allocation, pack, users
import factories


def _staff(db: Database, name: str, role: str) -> Actor:
    with db.uow(SYSTEM) as uow:
        actor = users.add_user(uow, name, role, None)
        uow.commit()
    return actor


def _allocated_order(db: Database) -> str:
    factories.product(db, "MUG", stock_qty=5, barcode="4006381333931")
    factories.product(db, "TEE", stock_qty=5)
    number = factories.order(db, {"MUG": 2, "TEE": 1})
    with db.uow(SYSTEM) as uow:
        allocation.allocate(uow, [number])
        uow.commit()
    return number


def _load(db: Database, number: str, actor: Actor = SYSTEM) -> pack.PackOrder:
    with db.uow(actor, write=False) as uow:
        return pack.load(uow, number)


def _audit(db: Database, action: str) -> list[tuple[str, str, dict[str, object], str]]:
    """(user, order number, detail, reason) of each audit entry of ``action``."""
    with db.uow(SYSTEM, write=False) as uow:
        return [(a.user_name, a.entity_ref, json.loads(a.detail or "{}"), a.reason) for a in
                uow.session.scalars(select(AuditEntry).where(AuditEntry.action == action))]


def test_order_lists_each_allocated_unit_to_verify(any_db: Database) -> None:
    number = _allocated_order(any_db)
    order = _load(any_db, number)
    assert [(i.sku, i.expected, i.verified) for i in order.items] == [("MUG", 2, 0), ("TEE", 1, 0)]
    assert not order.done


def test_scans_by_barcode_or_sku_tick_off_units_until_done(any_db: Database) -> None:
    order = _load(any_db, _allocated_order(any_db))
    for code in ("4006381333931", "MUG", "TEE"):
        result = pack.scan(order, code)
        assert result.accepted, result.reason
        order = result.order
    assert order.done and order.verified == 3


def test_gtin_with_leading_zero_matches_the_stored_barcode() -> None:
    item = pack.PackItem("CUP", "Cup", "036000291452", 1)
    assert item.matches("0036000291452")
    assert not item.matches("36000291453")


def test_wrong_item_and_one_too_many_are_refused_with_reasons(any_db: Database) -> None:
    factories.product(any_db, "OTHER", barcode="96385074")
    order = _load(any_db, _allocated_order(any_db))
    wrong = pack.scan(order, "96385074")
    assert not wrong.accepted and "not on order" in wrong.reason
    order = pack.scan(order, "TEE").order
    extra = pack.scan(order, "TEE")
    assert not extra.accepted and "only 1 of TEE" in extra.reason
    assert extra.order == order


def test_refused_scans_are_logged_with_the_product_they_belong_to(any_db: Database) -> None:
    factories.product(any_db, "OTHER", barcode="96385074")
    number = _allocated_order(any_db)
    packer = _staff(any_db, "pat", "packer")
    result = pack.scan(_load(any_db, number, packer), "96385074")
    with any_db.uow(packer) as uow:
        pack.log_refusal(uow, result)
        uow.commit()
    [(user, ref, detail, reason)] = _audit(any_db, "pack.scan_refused")
    assert (user, ref, detail) == ("pat", number, {"code": "96385074", "sku": "OTHER"})
    assert "not on order" in reason


def test_packing_an_unverified_order_is_refused(any_db: Database) -> None:
    order = _load(any_db, _allocated_order(any_db))
    with any_db.uow(SYSTEM) as uow, pytest.raises(InvalidTransition, match="still to scan: 2 x MUG"):
        pack.mark_packed(uow, pack.scan(order, "TEE").order)


def test_verified_order_becomes_packed_once(any_db: Database) -> None:
    number = _allocated_order(any_db)
    order = _load(any_db, number)
    for code in ("MUG", "MUG", "TEE"):
        order = pack.scan(order, code).order
    with any_db.uow(SYSTEM) as uow:
        assert pack.mark_packed(uow, order) == "packed"
        uow.commit()
    assert _load(any_db, number).status == "packed"
    assert len(_audit(any_db, "order.packed")) == 1


def test_packer_may_not_override_verification(any_db: Database) -> None:
    number = _allocated_order(any_db)
    packer = _staff(any_db, "pat", "packer")
    with any_db.uow(packer) as uow, pytest.raises(PermissionDenied, match="override pack verification"):
        pack.override(uow, _load(any_db, number), "scanner broken")


def test_manager_override_is_logged_with_the_unverified_units(any_db: Database) -> None:
    number = _allocated_order(any_db)
    boss = _staff(any_db, "mia", "manager")
    order = pack.scan(_load(any_db, number), "MUG").order
    with any_db.uow(boss) as uow:
        order = pack.override(uow, order, "label torn off")
        pack.mark_packed(uow, order)
        uow.commit()
    assert _audit(any_db, "pack.override") == [("mia", number, {"unverified": {"MUG": 1, "TEE": 1}},
                                                 "label torn off")]


def test_shipped_or_unallocated_orders_cannot_be_loaded(any_db: Database) -> None:
    factories.product(any_db, "MUG")
    number = factories.order(any_db, {"MUG": 1})
    with any_db.uow(SYSTEM, write=False) as uow, pytest.raises(InvalidTransition, match="only allocated"):
        pack.load(uow, number)
    with any_db.uow(SYSTEM) as uow:
        allocation.allocate(uow, [number])
        uow.commit()
    with any_db.uow(SYSTEM, write=False) as uow, pytest.raises(InvalidTransition, match="backordered"):
        pack.load(uow, number)
    with any_db.uow(SYSTEM, write=False) as uow:
        assert uow.session.scalars(select(Order.status).where(Order.number == number)).one() == "backordered"


def test_kit_is_verified_by_its_components(any_db: Database) -> None:
    factories.product(any_db, "CUP", stock_qty=4)
    factories.product(any_db, "SAUCER", stock_qty=4)
    factories.product(any_db, "SET", components=(("CUP", 2), ("SAUCER", 1)))
    number = factories.order(any_db, {"SET": 1})
    with any_db.uow(SYSTEM) as uow:
        allocation.allocate(uow, [number])
        uow.commit()
    assert [(i.sku, i.expected) for i in _load(any_db, number).items] == [("CUP", 2), ("SAUCER", 1)]
