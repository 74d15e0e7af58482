"""Checks shared by the catalogue parsers: SKUs, barcodes, weights."""

from __future__ import annotations

from collections.abc import Sequence
import re
from decimal import Decimal

from desktop.intake.columns import Cells
from desktop.gtin import gtin_problem

GRAMS_PER_KG = Decimal(1000)
_SLUG = re.compile(r"[\W_]+")


def barcode(cells: Cells, values: Sequence[str], line: int, name: str) -> str | None:
    """The row's barcode without its ``'`` prefix; a numeric GTIN with a wrong check digit is
    reported (warning) and dropped, so it never reaches a label. Non-GTIN codes are kept."""
    code = cells.code(values, name)
    if not code:
        return None
    problem = gtin_problem(code)
    if problem:
        cells.problem(line, name, code, f"{problem}; barcode not imported", "warning")
        return None
    return code


def sku_or_fallback(cells: Cells, values: Sequence[str], line: int, name: str,
                    fallback: str) -> str:
    """The row's SKU, or when it has none a stable code built from ``fallback`` (the handle and
    options, the shop's product id) so a re-import finds the same product; reported as a
    warning asking the user to give the product a real SKU."""
    sku = cells.code(values, name)
    if sku:
        return sku
    derived = _SLUG.sub("-", fallback.casefold()).strip("-")
    cells.problem(line, name, "", f"product has no SKU; imported as {derived!r} "
                  "(give it a SKU in the shop)", "warning")
    return derived


def kilograms(grams: Decimal | None) -> Decimal | None:
    """Grams to kilograms; zero or absent weight is None (not set)."""
    return grams / GRAMS_PER_KG if grams else None
