"""Every barcode in every generated PDF decodes at 203 dpi; label pages are exactly label size."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from doc_support import ARABIC, COMPANY, ROMANIAN, SHOP, THAI, decoded, eur, page_sizes, render_pages, slip

from printing.barcodes import InvalidBarcode, Symbology
from printing.labels import BinLabel, ProductLabel, RmaItem, RmaLabel, ShippingLabel
from reports import labels, packing_slip, pick_list, return_slip, shipping_label
from reports.packing_slip import SlipLine
from reports.pick_list import PickItem, PickList

SHIPPING = ShippingLabel(SHOP, ROMANIAN, "DHL", "Express", Decimal("1.2"), "#1042",
                         "1Z999AA10123456784", 2, 3, "https://track.example.com/1Z999AA10123456784")
OWN_DELIVERY = replace(SHIPPING, ship_to=ARABIC, carrier="Own delivery", barcode_value="SHP-000123",
                       tracking_url="")
PRODUCTS = [
    ProductLabel("Organic cotton T-shirt", "TS-NAVY-XL", "4006381333931", Symbology.EAN13, eur("19.90")),
    ProductLabel("Mug", "MUG-350", "036000291452", Symbology.UPCA),
    ProductLabel("Sticker", "STK-1", "96385074", Symbology.EAN8),
    ProductLabel("ชาไทย", "TEA-TH-1", "TEA-TH-1", Symbology.CODE128, eur("4.50")),
]
RMA = RmaLabel("RMA-2024-0042", "#1042", ROMANIAN, SHOP, (RmaItem("TS-1", "T-shirt", 1, "too small"),),
               "Pack the item in its original box.")
LINES = tuple(SlipLine(f"SKU-{n:03d}", f"Product {n} with a long descriptive name", 1 + n % 3, f"A-{n:02d}",
                       eur("9.90"), eur("9.90")) for n in range(45))
POINTS = {"4x6": (288.0, 432.0), "4x3": (288.0, 216.0), "a6": (297.64, 419.53),
          "2.25x1.25": (162.0, 90.0), "2x1": (144.0, 72.0)}


def _expected(product: ProductLabel) -> tuple[str, str]:
    if product.symbology is Symbology.UPCA:
        return ("EAN13", "0" + product.barcode_value)
    return ({Symbology.EAN13: "EAN13", Symbology.EAN8: "EAN8"}.get(product.symbology, "Code128"),
            product.barcode_value)


def _ink_at_edges(image) -> bool:
    w, h = image.size
    edges = [(0, 0, w, 1), (0, h - 1, w, h), (0, 0, 1, h), (w - 1, 0, w, h)]
    return min(image.crop(box).getextrema()[0] for box in edges) < 128


@pytest.mark.parametrize("size", ["4x6", "4x3", "a6"])
def test_shipping_label_page_is_the_label_size_and_both_codes_scan(pdf_bytes, size):
    pdf = pdf_bytes(shipping_label.build, [SHIPPING, OWN_DELIVERY], size=size)
    assert [pytest.approx(s, abs=0.01) for s in page_sizes(pdf)] == [POINTS[size]] * 2
    first, second = render_pages(pdf)
    assert decoded(first) == [("Code128", SHIPPING.barcode_value), ("QRCode", SHIPPING.tracking_url)]
    assert decoded(second) == [("Code128", "SHP-000123")]
    assert not _ink_at_edges(first) and not _ink_at_edges(second)


@pytest.mark.parametrize("size", ["2.25x1.25", "2x1"])
def test_product_labels_scan_at_label_size(pdf_bytes, size):
    pdf = pdf_bytes(labels.build_product_labels, PRODUCTS, size=size)
    assert [pytest.approx(s, abs=0.01) for s in page_sizes(pdf)] == [POINTS[size]] * len(PRODUCTS)
    for product, page in zip(PRODUCTS, render_pages(pdf)):
        assert decoded(page) == [_expected(product)]
        assert not _ink_at_edges(page)


def test_a4_sheet_holds_24_labels_that_all_scan(pdf_bytes):
    pdf = pdf_bytes(labels.build_product_labels, PRODUCTS * 7, size="a4-3x8")
    pages = render_pages(pdf)
    assert len(pages) == 2
    assert len(decoded(pages[0])) == 24
    assert sorted(set(decoded(pages[0]) + decoded(pages[1]))) == sorted(_expected(p) for p in PRODUCTS)


def test_bin_and_rma_labels_scan(pdf_bytes):
    bins = [BinLabel("A-01-03-B", "Aisle A"), BinLabel("B-12-01-A")]
    assert [decoded(p) for p in render_pages(pdf_bytes(labels.build_bin_labels, bins, size="2x1"))] == [
        [("Code128", "A-01-03-B")], [("Code128", "B-12-01-A")]]
    assert decoded(render_pages(pdf_bytes(labels.build_rma_label, RMA, size="4x3"))[0]) == [
        ("Code128", RMA.rma_number)]


@pytest.mark.parametrize("paper", ["a4", "letter", "4x6"])
def test_multi_page_slip_repeats_the_scannable_order_barcode_on_every_page(pdf_bytes, paper):
    pdf = pdf_bytes(packing_slip.build, slip(ROMANIAN, LINES), paper=paper)
    pages = render_pages(pdf)
    assert len(pages) >= 2
    assert all(decoded(page) == [("Code128", "#1042")] for page in pages)


def test_pick_list_has_a_scannable_barcode_per_sku_line(pdf_bytes):
    items = tuple(PickItem(f"#{1000 + o}", f"SKU-{(o + i) % 6:03d}", "Item", 1, f"A-{(o + i) % 6:02d}",
                           (o + i) % 6) for o in range(5) for i in range(2))
    pages = render_pages(pdf_bytes(pick_list.build, PickList(COMPANY, "BATCH-7", items)))
    found = {text for page in pages for _, text in decoded(page)}
    assert found == {"BATCH-7"} | {f"SKU-{n:03d}" for n in range(6)}


def test_return_slip_barcode_scans(pdf_bytes):
    pages = render_pages(pdf_bytes(return_slip.build, RMA, COMPANY))
    assert decoded(pages[0]) == [("Code128", RMA.rma_number)]


def test_a_bad_check_digit_stops_the_document_before_anything_is_written(tmp_path):
    target = tmp_path / "labels.pdf"
    with pytest.raises(InvalidBarcode, match="check digit"):
        labels.build_product_labels([replace(PRODUCTS[0], barcode_value="4006381333932")], target)
    assert not target.exists()


def test_slip_total_is_hidden_for_gifts_and_when_the_shop_hides_prices(pdf_bytes):
    import pypdfium2 as pdfium

    def page_text(pdf: bytes) -> str:
        return pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range()

    assert "64.30" in page_text(pdf_bytes(packing_slip.build, slip(ROMANIAN, LINES[:2])))
    assert "64.30" not in page_text(pdf_bytes(packing_slip.build, slip(ROMANIAN, LINES[:2], is_gift=True)))
    assert "9.90" not in page_text(pdf_bytes(packing_slip.build, slip(ROMANIAN, LINES[:2], hide_prices=True)))


def test_thai_and_arabic_slips_scan_too(pdf_bytes):
    for address in (ARABIC, THAI):
        assert decoded(render_pages(pdf_bytes(packing_slip.build, slip(address, LINES[:3])))[0]) == [
            ("Code128", "#1042")]
