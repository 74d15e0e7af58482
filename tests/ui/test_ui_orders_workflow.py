"""The Orders view driven through its widgets: scan an order in, allocate, hold, cancel, ship."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.auth import SYSTEM
from desktop.db.uow import Database
from desktop.services import queries
from ui.common.errors import Confirm
from ui.ops import Operations
from ui.orders import OrdersView
from ui.orders.entry import OrderEntryDialog
from ui.orders.ship import ShipDialog, ShipRequest


def _view(qtbot: QtBot, ops: Operations) -> OrdersView:
    view = OrdersView(ops)
    qtbot.addWidget(view)
    view.poll.stop()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and not view.model.loading)
    return view


def _status(db: Database, number: str) -> str:
    with db.uow(SYSTEM, write=False) as uow:
        return queries.order_detail(uow, number).status


def _row_of(view: OrdersView, number: str) -> int:
    for row in range(view.model.rowCount()):
        if view.model.row_at(row) and view.model.row_at(row).number == number:
            return row
    raise AssertionError(f"{number} is not in the list")


def _select(qtbot: QtBot, view: OrdersView, *numbers: str) -> None:
    view.select_rows([_row_of(view, n) for n in numbers])
    qtbot.waitUntil(lambda: view.detail.detail is not None and view.detail.detail.number == numbers[0])


def _messages(view: OrdersView) -> list[str]:
    seen: list[str] = []
    view.message.connect(seen.append)
    return seen


def test_scanning_barcodes_builds_an_order_and_saving_lists_it(qtbot: QtBot, shop: Database,
                                                              make_ops: Callable[..., Operations]) -> None:
    ops = make_ops()
    view = _view(qtbot, ops)
    dialog = OrderEntryDialog(ops, view)
    qtbot.addWidget(dialog)
    for code in ("4006381333931", "4006381333931", "TEE-BLK"):
        with qtbot.waitSignal(dialog.lineAdded):
            qtbot.keyClicks(dialog.scan, code)
            qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.scan, "NOPE-1")
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "NOPE-1" in dialog.problem.text())
    assert dialog.quantities() == {"MUG-RED": 2, "TEE-BLK": 1}
    dialog.show()
    qtbot.waitExposed(dialog)
    lines = dialog.lines
    assert not lines.horizontalScrollBar().isVisible()
    assert lines.columnWidth(1) > lines.columnWidth(0), "the name column takes the width left"
    dialog.customer.setText("Katherine Johnson")
    for key, value in (("name", "Katherine Johnson"), ("line1", "1 Langley Rd"), ("city", "Hampton"),
                       ("postal_code", "23681"), ("country", "US")):
        dialog.address[key].setText(value)
    said = _messages(view)
    view.create_order(dialog.order_input())
    qtbot.waitUntil(lambda: any(m.startswith("Order ") and m.endswith(" created") for m in said))
    qtbot.waitUntil(lambda: view.model.rowCount() == 4 and view.model.row_at(0) is not None)
    newest = view.model.row_at(0)
    assert (newest.customer, newest.items, newest.status) == ("Katherine Johnson", 3, "new")


def test_an_invalid_order_shows_the_reason_and_saves_nothing(qtbot: QtBot, shop: Database,
                                                            make_ops: Callable[..., Operations]) -> None:
    view = _view(qtbot, make_ops())
    dialog = OrderEntryDialog(view.ops, view)
    qtbot.addWidget(dialog)
    dialog.customer.setText("Nobody")
    view.create_order(dialog.order_input())
    qtbot.waitUntil(lambda: view.findChild(QMessageBox, "errorBox") is not None)
    box = view.findChild(QMessageBox, "errorBox")
    assert "country" in box.text() or "line" in box.text()
    assert view.model.rowCount() == 3


def test_allocating_two_orders_confirms_the_count_and_updates_their_rows(qtbot: QtBot, shop: Database,
                                                                        make_ops: Callable[..., Operations]) -> None:
    view = _view(qtbot, make_ops())
    first, second = view.model.row_at(0).number, view.model.row_at(1).number
    _select(qtbot, view, first, second)
    said = _messages(view)
    view.actions.actions["orders.allocate"].trigger()
    qtbot.waitUntil(lambda: "2 orders allocated" in said)
    qtbot.waitUntil(lambda: view.model.row_at(0) is not None and view.model.row_at(0).status == "allocated")
    assert _status(shop, first) == _status(shop, second) == "allocated"
    qtbot.waitUntil(lambda: view.counts.get("allocated") == 2)
    assert view.filters.status_buttons["allocated"].text() == "Allocated 2"


def test_hold_then_release_returns_the_order_to_where_it_was(qtbot: QtBot, shop: Database,
                                                            make_ops: Callable[..., Operations]) -> None:
    view = _view(qtbot, make_ops())
    number = view.model.row_at(0).number
    _select(qtbot, view, number)
    said = _messages(view)
    view.hold_selected()
    qtbot.waitUntil(lambda: "1 order on hold" in said)
    assert _status(shop, number) == "on_hold"
    qtbot.waitUntil(lambda: view.detail.detail is not None and view.detail.detail.status == "on_hold")
    view.release_selected()
    qtbot.waitUntil(lambda: "1 order released" in said)
    assert _status(shop, number) == "new"
    qtbot.waitUntil(lambda: view.detail.detail is not None and view.detail.detail.status == "new")
    timeline = view.detail.toPlainText().split("Timeline", 1)[1]
    assert [word for word in ("Created", "On hold", "New") if word in timeline] == ["Created", "On hold", "New"]
    assert "order." not in timeline


def test_cancel_asks_with_the_count_and_does_nothing_when_declined(qtbot: QtBot, shop: Database,
                                                                  make_ops: Callable[..., Operations],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    view = _view(qtbot, make_ops())
    numbers = [view.model.row_at(r).number for r in range(3)]
    _select(qtbot, view, *numbers)
    questions: list[str] = []
    answer = {"value": False}
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, parent, text: questions.append(text) or answer["value"]))
    view.cancel_selected()
    view.ops.wait()
    assert questions == ["Cancel 3 orders? Reserved stock goes back on the shelf."]
    assert {_status(shop, n) for n in numbers} == {"new"}
    answer["value"] = True
    said = _messages(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "3 orders cancelled" in said)
    assert {_status(shop, n) for n in numbers} == {"cancelled"}


def test_shipping_part_of_an_order_splits_it_and_a_second_shipment_completes_it(
        qtbot: QtBot, shop: Database, make_ops: Callable[..., Operations], monkeypatch: pytest.MonkeyPatch) -> None:
    view = _view(qtbot, make_ops())
    ada = view.model.row_at(2).number
    _select(qtbot, view, ada)
    view.allocate_selected()
    qtbot.waitUntil(lambda: view.detail.detail.status == "allocated")
    dialog = ShipDialog(view.detail.detail, view)
    qtbot.addWidget(dialog)
    dialog.carrier.setCurrentText("UPS")
    dialog.tracking.setText("1Z0001")
    dialog.quantities["MUG-RED"].setValue(1)
    dialog.quantities["TEE-BLK"].setValue(0)
    request = dialog.request()
    assert request == ShipRequest("UPS", "", "1Z0001", {"MUG-RED": 1})
    said = _messages(view)
    monkeypatch.setattr(ShipDialog, "ask", classmethod(lambda cls, detail, parent: request))
    view.ship_current()
    qtbot.waitUntil(lambda: any(m.startswith(f"Order {ada} shipped (1 items") for m in said))
    qtbot.waitUntil(lambda: view.detail.detail.status == "partially_shipped")
    assert [(l.sku, l.shipped) for l in view.detail.detail.lines] == [("MUG-RED", 1), ("TEE-BLK", 0)]
    rest = ShipRequest("UPS", "", "1Z0002", None)
    monkeypatch.setattr(ShipDialog, "ask", classmethod(lambda cls, detail, parent: rest))
    view.ship_current()
    qtbot.waitUntil(lambda: view.detail.detail.status == "shipped")
    view.deliver_selected()
    qtbot.waitUntil(lambda: "1 order marked delivered" in said)
    assert _status(shop, ada) == "delivered"
    assert "1Z0001" in view.detail.toPlainText() and "1Z0002" in view.detail.toPlainText()


def test_shipping_the_same_tracking_twice_is_refused_with_a_message(
        qtbot: QtBot, shop: Database, make_ops: Callable[..., Operations], monkeypatch: pytest.MonkeyPatch) -> None:
    view = _view(qtbot, make_ops())
    number = view.model.row_at(2).number
    _select(qtbot, view, number)
    view.allocate_selected()
    qtbot.waitUntil(lambda: view.detail.detail.status == "allocated")
    part = ShipRequest("DHL", "", "JD01", {"TEE-BLK": 1})
    monkeypatch.setattr(ShipDialog, "ask", classmethod(lambda cls, detail, parent: part))
    view.ship_current()
    qtbot.waitUntil(lambda: view.detail.detail.status == "partially_shipped")
    view.ship_current()
    qtbot.waitUntil(lambda: view.findChild(QMessageBox, "errorBox") is not None)
    assert "already shipped with tracking JD01" in view.findChild(QMessageBox, "errorBox").text()


def test_editing_a_new_order_saves_it_with_the_loaded_version(qtbot: QtBot, shop: Database,
                                                             make_ops: Callable[..., Operations],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    view = _view(qtbot, make_ops())
    number = view.model.row_at(0).number
    _select(qtbot, view, number)
    dialog = OrderEntryDialog(view.ops, view, view.detail.detail)
    qtbot.addWidget(dialog)
    dialog.customer.setText("Alan M. Turing")
    edited = dialog.order_input()
    monkeypatch.setattr(OrderEntryDialog, "ask", classmethod(lambda cls, ops, parent, existing=None: edited))
    view.edit_current()
    qtbot.waitUntil(lambda: view.detail.detail.customer_name == "Alan M. Turing")
    qtbot.waitUntil(lambda: view.model.row_at(0).customer == "Alan M. Turing")
