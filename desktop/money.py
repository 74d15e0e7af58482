"""Money helpers: amounts are ``Decimal`` with two places, never floats."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop.errors import InvalidInput, Text

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def q(value: Decimal | int | str) -> Decimal:
    """Round to cents, half up (the rounding shops and tax offices use)."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def parse_money(field: str | Text, text: str | Decimal | int | None, *, allow_negative: bool = False) -> Decimal:
    """Parse a user-entered amount; raise :class:`InvalidInput` naming ``field`` when it is not one."""
    if text is None or text == "":
        return ZERO
    try:
        value = Decimal(str(text).strip())
    except InvalidOperation:
        raise InvalidInput(field, text, "is not an amount (use digits and a dot, e.g. 12.50)") from None
    if not value.is_finite():
        raise InvalidInput(field, text, "is not an amount")
    if value < 0 and not allow_negative:
        raise InvalidInput(field, text, "must not be negative")
    return q(value)


def to_cents(value: Decimal) -> int:
    """Exact integer cents of a two-place amount."""
    return int(q(value) * 100)


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)
