"""A plain stock sheet (CSV/XLSX): SKU, quantity and optionally a bin/location, to set or
add stock. Quantities must be whole numbers; ``set`` quantities may not be negative."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.intake.columns import Columns, Options
from desktop.intake.csvread import Table
from desktop.intake.model import StockMode, StockRow

FORMAT = "stock"
SIGNATURE_FIELDS = ("sku", "quantity")
REQUIRED = ("sku", "quantity")

SYNONYMS: dict[str, Sequence[str]] = {
    "sku": ("SKU", "Variant SKU", "Item", "Item code", "Product code", "Article", "REF",
            "Artikelnummer"),
    "quantity": ("Quantity", "Qty", "On hand", "Count", "Counted", "Stock", "Available",
                 "Estoque", "Menge"),
    "location": ("Bin", "Location", "Shelf", "Bin location", "Lagerplatz"),
}


def parse(table: Table, options: Options, mode: StockMode = "set") -> list[StockRow]:
    """Parse a stock sheet; problems go to ``table.problems``."""
    columns = Columns(table.headers, SYNONYMS)
    cells = options.cells(table.file, columns, table.problems, table.delimiter)
    rows = []
    for record in table.records:
        values, line = record.values, record.line
        if record.broken:
            cells.problem(line, "", "", record.broken)
            continue
        errors = cells.errors
        sku = cells.required(values, line, "sku") and cells.code(values, "sku")
        quantity = cells.integer(values, line, "quantity")
        if quantity is None:
            cells.required(values, line, "quantity")
        elif mode == "set" and quantity < 0:
            cells.problem(line, "quantity", str(quantity), "stock cannot be set below zero")
        if cells.errors == errors:
            rows.append(StockRow(sku, quantity, cells.text(values, "location"), mode, line))
    return rows
