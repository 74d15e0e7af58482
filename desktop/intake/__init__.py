"""Reading marketplace order exports and catalogue/stock files into plain, validated data.

Pure parsing: no database, no Qt. The import service applies the results.

    parse_orders(path, format=None, *, mapping=None, options=None) -> ParseResult
    parse_products(path, format=None, *, options=None) -> ParseResult
    parse_stock(path, *, mode="set", options=None) -> ParseResult
    detect_format(headers) -> str | None
"""

from desktop.intake.columns import Options
from desktop.gtin import gtin_problem
from desktop.intake.mapped import MAPPABLE_FIELDS, ColumnMapping
from desktop.intake.model import (
    ImportedAddress,
    ImportedLine,
    ImportedOrder,
    ImportedProduct,
    ImportedTax,
    ParseResult,
    Problem,
    StockRow,
)
from desktop.intake.orders import ORDER_FORMATS, detect_format, parse_orders
from desktop.intake.products import PRODUCT_FORMATS, parse_products, parse_stock

__all__ = [
    "MAPPABLE_FIELDS",
    "ORDER_FORMATS",
    "PRODUCT_FORMATS",
    "ColumnMapping",
    "ImportedAddress",
    "ImportedLine",
    "ImportedOrder",
    "ImportedProduct",
    "ImportedTax",
    "Options",
    "ParseResult",
    "Problem",
    "StockRow",
    "detect_format",
    "gtin_problem",
    "parse_orders",
    "parse_products",
    "parse_stock",
]
