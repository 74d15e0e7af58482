"""The pack station driven like a packer does: scanner keystrokes ending in Enter."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.auth import SYSTEM, Actor
from desktop.db.uow import Database
from desktop.models import AuditEntry, Order, Shipment
from desktop.services import allocation, users
from ui.common.column_width import BARCODE_SAMPLE, SKU_SAMPLE, fitted_width
from ui.ops import Operations
from ui.pack import PackStationView
from ui.pack.dialogs import OverrideDialog
import factories

MUG = "4006381333931"
OTHER = "96385074"


@pytest.fixture
def number(db: Database) -> str:
    factories.product(db, "MUG", stock_qty=5, barcode=MUG)
    factories.product(db, "TEE", stock_qty=5)
    factories.product(db, "OTHER", stock_qty=1, barcode=OTHER)
    created = factories.order(db, {"MUG": 2, "TEE": 1})
    with db.uow(SYSTEM) as uow:
        allocation.allocate(uow, [created])
        uow.commit()
    return created


def _actor(db: Database, name: str, role: str) -> Actor:
    with db.uow(SYSTEM) as uow:
        actor = users.add_user(uow, name, role, None)
        uow.commit()
    return actor


def _station(qtbot: QtBot, db: Database, role: str) -> Iterator[PackStationView]:
    ops = Operations(db, _actor(db, f"{role}1", role))
    view = PackStationView(ops)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    yield view
    ops.shutdown()


@pytest.fixture
def packer(qtbot: QtBot, db: Database, number: str) -> Iterator[PackStationView]:
    yield from _station(qtbot, db, "packer")


@pytest.fixture
def manager(qtbot: QtBot, db: Database, number: str) -> Iterator[PackStationView]:
    yield from _station(qtbot, db, "manager")


def scan(qtbot: QtBot, view: PackStationView, code: str) -> None:
    qtbot.keyClicks(view.scan, code)
    qtbot.keyClick(view.scan, Qt.Key.Key_Return)


def load(qtbot: QtBot, view: PackStationView, number: str) -> None:
    scan(qtbot, view, number)
    qtbot.waitUntil(lambda: view.mode == "items")


def _audit(db: Database, action: str) -> list[tuple[str, dict[str, object], str]]:
    with db.uow(SYSTEM, write=False) as uow:
        return [(a.user_name, json.loads(a.detail or "{}"), a.reason) for a in
                uow.session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id))]


def _order(db: Database, number: str) -> tuple[str, list[tuple[str, str]]]:
    with db.uow(SYSTEM, write=False) as uow:
        order = uow.session.scalars(select(Order).where(Order.number == number)).one()
        shipments = uow.session.execute(select(Shipment.carrier, Shipment.tracking)
                                        .where(Shipment.order_id == order.id)).all()
        return order.status, [tuple(s) for s in shipments]


def test_scanning_the_slip_lists_the_units_to_verify(qtbot: QtBot, packer: PackStationView, number: str,
                                                     qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    load(qtbot, packer, number)
    model = packer.model
    assert [(model.index(r, 0).data(), model.index(r, 4).data()) for r in range(model.rowCount())] == [
        ("MUG", "2"), ("TEE", "1")]
    qtmodeltester.check(model)


def test_packing_with_scans_refuses_a_wrong_item_and_one_too_many_then_ships(
        qtbot: QtBot, packer: PackStationView, db: Database, number: str, tmp_path: Path) -> None:
    load(qtbot, packer, number)
    scan(qtbot, packer, MUG)
    assert packer.banner.property("state") == "ok"
    scan(qtbot, packer, OTHER)
    assert packer.banner.property("state") == "refused"
    assert "Wrong item" in packer.banner.text()
    scan(qtbot, packer, "TEE")
    scan(qtbot, packer, "TEE")
    assert "One too many" in packer.banner.text()
    assert packer.order is not None and packer.order.verified == 2
    packer.grab().save(str(tmp_path / "pack-refused.png"))
    with qtbot.waitSignal(packer.verified) as verified:
        scan(qtbot, packer, MUG)
    assert verified.args == [number]
    assert _order(db, number)[0] == "packed"
    packer.carrier.setCurrentText("UPS")
    with qtbot.waitSignal(packer.shipped) as shipped:
        scan(qtbot, packer, "1Z999AA10123456784")
    assert shipped.args[0] == number
    assert _order(db, number) == ("shipped", [("UPS", "1Z999AA10123456784")])
    assert packer.mode == "order" and packer.model.rowCount() == 0
    packer.ops.wait()
    assert [(d["code"], d["sku"]) for _, d, _ in _audit(db, "pack.scan_refused")] == [(OTHER, "OTHER"), ("TEE", "TEE")]


def test_scan_results_are_told_in_the_windows_language_and_logged_in_english(
        qtbot: QtBot, packer: PackStationView, db: Database, number: str, language) -> None:  # type: ignore[no-untyped-def]
    language("it")
    load(qtbot, packer, number)
    scan(qtbot, packer, MUG)
    assert packer.banner.text() == "✔ MUG 1 di 2"
    scan(qtbot, packer, OTHER)
    assert packer.banner.text() == f"✖ Articolo sbagliato: {OTHER} non è nell'ordine {number}. Rimettilo a posto."
    packer.ops.wait()
    assert [reason for _, _, reason in _audit(db, "pack.scan_refused")] == [
        f"Wrong item: {OTHER} is not on order {number}. Put it back."]


def test_a_packer_cannot_override_and_sees_no_prices(qtbot: QtBot, packer: PackStationView, number: str) -> None:
    load(qtbot, packer, number)
    assert not packer.override_button.isVisible()
    model = packer.model
    shown = [str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert not any("10.00" in text or "$" in text for text in shown)
    assert "Price" not in [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_manager_override_packs_without_every_scan_and_is_logged(
        qtbot: QtBot, manager: PackStationView, db: Database, number: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(OverrideDialog, "ask", classmethod(lambda cls, parent, order, missing: "scanner broken"))
    load(qtbot, manager, number)
    scan(qtbot, manager, MUG)
    with qtbot.waitSignal(manager.verified):
        manager.override_button.click()
    assert manager.mode == "tracking"
    assert _audit(db, "pack.override") == [("manager1", {"unverified": {"MUG": 1, "TEE": 1}}, "scanner broken")]
    assert _order(db, number)[0] == "packed"


def test_unknown_order_is_refused_in_the_banner_and_the_station_keeps_scanning(
        qtbot: QtBot, packer: PackStationView, number: str) -> None:
    scan(qtbot, packer, "P9999")
    qtbot.waitUntil(lambda: packer.banner.property("state") == "refused")
    assert "'P9999' does not exist" in packer.banner.text()
    load(qtbot, packer, number)


def test_escape_cancels_the_current_order(qtbot: QtBot, packer: PackStationView, number: str) -> None:
    load(qtbot, packer, number)
    scan(qtbot, packer, MUG)
    qtbot.keyClick(packer.scan, Qt.Key.Key_Escape)
    assert packer.mode == "order" and packer.order is None
    assert f"Order {number} put aside" in packer.banner.text()


def test_scan_field_keeps_the_focus_wherever_the_user_clicks(qtbot: QtBot, packer: PackStationView) -> None:
    packer.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is packer.scan)
    packer.table.setFocus()
    assert QApplication.focusWidget() is packer.scan
    packer.service.setFocus()
    assert QApplication.focusWidget() is packer.service


def test_the_packer_reads_whole_skus_and_barcodes(packer: PackStationView) -> None:
    assert packer.table.columnWidth(0) == fitted_width(packer.table, 0, SKU_SAMPLE)
    assert packer.table.columnWidth(2) == fitted_width(packer.table, 2, BARCODE_SAMPLE)
    assert packer.model.headerData(2, Qt.Orientation.Horizontal) == "Barcode"
