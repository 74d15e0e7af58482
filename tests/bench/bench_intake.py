"""Benchmark: Shopify import parsing and XLSX export against bare baselines in the same run.

Run with ``.venv/bin/python tests/bench/bench_intake.py [ROWS]``. Prints rows/s and ratios:
parser vs a bare ``csv.DictReader`` pass over the same 100,000-row export; the whole import
(parse + database, one transaction on a fresh SQLite file; median of three interleaved runs) vs a bare ``csv.DictReader`` pass
plus ``executemany`` of the same rows into a plain table (targets >= 5,000 rows/s, <= 4x); and the
accounting "Order lines" writer vs a bare openpyxl write-only loop writing the same cells (the
same values with the same number formats: currency, date and number, one reused ``WriteOnlyCell``
per format, the cheapest way openpyxl's documented API writes a formatted cell), median of three
interleaved runs, with tracemalloc peaks. For comparison it also prints the ratio against the same
values written without their formats, which are not the same cells.
"""

from __future__ import annotations

import csv
import statistics
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from openpyxl import Workbook  # noqa: E402
from openpyxl.cell import WriteOnlyCell  # noqa: E402
from openpyxl.styles import Font  # noqa: E402

from desktop.auth import SYSTEM  # noqa: E402
from desktop.db.migrate import upgrade  # noqa: E402
from desktop.db.uow import Database  # noqa: E402
from desktop.intake import parse_orders  # noqa: E402
from desktop.services.intake import import_orders  # noqa: E402
from reports.spreadsheets.accounting import _list_sheet  # noqa: E402
from reports.spreadsheets.data import LineRow  # noqa: E402
from reports.spreadsheets.sheet import FORMATS, Column, money_format  # noqa: E402

ROWS = 100_000
HEADER = ("Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,"
          "Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,"
          "Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,"
          "Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,"
          "Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,"
          "Billing Address1,Billing Address2,Billing Company,Billing City,Billing Zip,"
          "Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,"
          "Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,"
          "Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,"
          "Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,"
          "Outstanding Balance,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,"
          "Tax 1 Value").split(",")


def generate(path: Path, rows: int) -> None:
    """A Shopify export: orders of 1-3 lines, order fields on first rows only."""
    start = datetime(2025, 1, 1, tzinfo=timezone(timedelta(hours=-7)))
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        written, number = 0, 1000
        while written < rows:
            number += 1
            count = min(1 + number % 3, rows - written)
            created = (start + timedelta(minutes=number)).strftime("%Y-%m-%d %H:%M:%S %z")
            for index in range(count):
                first = index == 0
                row = dict.fromkeys(HEADER, "")
                row.update({"Name": f"#{number}", "Email": f"c{number}@example.com",
                            "Created at": created, "Lineitem quantity": "2",
                            "Lineitem name": f"Product {index}", "Lineitem price": "19.95",
                            "Lineitem sku": f"SKU-{number % 500}-{index}",
                            "Lineitem discount": "0.00", "Lineitem requires shipping": "true",
                            "Lineitem taxable": "true", "Lineitem fulfillment status": "pending",
                            "Vendor": "Shop"})
                if first:
                    total = Decimal("39.90") * count + Decimal("5.00")
                    row.update({
                        "Financial Status": "paid", "Fulfillment Status": "unfulfilled",
                        "Currency": "CAD", "Subtotal": f"{Decimal('39.90') * count}",
                        "Shipping": "5.00", "Taxes": "0.00", "Total": f"{total}",
                        "Discount Amount": "0.00", "Shipping Method": "Post",
                        "Billing Name": "Ann Lee", "Billing Address1": "1 Main St",
                        "Billing City": "Toronto", "Billing Zip": "M4W 3G9",
                        "Billing Country": "CA", "Shipping Name": "Ann Lee",
                        "Shipping Address1": "1 Main St", "Shipping City": "Toronto",
                        "Shipping Zip": "M4W 3G9", "Shipping Country": "CA",
                        "Notes": "Leave at door\nThanks", "Refunded Amount": "0.00",
                        "Outstanding Balance": "0.00", "Id": str(number * 7),
                        "Tax 1 Name": "HST 13%", "Tax 1 Value": "0.00",
                    })
                writer.writerow(row.values())
            written += count


def timed(function):
    """(result, seconds) of one untraced call."""
    began = time.perf_counter()
    result = function()
    return result, time.perf_counter() - began


def peak(function) -> float:
    """Peak traced allocation of one call, in MiB (tracemalloc slows the call a lot)."""
    tracemalloc.start()
    function()
    top = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return top / 2**20


def dictreader_pass(path: Path) -> int:
    with open(path, newline="", encoding="utf-8") as handle:
        return sum(1 for _ in csv.DictReader(handle))


def bench_import(directory: Path) -> None:
    path = directory / "orders_export.csv"
    generate(path, ROWS)
    rows, bare = timed(lambda: dictreader_pass(path))
    _, bare = timed(lambda: dictreader_pass(path))
    result, parsed = timed(lambda: parse_orders(path, "shopify"))
    problems = len(result.problems)
    print(f"import: {rows} rows, {len(result.orders)} orders, {problems} problems")
    print(f"  csv.DictReader  {bare:6.2f} s  {rows / bare:9.0f} rows/s")
    print(f"  parse_orders    {parsed:6.2f} s  {rows / parsed:9.0f} rows/s  "
          f"ratio {parsed / bare:.2f}x")


def bare_load(path: Path, database: Path) -> int:
    """The baseline: DictReader plus one executemany of every row into a plain table."""
    connection = sqlite3.connect(database)
    connection.execute(f"CREATE TABLE rows ({', '.join(f'c{i} TEXT' for i in range(len(HEADER)))})")
    with open(path, newline="", encoding="utf-8") as handle:
        rows = [tuple(row.values()) for row in csv.DictReader(handle)]
    marks = ", ".join("?" * len(HEADER))
    connection.executemany(f"INSERT INTO rows VALUES ({marks})", rows)
    connection.commit()
    connection.close()
    return len(rows)


def full_import(path: Path, db: Database) -> int:
    """Parse and import into ``db`` in one committed transaction."""
    with db.uow(SYSTEM) as uow:
        report = import_orders(uow, parse_orders(path, "shopify"), file=path.name)
        uow.commit()
    assert report.applied, report.errors[:3]
    return report.count("new")


def bench_database(directory: Path, rows: int) -> None:
    """Median of three interleaved runs, each into a new database file (the machine's disk and
    other load vary from run to run)."""
    path = directory / "db_orders_export.csv"
    generate(path, rows)
    bares: list[float] = []
    ours: list[float] = []
    for run in range(3):
        count, bare = timed(lambda: bare_load(path, directory / f"bare{run}.sqlite3"))
        bares.append(bare)
        db = Database(f"sqlite:///{directory / f'ours{run}.sqlite3'}")
        upgrade(db.engine)
        orders, elapsed = timed(lambda: full_import(path, db))
        ours.append(elapsed)
        db.dispose()
    bare, mine = statistics.median(bares), statistics.median(ours)
    ratios = sorted(o / b for o, b in zip(ours, bares))
    print(f"import into the database: {count} rows, {orders} orders (median of 3 interleaved runs)")
    print(f"  DictReader+executemany {bare:6.2f} s  {count / bare:9.0f} rows/s")
    print(f"  parse+import           {mine:6.2f} s  {count / mine:9.0f} rows/s  "
          f"ratio {mine / bare:.2f}x, per run {ratios[0]:.2f}-{ratios[-1]:.2f}x "
          "(targets >= 5000 rows/s, <= 4x)")


def line_rows(count: int) -> list[LineRow]:
    moment = datetime(2025, 3, 1, 12, tzinfo=timezone.utc)
    return [LineRow(f"#{1000 + i // 2}", moment, f"SKU-{i % 500}", f"Product {i % 97}", 2,
                    Decimal("19.95"), Decimal("0.00"), Decimal("1.20"), "GST 5%", Decimal("5"),
                    "CAD") for i in range(count)]


COLUMNS = [Column("Order"), Column("Date", "datetime"), Column("SKU"), Column("Product"),
           Column("Quantity", "int"), Column("Currency"), Column("Unit price", "money"),
           Column("Gross", "money"), Column("Discount", "money"), Column("Net", "money"),
           Column("Tax", "money"), Column("Tax name"), Column("Tax rate %", "number")]


def cells(ln: LineRow) -> list[object]:
    return [ln.order_number, ln.ordered_at.replace(tzinfo=None), ln.sku, ln.name, ln.quantity,
            ln.currency, ln.unit_price, ln.gross, ln.discount, ln.net, ln.tax, ln.tax_name,
            ln.tax_rate]


def bare_values(lines: list[LineRow], out: Path) -> None:
    """The same values without their formats (not the same cells; printed for comparison)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Order lines")
    sheet.append([c.header for c in COLUMNS])
    for ln in lines:
        sheet.append(cells(ln))
    workbook.save(out)


def bare_cells(lines: list[LineRow], out: Path) -> None:
    """The baseline: the same cells as the accounting sheet (bold header; each value with its
    number format), through one reused ``WriteOnlyCell`` per formatted column."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Order lines")
    header = []
    for column in COLUMNS:
        cell = WriteOnlyCell(sheet, column.header)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    formatted: list[WriteOnlyCell | None] = []
    for column in COLUMNS:
        if column.kind == "text":
            formatted.append(None)
            continue
        cell = WriteOnlyCell(sheet)
        cell.number_format = money_format("CAD") if column.kind == "money" else FORMATS[column.kind]
        formatted.append(cell)
    for ln in lines:
        row: list[object] = []
        for cell, value in zip(formatted, cells(ln)):
            if cell is None:
                row.append(value)
            else:
                cell.value = value
                row.append(cell)
        sheet.append(row)
    workbook.save(out)


def our_export(lines: list[LineRow], out: Path) -> None:
    workbook = Workbook(write_only=True)
    _list_sheet(workbook, "Order lines", COLUMNS, ((cells(ln), ln.currency) for ln in lines),
                (6, 7, 8, 9, 10), timezone.utc)
    workbook.save(out)


def bench_export(directory: Path) -> None:
    lines = line_rows(ROWS)
    runs: dict[str, list[float]] = {"values": [], "cells": [], "ours": []}
    for _ in range(3):
        runs["values"].append(timed(lambda: bare_values(lines, directory / "values.xlsx"))[1])
        runs["cells"].append(timed(lambda: bare_cells(lines, directory / "cells.xlsx"))[1])
        runs["ours"].append(timed(lambda: our_export(lines, directory / "ours.xlsx"))[1])
    values, bare, ours = (statistics.median(runs[k]) for k in ("values", "cells", "ours"))
    print(f"export: {ROWS} order lines (median of 3 interleaved runs)")
    print(f"  bare, same cells  {bare:6.2f} s  {ROWS / bare:9.0f} rows/s")
    print(f"  accounting        {ours:6.2f} s  {ROWS / ours:9.0f} rows/s  "
          f"ratio {ours / bare:.2f}x (target <= 1.3x)")
    print(f"  bare, values only {values:6.2f} s  {ROWS / values:9.0f} rows/s  "
          f"(accounting {ours / values:.2f}x of it; no formats, so not the same cells)")
    small, large = lines[:ROWS // 10], lines
    print(f"  accounting peak {peak(lambda: our_export(small, directory / 's.xlsx')):.2f} MiB "
          f"at {len(small)} lines, {peak(lambda: our_export(large, directory / 'l.xlsx')):.2f} "
          f"MiB at {len(large)} lines (input rows allocated beforehand)")


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else ROWS
    with tempfile.TemporaryDirectory() as directory:
        bench_import(Path(directory))
        bench_database(Path(directory), rows)
        bench_export(Path(directory))


if __name__ == "__main__":
    main()
