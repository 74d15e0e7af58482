"""Importing order files into the database: idempotent, whole orders, safe updates, on SQLite and PostgreSQL."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select

from desktop.auth import SYSTEM
from desktop.db.uow import Database
from desktop.models import Location, Order, Product, Refund, StockLevel
from desktop.services import allocation, settings
from desktop.services.checks import run_checks
from tests.exchange.helpers import import_file, snapshot
from tests.factories import product


def _order(db: Database, number: str) -> Order:
    with db.uow(SYSTEM, write=False) as uow:
        found = uow.session.scalars(select(Order).where(Order.number == number)).one()
        found.lines  # noqa: B018 - load the lines before the session closes
        return found


def test_a_new_file_creates_every_order_with_its_lines_and_amounts(any_db: Database) -> None:
    report = import_file(any_db, "shop_v1.csv")
    assert (report.count("new"), report.applied, report.errors) == (4, True, ())
    first = _order(any_db, "#5001")
    assert (first.channel, first.channel_order_id, first.total, first.paid) == ("shopify", "90001",
                                                                                 Decimal("55.00"), Decimal("55.00"))
    assert [(l.sku, l.quantity) for l in first.lines] == [("MUG-1", 2), ("SPOON-1", 1)]
    assert _order(any_db, "#5002").payment_status == "pending"


def test_reimporting_the_same_file_changes_nothing(any_db: Database) -> None:
    import_file(any_db, "shop_v1.csv")
    before = snapshot(any_db)
    report = import_file(any_db, "shop_v1.csv")
    assert (report.count("new"), report.count("updated"), report.count("unchanged")) == (0, 0, 4)
    assert snapshot(any_db) == before


def test_unknown_skus_become_placeholders_flagged_for_review(any_db: Database) -> None:
    import_file(any_db, "shop_v1.csv")
    with any_db.uow(SYSTEM, write=False) as uow:
        mug = uow.session.scalars(select(Product).where(Product.sku == "MUG-1")).one()
    assert (mug.needs_review, mug.price) == (True, Decimal("20.00"))


def test_rejecting_unknown_skus_makes_their_orders_errors_and_imports_nothing(any_db: Database) -> None:
    with any_db.uow(SYSTEM) as uow:
        settings.set_value(uow, "import.unknown_sku", "reject")
        uow.commit()
    product(any_db, "CARD-1")
    before = snapshot(any_db)
    report = import_file(any_db, "shop_v1.csv")
    assert report.stopped and not report.applied
    assert {p.line for p in report.errors} == {2, 5, 6}
    assert "MUG-1" in report.errors[0].message
    assert snapshot(any_db) == before


def test_skip_bad_imports_the_orders_whose_skus_are_known(any_db: Database) -> None:
    with any_db.uow(SYSTEM) as uow:
        settings.set_value(uow, "import.unknown_sku", "reject")
        uow.commit()
    product(any_db, "CARD-1")
    report = import_file(any_db, "shop_v1.csv", skip_bad=True)
    assert report.applied and report.count("new") == 1 and report.count("rejected") == 3
    with any_db.uow(SYSTEM, write=False) as uow:
        assert uow.session.scalars(select(Order.number)).all() == ["#5002"]


def test_a_broken_file_lists_line_numbered_problems_and_leaves_the_database_unchanged(any_db: Database) -> None:
    before = snapshot(any_db)
    report = import_file(any_db, "shop_broken.csv")
    assert [(p.line, p.column, p.value) for p in report.errors] == [(3, "Total", "twenty"),
                                                                    (4, "Lineitem quantity", "one")]
    assert report.stopped and snapshot(any_db) == before


def test_skip_bad_imports_the_good_orders_of_a_broken_file(any_db: Database) -> None:
    report = import_file(any_db, "shop_broken.csv", skip_bad=True)
    assert report.applied and report.count("new") == 2
    with any_db.uow(SYSTEM, write=False) as uow:
        assert sorted(uow.session.scalars(select(Order.number))) == ["#6001", "#6004"]


def test_a_dry_run_reports_what_would_happen_and_writes_nothing(any_db: Database) -> None:
    before = snapshot(any_db)
    report = import_file(any_db, "shop_v1.csv", dry_run=True)
    assert report.count("new") == 4 and not report.applied
    assert snapshot(any_db) == before


def test_fulfilled_orders_arrive_shipped_without_changing_any_bin(any_db: Database) -> None:
    product(any_db, "MUG-1", stock_qty=5)
    import_file(any_db, "shop_v1.csv")
    shipped = _order(any_db, "#5003")
    assert shipped.status == "shipped" and shipped.lines[0].quantity_shipped == 1
    with any_db.uow(SYSTEM, write=False) as uow:
        on_hand = uow.session.scalar(select(func.sum(StockLevel.on_hand)).join(Location)
                                     .where(Location.kind == "bin"))
        elsewhere = uow.session.scalars(select(Location).where(Location.code == "SHIPPED-ELSEWHERE")).one()
    assert on_hand == 5 and (elsewhere.kind, elsewhere.warehouse_id) == ("adjustment", None)
    assert run_checks(any_db) == []


def test_a_later_overlapping_export_updates_payments_and_lists_what_was_not_applied(any_db: Database) -> None:
    product(any_db, "MUG-1", stock_qty=10)
    import_file(any_db, "shop_v1.csv")
    with any_db.uow(SYSTEM) as uow:
        allocation.allocate(uow, ["#5004"])
        uow.commit()
    report = import_file(any_db, "shop_v2.csv")
    assert (report.count("new"), report.count("updated"), report.count("unchanged")) == (1, 3, 0)
    assert any("#5004" in p.message and "items changed" in p.message for p in report.not_applied)
    paid = _order(any_db, "#5002")
    assert (paid.payment_status, paid.paid, paid.notes) == ("paid", Decimal("30.00"), "call first; leave at door")
    refunded = _order(any_db, "#5001")
    assert (refunded.refunded, refunded.payment_status) == (Decimal("15.00"), "partially_refunded")
    assert _order(any_db, "#5005").status == "cancelled"
    assert [(l.sku, l.quantity) for l in _order(any_db, "#5004").lines] == [("MUG-1", 2)]
    again = import_file(any_db, "shop_v2.csv")
    assert again.count("unchanged") == 4
    with any_db.uow(SYSTEM, write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Refund)) == 1
    assert run_checks(any_db) == []


def test_a_number_taken_by_another_channel_is_prefixed_with_the_channel(any_db: Database) -> None:
    product(any_db, "MUG-1")
    from tests.factories import order

    order(any_db, {"MUG-1": 1}, number="#5001")
    import_file(any_db, "shop_v1.csv")
    assert _order(any_db, "shopify-5001").channel_order_id == "90001"


def test_a_rejected_order_does_not_leave_its_placeholder_products_behind_for_the_next(any_db: Database,
                                                                                       tmp_path) -> None:
    """The first order's placeholders are rolled back with it; on SQLite the next order's
    placeholder then gets the same product id, and its line must name its own SKU."""
    path = tmp_path / "orders_export.csv"
    path.write_text(
        "Name,Id,Financial Status,Fulfillment Status,Currency,Total,Created at,Lineitem quantity,"
        "Lineitem name,Lineitem price,Lineitem sku,Shipping Name,Shipping Country\n"
        "#8001,81,paid,fulfilled,CAD,4.00,2025-03-20 05:20:57 -0700,1,Mug,5.00,NEW-1,Ann Lee,CA\n"
        "#8001,,,,,,,1,Spoon,-1.00,NEW-2,,\n"
        "#8002,82,paid,fulfilled,CAD,7.00,2025-03-20 06:20:57 -0700,1,Bowl,7.00,NEW-3,Bo Li,CA\n",
        encoding="utf-8")
    report = import_file(any_db, str(path), skip_bad=True)
    assert [(o.number, o.action) for o in report.outcomes] == [("#8001", "rejected"), ("#8002", "new")]
    bowl = _order(any_db, "#8002")
    assert [(line.sku, line.name, line.product.sku) for line in bowl.lines] == [("NEW-3", "Bowl", "NEW-3")]
    assert run_checks(any_db) == []
