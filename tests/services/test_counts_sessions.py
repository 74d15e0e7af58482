"""Cycle counts on SQLite and PostgreSQL: snapshot, scan, review, post once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest
from sqlalchemy import select

from desktop.auth import SYSTEM, Actor
from desktop.db.uow import Database, UnitOfWork
from desktop.errors import InvalidTransition, NotFound, PermissionDenied
from desktop.models import StockMove
from desktop.services import counts, stock, users
import factories

T = TypeVar("T")


def _clerk(db: Database) -> Actor:
    with db.uow(SYSTEM) as uow:
        actor = users.add_user(uow, "cleo", "clerk", None)
        uow.commit()
    return actor


def _run(db: Database, fn: Callable[[UnitOfWork], T], actor: Actor = SYSTEM) -> T:
    with db.uow(actor) as uow:
        result = fn(uow)
        uow.commit()
    return result


def _on_hand(db: Database, sku: str) -> dict[str, int]:
    with db.uow(SYSTEM, write=False) as uow:
        return {l.location: l.on_hand for l in stock.stock_view(uow, sku).locations}


def test_scanning_a_bin_snapshots_what_it_should_hold_counted_zero(any_db: Database) -> None:
    factories.product(any_db, "MUG", stock_qty=5)
    factories.product(any_db, "TEE", stock_qty=2)
    sheet = _run(any_db, counts.start)
    sheet = _run(any_db, lambda uow: counts.count_bin(uow, sheet.id, "STOCK"))
    assert [(l.location, l.sku, l.expected, l.counted) for l in sheet.lines] == [
        ("MAIN/STOCK", "MUG", 5, 0), ("MAIN/STOCK", "TEE", 2, 0)]


def test_each_scan_adds_one_and_unexpected_products_get_a_line(any_db: Database) -> None:
    factories.product(any_db, "MUG", stock_qty=5, barcode="4006381333931")
    factories.product(any_db, "NEW", barcode="96385074")
    sheet = _run(any_db, counts.start)
    _run(any_db, lambda uow: counts.count_bin(uow, sheet.id, "MAIN/STOCK"))
    for code in ("4006381333931", "MUG", "96385074"):
        _run(any_db, lambda uow: counts.scan_item(uow, sheet.id, "MAIN/STOCK", code))
    with any_db.uow(SYSTEM, write=False) as uow:
        review = counts.sheet(uow, sheet.id)
    assert [(l.sku, l.expected, l.counted, l.difference) for l in review.differences] == [
        ("MUG", 5, 2, -3), ("NEW", 0, 1, 1)]


def test_unknown_code_is_refused_and_counts_nothing(any_db: Database) -> None:
    factories.product(any_db, "MUG", stock_qty=1)
    sheet = _run(any_db, counts.start)
    with pytest.raises(NotFound, match="'nope'"):
        _run(any_db, lambda uow: counts.scan_item(uow, sheet.id, "STOCK", "nope"))


def test_posting_adjusts_stock_by_the_differences_with_reason_count(any_db: Database) -> None:
    factories.product(any_db, "MUG", stock_qty=5)
    factories.product(any_db, "TEE", stock_qty=2)
    sheet = _run(any_db, counts.start)
    sheet = _run(any_db, lambda uow: counts.count_bin(uow, sheet.id, "STOCK"))
    tee = next(l for l in sheet.lines if l.sku == "TEE")
    _run(any_db, lambda uow: counts.set_counted(uow, sheet.id, tee.id, 3))
    for _ in range(5):
        _run(any_db, lambda uow: counts.scan_item(uow, sheet.id, "STOCK", "MUG"))
    posted = _run(any_db, lambda uow: counts.post(uow, sheet.id))
    assert posted.status == "posted"
    assert _on_hand(any_db, "MUG") == {"MAIN/STOCK": 5}
    assert _on_hand(any_db, "TEE") == {"MAIN/STOCK": 3}
    with any_db.uow(SYSTEM, write=False) as uow:
        moves = uow.session.execute(select(StockMove.reason, StockMove.reason_code, StockMove.quantity)
                                    .where(StockMove.doc_type == "count_line")).all()
    assert [tuple(m) for m in moves] == [("adjust", "count", 1)]


def test_a_count_posts_only_once(any_db: Database) -> None:
    factories.product(any_db, "MUG", stock_qty=5)
    sheet = _run(any_db, counts.start)
    _run(any_db, lambda uow: counts.count_bin(uow, sheet.id, "STOCK"))
    _run(any_db, lambda uow: counts.post(uow, sheet.id))
    with pytest.raises(InvalidTransition, match="already posted"):
        _run(any_db, lambda uow: counts.post(uow, sheet.id))
    assert _on_hand(any_db, "MUG") == {}


def test_clerk_counts_but_may_not_post(any_db: Database) -> None:
    factories.product(any_db, "MUG", stock_qty=5)
    clerk = _clerk(any_db)
    sheet = _run(any_db, counts.start, clerk)
    _run(any_db, lambda uow: counts.count_bin(uow, sheet.id, "STOCK"), clerk)
    with pytest.raises(PermissionDenied, match="adjust stock"):
        _run(any_db, lambda uow: counts.post(uow, sheet.id), clerk)
    assert _on_hand(any_db, "MUG") == {"MAIN/STOCK": 5}
