"""ZPL labels render in an independent renderer (zpl-renderer-js) and their barcodes scan."""

from __future__ import annotations

import json
import re

import pytest
from zpl_support import SHARED, decoded

from printing import zpl
from printing.barcodes import Symbology
from printing.labels import label_size
from printing.profiles import PrinterProfile


def _expected(symbology: Symbology, value: str) -> tuple[str, str]:
    if symbology is Symbology.UPCA:
        return ("EAN13", "0" + value)
    return ({Symbology.EAN13: "EAN13", Symbology.EAN8: "EAN8"}.get(symbology, "Code128"), value)


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("size", ["4x6", "4x3", "a6"])
def test_shipping_label_renders_and_its_tracking_barcode_and_qr_scan(zpl_renderer, shipping, size, dpi):
    image = zpl_renderer.render_label(zpl.shipping_label(shipping, dpi, size), size, dpi)
    assert decoded(image) == [("Code128", shipping.barcode_value), ("QRCode", shipping.tracking_url)]


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("size", ["2.25x1.25", "2x1"])
def test_every_product_label_barcode_scans_at_each_size_and_resolution(zpl_renderer, products, size, dpi):
    dims = label_size(size)
    images = zpl_renderer.render(
        [(zpl.product_label(p, dpi, size), dims.width_mm, dims.height_mm, dpi) for p in products])
    for product, image in zip(products, images):
        assert decoded(image) == [_expected(product.symbology, product.barcode_value)]


@pytest.mark.parametrize("dpi", [203, 300])
def test_bin_and_rma_labels_scan(zpl_renderer, bin_label, rma, dpi):
    assert decoded(zpl_renderer.render_label(zpl.bin_label(bin_label, dpi), "2.25x1.25", dpi)) == [
        ("Code128", bin_label.code)]
    assert decoded(zpl_renderer.render_label(zpl.rma_label(rma, dpi, "4x3"), "4x3", dpi)) == [
        ("Code128", rma.rma_number)]


@pytest.mark.parametrize("size", ["4x6", "2x1"])
def test_test_label_carries_profile_settings_and_scans(zpl_renderer, size):
    profile = PrinterProfile("Packing desk", "tcp://10.0.0.5:9100", dpi=300, label_size=size,
                             offset_x_mm=1.0, offset_y_mm=0.5, darkness=22)
    label = zpl.test_label(profile)
    assert label.startswith(b"~SD22\n^XA^CI28^PW")
    assert b"^LH12,6" in label
    assert decoded(zpl_renderer.render_label(label, size, 300)) == [("Code128", "PACKLINE")]


@pytest.mark.parametrize("size,dpi,width,height", [("4x6", 203, 812, 1218), ("4x6", 300, 1200, 1800),
                                                   ("2x1", 203, 406, 203)])
def test_print_width_and_length_are_the_real_label_size_in_dots(shipping, products, size, dpi, width, height):
    label = (zpl.shipping_label(shipping, dpi, size) if size == "4x6"
             else zpl.product_label(products[0], dpi, size))
    assert f"^PW{width}^LL{height}".encode() in label


def test_user_text_cannot_inject_zpl_commands(products):
    label = zpl.product_label(products[3]).decode()
    assert "^XZ~JR" not in label
    assert "Tote bag _5EXZ_7EJR_5F" in label
    assert label.count("^XZ") == 1


def test_utf8_text_is_sent_as_utf8_with_ci28(shipping):
    label = zpl.shipping_label(shipping)
    assert b"^CI28" in label
    assert "Ștefănescu".encode() in label


def test_native_barcode_commands_are_used(products, shipping):
    commands = {p.symbology: zpl.product_label(p).decode() for p in products}
    assert "^BEN," in commands[Symbology.EAN13]
    assert "^BEN,150,Y,N^FD003600029145^FS" in commands[Symbology.UPCA]
    assert commands[Symbology.EAN8].count("^GB") == 22
    assert "^BCN," in commands[Symbology.CODE128]
    assert "^BQN,2," in zpl.shipping_label(shipping).decode()


@pytest.mark.skipif(not (SHARED / "samples" / "zpl").is_dir(), reason="shared samples not present")
def test_real_carrier_labels_decode_as_recorded(zpl_renderer):
    folder = SHARED / "samples" / "zpl"
    recorded = json.loads((folder / "decoded_barcodes.json").read_text())["results"]
    names = [n for n in sorted(recorded) if re.match(r"(ups|fedex|usps|dhl|dpd|gls|barcode128)", n)][:12]
    assert names
    images = zpl_renderer.render([((folder / n).read_bytes(), 101.6, 152.4, 203) for n in names])
    for name, image in zip(names, images):
        expected = sorted((b["format"], b["text"]) for b in recorded[name][0]["barcodes"])
        assert decoded(image) == expected, name
