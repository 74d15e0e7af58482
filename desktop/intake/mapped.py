"""Any other order CSV/XLSX, read through a user-made column mapping (a saved profile).

A ``ColumnMapping`` maps our field names (``MAPPABLE_FIELDS``) to the file's headers. Rows
sharing ``order_id`` form one order with one line per row. Without a ``total`` column the
total is items minus line discounts plus shipping and tax (tax added unless
``prices_include_tax``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import partial

from desktop.intake.columns import Cells, Columns, Options
from desktop.intake.csvread import Table
from desktop.intake.grouping import Group, grouped_orders
from desktop.intake.model import ZERO, ImportedLine, ImportedOrder
from desktop.intake.orderparts import ADDRESS_PARTS, address, single_tax, split_list, unit_price

REQUIRED_FIELDS = ("order_id", "ordered_at", "quantity")
MAPPABLE_FIELDS = (
    "order_id", "number", "ordered_at", "customer_name", "email", "phone", "currency",
    "sku", "name", "quantity", "unit_price", "line_total", "line_discount", "line_tax",
    "shipping", "tax", "discount", "total", "refunded", "payment_status", "fulfillment",
    "notes", "tags", "shipping_service", "tracking_number", "promise_date", "ship_by",
    *(f"ship_{part}" for part in ADDRESS_PARTS),
    *(f"bill_{part}" for part in ADDRESS_PARTS),
)
_PAYMENT_WORDS = {
    "paid": "paid", "completed": "paid", "complete": "paid", "captured": "paid",
    "pending": "pending", "unpaid": "pending", "authorized": "authorized",
    "authorised": "authorized", "partially paid": "partially_paid",
    "partially_paid": "partially_paid", "partially refunded": "partially_refunded",
    "partially_refunded": "partially_refunded", "refunded": "refunded", "voided": "voided",
    "void": "voided", "cancelled": "voided", "canceled": "voided",
}
_FULFILLMENT_WORDS = {
    "fulfilled": "fulfilled", "shipped": "fulfilled", "delivered": "fulfilled",
    "partial": "partial", "partially shipped": "partial", "unfulfilled": "unfulfilled",
    "unshipped": "unfulfilled", "": "unfulfilled", "pending": "unfulfilled",
}


@dataclass(frozen=True)
class ColumnMapping:
    """A named profile: our field -> the file's header, plus how to read ambiguous values.

    Round-trips through ``to_json``/``from_json`` so the UI can store it as a profile.
    """

    name: str
    columns: dict[str, str] = field(default_factory=dict)
    channel: str = "custom"
    day_first: bool = False
    decimal_comma: bool = False
    prices_include_tax: bool = False

    def to_json(self) -> str:
        """The profile as a JSON object."""
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        """Read a profile saved by ``to_json``; unknown fields are a ValueError."""
        data = json.loads(text)
        unknown = set(data.get("columns", {})) - set(MAPPABLE_FIELDS)
        if unknown:
            raise ValueError(f"unknown fields in mapping: {', '.join(sorted(unknown))}")
        return cls(**data)

    def missing(self) -> list[str]:
        """Required fields this mapping does not map."""
        return [f for f in REQUIRED_FIELDS if not self.columns.get(f)]


def parse_mapped(table: Table, mapping: ColumnMapping, options: Options) -> list[ImportedOrder]:
    """Parse ``table`` through ``mapping``; missing required or absent headers are fatal."""
    synonyms = {ours: (theirs,) for ours, theirs in mapping.columns.items() if theirs}
    columns = Columns(table.headers, synonyms)
    cells = Options(options.tz, day_first=mapping.day_first,
                    decimal_comma=mapping.decimal_comma or options.decimal_comma,
                    default_currency=options.default_currency).cells(
        table.file, columns, table.problems, table.delimiter)
    absent = [f for f in synonyms if not columns.has(f)]
    for ours in absent + mapping.missing():
        header = mapping.columns.get(ours, "")
        message = (f"column {header!r} (mapped to {ours}) is not in the file" if header
                   else f"required field {ours!r} is not mapped")
        cells.problem(1, ours, header, message, "fatal")
    if absent or mapping.missing():
        return []
    return grouped_orders(table.records, cells, "order_id", partial(_order, mapping))


def _order(mapping: ColumnMapping, cells: Cells, group: Group) -> ImportedOrder:
    first = group.records[0]
    values, line = first.values, first.line
    lines = tuple(_line(cells, r.values, r.line) for r in group.records)
    shipping = cells.amount(values, line, "shipping")
    line_tax = sum((ln.tax for ln in lines), ZERO)
    tax = cells.optional_amount(values, line, "tax")
    tax = line_tax if tax is None else tax
    discount = cells.amount(values, line, "discount")
    total = cells.optional_amount(values, line, "total")
    if total is None:
        items = sum((ln.unit_price * ln.quantity - ln.discount for ln in lines), ZERO)
        total = items - discount + shipping + (ZERO if mapping.prices_include_tax else tax)
    payment_status = _word(cells, values, line, "payment_status", _PAYMENT_WORDS, "paid")
    fulfillment = _word(cells, values, line, "fulfillment", _FULFILLMENT_WORDS, "unfulfilled")
    ship_to = address(cells, values, "ship")
    bill_to = address(cells, values, "bill")
    ordered_at = cells.required_moment(values, line, "ordered_at")
    tracking = cells.code(values, "tracking_number")
    person = bill_to or ship_to
    return ImportedOrder(
        channel=mapping.channel,
        channel_order_id=group.key,
        number=cells.text(values, "number") or group.key,
        ordered_at=ordered_at,
        customer_name=cells.text(values, "customer_name") or (person.name if person else ""),
        email=cells.text(values, "email"),
        phone=cells.code(values, "phone") or (person.phone if person else ""),
        ship_to=ship_to,
        bill_to=bill_to,
        currency=cells.text(values, "currency").upper(),
        lines=lines,
        shipping=shipping,
        total=total,
        paid=total if payment_status in ("paid", "partially_refunded", "refunded") else ZERO,
        refunded=cells.amount(values, line, "refunded"),
        payment_status=payment_status,
        fulfillment=fulfillment,
        notes=cells.text(values, "notes"),
        tags=split_list(cells.text(values, "tags")),
        ship_by=cells.day(values, line, "ship_by"),
        promise_date=cells.day(values, line, "promise_date"),
        shipping_service=cells.text(values, "shipping_service"),
        tracking_numbers=(tracking,) if tracking else (),
        first_line=line,
        last_line=group.records[-1].line,
        cancelled=payment_status == "voided",
        discount=discount,
        tax=tax,
        taxes=single_tax("Tax", tax),
        prices_include_tax=mapping.prices_include_tax,
    )


def _line(cells: Cells, values: Sequence[str], line: int) -> ImportedLine:
    quantity = cells.quantity(values, line, "quantity")
    unit = cells.optional_amount(values, line, "unit_price")
    if unit is None:
        unit = unit_price(cells.amount(values, line, "line_total"), quantity)
    return ImportedLine(
        sku=cells.code(values, "sku"), name=cells.text(values, "name"), quantity=quantity,
        unit_price=unit, discount=cells.amount(values, line, "line_discount"),
        tax=cells.amount(values, line, "line_tax"), source_line=line,
    )


def _word(cells: Cells, values: Sequence[str], line: int, name: str,
          words: dict[str, str], default: str) -> str:
    if not cells.columns.has(name):
        return default
    raw = cells.text(values, name)
    found = words.get(raw.casefold().replace("-", " ").strip())
    if found is None:
        found = words.get(raw.casefold())
    if found is None:
        cells.problem(line, name, raw, f"unknown {name.replace('_', ' ')}; read as {default}",
                      "warning")
        return default
    return found
