"""Import and export dialogs: preview lists orders and problems, import keeps the good ones, export writes files."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QDate
from sqlalchemy import select

import factories
from desktop.auth import SYSTEM
from desktop.models import Order, Product
from desktop.services import stock
from tests.exchange.helpers import FIXTURES, import_file
from ui.intake import ExportDialog, ImportDialog
from ui.intake.mapping import MappingDialog, saved_profiles

INTAKE_FIXTURES = Path(__file__).resolve().parents[1] / "intake" / "fixtures"


def test_preview_lists_every_order_and_problem_and_writes_nothing(qtbot, db, make_ops) -> None:
    dialog = ImportDialog(make_ops())
    qtbot.addWidget(dialog)
    dialog.path.setText(str(FIXTURES / "shop_broken.csv"))
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.orders.rowCount() == 2 and dialog.problems.rowCount() >= 2, timeout=10000)
    assert dialog.problems.item(0, 1).text() == "3" and dialog.problems.item(0, 3).text() == "twenty"
    assert dialog.import_button.isEnabled()
    with db.uow(SYSTEM, write=False) as uow:
        assert uow.session.scalars(select(Order)).all() == []


def test_importing_the_good_orders_skips_the_bad_ones(qtbot, db, make_ops) -> None:
    dialog = ImportDialog(make_ops())
    qtbot.addWidget(dialog)
    dialog.path.setText(str(FIXTURES / "shop_broken.csv"))
    dialog.preview_button.click()
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10000)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.import_button.click()
    with db.uow(SYSTEM, write=False) as uow:
        assert sorted(uow.session.scalars(select(Order.number))) == ["#6001", "#6004"]


def test_a_saved_mapping_profile_is_offered_by_name(qtbot, make_ops) -> None:
    mapping_dialog = MappingDialog(["Order", "Date", "Qty"])
    qtbot.addWidget(mapping_dialog)
    mapping_dialog.name.setText("Market stall")
    mapping_dialog.choices["order_id"].setCurrentText("Order")
    mapping_dialog.accept()
    assert saved_profiles()["Market stall"].columns == {"order_id": "Order"}
    dialog = ImportDialog(make_ops())
    qtbot.addWidget(dialog)
    assert dialog.format.findText("Mapping: Market stall") >= 0


def test_the_export_dialog_writes_the_accounting_workbook(qtbot, db, make_ops, tmp_path: Path) -> None:
    import_file(db, "shop_v1.csv")
    dialog = ExportDialog(make_ops())
    qtbot.addWidget(dialog)
    dialog.start.setDate(QDate(2025, 3, 1))
    dialog.end.setDate(QDate(2025, 3, 31))
    dialog.out.setText(str(tmp_path / "books.xlsx"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "Saved" in dialog.status.text(), timeout=10000)
    assert "4 orders" in dialog.status.text()
    assert "Orders" in load_workbook(tmp_path / "books.xlsx").sheetnames


def test_a_catalogue_imports_from_the_window_with_a_preview_first(qtbot, db, make_ops) -> None:
    dialog = ImportDialog(make_ops(), kind="products")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Import products" and not dialog.map_button.isVisible()
    dialog.path.setText(str(INTAKE_FIXTURES / "shopify_products.csv"))
    dialog.preview_button.click()
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10000)
    with db.uow(SYSTEM, write=False) as uow:
        assert uow.session.scalars(select(Product)).all() == []
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.import_button.click()
    with db.uow(SYSTEM, write=False) as uow:
        assert len(uow.session.scalars(select(Product)).all()) == dialog.last_report.count("new") > 0


def test_a_stock_sheet_sets_quantities_from_the_window(qtbot, db, make_ops) -> None:
    factories.bin_(db, "A-01")
    factories.product(db, "MUG-S")
    dialog = ImportDialog(make_ops(), kind="stock")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(INTAKE_FIXTURES / "stock_semicolon.csv"))
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.orders.rowCount() > 0, timeout=10000)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.import_button.click()
    with db.uow(SYSTEM, write=False) as uow:
        assert stock.stock_view(uow, "MUG-S").on_hand == 4
