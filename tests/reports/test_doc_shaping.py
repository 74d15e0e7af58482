"""Arabic (shaped, right to left, mixed with Latin and digits) and Thai slips match reviewed
reference renderings, so a shaping or bidi regression fails.

To re-review after an intended change: run with PACKLINE_UPDATE_REFERENCES=1, look at the PNGs in
tests/reports/reference/ and commit them only if the text is right.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from doc_support import ARABIC, THAI, eur, render_pages, slip
from PIL import Image, ImageChops, ImageStat

from reports import packing_slip, text
from reports.packing_slip import SlipLine

REFERENCE = Path(__file__).parent / "reference"
DPI = 100
TOLERANCE = 0.5

CASES = {
    "slip_arabic": slip(ARABIC, (SlipLine("TS-01", "قميص قطني أزرق", 2, "A-01", eur("19.90"), eur("39.80")),
                                 SlipLine("MUG-7", "Mug «Città» 350 ml", 1, "B-07", eur("9.50"), eur("9.50"))),
                        customer_note="يرجى الاتصال قبل التوصيل 0501234567"),
    "slip_thai": slip(THAI, (SlipLine("TH-1", "ชาไทย ถุงใหญ่ น้ำตาลน้อย", 3, "C-2", eur("5"), eur("15")),),
                      customer_note="กรุณาโทรก่อนส่ง ขอบคุณครับ"),
}


def _render(name: str, pdf_bytes) -> Image.Image:
    return render_pages(pdf_bytes(packing_slip.build, CASES[name]), DPI)[0]


def _difference(a: Image.Image, b: Image.Image) -> float:
    """Mean absolute pixel difference (0-255) of two greyscale images of the same size."""
    assert a.size == b.size
    return ImageStat.Stat(ImageChops.difference(a, b)).mean[0]


@pytest.mark.parametrize("name", sorted(CASES))
def test_slip_matches_its_reviewed_reference_rendering(pdf_bytes, name):
    image = _render(name, pdf_bytes)
    path = REFERENCE / f"{name}.png"
    if os.environ.get("PACKLINE_UPDATE_REFERENCES") == "1":
        image.save(path)
    assert _difference(image, Image.open(path).convert("L")) < TOLERANCE


def test_the_comparison_catches_unshaped_arabic(pdf_bytes, monkeypatch):
    monkeypatch.setattr(text, "_needs_shaping", lambda char: False)
    text.runs.cache_clear()
    try:
        image = _render("slip_arabic", pdf_bytes)
    finally:
        text.runs.cache_clear()
    reference = Image.open(REFERENCE / "slip_arabic.png").convert("L")
    assert _difference(image, reference) > TOLERANCE


def test_arabic_runs_are_shaped_and_in_visual_order():
    pieces = text.runs("Flat 4B, برج النخيل", 10)
    assert [str(p.text)[:4] for p in pieces][0] == "Flat"
    assert pieces[1].font == "Arabic" and str(pieces[1].text) != "برج النخيل"
    assert "ﻞﻴﺨﻨﻟا" in str(pieces[1].text)


def test_arabic_indic_digits_keep_left_to_right_order():
    assert [str(p.text) for p in text.runs("الرياض ١٢٣٤٥", 10)][0] == "١٢٣٤٥"
