"""What single and bulk order creation share: input checks (same order, same messages),
totals and payment status.

Totals are computed in integer cents, the form the database stores: :func:`cent_totals` is the
one formula, :func:`totals` gives its result as two-place Decimals for code that works with
order objects.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from desktop.errors import InvalidInput, Text, translatable
from desktop.money import from_cents, to_cents

if TYPE_CHECKING:
    from desktop.services.orders import LineInput, OrderInput


def check_header(data: OrderInput) -> str:
    """Check customer, lines, country and currency; return the ship-to country upper-cased."""
    if not data.customer_name.strip():
        raise InvalidInput("customer", data.customer_name, "must not be empty")
    if not data.lines:
        raise InvalidInput("line", "", "an order needs at least one line")
    country = data.ship_to.country.strip().upper()
    if len(country) != 2 or not country.isalpha():
        raise InvalidInput("country", data.ship_to.country, "must be a two-letter ISO code such as US, IT, TH")
    if len(data.currency) != 3 or not data.currency.isalpha():
        raise InvalidInput("currency", data.currency, "must be a three-letter ISO code such as USD, EUR")
    return country


def check_quantity(index: int, line: LineInput) -> None:
    if not isinstance(line.quantity, int) or line.quantity <= 0:
        raise InvalidInput(Text("line {index} quantity", index=index), line.quantity, "must be a positive whole number")


def check_line_amounts(index: int, line: LineInput, price: Decimal) -> None:
    """After the SKU is known: no negative price, discount or tax."""
    if not (price < 0 or line.discount < 0 or line.tax < 0):
        return
    for name, value in ((translatable("price"), price), (translatable("discount"), line.discount),
                        (translatable("tax"), line.tax)):
        if value < 0:
            raise InvalidInput(Text("line {index} {field}", index=index, field=Text(name)), str(value), "must not be negative")


def check_amounts(data: OrderInput) -> None:
    if data.shipping < 0:
        raise InvalidInput("shipping", str(data.shipping), "must not be negative")
    if data.paid < 0:
        raise InvalidInput("paid", str(data.paid), "must not be negative")


class Totals(NamedTuple):
    """An order's money columns derived from its lines and shipping, each rounded to cents."""

    subtotal: Decimal
    discount_total: Decimal
    tax_total: Decimal
    total: Decimal


class CentTotals(NamedTuple):
    """:class:`Totals` in integer cents."""

    subtotal: int
    discount_total: int
    tax_total: int
    total: int


@lru_cache(maxsize=8192)
def cents(amount: Decimal) -> int:
    """``to_cents(amount)``, cached: the orders of one file repeat the same few prices."""
    return to_cents(amount)


def cent_totals(lines: Iterable[tuple[int, int, int, int]], shipping: int, taxes_included: bool) -> CentTotals:
    """Totals of ``lines`` given as (unit price, quantity, discount, tax) in cents:
    total = subtotal - discounts + shipping, plus tax unless ``taxes_included``."""
    subtotal = discount = tax = 0
    for unit_price, quantity, line_discount, line_tax in lines:
        subtotal += unit_price * quantity
        discount += line_discount
        tax += line_tax
    return CentTotals(subtotal, discount, tax, subtotal - discount + (0 if taxes_included else tax) + shipping)


def totals(lines: Iterable[tuple[Decimal, int, Decimal, Decimal]], shipping: Decimal,
           taxes_included: bool) -> Totals:
    """:func:`cent_totals` of two-place Decimal amounts (each line amount already rounded), as
    two-place Decimals."""
    in_cents = cent_totals(((cents(price), quantity, cents(discount), cents(tax))
                            for price, quantity, discount, tax in lines), cents(shipping), taxes_included)
    return Totals(*map(from_cents, in_cents))


def payment_status(paid: Decimal | int, total: Decimal | int) -> str:
    """``pending`` when nothing is paid, ``paid`` when the total is covered, else ``partially_paid``
    (both amounts in the same unit: Decimals or cents)."""
    if paid <= 0:
        return "pending"
    return "paid" if paid >= total else "partially_paid"
