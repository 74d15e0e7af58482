"""Money as the window shows it: two decimals with thousands separators and the currency code
("1,234.50 EUR"). Amounts in different currencies are never added together. Any thread."""

from __future__ import annotations

from decimal import Decimal


def money_text(amount: Decimal | None, currency: str) -> str:
    """``amount`` in ``currency``; "" for None (a money field the role may not see)."""
    return "" if amount is None else f"{amount:,.2f} {currency}"
