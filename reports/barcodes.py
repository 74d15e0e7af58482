"""Vector barcodes on a reportlab canvas, drawn from python-barcode's encoded pattern.

Module widths are whole numbers of 203-dpi dots (``DOT`` points each) and bars start on the
203-dpi dot grid of the page, so a thermal printer or a 203-dpi rendering reproduces every bar
exactly. Coordinates are PDF points, y is the bottom of the bars.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from printing.barcodes import Symbology, encode, qr_matrix
from reports import text

DOT = 72 / 203
TEXT_GAP = 1.5


def _snap(value: float) -> float:
    return round(value / DOT) * DOT


def module_dots(symbology: Symbology, value: str, max_width: float, preferred: int = 3) -> int:
    """Largest module width in 203-dpi dots, at most ``preferred``, at which the barcode and its
    quiet zones fit ``max_width`` points. Raises ValueError if even one dot is too wide."""
    code = encode(symbology, value)
    fit = int(max_width / DOT) // (len(code.modules) + 2 * code.quiet_zone)
    if fit < 1:
        raise ValueError(f"Barcode {value!r} is too long to fit in {max_width:.0f} pt.")
    return min(preferred, fit)


def linear_width(symbology: Symbology, value: str, dots: int) -> float:
    """Width in points of the barcode including quiet zones at ``dots`` per module."""
    code = encode(symbology, value)
    return (len(code.modules) + 2 * code.quiet_zone) * dots * DOT


def draw_linear(canvas: Canvas, symbology: Symbology, value: str, x: float, y: float,
                height: float, max_width: float, *, text_size: float = 8.0,
                preferred: int = 3) -> float:
    """Draw a linear barcode whose quiet zone starts at ``x``, bars from ``y`` up ``height``
    points, its value centred below in ``text_size`` type (0 for none). Returns the total
    width used (quiet zones included). Validates the value first (InvalidBarcode)."""
    code = encode(symbology, value)
    dots = module_dots(symbology, value, max_width, preferred)
    module = dots * DOT
    left = _snap(x) + code.quiet_zone * module
    bottom = _snap(y)
    path = canvas.beginPath()
    for start, length in code.bars():
        path.rect(left + start * module, bottom, length * module, height)
    canvas.setFillGray(0)
    canvas.drawPath(path, stroke=0, fill=1)
    if text_size:
        centre = left + len(code.modules) * module / 2
        text.draw(canvas, centre, bottom - TEXT_GAP - text_size * 0.8, code.text, text_size,
                  align="centre")
    return (len(code.modules) + 2 * code.quiet_zone) * module


def draw_qr(canvas: Canvas, value: str, x: float, y: float, max_size: float) -> float:
    """Draw a QR code (4-module quiet zone included) with its bottom-left corner at (x, y),
    modules a whole number of 203-dpi dots, no larger than ``max_size`` points. Returns its size."""
    matrix = qr_matrix(value)
    count = len(matrix) + 8
    dots = max(1, int(max_size / DOT) // count)
    module = dots * DOT
    left, top = _snap(x) + 4 * module, _snap(y) + (count - 4) * module
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        for col_index, dark in enumerate(row):
            if dark:
                path.rect(left + col_index * module, top - (row_index + 1) * module, module, module)
    canvas.setFillGray(0)
    canvas.drawPath(path, stroke=0, fill=1)
    return count * module
