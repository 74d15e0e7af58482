"""Shipping label PDF: one page per package, page size exactly the label (4x6, 4x3 or A6)."""

from __future__ import annotations

from collections.abc import Iterable

from printing import layout
from printing.labels import SHIPPING_SIZES, ShippingLabel, label_size
from reports.label_pdf import draw_label
from reports.pdf import Output, new_canvas


def build(data: ShippingLabel | Iterable[ShippingLabel], out: Output, size: str = "4x6") -> None:
    """Write shipping label(s) as a PDF to ``out``; ``size`` is "4x6", "4x3" or "a6".
    Barcodes are validated before anything is written (InvalidBarcode)."""
    if size not in SHIPPING_SIZES:
        raise ValueError(f"Shipping labels are 4x6, 4x3 or a6, not {size!r}.")
    labels = [data] if isinstance(data, ShippingLabel) else list(data)
    dimensions = label_size(size)
    pages = [layout.shipping_label(label, dimensions) for label in labels]
    canvas = new_canvas(out, (dimensions.width_pt, dimensions.height_pt), "Shipping label")
    for items in pages:
        draw_label(canvas, items, dimensions)
    canvas.save()
