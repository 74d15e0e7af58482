"""Converting the text of one cell into a typed value.

Every converter raises ``ValueError`` with a message a shop owner understands; the callers turn
it into a ``Problem`` naming the line, column and value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timezone, tzinfo
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

CENT = Decimal("0.01")
_CURRENCY_MARKS = str.maketrans("", "", " \u00a0\u202f$€£¥₹R")
_THOUSANDS = re.compile(r"-?\d{1,3}(,\d{3})+")
_CODE_AFTER_APOSTROPHE = re.compile(r"'[+0-9][0-9 \-]*")
_SLASHED = re.compile(
    r"(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})"
    r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?"
)
_TRUE = frozenset({"true", "yes", "y", "1", "t", "sim", "ja", "oui", "si", "sí"})
_FALSE = frozenset({"false", "no", "n", "0", "f", "não", "nao", "nein", "non", ""})


def clean_code(text: str) -> str:
    """Strip whitespace and the apostrophe spreadsheets put before numeric codes
    (``'4001`` -> ``4001``, ``'8720602828605``); other text keeps its apostrophe."""
    value = text.strip()
    if value[:1] == "'" and _CODE_AFTER_APOSTROPHE.fullmatch(value):
        return value[1:]
    return value


def parse_amount(text: str, *, decimal_comma: bool = False) -> Decimal:
    """Parse money (``40.9``, ``1,234.50``, ``€12,50``, ``(3.00)``) into a Decimal with two
    places. A lone comma is a thousands separator only in the ``1,234`` shape, unless
    ``decimal_comma`` (set for semicolon-delimited files) says commas are decimal points."""
    return amount_parser(decimal_comma)(text)


def amount_parser(decimal_comma: bool) -> Callable[[str], Decimal]:
    """``parse_amount`` with ``decimal_comma`` fixed, for readers of many cells. Results are
    cached: a shop's files repeat the same few prices on many rows."""
    return _comma_amount if decimal_comma else _point_amount


@lru_cache(maxsize=8192)
def _point_amount(text: str) -> Decimal:
    return _parse_amount(text, False)


@lru_cache(maxsize=8192)
def _comma_amount(text: str) -> Decimal:
    return _parse_amount(text, True)


def _parse_amount(text: str, decimal_comma: bool) -> Decimal:
    try:
        plain = Decimal(text)
    except InvalidOperation:
        plain = None
    if plain is not None and plain.is_finite():
        return plain.quantize(CENT, ROUND_HALF_UP)
    value = text.strip().translate(_CURRENCY_MARKS)
    negative = value.startswith("(") and value.endswith(")")
    if negative:
        value = value[1:-1]
    if "," in value:
        if "." in value:
            if value.rfind(",") > value.rfind("."):
                value = value.replace(".", "").replace(",", ".")
            else:
                value = value.replace(",", "")
        elif decimal_comma or not _THOUSANDS.fullmatch(value):
            value = value.replace(",", ".")
        else:
            value = value.replace(",", "")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ValueError("not an amount") from None
    if not number.is_finite():
        raise ValueError("not an amount")
    number = number.quantize(CENT, ROUND_HALF_UP)
    return -number if negative else number


def parse_decimal(text: str) -> Decimal:
    """Parse a plain decimal number (a weight, a rate) without rounding it."""
    value = text.strip()
    if "," in value and "." not in value:
        value = value.replace(",", ".")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ValueError("not a number") from None
    if not number.is_finite():
        raise ValueError("not a number")
    return number


def parse_int(text: str) -> int:
    """Parse a whole number; ``3.0`` (a spreadsheet's float) is accepted, ``2.5`` is not."""
    value = text.strip()
    try:
        return int(value)
    except ValueError:
        pass
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ValueError("not a whole number") from None
    if not number.is_finite() or number != number.to_integral_value():
        raise ValueError("not a whole number")
    return int(number)


def parse_bool(text: str) -> bool:
    """Parse ``TRUE``/``false``/``yes``/``1``/``sim`` and friends; empty is false."""
    value = text.strip().casefold()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValueError("not yes/no")


def parse_datetime(text: str, tz: tzinfo = timezone.utc, *, day_first: bool = False) -> datetime:
    """Parse a timestamp into an aware UTC datetime.

    Accepts ISO 8601 (``2022-07-18T18:52:47Z``, ``2025-03-20 05:20:57 -0700``, a bare date)
    and slashed dates (``12/26/21``, ``7/15/2020 14:03``; month first unless ``day_first``;
    ``2025/03/20`` year first; dotted ``20.03.2025`` is always day first). A value without an
    offset is read in ``tz``, the shop's time zone.
    """
    return _parse_datetime(text.strip(), tz, day_first)


def parse_local_date(text: str, *, day_first: bool = False) -> date:
    """Parse the calendar date as written, ignoring any time and offset."""
    return _parse_naive(text.strip(), day_first).date()


@lru_cache(maxsize=8192)
def _parse_datetime(value: str, tz: tzinfo, day_first: bool) -> datetime:
    moment = _parse_naive(value, day_first)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(timezone.utc)


def _parse_naive(value: str, day_first: bool) -> datetime:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        pass
    match = _SLASHED.fullmatch(value)
    if not match:
        raise ValueError("not a date")
    first, second, third, hour, minute, second_of_minute, half = match.groups()
    if len(first) == 4:
        year, month, day = int(first), int(second), int(third)
    elif day_first or "." in value:
        day, month, year = int(first), int(second), int(third)
    else:
        month, day, year = int(first), int(second), int(third)
    if len(third) == 2 and len(first) != 4:
        year += 2000
    hours = int(hour or 0)
    if half:
        hours = hours % 12 + (12 if half.lower() == "pm" else 0)
    try:
        return datetime(year, month, day, hours, int(minute or 0), int(second_of_minute or 0))
    except ValueError:
        raise ValueError("not a date") from None
