"""Entry point for order files: detect the format, check required columns, parse."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from desktop.intake import amazon_orders, etsy_items, etsy_orders, shopify_orders, woo_orders
from desktop.intake.columns import Columns, Options
from desktop.intake.csvread import Table, open_table
from desktop.intake.gcpause import collector_paused
from desktop.intake.mapped import ColumnMapping, parse_mapped
from desktop.intake.model import ParseResult, Problem
from desktop.intake.orderparts import fill_missing_currency

ORDER_FORMATS: dict[str, ModuleType] = {
    "shopify": shopify_orders,
    "etsy": etsy_orders,
    "etsy-items": etsy_items,
    "woocommerce": woo_orders,
    "amazon": amazon_orders,
}


def detect_format(headers: list[str]) -> str | None:
    """The order format whose signature columns all appear in ``headers``, or None.

    Formats are tried most specific first (Etsy item rows before Etsy orders)."""
    for name in ("shopify", "etsy-items", "etsy", "woocommerce", "amazon"):
        module = ORDER_FORMATS[name]
        columns = Columns(headers, module.SYNONYMS)
        if not columns.missing(module.SIGNATURE_FIELDS):
            return name
    return None


def parse_orders(path: str | Path, format: str | None = None, *,
                 mapping: ColumnMapping | None = None,
                 options: Options | None = None) -> ParseResult:
    """Read the orders in ``path`` (CSV, TSV or XLSX).

    ``format`` is one of ``ORDER_FORMATS`` or None/``"auto"`` to detect it from the headers;
    ``mapping`` (a saved column-mapping profile) reads any other layout and wins over
    ``format``. Orders with an ``error`` problem are left out whole; a ``fatal`` problem
    (unreadable file, unknown format, missing required columns) means no orders at all.
    Automatic garbage collection is paused while the file is read (see ``gcpause``).
    """
    options = options or Options()
    with collector_paused(), open_table(path) as table:
        if not table.headers:
            return ParseResult(format or "unknown", problems=tuple(table.problems))
        if mapping is not None:
            name = mapping.channel
            orders = parse_mapped(table, mapping, options)
        else:
            name = detect_format(table.headers) if format in (None, "auto") else format
            if name not in ORDER_FORMATS:
                return _unusable(table, format, name)
            module = ORDER_FORMATS[name]
            missing = Columns(table.headers, module.SYNONYMS).missing(module.REQUIRED)
            if missing:
                return _missing_columns(table, name, module, missing)
            orders = module.parse(table, options)
        orders = fill_missing_currency(table.file, orders, table.problems,
                                       options.default_currency)
        return ParseResult(name, orders=tuple(orders), problems=tuple(table.problems))


def _unusable(table: Table, asked: str | None, detected: str | None) -> ParseResult:
    message = (f"unknown order format {asked!r}; use one of {', '.join(ORDER_FORMATS)}"
               if asked not in (None, "auto")
               else "cannot tell which shop exported this file; choose the format or map "
                    "the columns")
    table.problems.append(Problem(table.file, 1, "", "", message, "fatal"))
    return ParseResult(asked or detected or "unknown", problems=tuple(table.problems))


def _missing_columns(table: Table, name: str, module: ModuleType,
                     missing: list[str]) -> ParseResult:
    for field in missing:
        expected = module.SYNONYMS[field][0]
        table.problems.append(Problem(table.file, 1, expected, "",
                                      f"required column {expected!r} is missing", "fatal"))
    return ParseResult(name, problems=tuple(table.problems))

