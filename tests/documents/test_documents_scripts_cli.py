"""Product and bin labels from the command line send Thai and Arabic as graphics, not as boxes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.cli.main import main
from desktop.errors import InvalidInput
from desktop.services import catalog, stock
from desktop.services.catalog import ProductInput


def test_product_and_bin_labels_in_zpl_draw_non_latin_names_as_graphics(db, tmp_path):
    with db.uow() as uow:
        catalog.add_product(uow, ProductInput(sku="TEA-1", name="ชาไทย ปั่น", barcode="4006381333931",
                                              price=Decimal("3.50")))
        catalog.add_product(uow, ProductInput(sku="MUG-1", name="Stoneware mug"))
        stock.add_warehouse(uow, "DXB", "مستودع دبي")
        uow.flush()
        stock.add_bin(uow, "A-01", "DXB")
        uow.commit()
    url = db.engine.url.render_as_string(hide_password=False)
    thai, latin, shelf = tmp_path / "thai.zpl", tmp_path / "latin.zpl", tmp_path / "bin.zpl"
    assert main(["--db", url, "product-label", "TEA-1", "--format", "zpl", "--out", str(thai)]) == 0
    assert main(["--db", url, "product-label", "MUG-1", "--format", "zpl", "--out", str(latin)]) == 0
    assert main(["--db", url, "bin-label", "DXB/A-01", "--format", "zpl", "--out", str(shelf)]) == 0
    assert b"^GFA" in thai.read_bytes() and "ชา".encode() not in thai.read_bytes()
    assert b"^GFA" not in latin.read_bytes() and b"Stoneware mug" in latin.read_bytes()
    assert b"^GFA" in shelf.read_bytes() and b"DXB/A-01" in shelf.read_bytes()


def test_a_bin_code_that_cannot_be_a_barcode_is_refused_when_the_bin_is_made(db):
    with db.uow() as uow, pytest.raises(InvalidInput, match="Latin letters and digits"):
        stock.add_bin(uow, "رف-1")
