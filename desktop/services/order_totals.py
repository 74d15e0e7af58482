"""Order arithmetic shared by single and bulk order creation: totals and payment status."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import NamedTuple

from desktop.money import ZERO, q


class Totals(NamedTuple):
    """An order's money columns derived from its lines and shipping, each rounded to cents."""

    subtotal: Decimal
    discount_total: Decimal
    tax_total: Decimal
    total: Decimal


def totals(lines: Iterable[tuple[Decimal, int, Decimal, Decimal]], shipping: Decimal,
           taxes_included: bool) -> Totals:
    """Totals of ``lines`` given as (unit price, quantity, discount, tax) with the line amounts
    already rounded: total = subtotal - discounts + shipping, plus tax unless ``taxes_included``."""
    subtotal = discount = tax = ZERO
    for unit_price, quantity, line_discount, line_tax in lines:
        subtotal += unit_price * quantity
        discount += line_discount
        tax += line_tax
    subtotal, discount, tax = q(subtotal), q(discount), q(tax)
    return Totals(subtotal, discount, tax, q(subtotal - discount + (ZERO if taxes_included else tax) + shipping))


def payment_status(paid: Decimal, total: Decimal) -> str:
    """``pending`` when nothing is paid, ``paid`` when the total is covered, else ``partially_paid``."""
    if paid <= 0:
        return "pending"
    return "paid" if paid >= total else "partially_paid"
