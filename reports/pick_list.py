"""Pick list for a batch of orders: items aggregated by SKU in bin walk order, each line with a
Code 128 of its SKU, then one section per order. A4 or Letter; header repeated on every page,
pages numbered "n of m"."""

from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from printing.barcodes import Symbology, validate
from reports import barcodes, text
from reports.document import Company, Page, draw_header, page_format
from reports.pdf import Output, new_canvas
from reports.table import Column, Table


@dataclass(frozen=True, slots=True)
class PickItem:
    """One order line to pick. ``walk_order`` is the bin's position on the picking route."""

    order_number: str
    sku: str
    name: str
    quantity: int
    bin: str
    walk_order: int = 0


@dataclass(frozen=True, slots=True)
class PickList:
    """A batch to pick; ``batch_id`` is printed with a barcode in the header."""

    company: Company
    batch_id: str
    items: tuple[PickItem, ...]


@dataclass(frozen=True, slots=True)
class PickLine:
    """Aggregated quantity of one SKU in one bin, with the orders it goes to."""

    bin: str
    walk_order: int
    sku: str
    name: str
    quantity: int
    orders: tuple[str, ...]


def aggregate(items: tuple[PickItem, ...]) -> list[PickLine]:
    """Sum quantities per (bin, SKU), sorted by walk order, then bin, then SKU."""
    groups: dict[tuple[str, str], list[PickItem]] = defaultdict(list)
    for item in items:
        groups[(item.bin, item.sku)].append(item)
    lines = [
        PickLine(bin_, min(i.walk_order for i in group), sku, group[0].name,
                 sum(i.quantity for i in group), tuple(dict.fromkeys(i.order_number for i in group)))
        for (bin_, sku), group in groups.items()
    ]
    return sorted(lines, key=lambda line: (line.walk_order, line.bin, line.sku))


_BAR_ROW = 34.0


def _draw(canvas: Canvas, page: Page, data: PickList, table: Table, total: int | None) -> int:
    """Draw the whole list on ``canvas`` and return its page count. Page labels read "Page n of
    ``total``" (just "Page n" while counting, when ``total`` is None). An order whose items do
    not fit on one page continues on the next under "Order X (continued)"."""
    number = 0

    def new_page() -> float:
        nonlocal number
        if number:
            canvas.showPage()
        number += 1
        label = f"Page {number}" if total is None else f"Page {number} of {total}"
        return draw_header(canvas, page, data.company, "Pick list", data.batch_id, label)

    w = page.content_width
    y = table.draw_header(canvas, page.margin, new_page())
    for line in aggregate(data.items):
        row = table.row([line.bin, line.sku, line.name, str(line.quantity), ", ".join(line.orders)])
        if y - row.height - _BAR_ROW < page.margin:
            y = table.draw_header(canvas, page.margin, new_page())
        y = table.draw_row(canvas, page.margin, y, row)
        barcodes.draw_linear(canvas, Symbology.CODE128, line.sku, page.margin + w * 0.12,
                             y - 22, 20, w * 0.5, text_size=0, preferred=2)
        y -= _BAR_ROW - 6
    by_order: dict[str, list[PickItem]] = defaultdict(list)
    for item in data.items:
        by_order[item.order_number].append(item)
    step = page.size * 1.4
    for order, items in by_order.items():
        if y - page.size * 2 - step * min(len(items), 3) < page.margin:
            y = new_page()
        y -= page.size * 2
        text.draw(canvas, page.margin, y, f"Order {order}", page.size * 1.2, bold=True)
        for item in sorted(items, key=lambda i: (i.walk_order, i.bin)):
            if y - step < page.margin:
                y = new_page() - page.size * 2
                text.draw(canvas, page.margin, y, f"Order {order} (continued)", page.size * 1.2, bold=True)
            y -= step
            where = f"  [{item.bin}]" if item.bin else "  [not allocated]"
            text.draw(canvas, page.margin + 12, y, f"{item.quantity} x {item.sku}  {item.name}{where}", page.size)
    canvas.showPage()
    return number


def build(data: PickList, out: Output, paper: str = "a4") -> None:
    """Write the pick list PDF, pages numbered "n of m" (counted in a first pass on a scratch
    canvas). Every SKU and the batch id are validated as Code 128 first."""
    validate(Symbology.CODE128, data.batch_id)
    for item in data.items:
        validate(Symbology.CODE128, item.sku)
    page = page_format(paper)
    w = page.content_width
    table = Table([Column("Bin", w * 0.12), Column("SKU", w * 0.18), Column("Item", w * 0.30),
                   Column("Qty", w * 0.07, "right"), Column("Orders", w * 0.33)], page.size)
    total = _draw(new_canvas(io.BytesIO(), (page.width, page.height), "Pick list"), page, data, table, None)
    canvas = new_canvas(out, (page.width, page.height), "Pick list")
    _draw(canvas, page, data, table, total)
    canvas.save()
