"""GTIN (EAN-8, UPC-A, EAN-13, GTIN-14) check-digit validation for imported barcodes."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"[0-9]+")
_NAMES = {8: "EAN-8", 12: "UPC-A", 13: "EAN-13", 14: "GTIN-14"}


def gtin_check_digit(body: str) -> int:
    """Return the GS1 check digit for ``body`` (all digits of the code except the last)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def gtin_problem(code: str) -> str | None:
    """Say what is wrong with ``code`` as a GTIN, or return None when it is acceptable.

    Only all-digit codes of 8, 12, 13 or 14 digits are held to the GS1 check digit; anything
    else (``VT-1586``, a 10-digit internal number) is a plain code and is accepted.
    """
    if not _DIGITS.fullmatch(code) or len(code) not in _NAMES:
        return None
    expected = gtin_check_digit(code[:-1])
    if int(code[-1]) == expected:
        return None
    return f"bad {_NAMES[len(code)]} check digit: ends in {code[-1]}, should be {expected}"
