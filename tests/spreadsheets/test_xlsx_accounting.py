"""The accounting workbook and the Xero/QuickBooks CSVs read back as an accountant expects."""

import csv
from dataclasses import replace
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.intake import parse_orders
from reports.spreadsheets import accounting, quickbooks, table_export, xero
from reports.spreadsheets.data import (
    AccountingData,
    InventoryRow,
    LineRow,
    OrderRow,
    PaymentRow,
    RefundRow,
    ShipmentRow,
    TaxRow,
)
from reports.spreadsheets.sheet import Column

D = Decimal
UTC = timezone.utc
TEMPLATE = (Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "accounting"
            / "xero_SalesInvoiceTemplate_header.csv")
INTAKE_FIXTURES = Path(__file__).resolve().parents[1] / "intake" / "fixtures"


def order(number, currency, total, day=1, cancelled=False):
    return OrderRow(number, "shopify", datetime(2025, 3, day, 12, tzinfo=UTC), "Ann Lee",
                    "ann@example.com", currency, total, D("0.00"), D("0.00"), D("0.00"),
                    total, total, D("0.00"), "paid", "fulfilled", cancelled, "CA")


def line(number, currency, price, quantity=1, day=1):
    return LineRow(number, datetime(2025, 3, day, 12, tzinfo=UTC), "SKU-" + number, "Thing",
                   quantity, price, D("0.00"), D("0.00"), "", None, currency)


@pytest.fixture
def data():
    return AccountingData(
        start=date(2025, 3, 1), end=date(2025, 3, 31),
        orders=(order("#1", "CAD", D("10.00")), order("#2", "EUR", D("20.00")),
                order("#3", "CAD", D("5.50"), day=2), order("#4", "CAD", D("99.00"),
                                                                 cancelled=True)),
        lines=(line("#1", "CAD", D("10.00")), line("#2", "EUR", D("10.00"), 2),
               line("#3", "CAD", D("5.50"), day=2), line("#4", "CAD", D("99.00"))),
        payments=(PaymentRow("#1", datetime(2025, 3, 1, tzinfo=UTC), "Stripe", "ch_1",
                             D("10.00"), "CAD"),),
        refunds=(RefundRow("#1", datetime(2025, 3, 2, tzinfo=UTC), "CN-1", "damaged",
                           D("8.00"), D("2.00"), D("0.00"), D("1.00"), "CAD"),),
        shipments=(ShipmentRow("#1", datetime(2025, 3, 1, tzinfo=UTC), "UPS", "Ground",
                               "1Z999", D("9.99"), D("7.50"), "CAD"),),
        taxes=(TaxRow("#1", datetime(2025, 3, 1, tzinfo=UTC), "GST", D("5"), D("10.00"),
                      D("0.50"), "CAD"),),
        inventory=(InventoryRow("MUG", "Mug", "A-1", 3, D("2.50"), "CAD"),
                   InventoryRow("MUG", "Mug", "EU-1", 2, D("3.00"), "EUR")),
    )


@pytest.fixture
def workbook(data, tmp_path):
    path = tmp_path / "accounts.xlsx"
    accounting.build(data, path)
    return load_workbook(path)


def test_workbook_has_every_sheet_with_frozen_filtered_headers(workbook):
    assert workbook.sheetnames == ["Orders", "Order lines", "Payments", "Refunds", "Shipping",
                                   "Daily summary", "Tax summary", "Inventory valuation"]
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref.startswith("A1:")
        assert sheet["A1"].font.b


def test_numbers_are_numbers_dates_are_dates_and_money_has_its_currency_format(workbook):
    orders = workbook["Orders"]
    header = [c.value for c in orders[1]]
    row = {h: c for h, c in zip(header, orders[2])}
    assert isinstance(row["Date"].value, datetime)
    assert isinstance(row["Total"].value, (int, float)) and row["Total"].value == 10
    assert "CAD" in row["Total"].number_format
    eur = {h: c for h, c in zip(header, orders[3])}
    assert "EUR" in eur["Total"].number_format
    assert orders.column_dimensions["A"].width > 0


def test_totals_rows_are_per_currency_and_never_mix_currencies(workbook):
    orders = workbook["Orders"]
    totals = {r[0].value: r for r in orders.iter_rows() if str(r[0].value).startswith("Total")}
    header = [c.value for c in orders[1]]
    total_column = header.index("Total")
    assert totals["Total CAD"][total_column].value == pytest.approx(114.50)
    assert totals["Total EUR"][total_column].value == pytest.approx(20.00)
    assert orders.auto_filter.ref == "A1:Q5"


def test_daily_summary_excludes_cancelled_orders_and_nets_refunds(workbook):
    summary = workbook["Daily summary"]
    header = [c.value for c in summary[1]]
    rows = [dict(zip(header, (c.value for c in r))) for r in summary.iter_rows(min_row=2)
            if r[1].value and r[0].value]
    first_cad = next(r for r in rows if r["Currency"] == "CAD" and r["Date"].day == 1)
    assert isinstance(first_cad["Date"], datetime)
    assert first_cad["Orders"] == 1 and first_cad["Gross sales"] == 10
    second_cad = next(r for r in rows if r["Currency"] == "CAD" and r["Date"].day == 2)
    assert second_cad["Refunds"] == 9 and second_cad["Net sales"] == pytest.approx(-3.5)
    eur = next(r for r in rows if r["Currency"] == "EUR")
    assert eur["Average order value"] == 20


def test_refund_total_subtracts_the_restocking_fee(workbook):
    refunds = workbook["Refunds"]
    header = [c.value for c in refunds[1]]
    row = dict(zip(header, (c.value for c in refunds[2])))
    assert row["Refunded"] == 9 and row["Restocking fee"] == 1


def test_shipping_sheet_shows_charged_against_label_cost(workbook):
    shipping = workbook["Shipping"]
    header = [c.value for c in shipping[1]]
    row = dict(zip(header, (c.value for c in shipping[2])))
    assert row["Margin"] == pytest.approx(2.49)


def test_inventory_valuation_totals_each_currency(workbook):
    sheet = workbook["Inventory valuation"]
    totals = {r[0].value: r[6].value for r in sheet.iter_rows() if
              str(r[0].value).startswith("Total")}
    assert totals == {"Total CAD": 7.5, "Total EUR": 6}


@pytest.mark.skipif(not TEMPLATE.exists(), reason="shared samples not present")
def test_xero_invoice_header_equals_the_template(data, tmp_path):
    path = tmp_path / "xero.csv"
    xero.build_invoices(data, xero.XeroSettings("200", "210", "220", "230", "240"), path)
    with open(TEMPLATE, newline="", encoding="utf-8-sig") as handle:
        expected = next(csv.reader(handle))
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == expected and len(expected) == 29
    assert {r[10] for r in rows[1:]} == {"#1", "#2", "#3"}


def test_xero_credit_notes_keep_the_refund_total(data, tmp_path):
    path = tmp_path / "credit.csv"
    xero.build_credit_notes(data, xero.XeroSettings("200", "210", "220", "230", "240"), path)
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert set(rows[0]) >= {"*CreditNoteNumber", "*CreditNoteDate"}
    assert sum(D(r["*UnitAmount"]) * int(r["*Quantity"]) for r in rows) == D("9.00")


def test_quickbooks_invoices_and_credit_memos_balance(data, tmp_path):
    settings = quickbooks.QuickBooksSettings()
    invoices, memos = tmp_path / "qb.csv", tmp_path / "qbcm.csv"
    quickbooks.build_invoices(data, settings, invoices)
    quickbooks.build_credit_memos(data, settings, memos)
    with open(invoices, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0])[:4] == ["InvoiceNo", "Customer", "InvoiceDate", "DueDate"]
    by_invoice = {}
    for row in rows:
        by_invoice[row["InvoiceNo"]] = by_invoice.get(row["InvoiceNo"], D(0)) + D(
            row["ItemAmount"])
    assert by_invoice == {"#1": D("10.00"), "#2": D("20.00"), "#3": D("5.50")}
    with open(memos, newline="", encoding="utf-8") as handle:
        assert sum(D(r["ItemAmount"]) for r in csv.DictReader(handle)) == D("9.00")


def test_text_from_shops_stays_text_never_a_formula_nor_a_broken_sheet(data, tmp_path):
    """A customer or product name that looks like a formula is written as the text it is, and
    control characters XML cannot carry become spaces instead of stopping the export."""
    orders = (replace(data.orders[0], customer_name='=HYPERLINK("http://x.example","win")'),
              replace(data.orders[1], customer_name="Ann\x0bLee"), *data.orders[2:])
    lines = (replace(data.lines[0], name="== SALE =="), *data.lines[1:])
    path = tmp_path / "accounts.xlsx"
    accounting.build(replace(data, orders=orders, lines=lines), path)
    book = load_workbook(path)
    customers = [row[3] for row in book["Orders"].iter_rows(min_row=2, max_row=3)]
    assert [(c.value, c.data_type) for c in customers] == [
        ('=HYPERLINK("http://x.example","win")', "s"), ("Ann Lee", "s")]
    product = book["Order lines"]["D2"]
    assert (product.value, product.data_type) == ("== SALE ==", "s")
    assert book["Orders"]["L2"].value == 10  # the rest of the row is still typed


def test_table_export_writes_typed_xlsx_and_bom_csv(tmp_path):
    columns = [Column("SKU"), Column("On hand", "int"), Column("Value", "money"),
               Column("Counted", "datetime")]
    rows = [("MUG", 3, D("7.50"), datetime(2025, 3, 1, 9, tzinfo=UTC))]
    assert table_export.write(rows, columns, tmp_path / "list.xlsx", currency="CAD") == 1
    sheet = load_workbook(tmp_path / "list.xlsx").active
    assert [c.value for c in sheet[2]][:3] == ["MUG", 3, 7.5]
    assert isinstance(sheet["D2"].value, datetime)
    table_export.write(rows, columns, tmp_path / "list.csv")
    text = (tmp_path / "list.csv").read_bytes()
    assert text.startswith(b"\xef\xbb\xbfSKU,On hand")
    assert b"MUG,3,7.50,2025-03-01 09:00:00" in text


def accounting_from(orders):
    """What the import-then-export path does: parsed orders to accounting rows."""
    rows, lines = [], []
    for o in orders:
        items = sum((ln.unit_price * ln.quantity for ln in o.lines), D("0.00"))
        rows.append(OrderRow(o.number, o.channel, o.ordered_at, o.customer_name, o.email,
                             o.currency, items, o.discount, o.shipping, o.tax, o.total, o.paid,
                             o.refunded, o.payment_status, o.fulfillment, o.cancelled))
        lines.extend(LineRow(o.number, o.ordered_at, ln.sku, ln.name, ln.quantity,
                             ln.unit_price, ln.discount, ln.tax, ln.tax_name or "",
                             ln.tax_rate, o.currency) for ln in o.lines)
    return AccountingData(date(2000, 1, 1), date(2100, 1, 1), tuple(rows), tuple(lines))


@pytest.mark.parametrize("name", ["shopify_quirks.csv", "woo_orders.csv", "etsy_items.csv"])
def test_parsed_totals_survive_the_round_trip_into_the_workbook(name, tmp_path):
    orders = parse_orders(INTAKE_FIXTURES / name).orders
    expected = {}
    for o in orders:
        expected[o.currency] = expected.get(o.currency, D(0)) + o.total
    accounting.build(accounting_from(orders), tmp_path / "round.xlsx")
    sheet = load_workbook(tmp_path / "round.xlsx")["Orders"]
    total_column = [c.value for c in sheet[1]].index("Total")
    found = {r[0].value.removeprefix("Total "): D(str(r[total_column].value))
             for r in sheet.iter_rows(min_row=2) if str(r[0].value).startswith("Total ")}
    assert found == {c: v.quantize(D("0.01")) for c, v in expected.items()}
