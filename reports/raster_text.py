"""Lines of text as 1-bit bitmaps for thermal printers, shaped exactly like the PDF documents.

``rasterise`` is the ``printing.layout.Rasteriser`` that ``printing.zpl`` uses for lines its
printer font cannot show (Arabic, Thai, ...). The line is drawn with ``reports.text`` (bidi runs,
HarfBuzz shaping, the bundled Noto fonts) on a one-line PDF page sized to the text, at the same
type size and baseline as ``reports.label_pdf`` uses for the PDF label, rendered with pypdfium2 at
the printer's dpi and thresholded at 50 % grey. Inputs are millimetres and dpi; the result is
in printer dots. Results are cached; safe to call from any thread (pdfium itself is not
thread-safe, so rendering is serialised).
"""

from __future__ import annotations

import io
import math
import threading
from functools import lru_cache

import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from printing.layout import Bitmap
from reports import text
from reports.label_pdf import TEXT_SCALE

BASELINE = 0.78
"""Baseline position below the top of the text box, as a fraction of its height (as in the PDF
label)."""
PADDING_DOTS = 1
"""Blank dots left and right of the text, so glyphs overhanging their advance are not cut."""
OVERHANG = 0.6
"""Room drawn above and below the text box, as a fraction of its height, for Thai marks stacked
above and Arabic descenders and dots below; the bitmap is then trimmed to the inked rows."""
PDFIUM_LOCK = threading.Lock()
"""pdfium is not thread-safe: every use of pypdfium2 in the program holds this lock."""


def _dots(length_mm: float, dpi: int) -> int:
    return round(length_mm * dpi / 25.4)


def _page(line: str, size_pt: float, bold: bool, width_pt: float, height_pt: float,
          baseline_pt: float, left_pt: float) -> bytes:
    """A one-page PDF ``width_pt`` x ``height_pt`` with ``line`` drawn at ``size_pt``, its
    baseline ``baseline_pt`` below the top edge and its left edge at ``left_pt``."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width_pt, height_pt), invariant=1, pageCompression=0)
    text.draw(canvas, left_pt, height_pt - baseline_pt, line, size_pt, bold=bold)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _grey(pdf: bytes, dpi: int) -> Image.Image:
    """The first page of ``pdf`` as a greyscale image at ``dpi`` (white background)."""
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(pdf)
        try:
            return document[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        finally:
            document.close()


@lru_cache(maxsize=4096)
def rasterise(line: str, height_mm: float, bold: bool, dpi: int, max_width_mm: float) -> Bitmap:
    """``line`` as drawn in a label text box ``height_mm`` tall and ``max_width_mm`` wide, at the
    PDF label's type size and baseline: as wide as the shaped text plus ``PADDING_DOTS`` each
    side, at most the box width (text wider than the box is drawn smaller, as in the PDF label),
    and trimmed to its inked rows, ``top`` dots below the top of the box."""
    box_dots = max(1, _dots(max_width_mm, dpi))
    above = _dots(height_mm * OVERHANG, dpi)
    height_dots = _dots(height_mm, dpi) + 2 * above
    size = height_mm * mm * TEXT_SCALE
    natural = text.width(line, size, bold)
    room = max(1, box_dots - 2 * PADDING_DOTS) * 72 / dpi
    if natural > room:
        size *= room / natural
        natural = room
    width_dots = min(box_dots, math.ceil(natural * dpi / 72) + 2 * PADDING_DOTS)
    pdf = _page(line, size, bold, width_dots * 72 / dpi, height_dots * 72 / dpi,
                above * 72 / dpi + height_mm * mm * BASELINE, PADDING_DOTS * 72 / dpi)
    canvas = Image.new("L", (width_dots, height_dots), 255)
    canvas.paste(_grey(pdf, dpi), (0, 0))
    black = canvas.point(lambda grey: 255 if grey < 128 else 0, mode="1")
    inked = black.getbbox()
    first, last = (inked[1], inked[3]) if inked else (above, above + 1)
    rows = black.crop((0, first, width_dots, last))
    return Bitmap(width_dots, last - first, first - above, rows.tobytes(), text.is_rtl(line))
