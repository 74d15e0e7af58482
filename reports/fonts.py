"""The bundled Noto fonts, registered with reportlab once per process.

Font names: ``Sans``, ``Sans-Bold``, ``Arabic``, ``Arabic-Bold``, ``Thai``, ``Thai-Bold``.
``register()`` is idempotent and thread-safe; every document builder calls it first.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from resources import FONTS

FAMILIES = {"Sans": "NotoSans", "Arabic": "NotoSansArabic", "Thai": "NotoSansThai"}
_lock = threading.Lock()
_registered = False


def font_name(family: str, bold: bool) -> str:
    """The registered reportlab name for ``family`` ("Sans", "Arabic", "Thai") and weight."""
    return f"{family}-Bold" if bold else family


def register() -> None:
    """Register the six bundled fonts with reportlab (once)."""
    global _registered
    with _lock:
        if _registered:
            return
        for family, stem in FAMILIES.items():
            for bold in (False, True):
                path = FONTS / f"{stem}-{'Bold' if bold else 'Regular'}.ttf"
                pdfmetrics.registerFont(TTFont(font_name(family, bold), str(path)))
        _registered = True
