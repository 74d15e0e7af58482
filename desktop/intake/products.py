"""Entry points for catalogue and stock files."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from desktop.intake import shopify_products, stock, woo_products
from desktop.intake.columns import Columns, Options
from desktop.intake.csvread import open_table
from desktop.intake.model import ImportedProduct, ParseResult, Problem, StockMode

PRODUCT_FORMATS: dict[str, ModuleType] = {
    "shopify-products": shopify_products,
    "woocommerce-products": woo_products,
}


def detect_product_format(headers: list[str]) -> str | None:
    """The catalogue format whose signature columns all appear in ``headers``, or None."""
    for name, module in PRODUCT_FORMATS.items():
        if not Columns(headers, module.SYNONYMS).missing(module.SIGNATURE_FIELDS):
            return name
    return None


def parse_products(path: str | Path, format: str | None = None, *,
                   options: Options | None = None) -> ParseResult:
    """Read a catalogue (Shopify or WooCommerce product export, CSV or XLSX).

    Products with an ``error`` problem (unreadable price, a SKU repeated from an earlier row)
    are left out; bad barcodes are warnings and the product is kept without its barcode."""
    options = options or Options()
    with open_table(path) as table:
        if not table.headers:
            return ParseResult(format or "unknown", problems=tuple(table.problems))
        name = detect_product_format(table.headers) if format in (None, "auto") else format
        module = PRODUCT_FORMATS.get(name or "")
        if module is None:
            table.problems.append(Problem(table.file, 1, "", "", "cannot tell which shop "
                                          "exported this catalogue; choose the format", "fatal"))
            return ParseResult(format or "unknown", problems=tuple(table.problems))
        if _missing(table, module):
            return ParseResult(name, problems=tuple(table.problems))
        products = _first_of_each_sku(table.file, module.parse(table, options), table.problems)
        return ParseResult(name, products=tuple(products), problems=tuple(table.problems))


def parse_stock(path: str | Path, *, mode: StockMode = "set",
                options: Options | None = None) -> ParseResult:
    """Read a SKU + quantity (+ bin) sheet to set or add stock."""
    options = options or Options()
    with open_table(path) as table:
        if not table.headers or _missing(table, stock):
            return ParseResult(stock.FORMAT, problems=tuple(table.problems))
        rows = stock.parse(table, options, mode)
        return ParseResult(stock.FORMAT, stock=tuple(rows), problems=tuple(table.problems))


def _first_of_each_sku(file: str, products: list[ImportedProduct],
                       problems: list[Problem]) -> list[ImportedProduct]:
    """Keep the first row of each SKU; later rows with the same SKU are errors."""
    first_line: dict[str, int] = {}
    kept = []
    for product in products:
        if product.sku in first_line:
            problems.append(Problem(file, product.source_line, "SKU", product.sku,
                                    f"SKU already used on line {first_line[product.sku]}; "
                                    "row skipped"))
            continue
        first_line[product.sku] = product.source_line
        kept.append(product)
    return kept


def _missing(table, module: ModuleType) -> bool:
    missing = Columns(table.headers, module.SYNONYMS).missing(module.REQUIRED)
    for field in missing:
        expected = module.SYNONYMS[field][0]
        table.problems.append(Problem(table.file, 1, expected, "",
                                      f"required column {expected!r} is missing", "fatal"))
    return bool(missing)
