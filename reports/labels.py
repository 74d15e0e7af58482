"""Product, bin and RMA label PDFs: one label per page at the label's exact size, or product
labels on an A4 sheet of 3x8 (70x37 mm cells, the common "24 per sheet" stock)."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from printing import layout
from printing.labels import BinLabel, LabelSize, ProductLabel, RmaLabel, label_size
from reports.label_pdf import draw_items, draw_label
from reports.pdf import Output, new_canvas

SHEET = "a4-3x8"
_CELL = LabelSize("a4-cell", 70.0, 37.125)


def _single(items: list[list[layout.Element]], size: LabelSize, out: Output, title: str) -> None:
    canvas = new_canvas(out, (size.width_pt, size.height_pt), title)
    for page in items:
        draw_label(canvas, page, size)
    canvas.save()


def _sheet(items: list[list[layout.Element]], out: Output, title: str) -> None:
    canvas = new_canvas(out, A4, title)
    for index, cell in enumerate(items):
        slot = index % 24
        if index and not slot:
            canvas.showPage()
        canvas.saveState()
        canvas.translate((slot % 3) * _CELL.width_mm * mm, -(slot // 3) * _CELL.height_mm * mm)
        draw_items(canvas, cell, A4[1])
        canvas.restoreState()
    canvas.showPage()
    canvas.save()


def build_product_labels(labels: ProductLabel | Iterable[ProductLabel], out: Output,
                         size: str = "2.25x1.25") -> None:
    """Product labels as PDF: ``size`` "2.25x1.25", "2x1" (one label per page) or "a4-3x8".
    Check digits are validated before anything is written (InvalidBarcode)."""
    data = [labels] if isinstance(labels, ProductLabel) else list(labels)
    dimensions = _CELL if size == SHEET else label_size(size)
    pages = [layout.product_label(label, dimensions) for label in data]
    if size == SHEET:
        _sheet(pages, out, "Product labels")
    else:
        _single(pages, dimensions, out, "Product labels")


def build_bin_labels(labels: BinLabel | Iterable[BinLabel], out: Output,
                     size: str = "2.25x1.25") -> None:
    """Bin labels as PDF, one per page of ``size`` (any label size) or on an "a4-3x8" sheet."""
    data = [labels] if isinstance(labels, BinLabel) else list(labels)
    dimensions = _CELL if size == SHEET else label_size(size)
    pages = [layout.bin_label(label, dimensions) for label in data]
    if size == SHEET:
        _sheet(pages, out, "Bin labels")
    else:
        _single(pages, dimensions, out, "Bin labels")


def build_rma_label(data: RmaLabel, out: Output, size: str = "4x6") -> None:
    """An RMA (return) label as a PDF page of ``size`` ("4x6", "4x3" or "a6")."""
    dimensions = label_size(size)
    _single([layout.rma_label(data, dimensions)], dimensions, out, "Return label")
