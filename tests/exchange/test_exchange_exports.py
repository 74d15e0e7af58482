"""Accounting exports from imported orders: totals per currency match the source, typed cells, Xero's header."""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from desktop.auth import SYSTEM
from desktop.db.uow import Database
from desktop.intake import parse_orders
from desktop.services import exports
from reports.spreadsheets import accounting, xero
from tests.conftest import SHARED
from tests.exchange.helpers import FIXTURES, import_file
from tests.factories import product

TEMPLATE = SHARED / "samples" / "accounting" / "xero_SalesInvoiceTemplate_header.csv"


def _workbook(db: Database, out: Path):
    with db.uow(SYSTEM, write=False) as uow:
        accounting.build(exports.accounting_data(uow, date(2025, 1, 1), date.today()), out)
    return load_workbook(out)


def _orders_sheet_totals(book) -> dict[str, Decimal]:
    sheet = book["Orders"]
    header = [c.value for c in sheet[1]]
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for row in sheet.iter_rows(min_row=2, values_only=True):
        if row[0] and str(row[0]).startswith("#"):
            totals[row[header.index("Currency")]] += Decimal(str(row[header.index("Total")]))
    return dict(totals)


def test_exported_order_totals_per_currency_match_the_imported_file(any_db: Database, tmp_path: Path) -> None:
    import_file(any_db, "shop_v2.csv")
    source: dict[str, Decimal] = defaultdict(Decimal)
    for order in parse_orders(FIXTURES / "shop_v2.csv").orders:
        source[order.currency] += order.total
    assert _orders_sheet_totals(_workbook(any_db, tmp_path / "a.xlsx")) == dict(source)


def test_the_workbook_reads_back_with_numbers_dates_and_the_refund(any_db: Database, tmp_path: Path) -> None:
    product(any_db, "MUG-1", stock_qty=4)
    import_file(any_db, "shop_v1.csv")
    import_file(any_db, "shop_v2.csv")
    book = _workbook(any_db, tmp_path / "a.xlsx")
    assert {"Orders", "Order lines", "Payments", "Refunds", "Inventory valuation"} <= set(book.sheetnames)
    first = [c.value for c in book["Orders"][2]]
    assert isinstance(first[2], datetime) and isinstance(first[11], (int, float))
    refunds = [r for r in book["Refunds"].iter_rows(min_row=2, values_only=True) if r[0] == "#5001"]
    assert refunds and refunds[0][-1] == 15
    valuation = [r for r in book["Inventory valuation"].iter_rows(min_row=2, values_only=True) if r[0] == "MUG-1"]
    assert valuation[0][3] == 4 and valuation[0][6] == 8


def test_the_xero_csv_header_equals_the_template(db: Database, tmp_path: Path) -> None:
    import_file(db, "shop_v1.csv")
    out = tmp_path / "x.csv"
    with db.uow(SYSTEM, write=False) as uow:
        xero.build_invoices(exports.accounting_data(uow, date(2025, 3, 1), date(2025, 3, 31)),
                            exports.xero_settings(uow), out)
    with open(out, newline="", encoding="utf-8-sig") as handle:
        header = next(csv.reader(handle))
    expected = TEMPLATE.read_text(encoding="utf-8-sig").splitlines()[0].split(",") if TEMPLATE.exists() \
        else list(xero.INVOICE_HEADER)
    assert header == expected
    with open(out, newline="", encoding="utf-8-sig") as handle:
        accounts = {row["*AccountCode"] for row in csv.DictReader(handle)}
    assert accounts == {"200"}


def test_the_orders_list_export_honours_the_filters(db: Database, tmp_path: Path) -> None:
    import_file(db, "shop_v2.csv")
    with db.uow(SYSTEM, write=False) as uow:
        rows = list(exports.order_rows(uow, exports.OrderFilter(channel="shopify", start=date(2025, 3, 21),
                                                                end=date(2025, 3, 23))))
        cancelled = list(exports.order_rows(uow, exports.OrderFilter(statuses=("cancelled",))))
    assert [r[0] for r in rows] == ["#5002", "#5004"]
    assert [r[0] for r in cancelled] == ["#5005"]
