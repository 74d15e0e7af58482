"""ZPL labels print Arabic and Thai lines as graphics shaped by our own fonts, since the printer's
font has no such glyphs; Latin labels are unchanged.

The Arabic and Thai labels are rendered with zpl-renderer-js and compared with reviewed reference
renderings in tests/printing/reference/. To re-review after an intended change: run with
PACKLINE_UPDATE_REFERENCES=1, look at the PNGs (Arabic joined and right to left, Thai marks above
and below their consonants) and commit them only if the text is right. ``latin_labels.zpl`` is
the output of the ZPL renderer before graphics existed.
"""

from __future__ import annotations

import os
import re
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat
from zpl_support import decoded

from desktop.address import Address
from desktop.document_data import LabelData, ParcelData, ProductData, ReturnData, ReturnItem
from printing import layout, zpl
from printing.labels import ShippingLabel, label_size
from reports import context, raster_text, text

REFERENCE = Path(__file__).parent / "reference"
TOLERANCE = 0.5
TRACKING = "JD014600006281734589"
URL = f"https://track.example.com/{TRACKING}"
SHOP = Address(name="Packline Demo Shop", line1="Via Roma 12", city="Milano", region="MI",
               postal_code="20121", country="IT")
ARABIC = Address(name="محمد الأحمد", line1="شارع الشيخ زايد 14", line2="Villa 7، برج النخيل",
                 city="دبي", country="AE")
THAI = Address(name="สมชาย ใจดี", line1="99 ถนนสุขุมวิท", line2="อาคารที่ 2 ชั้น 5",
               city="กรุงเทพมหานคร", region="เขตคลองเตย", postal_code="10110", country="TH")
SHIP_TO = {"arabic": ARABIC, "thai": THAI}
FOREIGN = re.compile("[\u0600-\u06ff\u0e00-\u0e7f]")
GRAPHIC = re.compile(r"\^FO(\d+),(\d+)\^GFA,(\d+),(\d+),(\d+),([0-9A-F]*)\^FS")


def _label_data(ship_to: Address) -> LabelData:
    return LabelData("#1042", "S-1", SHOP, ship_to, "DHL", "Express Worldwide", TRACKING, URL,
                     (ParcelData(1, 2, Decimal("1.25")),), None, "")


def _label(script: str, dpi: int) -> bytes:
    return context.label_bytes(_label_data(SHIP_TO[script]), "zpl", "4x6", dpi)


def _graphics(label: bytes) -> list[tuple[int, int, int, int]]:
    """(x, y, width in bytes, rows) of every ``^GFA`` field, checking each is well formed."""
    found = []
    for x, y, total, again, per_row, hex_rows in GRAPHIC.findall(label.decode()):
        assert total == again and len(hex_rows) == 2 * int(total) and int(total) % int(per_row) == 0
        found.append((int(x), int(y), int(per_row), int(total) // int(per_row)))
    return found


def _difference(a: Image.Image, b: Image.Image) -> float:
    """Mean absolute pixel difference (0-255) of two greyscale images of the same size."""
    assert a.size == b.size
    return ImageStat.Stat(ImageChops.difference(a, b)).mean[0]


def _clear_caches() -> None:
    text.runs.cache_clear()
    raster_text.rasterise.cache_clear()


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("script", sorted(SHIP_TO))
def test_arabic_and_thai_lines_are_graphics_and_no_such_character_reaches_the_printer(script, dpi):
    label = _label(script, dpi)
    fields = re.findall(r"\^FD(.*?)\^FS", label.decode())
    assert not FOREIGN.search(label.decode())
    assert all(zpl.printer_font_shows(field) for field in fields)
    lines = [item.text for item in layout.shipping_label(context.shipping_labels(_label_data(SHIP_TO[script]))[0],
                                                         label_size("4x6")) if isinstance(item, layout.Text)]
    assert len(_graphics(label)) == sum(not zpl.printer_font_shows(line) for line in lines) >= 4
    assert ("UNITED ARAB EMIRATES" if script == "arabic" else "THAILAND") in fields


@pytest.mark.parametrize("script,dpi", [("arabic", 203), ("thai", 203), ("arabic", 300)])
def test_label_renders_scans_and_matches_its_reviewed_reference(zpl_renderer, script, dpi):
    image = zpl_renderer.render_label(_label(script, dpi), "4x6", dpi).convert("L")
    assert decoded(image) == [("Code128", TRACKING), ("QRCode", URL)]
    path = REFERENCE / f"label_{script}_{dpi}.png"
    if os.environ.get("PACKLINE_UPDATE_REFERENCES") == "1":
        image.save(path)
    assert _difference(image, Image.open(path).convert("L")) < TOLERANCE


def test_the_comparison_catches_unshaped_arabic(zpl_renderer, monkeypatch):
    monkeypatch.setattr(text, "_needs_shaping", lambda char: False)
    _clear_caches()
    try:
        label = _label("arabic", 203)
    finally:
        _clear_caches()
    image = zpl_renderer.render_label(label, "4x6", 203).convert("L")
    reference = Image.open(REFERENCE / "label_arabic_203.png").convert("L")
    assert _difference(image, reference) > TOLERANCE


def test_a_latin_label_is_byte_identical_to_the_printer_font_version(shipping, rma):
    def labels(raster) -> bytes:
        return (zpl.shipping_label(shipping, 203, "4x6", raster=raster)
                + zpl.shipping_label(shipping, 300, "4x3", raster=raster)
                + zpl.rma_label(rma, 203, "4x6", raster=raster))

    before = (REFERENCE / "latin_labels.zpl").read_bytes()
    assert labels(None) == before
    assert labels(raster_text.rasterise) == before
    assert b"^GFA" not in before


def test_at_300_dpi_the_graphics_are_sized_for_300_dpi():
    low, high = _graphics(_label("arabic", 203)), _graphics(_label("arabic", 300))
    width_300 = label_size("4x6").dots(300)[0]
    scale = 300 / 203
    assert len(low) == len(high) >= 4
    for (_, y1, bytes1, rows1), (x2, y2, bytes2, rows2) in zip(low, high):
        assert abs(rows2 - rows1 * scale) <= 3
        assert abs(bytes2 - bytes1 * scale) <= 1.5
        assert abs(y2 - y1 * scale) <= 3
        assert x2 + 8 * bytes2 <= width_300


def test_right_to_left_lines_end_at_the_right_edge_of_their_box_and_left_to_right_ones_start_at_the_left():
    label = ShippingLabel(SHOP, ARABIC, "DHL", "Express", Decimal("1"), "#1042", TRACKING)
    graphics = _graphics(zpl.shipping_label(label, raster=raster_text.rasterise))
    margin = round(layout.MARGIN * 203 / 25.4)
    right_edge = label_size("4x6").dots(203)[0] - margin
    starts = [x for x, _, _, _ in graphics]
    ends = [x + 8 * per_row for x, _, per_row, _ in graphics]
    assert starts.count(margin) == 1
    assert sum(right_edge <= end < right_edge + 8 for end in ends) == len(graphics) - 1


def test_product_and_rma_labels_from_the_context_print_thai_and_arabic_as_graphics(zpl_renderer):
    product = context.product_label(ProductData("TEA-1", "ชาไทย ถุงใหญ่", "4006381333931", Decimal("5"), "EUR"))
    products = context.product_labels_zpl([product], 203, "2.25x1.25")
    returns = context.rma_label_zpl(ReturnData("RMA-2024-0042", "#1042", ARABIC, SHOP,
                                               (ReturnItem("TS-01", "قميص قطني", 1, "مقاس صغير"),), ""), 203, "4x6")
    for label in (products, returns):
        assert _graphics(label) and not FOREIGN.search(label.decode())
    dims = label_size("2.25x1.25")
    assert decoded(zpl_renderer.render([(products, dims.width_mm, dims.height_mm, 203)])[0]) == [
        ("EAN13", "4006381333931")]
    assert decoded(zpl_renderer.render_label(returns, "4x6", 203)) == [("Code128", "RMA-2024-0042")]


@pytest.mark.parametrize("line,shown", [
    ("Ana-Maria Ștefănescu, București", True), ("Città «Centro» – 5 € • n°3", True),
    ("Łódź", True), ("Nguyễn", False), ("محمد", False), ("สมชาย", False), ("Bloc 3, ap. 14", True),
    ("e\u0301", False),
])
def test_the_printer_font_rule_keeps_latin_and_rasterises_other_scripts(line, shown):
    assert zpl.printer_font_shows(line) is shown
