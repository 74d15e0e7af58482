"""Joining finished PDF documents into one (pypdfium2); safe on any thread (it holds
:data:`reports.raster_text.PDFIUM_LOCK`)."""

from __future__ import annotations

import io
from collections.abc import Sequence

import pypdfium2 as pdfium

from reports.raster_text import PDFIUM_LOCK


def merge_pdfs(documents: Sequence[bytes]) -> bytes:
    """The pages of ``documents`` in order, as one PDF (a single document is returned as is)."""
    if len(documents) == 1:
        return documents[0]
    with PDFIUM_LOCK:
        merged = pdfium.PdfDocument.new()
        for data in documents:
            merged.import_pages(pdfium.PdfDocument(data))
        out = io.BytesIO()
        merged.save(out)
        return out.getvalue()
