"""Parsing command-line values into domain values, with errors that name the option and value."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.errors import InvalidInput, Text
from desktop.money import parse_money


def whole(option: str, text: str, *, positive: bool = True, allow_zero: bool = False) -> int:
    try:
        value = int(text)
    except ValueError:
        raise InvalidInput(option, text, "must be a whole number") from None
    if positive and (value < 0 or (value == 0 and not allow_zero)):
        raise InvalidInput(option, text, "must be a positive whole number")
    return value


def money(option: str, text: str | None) -> Decimal | None:
    return None if text is None else parse_money(option, text)


def day(option: str, text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(option, text, "must be a date like 2026-03-31") from None


def split_line(value: str, shapes: tuple[int, ...], usage: str) -> list[str]:
    """Split ``SKU:QTY[:...]``; the SKU is the part before the first colon."""
    parts = value.split(":")
    if len(parts) not in shapes or not parts[0]:
        raise InvalidInput("--line", value, Text("must be {usage}", usage=usage))
    return parts


def sku_quantities(values: list[str] | None) -> dict[str, int] | None:
    """``--line SKU:QTY`` options as a mapping; repeated SKUs add up."""
    if not values:
        return None
    result: dict[str, int] = {}
    for value in values:
        sku, qty = split_line(value, (2,), "SKU:QTY")
        result[sku] = result.get(sku, 0) + whole("--line", qty)
    return result
