"""GTIN (EAN-8, UPC-A, EAN-13, GTIN-14) check digits.

A barcode of 8, 12, 13 or 14 digits is a GTIN and must carry a correct check digit; anything
else (letters, other lengths) is accepted as a plain code for Code 128.
"""

from __future__ import annotations

from desktop.errors import InvalidInput, Text

GTIN_LENGTHS = (8, 12, 13, 14)
GTIN_NAMES = {8: "EAN-8", 12: "UPC-A", 13: "EAN-13", 14: "GTIN-14"}


def gtin_check_digit(body: str) -> int:
    """The check digit for the digits ``body`` (the GTIN without its last digit)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def is_gtin_shaped(code: str) -> bool:
    return code.isdigit() and len(code) in GTIN_LENGTHS


def gtin_problem(code: str) -> Text | None:
    """Why ``code`` is not acceptable as a barcode, or None when it is."""
    if not code or code != code.strip():
        return Text("must not be empty or padded with spaces")
    if is_gtin_shaped(code):
        expected = gtin_check_digit(code[:-1])
        if int(code[-1]) != expected:
            return Text("has a wrong check digit ({kind}): ends in {last}, should be {expected}",
                        kind=GTIN_NAMES[len(code)], last=code[-1], expected=expected)
    return None


def check_barcode(code: str, field: str | Text = Text("barcode")) -> str:
    problem = gtin_problem(code)
    if problem:
        raise InvalidInput(field, code, problem)
    return code
