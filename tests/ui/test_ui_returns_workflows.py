"""The returns view driven through its widgets: RMA, receiving with inspection, refunds, limits."""

from __future__ import annotations

import csv
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.auth import SYSTEM, Actor
from desktop.db.uow import Database
from desktop.queries import returns_list
from desktop.queries.returns_list import RefundQuote, ReturnableLine, RmaLineRow
from desktop.services import allocation, refunds, returns, settings, shipping, stock, users
from desktop.services.returns import ReceiptInput, ReturnRequest
from ui.common.list_export import ListExportPath
from ui.ops import Operations
from ui.returns import ReturnsView
from ui.returns.dialogs import (
    CreateRmaDialog, OrderPrompt, ReceiveRmaDialog, RefundDialog, RefundRequest,
)
import factories


@pytest.fixture
def number(db: Database) -> str:
    factories.product(db, "MUG", price="30.00", stock_qty=5)
    created = factories.order(db, {"MUG": 3}, shipping="5.00")
    with db.uow(SYSTEM) as uow:
        allocation.allocate(uow, [created])
        shipping.ship(uow, created, "UPS", "1Z1")
        settings.set_value(uow, "refunds.clerk_limit", "50.00")
        uow.commit()
    return created


def _rma(db: Database, number: str, quantity: int = 2) -> str:
    with db.uow(SYSTEM) as uow:
        rma = returns.create_rma(uow, number, [ReturnRequest("MUG", quantity, "damaged")])
        uow.commit()
        return rma.number


def _view(qtbot: QtBot, db: Database, role: str) -> Iterator[ReturnsView]:
    with db.uow(SYSTEM) as uow:
        actor: Actor = users.add_user(uow, f"{role}1", role, None)
        uow.commit()
    ops = Operations(db, actor)
    view = ReturnsView(ops)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    yield view
    ops.shutdown()


@pytest.fixture
def manager(qtbot: QtBot, db: Database, number: str) -> Iterator[ReturnsView]:
    yield from _view(qtbot, db, "manager")


@pytest.fixture
def clerk(qtbot: QtBot, db: Database, number: str) -> Iterator[ReturnsView]:
    yield from _view(qtbot, db, "clerk")


def _select_first_rma(qtbot: QtBot, view: ReturnsView) -> None:
    view.refresh()
    qtbot.waitUntil(lambda: view.rmas.rowCount() > 0)
    view.rma_table.setCurrentIndex(view.rmas.index(0, 0))


def _quote(db: Database, number: str, actor: Actor = SYSTEM) -> RefundQuote:
    with db.uow(actor, write=False) as uow:
        return returns_list.refund_quote(uow, number)


def test_an_rma_offers_only_units_shipped_and_not_yet_returned(
        qtbot: QtBot, manager: ReturnsView, db: Database, number: str, monkeypatch: pytest.MonkeyPatch,
        qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    _rma(db, number, 1)
    offered: list[ReturnableLine] = []

    def choose(cls, parent, order, lines):  # type: ignore[no-untyped-def]
        offered.extend(lines)
        dialog = CreateRmaDialog(parent, order, lines)
        _, spin, reason = dialog.rows[0]
        spin.setValue(5)
        reason.setCurrentIndex(reason.findData("wrong_item"))
        assert reason.currentText() == "Wrong item"
        return dialog.request()
    monkeypatch.setattr(OrderPrompt, "ask", classmethod(lambda cls, parent, purpose: number))
    monkeypatch.setattr(CreateRmaDialog, "ask", classmethod(choose))
    manager.buttons["create"].click()
    qtbot.waitUntil(lambda: manager.rmas.rowCount() == 2)
    assert offered == [ReturnableLine("MUG", "Product MUG", 2)]
    assert manager.rmas.rows[0].units == 2 and "RMA000002 authorised" in manager.message.text()
    qtmodeltester.check(manager.rmas)


def test_receiving_one_unit_into_quarantine_and_one_into_a_bin(
        qtbot: QtBot, manager: ReturnsView, db: Database, number: str, monkeypatch: pytest.MonkeyPatch) -> None:
    rma = _rma(db, number)
    dialog = ReceiveRmaDialog(None, rma, [RmaLineRow("MUG", "Mug", 2, 0, "damaged")], ["MAIN/STOCK"])
    qtbot.addWidget(dialog)
    _, quantity, condition, disposition, location = dialog.rows[0]
    disposition.setCurrentIndex(disposition.findData("quarantine"))
    assert not location.isEnabled()
    quantity.setValue(1)
    condition.setCurrentIndex(condition.findData("damaged"))
    assert (condition.currentText(), disposition.currentText()) == ("Damaged", "Quarantine")
    first = dialog.receipts()
    assert first == [ReceiptInput("MUG", 1, "damaged", "quarantine", None)]
    monkeypatch.setattr(ReceiveRmaDialog, "ask", classmethod(lambda cls, parent, rma, lines, bins: first + [
        ReceiptInput("MUG", 1, "new", "restock", bins[0])]))
    _select_first_rma(qtbot, manager)
    manager.buttons["receive"].click()
    qtbot.waitUntil(lambda: "Received" in manager.message.text())
    assert manager.message.text().endswith(": 1 x MUG Quarantine, 1 x MUG Restock to MAIN/STOCK")
    with db.uow(SYSTEM, write=False) as uow:
        locations = {l.location: l.on_hand for l in stock.stock_view(uow, "MUG").locations}
    assert locations == {"MAIN/STOCK": 3, "MAIN/QUARANTINE": 1}
    qtbot.waitUntil(lambda: manager.rmas.rowCount() == 0)


def test_refund_with_a_restocking_fee_shows_and_books_the_computed_amount(
        qtbot: QtBot, manager: ReturnsView, db: Database, number: str, monkeypatch: pytest.MonkeyPatch,
        qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    dialog = RefundDialog(None, _quote(db, number))
    qtbot.addWidget(dialog)
    dialog.units["MUG"].setValue(2)
    dialog.shipping.setText("5.00")
    dialog.fee.setText("6.00")
    assert "Refund 59.00 USD" in dialog.amount.text()
    request = dialog.request()
    monkeypatch.setattr(OrderPrompt, "ask", classmethod(lambda cls, parent, purpose: number))
    monkeypatch.setattr(RefundDialog, "ask", classmethod(lambda cls, parent, quote: request))
    manager.buttons["refund"].click()
    qtbot.waitUntil(lambda: manager.refunds.rowCount() == 1)
    row = manager.refunds.rows[0]
    assert (row.amount, row.order, row.payment_status) == (Decimal("59.00"), number, "partially_refunded")
    qtmodeltester.check(manager.refunds)


def test_a_clerk_is_refused_a_refund_above_the_limit(
        qtbot: QtBot, clerk: ReturnsView, db: Database, number: str, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = RefundDialog(None, _quote(db, number, clerk.ops.actor))
    qtbot.addWidget(dialog)
    dialog.units["MUG"].setValue(2)
    assert "Your limit is 50.00 USD; a manager must refund this" in dialog.amount.text()
    monkeypatch.setattr(OrderPrompt, "ask", classmethod(lambda cls, parent, purpose: number))
    monkeypatch.setattr(RefundDialog, "ask", classmethod(
        lambda cls, parent, quote: RefundRequest({"MUG": 2}, Decimal("0"), Decimal("0"), "original", "")))
    clerk.buttons["refund"].click()
    qtbot.waitUntil(lambda: bool(clerk.findChildren(QMessageBox)))
    assert "Refunds above 50.00 USD need a manager" in clerk.findChildren(QMessageBox)[-1].text()
    assert _quote(db, number).money_left == Decimal("95.00")


@pytest.fixture
def packer(qtbot: QtBot, db: Database, number: str) -> Iterator[ReturnsView]:
    with db.uow(SYSTEM) as uow:
        refunds.create_refund(uow, number, lines={"MUG": 1})
        uow.commit()
    _rma(db, number)
    yield from _view(qtbot, db, "packer")


def test_a_packer_cannot_start_returns_or_see_refunds(qtbot: QtBot, packer: ReturnsView) -> None:
    assert not any(b.isEnabled() for b in packer.buttons.values())
    qtbot.waitUntil(lambda: packer.rmas.rowCount() == 1)
    assert packer.refunds.rowCount() == 0


def test_the_returns_list_exports_what_it_shows(
        qtbot: QtBot, manager: ReturnsView, db: Database, number: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    rma = _rma(db, number, 1)
    target = tmp_path / "returns.csv"
    monkeypatch.setattr(ListExportPath, "ask", classmethod(lambda cls, parent, suggested: target))
    manager.refresh()
    qtbot.waitUntil(lambda: manager.rmas.rowCount() == 1)

    manager.export_rmas.click()

    qtbot.waitUntil(lambda: "1 rows exported" in manager.message.text(), timeout=10000)
    with open(target, encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert header == manager.rmas.shown()[0]
    assert [row[:5] for row in rows] == [[rma, number, "Ada Lovelace", "Authorised", "1"]]
