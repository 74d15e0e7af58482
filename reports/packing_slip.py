"""Packing slip: what is in the box, for the customer and the packer.

``build(slips, out, paper)`` writes one or many slips into one PDF. Each slip starts on a new
page, repeats its header (logo, company, order number with Code 128, page n of m) on every page
and shows prices and totals only when the order is not a gift and the shop does not hide them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from reportlab.pdfgen.canvas import Canvas

from desktop.address import Address
from printing.barcodes import Symbology, validate
from printing.labels import Money
from printing.money import format_money
from reports import text
from reports.document import Company, Page, draw_address, draw_header, page_format
from reports.pdf import Output, new_canvas
from reports.table import Column, Row, Table


@dataclass(frozen=True, slots=True)
class SlipLine:
    """One item in the box. ``unit_price`` and ``line_total`` are shown only with prices."""

    sku: str
    name: str
    quantity: int
    bin: str = ""
    unit_price: Money | None = None
    line_total: Money | None = None


@dataclass(frozen=True, slots=True)
class PackingSlip:
    """Everything printed on one order's slip. ``totals`` are (label, amount) pairs such as
    ("Subtotal", ...), ("Shipping", ...), ("Total", ...); the last is printed bold."""

    company: Company
    order_number: str
    order_date: date
    ship_to: Address
    lines: tuple[SlipLine, ...]
    totals: tuple[tuple[str, Money], ...] = field(default_factory=tuple)
    is_gift: bool = False
    hide_prices: bool = False
    customer_note: str = ""
    thank_you: str = ""
    return_instructions: str = ""
    locale: str = "en"

    @property
    def shows_prices(self) -> bool:
        return not (self.is_gift or self.hide_prices)


def _table(slip: PackingSlip, page: Page) -> Table:
    w = page.content_width
    size = page.size
    if page.compact:
        columns = [Column("SKU", w * 0.28), Column("Item", w * 0.58), Column("Qty", w * 0.14, "right")]
    elif slip.shows_prices:
        columns = [Column("SKU", w * 0.16), Column("Item", w * 0.35), Column("Bin", w * 0.15),
                   Column("Qty", w * 0.08, "right"), Column("Price", w * 0.13, "right"),
                   Column("Total", w * 0.13, "right")]
    else:
        columns = [Column("SKU", w * 0.2), Column("Item", w * 0.56), Column("Bin", w * 0.14),
                   Column("Qty", w * 0.1, "right")]
    return Table(columns, size)


def _values(slip: PackingSlip, line: SlipLine, page: Page) -> list[str]:
    if page.compact:
        return [line.sku, line.name, str(line.quantity)]
    values = [line.sku, line.name, line.bin, str(line.quantity)]
    if slip.shows_prices:
        values += [format_money(m, slip.locale) if m else "" for m in (line.unit_price, line.line_total)]
    return values


def _footer_lines(slip: PackingSlip, page: Page) -> list[tuple[str, bool]]:
    """(text, bold) lines printed after the items: totals, note, thank-you, returns."""
    width = page.content_width
    lines: list[tuple[str, bool]] = []
    if slip.shows_prices:
        for index, (label, amount) in enumerate(slip.totals):
            lines.append((f"{label}: {format_money(amount, slip.locale)}", index == len(slip.totals) - 1))
    if slip.is_gift:
        lines.append(("A gift for you: prices are not shown.", True))
    for caption, body in (("Note", slip.customer_note), ("", slip.thank_you),
                          ("Returns", slip.return_instructions)):
        if body:
            wrapped = text.wrap(f"{caption}: {body}" if caption else body, page.size, width)
            lines.extend((line, False) for line in wrapped)
    return lines


_Entry = tuple[float, Row | tuple[str, bool]]


def _paginate(entries: list[_Entry], first: float, other: float) -> list[list[_Entry]]:
    """Split measured entries (item rows, then footer lines) into pages: ``first``/``other`` are
    the heights in points available on the first and on later pages. Footer lines flow onto as
    many pages as they need, so a footer longer than a page is never clipped."""
    pages: list[list[_Entry]] = [[]]
    room = first
    for entry in entries:
        if entry[0] > room and pages[-1]:
            pages.append([])
            room = other
        pages[-1].append(entry)
        room -= entry[0]
    return pages


def _draw_slip(canvas: Canvas, slip: PackingSlip, page: Page) -> None:
    validate(Symbology.CODE128, slip.order_number)
    table = _table(slip, page)
    entries: list[_Entry] = [(row.height, row) for row in
                             (table.row(_values(slip, line, page)) for line in slip.lines)]
    line_height = page.size * 1.4
    for index, line in enumerate(_footer_lines(slip, page)):
        entries.append((line_height + (page.size if index == 0 else 0.0), line))
    header_height = (64.0 if page.compact else 110.0) + table.line + 4
    address_height = page.size * 1.35 * 8 + page.size * 3
    body = page.height - 2 * page.margin - header_height
    pages = _paginate(entries, body - address_height, body)
    for number, page_entries in enumerate(pages, start=1):
        label = f"{slip.order_date.isoformat()}   Page {number} of {len(pages)}"
        y = draw_header(canvas, page, slip.company, "Packing slip", slip.order_number, label)
        if number == 1:
            y = draw_address(canvas, page.margin, y, "SHIP TO", slip.ship_to,
                             slip.company.address.country, page.size, page.content_width)
        if number == 1 or isinstance(page_entries[0][1], Row):
            y = table.draw_header(canvas, page.margin, y)
        for height, entry in page_entries:
            if isinstance(entry, Row):
                y = table.draw_row(canvas, page.margin, y, entry)
                continue
            y -= height
            line, bold = entry
            if text.is_rtl(line):
                text.draw(canvas, page.width - page.margin, y, line, page.size, bold=bold, align="right")
            else:
                text.draw(canvas, page.margin, y, line, page.size, bold=bold)
        canvas.showPage()


def build(slips: PackingSlip | Iterable[PackingSlip], out: Output, paper: str = "a4") -> None:
    """Write one slip, or many (streamed from an iterable, in the order given), as one PDF.
    ``paper`` is "a4", "letter" or "4x6". Raises InvalidBarcode for an unprintable order number."""
    page = page_format(paper)
    canvas = new_canvas(out, (page.width, page.height), "Packing slips")
    for slip in [slips] if isinstance(slips, PackingSlip) else slips:
        _draw_slip(canvas, slip, page)
    canvas.save()
