"""Barcode values and their encodings, independent of any output format.

Check digits are validated here, before anything is drawn or sent to a printer. The encoded
pattern is python-barcode's: a string of ``"1"`` (bar) and ``"0"`` (space) modules, one character
per module; renderers choose the module width (points in a PDF, dots in ZPL).
QR codes are a square matrix of dark (True) and light modules from segno.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import barcode
import segno

from desktop.gtin import GTIN_LENGTHS, gtin_check_digit


class InvalidBarcode(ValueError):
    """A barcode value that cannot be printed; the message says which value and why."""


class Symbology(enum.Enum):
    """Linear symbologies Packline prints, plus QR."""

    CODE128 = "code128"
    EAN13 = "ean13"
    EAN8 = "ean8"
    UPCA = "upca"
    QR = "qr"




def validate_gtin(code: str) -> str:
    """Return ``code`` stripped of spaces if it is a valid GTIN-8/12/13/14, else raise InvalidBarcode.

    The message names the value and the problem, e.g. wrong check digit and the expected one.
    """
    value = str(code).strip().replace(" ", "")
    if not value.isdigit() or not value.isascii():
        raise InvalidBarcode(f"Barcode {code!r} is not a GTIN: it must contain digits only.")
    if len(value) not in GTIN_LENGTHS:
        raise InvalidBarcode(
            f"Barcode {code!r} is not a GTIN: it has {len(value)} digits, "
            "expected 8, 12, 13 or 14."
        )
    expected = str(gtin_check_digit(value[:-1]))
    if value[-1] != expected:
        raise InvalidBarcode(
            f"Barcode {code!r} has a wrong check digit: the last digit should be {expected}."
        )
    return value


def is_gtin(code: str) -> bool:
    """True if ``code`` is a valid GTIN-8/12/13/14 including its check digit."""
    try:
        validate_gtin(code)
    except InvalidBarcode:
        return False
    return True


@dataclass(frozen=True, slots=True)
class LinearBarcode:
    """An encoded linear barcode.

    ``modules`` is the bar/space pattern without quiet zones; ``text`` is the human-readable line;
    ``quiet_zone`` is the minimum number of light modules required on each side.
    """

    symbology: Symbology
    value: str
    modules: str
    text: str
    quiet_zone: int

    def bars(self) -> list[tuple[int, int]]:
        """Return the dark bars as ``(start_module, width_in_modules)`` pairs, left to right."""
        result: list[tuple[int, int]] = []
        start = -1
        for index, module in enumerate(self.modules + "0"):
            if module == "1" and start < 0:
                start = index
            elif module == "0" and start >= 0:
                result.append((start, index - start))
                start = -1
        return result


_GTIN_SYMBOLOGY_LENGTH = {Symbology.EAN13: 13, Symbology.EAN8: 8, Symbology.UPCA: 12}
_PYTHON_BARCODE_CLASS = {
    Symbology.CODE128: barcode.Code128,
    Symbology.EAN13: barcode.EAN13,
    Symbology.EAN8: barcode.EAN8,
    Symbology.UPCA: barcode.UPCA,
}


def validate(symbology: Symbology, value: str) -> str:
    """Return the printable value for ``symbology`` or raise InvalidBarcode.

    EAN-13, EAN-8 and UPC-A take the full code including a correct check digit. Code 128 takes
    printable ASCII (1-80 characters). QR takes any non-empty text up to 1,000 characters.
    """
    if symbology in _GTIN_SYMBOLOGY_LENGTH:
        code = validate_gtin(value)
        length = _GTIN_SYMBOLOGY_LENGTH[symbology]
        if len(code) != length:
            raise InvalidBarcode(
                f"Barcode {value!r} has {len(code)} digits; {symbology.name} needs {length}."
            )
        return code
    if not value:
        raise InvalidBarcode(f"A {symbology.name} barcode needs a value; it is empty.")
    if symbology is Symbology.CODE128:
        bad = sorted({c for c in value if not (" " <= c <= "~")})
        if bad:
            raise InvalidBarcode(
                f"Barcode {value!r} cannot be printed as Code 128: "
                f"characters {''.join(bad)!r} are not printable ASCII."
            )
        if len(value) > 80:
            raise InvalidBarcode(f"Barcode {value!r} is too long for Code 128 (max 80).")
    elif len(value) > 1000:
        raise InvalidBarcode("A QR code holds at most 1,000 characters here.")
    return value


def encode(symbology: Symbology, value: str) -> LinearBarcode:
    """Validate and encode a linear barcode with python-barcode. Raises InvalidBarcode."""
    if symbology is Symbology.QR:
        raise InvalidBarcode("QR is a matrix code; use qr_matrix().")
    code = validate(symbology, value)
    if symbology is Symbology.CODE128:
        symbol = barcode.Code128(code)
        quiet = 10
    else:
        symbol = _PYTHON_BARCODE_CLASS[symbology](code[:-1])
        quiet = 9 if symbology is not Symbology.EAN8 else 7
    modules = symbol.build()[0]
    return LinearBarcode(symbology, code, modules, code, quiet)


def qr_matrix(value: str) -> list[list[bool]]:
    """Return the QR code for ``value`` as rows of modules (True = dark), without quiet zone.

    Error correction M; the caller draws a 4-module quiet zone.
    """
    validate(Symbology.QR, value)
    qr = segno.make_qr(value, error="m", boost_error=False)
    return [[bool(cell) for cell in row] for row in qr.matrix]
