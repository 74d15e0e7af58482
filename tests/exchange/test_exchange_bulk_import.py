"""Order import through the bulk path: batches, a bad order among good ones, no customer emails."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.db.uow import Database
from desktop.models import AuditEntry, Order, OutboxMessage
from desktop.services import intake
from tests.exchange.helpers import import_file

HEADER = "Name,Email,Financial Status,Currency,Subtotal,Shipping,Total,Created at,Lineitem quantity," \
         "Lineitem name,Lineitem price,Lineitem sku,Shipping Name,Shipping Country,Id\n"


def _export(tmp_path: Path, prices: list[str]) -> Path:
    """A Shopify export with one single-line order per price, numbered #7000 onwards."""
    rows = [f"#{7000 + n},c{n}@example.com,paid,EUR,{price},0.00,{price},2025-03-20 05:20:57 -0700,1,"
            f"Mug,{price},MUG-{n % 2},Ann Lee,DE,{90000 + n}\n" for n, price in enumerate(prices)]
    path = tmp_path / "orders_export.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def test_a_bad_order_in_a_batch_is_reported_and_the_other_orders_are_imported(
        any_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(intake, "BULK", 2)
    report = import_file(any_db, str(_export(tmp_path, ["10.00", "12.00", "-5.00", "14.00", "16.00"])),
                         skip_bad=True)
    assert [(o.number, o.action) for o in report.outcomes] == [
        ("#7000", "new"), ("#7001", "new"), ("#7002", "rejected"), ("#7003", "new"), ("#7004", "new")]
    assert [(p.line, p.column, p.message) for p in report.errors] == [
        (4, "line 1 price", "line 1 price '-5.00': must not be negative")]
    with any_db.uow(write=False) as uow:
        totals = dict(uow.session.execute(select(Order.number, Order.total)).all())
        audited = uow.session.scalar(select(func.count()).select_from(AuditEntry)
                                     .where(AuditEntry.action == "order.create"))
    assert totals == {"#7000": Decimal("10.00"), "#7001": Decimal("12.00"), "#7003": Decimal("14.00"),
                      "#7004": Decimal("16.00")}
    assert audited == 4


def test_without_skip_bad_a_bad_order_in_a_batch_leaves_the_database_as_it_was(
        any_db: Database, tmp_path: Path) -> None:
    report = import_file(any_db, str(_export(tmp_path, ["10.00", "-5.00", "14.00"])))
    assert report.stopped and not report.applied
    with any_db.uow(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Order)) == 0


def test_imported_orders_queue_no_emails_to_customers(any_db: Database, tmp_path: Path) -> None:
    report = import_file(any_db, str(_export(tmp_path, ["10.00", "12.00"])))
    assert report.count("new") == 2
    with any_db.uow(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(OutboxMessage)) == 0
