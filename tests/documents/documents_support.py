"""Reading generated documents back: PDF pages rendered at 203 dpi (pypdfium2), their text
layer, and barcodes read with zxing-cpp."""

from __future__ import annotations

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image


def render_pages(pdf: bytes, dpi: int = 203) -> list[Image.Image]:
    """Every page of ``pdf`` as a greyscale image at ``dpi`` (pypdfium2)."""
    return [page.render(scale=dpi / 72, grayscale=True).to_pil() for page in pdfium.PdfDocument(pdf)]


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Page sizes in points."""
    return [tuple(round(v, 2) for v in page.get_size()) for page in pdfium.PdfDocument(pdf)]


def page_texts(pdf: bytes) -> list[str]:
    """The text layer of every page."""
    return [page.get_textpage().get_text_range() for page in pdfium.PdfDocument(pdf)]


def decoded(image: Image.Image) -> set[str]:
    """The values of every barcode zxing-cpp reads in ``image``."""
    return {b.text for b in zxingcpp.read_barcodes(image)}


def decoded_pdf(pdf: bytes) -> set[str]:
    return set().union(*(decoded(page) for page in render_pages(pdf)))
