"""WooCommerce product export (Products > Export), English or localised headers.

Headers are matched through a synonym table (English and Portuguese here; a language not
covered can be read by renaming headers or through ``extra_synonyms``). Parent rows
(``variable``/``grouped`` types, or any row another row names as ``Parent``) are not
sellable and are skipped; variations and simple products become products. A product
without a SKU gets ``woo-<ID>`` (warning).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop.intake.columns import Cells, Columns, Options
from desktop.intake.csvread import Table
from desktop.intake.model import ImportedProduct
from desktop.intake.productparts import barcode, sku_or_fallback

FORMAT = "woocommerce-products"
SIGNATURE_FIELDS = ("id", "type", "sku", "name")
REQUIRED = ("sku", "name")

SYNONYMS: dict[str, Sequence[str]] = {
    "id": ("ID",), "type": ("Type", "Tipo"), "sku": ("SKU", "REF", "Referência"),
    "name": ("Name", "Nome"), "published": ("Published", "Publicado"),
    "price": ("Regular price", "Preço", "Preço normal"),
    "quantity": ("Stock", "Estoque"), "weight": ("Weight (kg)", "Peso (kg)"),
    "parent": ("Parent", "Produto ascendente"),
    "barcode": ("GTIN, UPC, EAN, or ISBN", "GTIN, UPC, EAN ou ISBN", "EAN", "Barcode"),
}
_PARENT_TYPES = ("variable", "grouped")


def parse(table: Table, options: Options,
          extra_synonyms: Mapping[str, Sequence[str]] | None = None) -> list[ImportedProduct]:
    """Parse a WooCommerce product export; problems go to ``table.problems``."""
    synonyms = {k: (*v, *(extra_synonyms or {}).get(k, ())) for k, v in SYNONYMS.items()}
    columns = Columns(table.headers, synonyms)
    cells = options.cells(table.file, columns, table.problems, table.delimiter)
    rows = []
    parents: set[str] = set()
    for record in table.records:
        if record.broken:
            cells.problem(record.line, "", "", record.broken)
            continue
        parent = cells.text(record.values, "parent")
        if parent:
            parents.add(parent.removeprefix("id:"))
        rows.append(record)
    products = []
    for record in rows:
        values, line = record.values, record.line
        kind = cells.text(values, "type").casefold()
        if cells.text(values, "id") in parents or any(t in kind for t in _PARENT_TYPES):
            continue
        errors = cells.errors
        product = _product(cells, values, line)
        if cells.errors == errors:
            products.append(product)
    return products


def _product(cells: Cells, values: Sequence[str], line: int) -> ImportedProduct:
    return ImportedProduct(
        sku=sku_or_fallback(cells, values, line, "sku", f"woo {cells.text(values, 'id') or line}"),
        name=cells.text(values, "name"),
        barcode=barcode(cells, values, line, "barcode"),
        price=cells.optional_amount(values, line, "price"),
        cost=None,
        weight_kg=cells.number(values, line, "weight"),
        quantity=cells.integer(values, line, "quantity"),
        location="",
        active=cells.flag(values, line, "published", True),
        source_line=line,
    )
