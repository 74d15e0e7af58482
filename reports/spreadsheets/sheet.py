"""Streaming a typed table into a write-only openpyxl worksheet.

``Sheet`` writes a bold, frozen header row with an autofilter and set column widths, then one
row per ``row()`` call. Each column has a kind; money cells get the number format of the
row's currency, dates a date format. Styled cells are reused per (column, currency), so
styling costs almost nothing over writing bare values: openpyxl serialises each row as soon as
it is appended.

Text is written as text, whatever it holds (it comes from shop exports and customers): a text
starting with ``=`` stays a string, never a formula (openpyxl would write ``=HYPERLINK(...)`` or
``== SALE ==`` as a formula, which Excel runs or reports as a broken workbook), and control
characters that XML cannot carry become spaces (openpyxl would refuse the row half-written).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone, tzinfo
from decimal import Decimal
from typing import Literal

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

Kind = Literal["text", "int", "number", "money", "percent", "date", "datetime"]
ZERO_DECIMAL_CURRENCIES = frozenset({"JPY", "KRW", "VND", "CLP", "ISK", "HUF", "TWD", "UGX"})
FORMATS: dict[str, str] = {
    "text": "@", "int": "0", "number": "#,##0.###", "percent": "0.00%",
    "date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm",
}
DEFAULT_WIDTHS: dict[str, float] = {
    "text": 18, "int": 9, "number": 12, "money": 14, "percent": 9, "date": 12, "datetime": 17,
}


def money_format(currency: str) -> str:
    """Excel number format showing ``currency``'s code: ``[$CAD] #,##0.00``."""
    digits = "#,##0" if currency in ZERO_DECIMAL_CURRENCIES else "#,##0.00"
    return f"[${currency}] {digits};-[${currency}] {digits}" if currency else digits


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its header, the kind of values it holds and its width in characters."""

    header: str
    kind: Kind = "text"
    width: float | None = None


def excel_time(value: datetime, tz: tzinfo) -> datetime:
    """Excel has no time zones: show an aware timestamp as wall-clock time in ``tz``."""
    if value.tzinfo is None:
        return value
    return value.astimezone(tz).replace(tzinfo=None)


class Sheet:
    """A write-only worksheet being filled row by row; call ``finish()`` once at the end."""

    def __init__(self, workbook: Workbook, title: str, columns: Sequence[Column],
                 tz: tzinfo = timezone.utc) -> None:
        self.sheet = workbook.create_sheet(title)
        self.columns = tuple(columns)
        self.tz = tz
        self.rows = 1
        self._templates: dict[tuple[int, str], WriteOnlyCell] = {}
        self._by_currency: dict[str, list[WriteOnlyCell | None]] = {}
        self._kinds = tuple(c.kind for c in self.columns)
        self._plain = tuple(kind == "text" for kind in self._kinds)
        for number, column in enumerate(self.columns, start=1):
            width = column.width or max(DEFAULT_WIDTHS[column.kind], len(column.header) + 2)
            self.sheet.column_dimensions[get_column_letter(number)].width = width
        self.sheet.freeze_panes = "A2"
        bold = Font(bold=True)
        header = []
        for column in self.columns:
            cell = WriteOnlyCell(self.sheet, column.header)
            cell.font = bold
            header.append(cell)
        self.sheet.append(header)

    def _template(self, position: int, currency: str) -> WriteOnlyCell:
        """The styled cell reused for column ``position`` (money: in ``currency``), made on first use."""
        kind = self._kinds[position]
        key = (position, currency if kind == "money" else "")
        template = self._templates.get(key)
        if template is None:
            template = WriteOnlyCell(self.sheet)
            template.number_format = money_format(currency) if kind == "money" else FORMATS[kind]
            self._templates[key] = template
        return template

    def _row_template(self, position: int, currency: str) -> WriteOnlyCell:
        """``_template``, remembered in the row's per-currency list of templates."""
        templates = self._by_currency[currency]
        template = templates[position]
        if template is None:
            template = templates[position] = self._template(position, currency)
        return template

    def row(self, values: Sequence[object], currency: str = "", *, bold: bool = False,
            currencies: Mapping[int, str] | None = None) -> None:
        """Append one row; ``values`` follow the columns, None leaves a cell empty. Money cells
        use ``currency`` unless ``currencies`` names another for their 0-based position."""
        templates = self._by_currency.get(currency)
        if templates is None:
            templates = self._by_currency[currency] = [None] * len(self.columns)
        cells: list[object] = []
        for position, (plain, value) in enumerate(zip(self._plain, values)):
            if value is None or (isinstance(value, str) and not value):
                cells.append(None)
                continue
            if isinstance(value, str) and (value[0] == "=" or ILLEGAL_CHARACTERS_RE.search(value)):
                cells.append(self._literal(value, bold))
                continue
            if isinstance(value, datetime):
                value = excel_time(value, self.tz)
            elif plain:
                cells.append(value)
                continue
            if currencies and position in currencies:
                cell = self._template(position, currencies[position])
            else:
                cell = templates[position] or self._row_template(position, currency)
            cell.value = value
            cells.append(_bold_copy(self.sheet, cell) if bold else cell)
        self.sheet.append(cells)
        self.rows += 1

    def _literal(self, text: str, bold: bool) -> WriteOnlyCell:
        """A cell holding ``text`` as a string (never a formula), control characters made spaces."""
        cell = WriteOnlyCell(self.sheet, ILLEGAL_CHARACTERS_RE.sub(" ", text))
        cell.data_type = "s"
        if bold:
            cell.font = Font(bold=True)
        return cell

    def finish(self, data_rows: int | None = None) -> None:
        """Set the autofilter over the header and the first ``data_rows`` rows (all by default)."""
        last_row = 1 + (self.rows - 1 if data_rows is None else data_rows)
        last_column = get_column_letter(len(self.columns))
        self.sheet.auto_filter.ref = f"A1:{last_column}{last_row}"


def _bold_copy(sheet, template: WriteOnlyCell) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, template.value)
    cell.number_format = template.number_format
    cell.font = Font(bold=True)
    return cell


def totals_by_currency(rows: Iterable[tuple[str, Sequence[Decimal]]],
                       width: int) -> dict[str, list[Decimal]]:
    """Sum ``width`` money columns per currency: ``[(currency, amounts), ...]`` ->
    ``{currency: [sum0, sum1, ...]}``. Different currencies are never added together."""
    sums: dict[str, list[Decimal]] = {}
    for currency, amounts in rows:
        bucket = sums.setdefault(currency, [Decimal(0)] * width)
        for index, amount in enumerate(amounts):
            bucket[index] += amount
    return sums


def as_date(value: date | datetime, tz: tzinfo) -> date:
    """The calendar day of ``value`` in ``tz``."""
    if isinstance(value, datetime):
        return excel_time(value, tz).date()
    return value
