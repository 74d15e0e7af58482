"""Render format-neutral label layouts (``printing.layout``) onto PDF pages.

One page per label, the page exactly the label size in points (4x6 in = 288x432 pt). Layout
millimetres are converted to points and flipped (layout y grows down, PDF y grows up). Text that is
wider than its box in the real font is drawn smaller so nothing is clipped.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from printing import layout
from printing.labels import LabelSize
from reports import barcodes, text

TEXT_SCALE = 0.92


def _text(canvas: Canvas, item: layout.Text, page_height: float) -> None:
    size = item.height * mm * TEXT_SCALE
    room = item.width * mm
    natural = text.width(item.text, size, item.bold)
    if natural > room:
        size *= room / natural
    baseline = page_height - item.y * mm - item.height * mm * 0.78
    if text.is_rtl(item.text):
        text.draw(canvas, (item.x + item.width) * mm, baseline, item.text, size,
                  bold=item.bold, align="right")
    else:
        text.draw(canvas, item.x * mm, baseline, item.text, size, bold=item.bold)


def _rule(canvas: Canvas, item: layout.Rule, page_height: float) -> None:
    top = page_height - item.y * mm
    if item.frame:
        canvas.setLineWidth(0.4 * mm)
        canvas.rect(item.x * mm, top - item.height * mm, item.width * mm, item.height * mm,
                    stroke=1, fill=0)
    else:
        canvas.rect(item.x * mm, top - item.height * mm, item.width * mm, item.height * mm,
                    stroke=0, fill=1)


def draw_items(canvas: Canvas, items: list[layout.Element], page_height: float) -> None:
    """Draw layout elements on the current page of ``canvas`` (page height in points)."""
    canvas.setFillGray(0)
    canvas.setStrokeGray(0)
    for item in items:
        if isinstance(item, layout.Text):
            _text(canvas, item, page_height)
        elif isinstance(item, layout.Rule):
            _rule(canvas, item, page_height)
        elif isinstance(item, layout.Barcode):
            bottom = page_height - (item.y + item.height) * mm
            barcodes.draw_linear(canvas, item.symbology, item.value, item.x * mm, bottom,
                                 item.height * mm, item.width * mm, text_size=layout.BARCODE_TEXT * mm * 0.8)
        else:
            bottom = page_height - (item.y + item.size) * mm
            barcodes.draw_qr(canvas, item.value, item.x * mm, bottom, item.size * mm)


def draw_label(canvas: Canvas, items: list[layout.Element], size: LabelSize) -> None:
    """Draw one label filling the current page and end the page."""
    draw_items(canvas, items, size.height_pt)
    canvas.showPage()
