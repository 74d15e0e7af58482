"""Shopify ``products_export`` CSV: one row per variant (plus image-only rows), grouped by
``Handle``. ``Title``, ``Status``/``Published`` appear on a product's first row only; a
variant's name is the title plus its option values (``Default Title`` omitted).
``Variant Grams`` is always grams whatever ``Variant Weight Unit`` displays. A variant without
``Variant SKU`` gets one derived from its handle and options (warning). Negative
``Variant Inventory Qty`` (oversold) is kept and reported as a warning.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.intake.columns import Cells, Columns, Options
from desktop.intake.csvread import Table
from desktop.intake.model import ImportedProduct
from desktop.intake.productparts import barcode, kilograms, sku_or_fallback

FORMAT = "shopify-products"
SIGNATURE_FIELDS = ("handle", "sku")
REQUIRED = ("handle", "sku")
OPTIONS = 3

SYNONYMS: dict[str, Sequence[str]] = {
    "handle": ("Handle",), "title": ("Title",), "sku": ("Variant SKU",),
    "grams": ("Variant Grams",), "quantity": ("Variant Inventory Qty",),
    "price": ("Variant Price",), "barcode": ("Variant Barcode",),
    "cost": ("Cost per item",), "status": ("Status",), "published": ("Published",),
    **{f"option{n}": (f"Option{n} Value",) for n in range(1, OPTIONS + 1)},
}
_VARIANT_FIELDS = ("sku", "price", "option1", "quantity", "barcode")


def parse(table: Table, options: Options) -> list[ImportedProduct]:
    """Parse a Shopify products export; problems go to ``table.problems``."""
    columns = Columns(table.headers, SYNONYMS)
    cells = options.cells(table.file, columns, table.problems, table.delimiter)
    products = []
    handle, title, active = "", "", True
    for record in table.records:
        values, line = record.values, record.line
        if record.broken:
            cells.problem(line, "", "", record.broken)
            continue
        row_handle = cells.text(values, "handle")
        if row_handle != handle:
            handle, title = row_handle, cells.text(values, "title")
            active = _active(cells, values, line)
        if not any(cells.text(values, f) for f in _VARIANT_FIELDS):
            continue
        errors = cells.errors
        product = _product(cells, values, line, handle, title, active)
        if cells.errors == errors:
            products.append(product)
    return products


def _active(cells: Cells, values: Sequence[str], line: int) -> bool:
    status = cells.text(values, "status").casefold()
    if status:
        return status == "active"
    return cells.flag(values, line, "published", True)


def _product(cells: Cells, values: Sequence[str], line: int, handle: str, title: str,
             active: bool) -> ImportedProduct:
    options = [cells.text(values, f"option{n}") for n in range(1, OPTIONS + 1)]
    label = " / ".join(o for o in options if o and o != "Default Title")
    sku = sku_or_fallback(cells, values, line, "sku", f"{handle} {label}")
    quantity = cells.integer(values, line, "quantity")
    if quantity is not None and quantity < 0:
        cells.problem(line, "quantity", str(quantity), "negative stock (oversold) kept as is",
                      "warning")
    return ImportedProduct(
        sku=sku,
        name=f"{title} - {label}" if label else title,
        barcode=barcode(cells, values, line, "barcode"),
        price=cells.optional_amount(values, line, "price"),
        cost=cells.optional_amount(values, line, "cost"),
        weight_kg=kilograms(cells.number(values, line, "grams")),
        quantity=quantity,
        location="",
        active=active,
        source_line=line,
    )
