"""Finding our fields in a file's header row and reading typed cells with located problems."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, timezone, tzinfo
from decimal import Decimal
from operator import itemgetter

from desktop.intake.model import ZERO, Problem, Severity
from desktop.intake.values import (
    amount_parser,
    clean_code,
    parse_bool,
    parse_datetime,
    parse_decimal,
    parse_int,
    parse_local_date,
)

_NON_WORD = re.compile(r"[\W_]+")


def normalise(name: str) -> str:
    """Header key: case-folded words (``"Lineitem  SKU"``, ``"lineitem_sku"`` -> ``"lineitem sku"``)."""
    return _NON_WORD.sub(" ", name.replace("\ufeff", "").casefold()).strip()


class Columns:
    """Where each of our field names sits in a header row.

    ``synonyms`` maps a field to the header names that may carry it, preferred first; the
    first header (left to right) matching a name wins, names compared by ``normalise``.
    """

    def __init__(self, headers: Sequence[str], synonyms: Mapping[str, Sequence[str]]) -> None:
        positions: dict[str, int] = {}
        for position, header in enumerate(headers):
            positions.setdefault(normalise(header), position)
        self.index: dict[str, int] = {}
        self.header: dict[str, str] = {}
        for name, candidates in synonyms.items():
            for candidate in candidates:
                position = positions.get(normalise(candidate))
                if position is not None:
                    self.index[name] = position
                    self.header[name] = headers[position]
                    break

    def has(self, name: str) -> bool:
        """True when the file has a column for field ``name``."""
        return name in self.index

    def missing(self, names: Iterable[str]) -> list[str]:
        """The fields among ``names`` that no header provides."""
        return [n for n in names if n not in self.index]


class Cells:
    """Typed reading of one file's cells.

    Each reader returns a default for an empty cell; for a bad value it records a Problem
    (naming the line, the file's header and the value) and increments ``errors``, so a parser
    compares ``errors`` before and after a record to decide whether to keep it.
    """

    def __init__(
        self,
        file: str,
        columns: Columns,
        problems: list[Problem],
        *,
        tz: tzinfo = timezone.utc,
        day_first: bool = False,
        decimal_comma: bool = False,
    ) -> None:
        self.file = file
        self.columns = columns
        self.problems = problems
        self.tz = tz
        self.day_first = day_first
        self.decimal_comma = decimal_comma
        self.errors = 0
        self._index = columns.index
        self._amount = amount_parser(decimal_comma)

    def problem(self, line: int, name: str, value: str, message: str,
                severity: Severity = "error") -> None:
        """Record a problem about field ``name`` (reported under the file's header name)."""
        column = self.columns.header.get(name, name)
        self.problems.append(Problem(self.file, line, column, value, message, severity))
        if severity != "warning":
            self.errors += 1

    def text(self, values: Sequence[str], name: str) -> str:
        """The cell stripped of surrounding whitespace; ``""`` when the column is absent."""
        position = self._index.get(name)
        return values[position].strip() if position is not None else ""

    def texts(self, names: Sequence[str]) -> Callable[[Sequence[str]], tuple[str, ...]]:
        """A reader of fields ``names`` from one row: their cells as ``text`` gives them, in
        that order. Header positions are resolved once, here, for parsers reading many rows."""
        positions = [self._index.get(name) for name in names]
        present = [p for p in positions if p is not None]
        pick = _picker(present)
        if len(present) == len(positions):
            return lambda values: tuple(map(str.strip, pick(values)))
        slots = iter(range(len(present)))
        arrange = _picker([len(present) if p is None else next(slots) for p in positions])
        return lambda values: arrange((*map(str.strip, pick(values)), ""))

    def code(self, values: Sequence[str], name: str) -> str:
        """A code (zip, SKU, barcode, phone) without the spreadsheet's leading apostrophe."""
        position = self._index.get(name)
        return clean_code(values[position]) if position is not None else ""

    def required(self, values: Sequence[str], line: int, name: str) -> str:
        """A cell that must not be empty; records a problem when it is."""
        return self.required_text(self.text(values, name), line, name)

    def required_text(self, raw: str, line: int, name: str) -> str:
        """``required`` for a cell already read (stripped) as ``raw``."""
        if not raw:
            self.problem(line, name, "", "missing required value")
        return raw

    def amount(self, values: Sequence[str], line: int, name: str,
               default: Decimal = ZERO) -> Decimal:
        """Money with two places; ``default`` when empty or bad (bad is reported)."""
        return self.amount_text(self.text(values, name), line, name, default)

    def amount_text(self, raw: str, line: int, name: str, default: Decimal = ZERO) -> Decimal:
        """``amount`` for a cell already read (stripped) as ``raw``."""
        return self._amount_or(raw, line, name, default)

    def optional_amount(self, values: Sequence[str], line: int, name: str) -> Decimal | None:
        """Money with two places, or None when the cell is empty or bad (bad is reported)."""
        return self._amount_or(self.text(values, name), line, name, None)

    def optional_amount_text(self, raw: str, line: int, name: str) -> Decimal | None:
        """``optional_amount`` for a cell already read (stripped) as ``raw``."""
        return self._amount_or(raw, line, name, None)

    def _amount_or(self, raw: str, line: int, name: str, default: Decimal | None) -> Decimal | None:
        """The amount in ``raw``; ``default`` when it is empty or bad (bad is reported)."""
        if not raw:
            return default
        try:
            return self._amount(raw)
        except ValueError as error:
            self.problem(line, name, raw, f"{error} (expected a number like 12.50)")
            return default

    def number(self, values: Sequence[str], line: int, name: str) -> Decimal | None:
        """An unrounded decimal (weight, rate), or None when empty or bad (bad is reported)."""
        raw = self.text(values, name)
        if not raw:
            return None
        try:
            return parse_decimal(raw)
        except ValueError as error:
            self.problem(line, name, raw, str(error))
            return None

    def integer(self, values: Sequence[str], line: int, name: str) -> int | None:
        """A whole number, or None when empty or bad (bad is reported)."""
        return self.integer_text(self.text(values, name), line, name)

    def integer_text(self, raw: str, line: int, name: str) -> int | None:
        """``integer`` for a cell already read (stripped) as ``raw``."""
        if not raw:
            return None
        try:
            return parse_int(raw)
        except ValueError as error:
            self.problem(line, name, raw, str(error))
            return None

    def quantity(self, values: Sequence[str], line: int, name: str) -> int:
        """A required whole quantity of 0 or more; 0 after reporting when empty or bad."""
        return self.quantity_text(self.text(values, name), line, name)

    def quantity_text(self, raw: str, line: int, name: str) -> int:
        """``quantity`` for a cell already read (stripped) as ``raw``."""
        if not raw:
            self.problem(line, name, "", "missing quantity")
            return 0
        number = self.integer_text(raw, line, name)
        if number is not None and number < 0:
            self.problem(line, name, raw, "quantity cannot be negative")
        return number if number is not None and number >= 0 else 0

    def moment(self, values: Sequence[str], line: int, name: str) -> datetime | None:
        """An aware UTC timestamp, or None when empty or bad (bad is reported)."""
        return self.moment_text(self.text(values, name), line, name)

    def moment_text(self, raw: str, line: int, name: str) -> datetime | None:
        """``moment`` for a cell already read (stripped) as ``raw``."""
        if not raw:
            return None
        try:
            return parse_datetime(raw, self.tz, day_first=self.day_first)
        except ValueError as error:
            self.problem(line, name, raw, f"{error} (expected e.g. 2025-03-20 05:20:57 -0700)")
            return None

    def required_moment(self, values: Sequence[str], line: int, name: str) -> datetime | None:
        """A timestamp that must be there: ``moment``, reporting an empty cell as missing."""
        return self.required_moment_text(self.text(values, name), line, name)

    def required_moment_text(self, raw: str, line: int, name: str) -> datetime | None:
        """``required_moment`` for a cell already read (stripped) as ``raw``."""
        return self.moment_text(self.required_text(raw, line, name), line, name)

    def day(self, values: Sequence[str], line: int, name: str) -> date | None:
        """A calendar date as written, or None when empty or bad (bad is reported)."""
        raw = self.text(values, name)
        if not raw:
            return None
        try:
            return parse_local_date(raw, day_first=self.day_first)
        except ValueError as error:
            self.problem(line, name, raw, str(error))
            return None

    def flag(self, values: Sequence[str], line: int, name: str, default: bool) -> bool:
        """A yes/no cell; ``default`` when the column is absent or the cell is empty."""
        raw = self.text(values, name)
        if not raw:
            return default
        try:
            return parse_bool(raw)
        except ValueError as error:
            self.problem(line, name, raw, str(error), "warning")
            return default


def _picker(positions: Sequence[int]) -> Callable[[Sequence[str]], tuple[str, ...]]:
    """A function giving the items at ``positions`` of a sequence, always as a tuple."""
    if len(positions) == 1:
        position = positions[0]
        return lambda values: (values[position],)
    return itemgetter(*positions) if positions else lambda values: ()


class Options:
    """How to read values a file leaves ambiguous.

    ``tz``: the shop's time zone for timestamps without an offset; ``day_first``: read
    ``03/04/2025`` as 3 April; ``decimal_comma``: read ``12,50`` as 12.5 (implied for
    semicolon-delimited files); ``default_currency``: for orders whose file names none.
    """

    __slots__ = ("tz", "day_first", "decimal_comma", "default_currency")

    def __init__(self, tz: tzinfo = timezone.utc, *, day_first: bool = False,
                 decimal_comma: bool = False, default_currency: str | None = None) -> None:
        self.tz = tz
        self.day_first = day_first
        self.decimal_comma = decimal_comma
        self.default_currency = default_currency

    def cells(self, file: str, columns: Columns, problems: list[Problem],
              delimiter: str = ",") -> Cells:
        """A Cells reader for one file with these options."""
        return Cells(file, columns, problems, tz=self.tz, day_first=self.day_first,
                     decimal_comma=self.decimal_comma or delimiter == ";")
