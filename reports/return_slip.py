"""Return slip (A4/Letter): the RMA number with its Code 128, who returns what and why, where to
send it and the shop's return instructions. The matching thermal label is
``reports.labels.build_rma_label`` / ``printing.zpl.rma_label``."""

from __future__ import annotations

from printing.barcodes import Symbology, validate
from printing.labels import RmaLabel
from reports import text
from reports.document import Company, draw_address, draw_header, page_format
from reports.pdf import Output, new_canvas
from reports.table import Column, Table


def build(data: RmaLabel, company: Company, out: Output, paper: str = "a4") -> None:
    """Write the return slip PDF for ``data`` (one page; long item lists continue on more)."""
    validate(Symbology.CODE128, data.rma_number)
    page = page_format(paper)
    canvas = new_canvas(out, (page.width, page.height), "Return slip")
    number = 1
    y = draw_header(canvas, page, company, "Return", data.rma_number, f"Order {data.order_ref}")
    half = page.content_width / 2
    left_bottom = draw_address(canvas, page.margin, y, "FROM", data.customer,
                               data.return_to.country, page.size, half - 12)
    right_bottom = draw_address(canvas, page.margin + half, y, "RETURN TO", data.return_to,
                                data.customer.country, page.size, half)
    w = page.content_width
    table = Table([Column("SKU", w * 0.2), Column("Item", w * 0.4), Column("Qty", w * 0.1, "right"),
                   Column("Reason", w * 0.3)], page.size)
    y = table.draw_header(canvas, page.margin, min(left_bottom, right_bottom) - page.size)
    for item in data.items:
        row = table.row([item.sku, item.name, str(item.quantity), item.reason])
        if y - row.height < page.margin:
            canvas.showPage()
            number += 1
            y = draw_header(canvas, page, company, "Return", data.rma_number, f"Page {number}")
            y = table.draw_header(canvas, page.margin, y)
        y = table.draw_row(canvas, page.margin, y, row)
    y -= page.size
    for line in text.wrap(data.instructions, page.size, w):
        y -= page.size * 1.4
        text.draw(canvas, page.margin, y, line, page.size)
    canvas.showPage()
    canvas.save()
