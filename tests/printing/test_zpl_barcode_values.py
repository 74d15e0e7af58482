"""Barcode values are validated (check digits first) before anything is printed."""

from __future__ import annotations

import pytest

from printing.barcodes import InvalidBarcode, Symbology, encode, is_gtin, validate, validate_gtin


@pytest.mark.parametrize("code", ["96385074", "036000291452", "4006381333931", "10012345678902"])
def test_valid_gtins_of_every_length_are_accepted(code):
    assert validate_gtin(code) == code
    assert is_gtin(code)


def test_a_wrong_check_digit_is_refused_with_the_expected_digit():
    with pytest.raises(InvalidBarcode, match="last digit should be 1"):
        validate_gtin("4006381333932")


@pytest.mark.parametrize("code", ["", "12345", "40063813339A1", "٤٠٠٦٣٨١٣٣٣٩٣١"])
def test_non_gtins_are_refused(code):
    assert not is_gtin(code)


def test_invalid_barcode_is_a_value_error():
    assert issubclass(InvalidBarcode, ValueError)


def test_ean13_symbology_refuses_a_valid_gtin_of_another_length():
    with pytest.raises(InvalidBarcode, match="EAN13 needs 13"):
        validate(Symbology.EAN13, "036000291452")


def test_code128_refuses_non_ascii():
    with pytest.raises(InvalidBarcode, match="not printable ASCII"):
        encode(Symbology.CODE128, "Città")


def test_ean13_pattern_has_95_modules_with_guards():
    modules = encode(Symbology.EAN13, "4006381333931").modules
    assert len(modules) == 95
    assert modules.startswith("101") and modules.endswith("101")
