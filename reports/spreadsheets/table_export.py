"""Export any on-screen list (what is shown, filters applied) to XLSX or CSV, streaming."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timezone, tzinfo
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from reports.spreadsheets.sheet import Column, Sheet, excel_time


def write(rows: Iterable[Sequence[object]], columns: Sequence[Column | str], out: str | Path,
          *, currency: str = "", title: str = "Export", tz: tzinfo = timezone.utc) -> int:
    """Write ``rows`` under ``columns`` to ``out``: ``.xlsx`` as a typed workbook (money in
    ``currency``'s format, frozen header, autofilter), anything else as UTF-8 CSV with a BOM
    so Excel reads accents. Rows are consumed one at a time. Returns the rows written."""
    columns = [c if isinstance(c, Column) else Column(c) for c in columns]
    out = Path(out)
    if out.suffix.lower() == ".xlsx":
        workbook = Workbook(write_only=True)
        sheet = Sheet(workbook, title, columns, tz)
        for row in rows:
            sheet.row(row, currency)
        sheet.finish()
        workbook.save(out)
        return sheet.rows - 1
    count = 0
    with open(out, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow([c.header for c in columns])
        for row in rows:
            writer.writerow([_csv_text(v, tz) for v in row])
            count += 1
    return count


def _csv_text(value: object, tz: tzinfo) -> object:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return excel_time(value, tz).isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return value
