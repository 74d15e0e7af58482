"""The inventory view driven through its widgets: list, editor, receive, adjust, cycle count."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.auth import SYSTEM, Actor
from desktop.db.uow import Database
from desktop.models import Product
from desktop.services import catalog, stock, users
from desktop.services.catalog import ProductInput, ProductView
from desktop.services.stock import StockView
from ui.common.errors import Confirm
from ui.common.list_export import ListExportPath
from ui.common.column_width import BARCODE_SAMPLE, SKU_SAMPLE, fitted_width
from ui.inventory import InventoryView
from ui.inventory.editor import ProductEditor
from ui.inventory.model import COLUMNS
from ui.inventory.stock_dialogs import Adjustment, AdjustDialog, Receipt, ReceiveDialog
from ui.ops import Operations
import factories

MUG = "4006381333931"


@pytest.fixture
def stocked(db: Database) -> Database:
    factories.product(db, "MUG", stock_qty=5, barcode=MUG)
    factories.product(db, "TEE", stock_qty=1)
    with db.uow(SYSTEM) as uow:
        uow.session.query(Product).filter_by(sku="TEE").one().reorder_point = 3
        uow.commit()
    return db


def _actor(db: Database, role: str) -> Actor:
    with db.uow(SYSTEM) as uow:
        actor = users.add_user(uow, f"{role}1", role, None)
        uow.commit()
    return actor


def _view(qtbot: QtBot, db: Database, role: str) -> Iterator[InventoryView]:
    ops = Operations(db, _actor(db, role))
    view = InventoryView(ops)
    qtbot.addWidget(view)
    view.resize(1000, 650)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    yield view
    ops.shutdown()


@pytest.fixture
def manager(qtbot: QtBot, stocked: Database) -> Iterator[InventoryView]:
    yield from _view(qtbot, stocked, "manager")


@pytest.fixture
def clerk(qtbot: QtBot, stocked: Database) -> Iterator[InventoryView]:
    yield from _view(qtbot, stocked, "clerk")


def _stock(db: Database, sku: str) -> StockView:
    with db.uow(SYSTEM, write=False) as uow:
        return stock.stock_view(uow, sku)


def _error_text(qtbot: QtBot, view: InventoryView) -> str:
    qtbot.waitUntil(lambda: bool(view.findChildren(QMessageBox)))
    return view.findChildren(QMessageBox)[-1].text()


def _detail(sku: str = "MUG", barcode: str = MUG) -> ProductView:
    return ProductView(id=1, sku=sku, name="Mug", barcode=barcode, price=Decimal("10.00"), cost=Decimal("2.00"),
                       weight_kg=None, length_cm=None, width_cm=None, height_cm=None, reorder_point=0,
                       reorder_qty=0, active=True, allow_negative=False, is_kit=False, needs_review=False,
                       version=1, components=())


def test_list_shows_stock_figures_and_the_low_stock_filter_keeps_products_below_reorder_point(
        qtbot: QtBot, manager: InventoryView, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = manager.model
    assert [[model.index(r, c).data() for c in (0, 3, 5, 7)] for r in range(2)] == [
        ["MUG", "5", "5", "0"], ["TEE", "1", "1", "3"]]
    qtmodeltester.check(model)
    assert manager.total.text() == "2 products"
    manager.low_stock.setChecked(True)
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, 0).data() == "TEE" and manager.total.text() == "1 product"
    qtbot.keyClicks(manager.search, "mu")
    manager.low_stock.setChecked(False)
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.index(0, 0).data() == "MUG")


def test_editor_refuses_a_barcode_with_a_wrong_check_digit_as_it_is_typed(qtbot: QtBot, stocked: Database) -> None:
    editor = ProductEditor(None, _actor(stocked, "manager"), _detail())
    qtbot.addWidget(editor)
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    editor.barcode.clear()
    qtbot.keyClicks(editor.barcode, "4006381333932")
    assert "wrong check digit" in editor.problem.text() and not save.isEnabled()
    editor.barcode.setText(MUG)
    assert editor.problem.text() == "" and save.isEnabled()


def test_a_bad_barcode_that_reaches_the_service_is_refused_with_its_message(
        qtbot: QtBot, manager: InventoryView, stocked: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ProductEditor, "ask", classmethod(
        lambda cls, parent, actor, detail: ProductInput("MUG", "Mug", barcode="4006381333932",
                                                        price=detail.price, cost=detail.cost)))
    manager.select("MUG")
    manager.edit()
    assert "wrong check digit" in _error_text(qtbot, manager)
    with stocked.uow(SYSTEM, write=False) as uow:
        assert catalog.get_product(uow, "MUG").barcode == MUG


def test_an_edit_of_a_product_changed_meanwhile_offers_reload(
        qtbot: QtBot, manager: InventoryView, stocked: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    def someone_else_saves_first(cls, parent, actor, detail):  # type: ignore[no-untyped-def]
        with stocked.uow(SYSTEM) as uow:
            catalog.update_product(uow, "MUG", ProductInput("MUG", "Big mug", barcode=MUG, price=detail.price,
                                                            cost=detail.cost))
            uow.commit()
        return ProductInput("MUG", "Small mug", barcode=MUG, price=detail.price, cost=detail.cost)
    monkeypatch.setattr(ProductEditor, "ask", classmethod(someone_else_saves_first))
    manager.select("MUG")
    manager.edit()
    assert "changed by someone else" in _error_text(qtbot, manager)
    box = manager.findChildren(QMessageBox)[-1]
    assert "Reload" in [b.text() for b in box.buttons()]


def test_receiving_against_a_purchase_order_books_the_units(
        qtbot: QtBot, manager: InventoryView, stocked: Database, monkeypatch: pytest.MonkeyPatch,
        qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    with stocked.uow(SYSTEM) as uow:
        po = stock.create_purchase_order(uow, "Mugs Inc", [("MUG", 10, Decimal("2.50"))])
        uow.commit()
    offered: list[str] = []

    def receive(cls, parent, sku, bins, lines):  # type: ignore[no-untyped-def]
        offered.extend(l.number for l in lines)
        return Receipt(4, "MAIN/STOCK", po)
    monkeypatch.setattr(ReceiveDialog, "ask", classmethod(receive))
    manager.select("MUG")
    manager.receive()
    qtbot.waitUntil(lambda: manager.model.rowCount() == 2 and manager.model.index(0, 3).data() == "9")
    assert offered == [po]
    assert (_stock(stocked, "MUG").on_hand, _stock(stocked, "MUG").incoming) == (9, 6)
    qtbot.waitUntil(lambda: manager.detail.history.rowCount() == 2)
    assert manager.detail.history.index(0, 7).data() == po
    qtmodeltester.check(manager.detail.history)
    qtmodeltester.check(manager.detail.locations)


def test_a_clerk_may_not_adjust_stock(qtbot: QtBot, clerk: InventoryView, stocked: Database,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    assert not clerk.buttons["adjust"].isEnabled()
    monkeypatch.setattr(AdjustDialog, "ask", classmethod(
        lambda cls, parent, sku, bins: Adjustment(-2, "damaged", "MAIN/STOCK", "dropped")))
    clerk.select("MUG")
    clerk.adjust()
    assert "may not adjust stock" in _error_text(qtbot, clerk)
    assert _stock(stocked, "MUG").on_hand == 5


def test_a_cycle_count_by_scanning_posts_the_difference(
        qtbot: QtBot, manager: InventoryView, stocked: Database, monkeypatch: pytest.MonkeyPatch,
        qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, parent, text: "2 differences" in text))
    panel = manager.count_panel
    manager.tabs.setCurrentWidget(panel)
    panel.start_button.click()
    qtbot.waitUntil(lambda: panel.scan.isEnabled() and bool(panel.bins))
    for code in ("STOCK", MUG, MUG, MUG):
        qtbot.keyClicks(panel.scan, code)
        qtbot.keyClick(panel.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(l.sku == "MUG" and l.counted == 3 for l in panel.model.rows))
    assert [(l.sku, l.expected, l.counted) for l in panel.model.rows] == [("MUG", 5, 3), ("TEE", 1, 0)]
    qtmodeltester.check(panel.model)
    with qtbot.waitSignal(panel.posted):
        panel.post_button.click()
    assert _stock(stocked, "MUG").on_hand == 3 and _stock(stocked, "TEE").on_hand == 0
    qtbot.waitUntil(lambda: manager.model.index(0, 3).data() == "3")


def test_the_product_editor_hides_prices_from_a_packer_and_saves_nothing(qtbot: QtBot, stocked: Database) -> None:
    editor = ProductEditor(None, _actor(stocked, "packer"), _detail())
    qtbot.addWidget(editor)
    editor.show()
    assert editor.price.isHidden() and editor.cost.isHidden()
    assert not editor.buttons.button(QDialogButtonBox.StandardButton.Save).isVisible()
    assert editor.sku.isReadOnly()


def test_sku_and_barcode_columns_are_wide_enough_for_a_gtin_14(manager: InventoryView) -> None:
    barcode = [field for _title, field in COLUMNS].index("barcode")
    assert manager.table.columnWidth(barcode) == fitted_width(manager.table, barcode, BARCODE_SAMPLE)
    assert manager.table.columnWidth(0) == fitted_width(manager.table, 0, SKU_SAMPLE)


def test_the_ledger_history_exports_as_shown_with_typed_cells(
        qtbot: QtBot, manager: InventoryView, stocked: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with stocked.uow(SYSTEM) as uow:
        stock.adjust(uow, "MUG", -2, "damaged", "MAIN/STOCK", note="dropped")
        uow.commit()
    target = tmp_path / "history.xlsx"
    monkeypatch.setattr(ListExportPath, "ask", classmethod(lambda cls, parent, suggested: target))
    manager.select("MUG")
    qtbot.waitUntil(lambda: manager.detail.history.rowCount() == 2)

    manager.detail.export_button.click()

    qtbot.waitUntil(lambda: "2 rows exported" in manager.total.text(), timeout=10000)
    header, *rows = load_workbook(target).active.iter_rows(values_only=True)
    headers, shown = manager.detail.history.shown()
    assert list(header) == headers and len(rows) == 2
    assert [row[2] for row in rows] == [value[2] for value in shown]
    assert isinstance(rows[0][0], datetime) and "Damaged" in [row[6] for row in rows]
