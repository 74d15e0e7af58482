"""Pieces shared by the order parsers: addresses, prices, taxes, tags, notes and final checks."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from desktop.intake.columns import Cells
from desktop.intake.countries import country_code
from desktop.intake.model import ImportedAddress, ImportedOrder, ImportedTax, Problem
from desktop.intake.values import CENT, clean_code

ADDRESS_PARTS = ("name", "company", "line1", "line2", "city", "region", "postal_code",
                 "country", "phone")
_RATE = re.compile(r"(\d+(?:[.,]\d+)?)\s*%")
_GIFT_FALSE = frozenset({"", "no", "false", "0", "off"})


def address(cells: Cells, values: Sequence[str], prefix: str) -> ImportedAddress | None:
    """Build an address from fields ``{prefix}_name``, ``{prefix}_line1`` ... when any is set."""
    return address_from([cells.text(values, name) for name in address_names(prefix)])


def address_names(prefix: str) -> tuple[str, ...]:
    """The fields ``{prefix}_{part}`` of an address, in ``ADDRESS_PARTS`` order."""
    return tuple(f"{prefix}_{part}" for part in ADDRESS_PARTS)


def address_from(texts: Sequence[str]) -> ImportedAddress | None:
    """An address from its stripped cells in ``ADDRESS_PARTS`` order, or None when all are
    empty. Postal code and phone lose a spreadsheet's leading apostrophe; a postal code of
    ``-`` means none; the country becomes an ISO code where known."""
    name, company, line1, line2, city, region, postal_code, country, phone = texts
    postal_code = clean_code(postal_code)
    phone = clean_code(phone)
    if postal_code == "-":
        postal_code = ""
    if not (name or company or line1 or line2 or city or region or postal_code or country
            or phone):
        return None
    return ImportedAddress(name, company, line1, line2, city, region, postal_code,
                           country_code(country), phone)


def address_fields(prefix: str, **headers: Sequence[str]) -> dict[str, Sequence[str]]:
    """Synonym entries ``{prefix}_{part}: headers`` for the parts given as keyword arguments."""
    return {f"{prefix}_{part}": names for part, names in headers.items()}


@lru_cache(maxsize=1024)
def tax_rate(name: str) -> Decimal | None:
    """The percentage written in a tax name (``"HST 13%"`` -> 13), or None. Cached: a file
    names the same few taxes on every order."""
    match = _RATE.search(name)
    return Decimal(match.group(1).replace(",", ".")) if match else None


def unit_price(line_total: Decimal, quantity: int) -> Decimal:
    """The price of one unit of a line, rounded half up to the cent; the line total itself
    when the quantity is 0."""
    return (line_total / quantity).quantize(CENT, ROUND_HALF_UP) if quantity else line_total


def single_tax(name: str, amount: Decimal) -> tuple[ImportedTax, ...]:
    """The order's tax lines when the channel reports one total: one line, none for zero."""
    return (ImportedTax(name, None, amount),) if amount else ()


def split_list(text: str, separator: str = ",") -> tuple[str, ...]:
    """Non-empty, stripped items of a separated list."""
    if not text:
        return ()
    return tuple(item.strip() for item in text.split(separator) if item.strip())


def note_attributes(text: str) -> tuple[tuple[str, str], ...]:
    """Shopify ``Note Attributes``: one ``key: value`` per line."""
    pairs = []
    for raw in text.splitlines():
        key, sep, value = raw.partition(":")
        if sep and key.strip():
            pairs.append((key.strip(), value.strip()))
    return tuple(pairs)


def gift_from_attributes(attributes: Sequence[tuple[str, str]]) -> tuple[bool, str]:
    """(gift, gift message) from note attributes such as ``Gift wrap: Yes``,
    ``Gift message: Happy birthday``."""
    gift, message = False, ""
    for key, value in attributes:
        folded = key.casefold()
        if "gift" not in folded:
            continue
        if "message" in folded or "note" in folded:
            message = value
            gift = gift or bool(value)
        else:
            gift = gift or value.casefold() not in _GIFT_FALSE
    return gift, message


def fill_missing_currency(file: str, orders: list[ImportedOrder], problems: list[Problem],
                          default: str | None = None) -> list[ImportedOrder]:
    """Give orders without a currency the file's most common one (else ``default``), with a
    warning each. Channels leave the currency out of rows without money (Amazon's cancelled
    items, the Unshipped report); when neither source gives one the currency stays ``""``."""
    if all(o.currency for o in orders):
        return orders
    seen = Counter(o.currency for o in orders if o.currency)
    usual = seen.most_common(1)[0][0] if seen else default
    result = []
    for order in orders:
        if not order.currency:
            message = (f"order {order.number} has no currency; assumed {usual}" if usual
                       else f"order {order.number} has no currency")
            problems.append(Problem(file, order.first_line, "currency", "", message, "warning"))
            if usual:
                order = replace(order, currency=usual)
        result.append(order)
    return result
