"""The document commands over a real database: every document renders, its barcodes decode to
the values they stand for, pages have the exact size, and user mistakes exit 1 in one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents_support import decoded, decoded_pdf, page_sizes, page_texts

from desktop.auth import SYSTEM
from desktop.services import settings
from printing.labels import label_size


def test_every_document_of_a_real_order_renders_with_barcodes_that_decode(cli, shop, tmp_path: Path) -> None:
    slip, label, picks = tmp_path / "slip.pdf", tmp_path / "label.pdf", tmp_path / "pick.pdf"
    returned, products, bins = tmp_path / "rma.pdf", tmp_path / "products.pdf", tmp_path / "bins.pdf"
    assert cli("packing-slip", shop.allocated, shop.second, "--out", str(slip))[0] == 0
    assert cli("label", shop.shipped, "--format", "pdf", "--out", str(label))[0] == 0
    assert cli("pick-list", shop.allocated, shop.second, "--out", str(picks))[0] == 0
    assert cli("return-slip", shop.rma, "--out", str(returned))[0] == 0
    assert cli("product-label", "MUG-1", "TEE-2", "CAP-3", "--out", str(products))[0] == 0
    assert cli("bin-label", "MAIN/A-01", "B-02", "--out", str(bins))[0] == 0

    assert decoded_pdf(slip.read_bytes()) == {shop.allocated, shop.second}
    assert decoded_pdf(label.read_bytes()) >= {shop.tracking}
    assert decoded_pdf(picks.read_bytes()) >= {"MUG-1", "TEE-2", "CAP-3"}
    assert shop.rma in decoded_pdf(returned.read_bytes())
    assert decoded_pdf(products.read_bytes()) == {"4006381333931", "TEE-2", "0036000291452"}  # zxing reads UPC-A as EAN-13
    assert decoded_pdf(bins.read_bytes()) == {"MAIN/A-01", "MAIN/B-02"}
    a4 = (595.28, 841.89)
    assert set(page_sizes(slip.read_bytes())) == {a4}
    assert page_sizes(label.read_bytes()) == [(288.0, 432.0), (288.0, 432.0)]
    product = label_size("2.25x1.25")
    assert set(page_sizes(products.read_bytes())) == {(round(product.width_pt, 2), round(product.height_pt, 2))}


def test_a_label_has_one_page_per_package_numbered_n_of_m(cli, shop, tmp_path: Path) -> None:
    out = tmp_path / "label.pdf"
    cli("label", shop.shipped, "--format", "pdf", "--size", "a6", "--out", str(out))

    texts = page_texts(out.read_bytes())
    assert ["Package 1 of 2" in texts[0], "Package 2 of 2" in texts[1]] == [True, True]
    assert "1.20 kg" in texts[0] and "0.80 kg" in texts[1]
    a6 = label_size("a6")
    assert set(page_sizes(out.read_bytes())) == {(round(a6.width_pt, 2), round(a6.height_pt, 2))}


@pytest.mark.parametrize("dpi", [203, 300])
def test_zpl_label_of_a_shipped_order_renders_in_an_independent_renderer_and_scans(
        cli, shop, tmp_path: Path, zpl_render, dpi: int) -> None:
    out = tmp_path / "label.zpl"
    assert cli("label", shop.shipped, "--format", "zpl", "--dpi", str(dpi), "--out", str(out))[0] == 0
    zpl = out.read_bytes()
    width, height = label_size("4x6").dots(dpi)

    assert zpl.count(b"^XA") == 2 and f"^PW{width}^LL{height}".encode() in zpl
    first = zpl[: zpl.index(b"^XZ") + 3]
    assert shop.tracking in decoded(zpl_render(first, 101.6, 152.4, dpi))


def test_zpl_product_and_bin_labels_from_the_catalogue_scan(cli, shop, tmp_path: Path, zpl_render) -> None:
    products, bins = tmp_path / "p.zpl", tmp_path / "b.zpl"
    assert cli("product-label", "MUG-1", "--format", "zpl", "--out", str(products))[0] == 0
    assert cli("bin-label", "C-03", "--format", "zpl", "--size", "4x3", "--out", str(bins))[0] == 0

    assert decoded(zpl_render(products.read_bytes(), 57.15, 31.75, 203)) == {"4006381333931"}
    assert decoded(zpl_render(bins.read_bytes(), 101.6, 76.2, 203)) == {"MAIN/C-03"}


def test_gift_order_slip_shows_no_prices(cli, shop, tmp_path: Path) -> None:
    gift, normal = tmp_path / "gift.pdf", tmp_path / "normal.pdf"
    cli("packing-slip", shop.gift, "--out", str(gift))
    cli("packing-slip", shop.allocated, "--out", str(normal))

    gift_text, normal_text = "".join(page_texts(gift.read_bytes())), "".join(page_texts(normal.read_bytes()))
    assert "€" not in gift_text and "Total" not in gift_text and "MUG-1" in gift_text
    assert "€25.00" in normal_text and "Total" in normal_text


def test_the_shop_setting_hides_prices_on_every_slip(cli, shop, tmp_path: Path) -> None:
    with shop.db.uow(SYSTEM) as uow:
        settings.set_value(uow, "documents.hide_prices", "true")
        uow.commit()
    out = tmp_path / "slip.pdf"
    cli("packing-slip", shop.allocated, "--out", str(out))

    assert "€" not in "".join(page_texts(out.read_bytes()))


def test_slip_lists_the_bins_the_stock_is_reserved_in(cli, shop, tmp_path: Path) -> None:
    out = tmp_path / "slip.pdf"
    cli("packing-slip", shop.allocated, "--paper", "letter", "--out", str(out))

    text = page_texts(out.read_bytes())[0]
    assert "MAIN/A-01" in text and "MAIN/B-02" in text
    assert page_sizes(out.read_bytes()) == [(612.0, 792.0)]


def test_slip_of_a_shipped_order_lists_what_the_shipment_took_and_from_where(cli, shop, tmp_path: Path) -> None:
    out = tmp_path / "slip.pdf"
    cli("packing-slip", shop.shipped, "--paper", "4x6", "--out", str(out))

    text = page_texts(out.read_bytes())[0]
    assert "CAP-3" in text and "MUG-1" in text
    assert set(page_sizes(out.read_bytes())) == {(288.0, 432.0)}


@pytest.mark.parametrize("args, message", [
    (("label", "9999", "--out", "x.pdf"), "Order '9999' does not exist."),
    (("packing-slip", "1001", "9999", "--out", "x.pdf"), "Order '9999' does not exist."),
    (("product-label", "MUG-1", "NOPE-9", "--out", "x.pdf"), "SKU 'NOPE-9' does not exist."),
    (("bin-label", "Z-99", "--out", "x.pdf"), "bin 'Z-99': no such bin or location"),
    (("label", "1003", "--size", "5x7", "--out", "x.pdf"), "--size '5x7': must be one of 4x6, 4x3, a6"),
    (("product-label", "MUG-1", "--size", "4x6", "--out", "x.pdf"), "--size '4x6': must be one of"),
    (("label", "1001", "--out", "x.pdf"), "has no shipment yet"),
    (("return-slip", "RMA-NONE", "--out", "x.pdf"), "RMA 'RMA-NONE' does not exist."),
])
def test_user_mistakes_exit_1_with_a_one_line_message(cli, tmp_path: Path, monkeypatch, args, message) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(*args)
    assert code == 1
    assert err.startswith("packline: ") and message in err and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()
