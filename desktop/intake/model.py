"""Plain results of reading a marketplace or catalogue file, never changed once built.

Problems, products, stock rows and parse results are frozen dataclasses. The order records
(:class:`ImportedOrder` and its addresses, taxes and lines) are slotted dataclasses that are not
frozen: a frozen dataclass sets every field through ``object.__setattr__``, which made reading
the fifty thousand orders of a large export about a fifth slower. They are read-only by
convention, and one address object may serve as both ship-to and bill-to.

Nothing here knows about the database: the import service maps these values onto its own
models. Conventions shared by every parser:

* text that is absent in the file is ``""``; optional dates and numbers are ``None``;
* money is ``Decimal`` quantized to two places, in the order's ``currency``;
* ``source_line``/``first_line``/``last_line`` and ``Problem.line`` are physical 1-based line
  numbers in the file (the header is line 1, a quoted multi-line field counts every line it
  spans); for XLSX input they are worksheet row numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Literal

Severity = Literal["fatal", "error", "warning"]
PaymentStatus = Literal[
    "paid", "pending", "authorized", "partially_paid", "partially_refunded", "refunded", "voided"
]
Fulfillment = Literal["unfulfilled", "partial", "fulfilled"]
StockMode = Literal["set", "add"]
ZERO = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in a file, located precisely enough for a user to fix it.

    ``severity`` says what happened to the data:
    ``fatal``: the file as a whole cannot be used (nothing from it should be imported);
    ``error``: the record containing ``line`` was left out of the result;
    ``warning``: the record was kept, the message says what was adjusted or ignored.
    """

    file: str
    line: int
    column: str
    value: str
    message: str
    severity: Severity = "error"


@dataclass(slots=True)
class ImportedAddress:
    """A postal address; ``country`` is ISO 3166 alpha-2 where derivable, else as given."""

    name: str
    company: str
    line1: str
    line2: str
    city: str
    region: str
    postal_code: str
    country: str
    phone: str


@dataclass(slots=True)
class ImportedTax:
    """One tax charged on an order (Shopify ``Tax 1 Name``/``Tax 1 Value``, Amazon item tax)."""

    name: str
    rate: Decimal | None
    amount: Decimal


@dataclass(slots=True, kw_only=True)
class ImportedLine:
    """One ordered item. ``discount`` and ``tax`` are totals for the line, not per unit.

    Keyword-only; what the channel's file does not carry keeps its absent default.
    """

    sku: str
    name: str
    quantity: int
    unit_price: Decimal
    discount: Decimal = ZERO
    tax: Decimal = ZERO
    tax_name: str | None = None
    tax_rate: Decimal | None = None
    source_line: int
    variant: str = ""


@dataclass(slots=True, kw_only=True)
class ImportedOrder:
    """One order as the channel reported it.

    ``channel_order_id`` is the channel's stable id (the idempotency key together with
    ``channel``); ``number`` is what people call the order (``#1042``). ``ordered_at`` is
    timezone-aware UTC. ``total`` is what the customer was charged, ``paid`` what was captured
    (``total`` minus any outstanding balance), ``refunded`` what was given back.
    ``taxes`` lists the order's tax lines; ``tax`` is their total as the channel reported it;
    ``prices_include_tax`` is true when line prices and ``total`` already contain ``tax``.
    Keyword-only; what the channel's file does not carry keeps its absent default.
    """

    channel: str
    channel_order_id: str
    number: str
    ordered_at: datetime
    customer_name: str
    email: str = ""
    phone: str = ""
    ship_to: ImportedAddress | None
    bill_to: ImportedAddress | None = None
    currency: str
    lines: tuple[ImportedLine, ...]
    shipping: Decimal
    shipping_tax: Decimal = ZERO
    total: Decimal
    paid: Decimal
    refunded: Decimal = ZERO
    payment_status: PaymentStatus
    fulfillment: Fulfillment
    cancelled_at: datetime | None = None
    notes: str = ""
    gift: bool = False
    gift_message: str = ""
    tags: tuple[str, ...] = ()
    ship_by: date | None = None
    promise_date: date | None = None
    shipping_service: str = ""
    tracking_numbers: tuple[str, ...] = ()
    first_line: int
    last_line: int
    cancelled: bool = False
    discount: Decimal = ZERO
    discount_codes: tuple[str, ...] = ()
    tax: Decimal = ZERO
    taxes: tuple[ImportedTax, ...] = ()
    prices_include_tax: bool = False
    payment_method: str = ""
    note_attributes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class ImportedProduct:
    """One sellable variant of a catalogue. ``quantity`` is on-hand stock when the file has it."""

    sku: str
    name: str
    barcode: str | None
    price: Decimal | None
    cost: Decimal | None
    weight_kg: Decimal | None
    quantity: int | None
    location: str
    active: bool
    source_line: int


@dataclass(frozen=True, slots=True)
class StockRow:
    """Set or add ``quantity`` of ``sku`` at ``location`` (``""`` means the default location)."""

    sku: str
    quantity: int
    location: str
    mode: StockMode
    source_line: int


@dataclass(frozen=True, slots=True)
class ParseResult:
    """What a parser found: orders, products or stock rows (by parser kind) and problems."""

    format: str
    orders: tuple[ImportedOrder, ...] = ()
    problems: tuple[Problem, ...] = ()
    products: tuple[ImportedProduct, ...] = ()
    stock: tuple[StockRow, ...] = ()

    @property
    def fatal(self) -> bool:
        """True when the file as a whole cannot be imported."""
        return any(p.severity == "fatal" for p in self.problems)
