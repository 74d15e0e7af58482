"""Formatting of money amounts for printed documents (Decimal in, text out; never floats)."""

from __future__ import annotations

from functools import lru_cache

from babel.numbers import format_currency

from printing.labels import Money


@lru_cache(maxsize=4096)
def _format(amount: str, currency: str, locale: str) -> str:
    return format_currency(amount, currency, locale=locale)


def format_money(money: Money, locale: str = "en") -> str:
    """Return ``money`` formatted for ``locale`` (a babel/CLDR locale id), e.g. "€12.50"."""
    return _format(str(money.amount), money.currency.upper(), locale)
