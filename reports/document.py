"""Page geometry and shared blocks (header with logo, address blocks) of page documents.

Units are points; y grows upwards (reportlab). Pages are "a4", "letter" or "4x6".
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop.address import Address
from printing.address import format_address
from printing.barcodes import Symbology
from reports import barcodes, text


@dataclass(frozen=True, slots=True)
class Company:
    """The shop as printed on documents. ``logo_png`` is PNG/JPEG bytes (drawn at most 48 pt
    high), owned by the caller and only read."""

    name: str
    address: Address
    logo_png: bytes | None = None
    email: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class Page:
    """A paper format: size and margin in points, base type size, whether it is a small label."""

    width: float
    height: float
    margin: float
    size: float
    compact: bool

    @property
    def content_width(self) -> float:
        return self.width - 2 * self.margin


PAGES = {
    "a4": Page(A4[0], A4[1], 36.0, 9.0, False),
    "letter": Page(LETTER[0], LETTER[1], 36.0, 9.0, False),
    "4x6": Page(288.0, 432.0, 12.0, 7.0, True),
}


def page_format(key: str) -> Page:
    """The page for ``key`` ("a4", "letter", "4x6"); ValueError names the known ones."""
    try:
        return PAGES[key.lower()]
    except KeyError:
        raise ValueError(f"Unknown paper {key!r}; use a4, letter or 4x6.") from None


_logo_cache: dict[bytes, ImageReader] = {}


def _logo(data: bytes) -> ImageReader:
    reader = _logo_cache.get(data)
    if reader is None:
        reader = _logo_cache[data] = ImageReader(BytesIO(data))
    return reader


def draw_header(canvas: Canvas, page: Page, company: Company, title: str, number: str,
                page_label: str) -> float:
    """Draw logo, company, the document title, ``number`` with a Code 128 of it, and the page
    label at the top of the page. Returns the y below the header."""
    top = page.height - page.margin
    left = page.margin
    size = page.size
    if company.logo_png:
        logo = _logo(company.logo_png)
        logo_w, logo_h = logo.getSize()
        height = 24.0 if page.compact else 48.0
        width = logo_w * height / logo_h
        canvas.drawImage(logo, left, top - height, width, height, mask="auto")
        left += width + 6
    y = top - size * 1.3
    text.draw(canvas, left, y, company.name, size * 1.3, bold=True)
    if not page.compact:
        lines = format_address(company.address, company.address.country)
        for line in lines[1:] if lines and lines[0] == company.name else lines:
            y -= size * 1.2
            text.draw(canvas, left, y, line, size * 0.9)
        contact = "  ".join(p for p in (company.email, company.phone) if p)
        if contact:
            y -= size * 1.2
            text.draw(canvas, left, y, contact, size * 0.9)
    right = page.width - page.margin
    text.draw(canvas, right, top - size * 1.5, title, size * 1.6, bold=True, align="right")
    text.draw(canvas, right, top - size * 3.0, f"{number}", size * 1.2, bold=True, align="right")
    bar_height = 18.0 if page.compact else 28.0
    bar_bottom = top - size * 3.6 - bar_height
    dots = barcodes.module_dots(Symbology.CODE128, number, page.content_width / 2)
    bar_width = barcodes.linear_width(Symbology.CODE128, number, dots)
    barcodes.draw_linear(canvas, Symbology.CODE128, number, right - bar_width, bar_bottom,
                         bar_height, bar_width + 1, text_size=0, preferred=dots)
    text.draw(canvas, right, bar_bottom - size * 1.4, page_label, size * 0.9, align="right")
    bottom = min(y, bar_bottom - size * 1.8) - size * 0.8
    canvas.setLineWidth(1)
    canvas.line(page.margin, bottom, page.width - page.margin, bottom)
    return bottom - size


def draw_address(canvas: Canvas, x: float, y: float, caption: str, address: Address,
                 origin_country: str, size: float, width: float) -> float:
    """Draw a captioned address block laid out for its country; an address whose name or first
    street line is right-to-left is right-aligned as a block within ``width``. Returns the y
    below the block."""
    text.draw(canvas, x, y - size, caption, size * 0.85, bold=True)
    y -= size * 1.3
    rtl = text.is_rtl(address.name) or text.is_rtl(address.line1)
    for index, line in enumerate(format_address(address, origin_country)):
        y -= size * 1.35
        if rtl:
            text.draw(canvas, x + width, y, line, size * 1.15, bold=index == 0, align="right")
        else:
            text.draw(canvas, x, y, line, size * 1.15, bold=index == 0)
    return y - size * 0.8
