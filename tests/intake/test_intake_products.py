"""Catalogues and stock sheets."""

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from desktop.intake import parse_products, parse_stock

FIXTURES = Path(__file__).parent / "fixtures"


def test_shopify_variants_become_products_and_image_rows_are_ignored():
    result = parse_products(FIXTURES / "shopify_products.csv")
    assert result.format == "shopify-products"
    assert [p.sku for p in result.products] == ["MUG-S", "MUG-L", "cap"]
    small, large, cap = result.products
    assert small.name == "Big Mug - Small" and small.barcode == "8720602828605"
    assert small.weight_kg == Decimal("0.35") and small.cost == Decimal("3.10")
    assert large.barcode is None and large.quantity == -2 and large.active
    assert cap.barcode == "VT-1586" and not cap.active


def test_bad_check_digit_and_missing_sku_are_reported_per_row():
    result = parse_products(FIXTURES / "shopify_products.csv")
    located = {(p.line, p.column, p.severity) for p in result.problems}
    assert (3, "Variant Barcode", "warning") in located
    assert (5, "Variant SKU", "warning") in located


def test_portuguese_woocommerce_headers_are_understood_and_parents_skipped():
    result = parse_products(FIXTURES / "woo_products_ptbr.csv")
    assert result.format == "woocommerce-products"
    assert [(p.sku, p.price, p.quantity, p.active) for p in result.products] == [
        ("CAM-P", Decimal("49.90"), 20, True), ("woo-67", Decimal("30.00"), 5, False)]


def test_stock_sheet_with_semicolons_reports_each_bad_row():
    result = parse_stock(FIXTURES / "stock_semicolon.csv")
    assert [(r.sku, r.quantity, r.location) for r in result.stock] == [("MUG-S", 4, "A-01")]
    assert [(p.line, p.column) for p in result.problems] == [(3, "Quantity"), (4, "SKU"),
                                                             (5, "Quantity")]


def test_adding_stock_accepts_negative_corrections():
    result = parse_stock(FIXTURES / "stock_semicolon.csv", mode="add")
    assert [(r.sku, r.quantity, r.mode) for r in result.stock] == [
        ("MUG-S", 4, "add"), ("MUG-L", -1, "add")]


def test_xlsx_stock_sheet_uses_row_numbers_and_native_numbers(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Item", "Qty", "Bin"])
    sheet.append(["A-1", 3.0, "X1"])
    sheet.append([None, None, None])
    sheet.append([4001, "lots", "X2"])
    path = tmp_path / "count.xlsx"
    workbook.save(path)
    result = parse_stock(path)
    assert [(r.sku, r.quantity, r.source_line) for r in result.stock] == [("A-1", 3, 2)]
    assert [(p.line, p.value) for p in result.problems] == [(4, "lots")]
