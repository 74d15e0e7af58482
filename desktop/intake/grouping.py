"""Grouping the rows of one order (Shopify ``Name``, Amazon ``order-id`` ...) without holding
the whole file in memory."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from desktop.intake.columns import Cells
from desktop.intake.csvread import Record
from desktop.intake.model import ImportedOrder


@dataclass
class Group:
    """Consecutive records sharing an order key; ``broken`` when any of them could not be read."""

    key: str
    records: list[Record] = field(default_factory=list)
    broken: bool = False


def group_runs(records: Iterator[Record], cells: Cells, key: str, scattered: set[str],
               fallback: str | None = None) -> Iterator[Group]:
    """Yield runs of consecutive records with the same value in field ``key`` (or, where that
    cell is empty, in field ``fallback``).

    A broken record (bad quoting, wrong field count) joins the group its key names, or the
    current group when its key cannot be read, and marks it broken (its problem is recorded
    here). A row without a key is reported and skipped. A key seen again after its run ended
    is reported once and added to ``scattered``; the caller drops those orders, because
    importing part of an order is worse than importing none of it.
    """
    position = cells.columns.index[key]
    spare = cells.columns.index.get(fallback) if fallback else None
    finished: set[str] = set()
    current: Group | None = None
    for record in records:
        values = record.values
        value = values[position].strip() if position < len(values) else ""
        if not value and spare is not None and spare < len(values):
            value = values[spare].strip()
        if record.broken:
            cells.problem(record.line, "", "", record.broken)
            value = value or (current.key if current else "")
        if not value:
            if not record.broken:
                cells.problem(record.line, key, "", "missing order id; row skipped")
            continue
        if current is not None and value == current.key:
            current.records.append(record)
            current.broken = current.broken or record.broken is not None
            continue
        if current is not None:
            finished.add(current.key)
            yield current
        if value in finished and value not in scattered:
            scattered.add(value)
            cells.problem(record.line, key, value,
                          "rows of this order are not together; sort the file by order")
        current = Group(value, [record], record.broken is not None)
    if current is not None:
        yield current


def grouped_orders(records: Iterator[Record], cells: Cells, key: str,
                   build: Callable[[Cells, Group], ImportedOrder],
                   fallback: str | None = None) -> list[ImportedOrder]:
    """The orders ``build`` makes of the record groups ``group_runs`` yields, in file order.

    Broken groups, orders during whose building ``cells`` recorded an error, and orders whose
    rows are scattered over the file are left out whole (their problems are recorded).
    """
    scattered: set[str] = set()
    built: list[tuple[str, ImportedOrder]] = []
    for group in group_runs(records, cells, key, scattered, fallback):
        if group.broken:
            continue
        errors = cells.errors
        order = build(cells, group)
        if cells.errors == errors:
            built.append((group.key, order))
    return [order for order_key, order in built if order_key not in scattered]
