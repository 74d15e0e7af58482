"""The accounting workbook: ``build(data, out)``.

Sheets: Orders, Order lines, Payments, Refunds, Shipping, Daily summary, Tax summary,
Inventory valuation. Numbers are numbers, timestamps are datetimes in ``data.tz``, money cells
carry their currency's number format. Every list sheet ends with one totals row per currency
(below a blank row, outside the autofilter); amounts in different currencies are never added.

Daily summary, per day and currency, over orders not cancelled: gross sales (line gross),
discounts, shipping, tax, refunds (by refund date), net sales = gross - discounts - refunds,
order count and average order value (order totals / order count).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import tzinfo
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook

from reports.spreadsheets.data import ZERO, AccountingData
from reports.spreadsheets.sheet import Column, Sheet, as_date, totals_by_currency

CENT = Decimal("0.01")
Row = tuple[Sequence[object], str]


def build(data: AccountingData, out: str | Path | BinaryIO) -> None:
    """Write the accounting workbook for ``data`` to ``out`` (a path or a binary file)."""
    workbook = Workbook(write_only=True)
    tz = data.tz
    _list_sheet(workbook, "Orders", [
        Column("Order"), Column("Channel", width=12), Column("Date", "datetime"),
        Column("Customer", width=24), Column("Email", width=28), Column("Country", width=8),
        Column("Currency", width=9), Column("Items", "money"), Column("Discount", "money"),
        Column("Shipping", "money"), Column("Tax", "money"), Column("Total", "money"),
        Column("Paid", "money"), Column("Refunded", "money"), Column("Payment", width=18),
        Column("Fulfillment", width=12), Column("Cancelled", width=10),
    ], (([o.number, o.channel, o.ordered_at, o.customer_name, o.email, o.country, o.currency,
          o.items, o.discount, o.shipping, o.tax, o.total, o.paid, o.refunded,
          o.payment_status, o.fulfillment, "yes" if o.cancelled else "no"], o.currency)
        for o in data.orders), range(7, 14), tz)
    _list_sheet(workbook, "Order lines", [
        Column("Order"), Column("Date", "datetime"), Column("SKU"), Column("Product", width=36),
        Column("Quantity", "int"), Column("Currency", width=9), Column("Unit price", "money"),
        Column("Gross", "money"), Column("Discount", "money"), Column("Net", "money"),
        Column("Tax", "money"), Column("Tax name"), Column("Tax rate %", "number"),
    ], (([ln.order_number, ln.ordered_at, ln.sku, ln.name, ln.quantity, ln.currency,
          ln.unit_price, ln.gross, ln.discount, ln.net, ln.tax, ln.tax_name, ln.tax_rate],
         ln.currency) for ln in data.lines), (7, 8, 9, 10), tz)
    _list_sheet(workbook, "Payments", [
        Column("Order"), Column("Date", "datetime"), Column("Method", width=24),
        Column("Reference", width=20), Column("Currency", width=9), Column("Amount", "money"),
    ], (([p.order_number, p.paid_at, p.method, p.reference, p.currency, p.amount], p.currency)
        for p in data.payments), (5,), tz)
    _list_sheet(workbook, "Refunds", [
        Column("Order"), Column("Date", "datetime"), Column("Credit note"),
        Column("Reason", width=24), Column("Currency", width=9), Column("Items", "money"),
        Column("Shipping", "money"), Column("Tax", "money"),
        Column("Restocking fee", "money"), Column("Refunded", "money"),
    ], (([r.order_number, r.refunded_at, r.credit_note, r.reason, r.currency, r.items,
          r.shipping, r.tax, r.restocking_fee, r.total], r.currency) for r in data.refunds),
        (5, 6, 7, 8, 9), tz)
    _shipping_sheet(workbook, data)
    _daily_summary(workbook, data)
    _tax_summary(workbook, data)
    _list_sheet(workbook, "Inventory valuation", [
        Column("SKU"), Column("Product", width=36), Column("Location", width=12),
        Column("Quantity", "int"), Column("Currency", width=9), Column("Unit cost", "money"),
        Column("Value", "money"),
    ], (([i.sku, i.name, i.location, i.quantity, i.currency, i.unit_cost, i.value],
         i.currency) for i in data.inventory), (6,), tz)
    workbook.save(out)


def _list_sheet(workbook: Workbook, title: str, columns: list[Column], rows: Iterable[Row],
                summed: Iterable[int], tz: tzinfo) -> None:
    """Stream ``rows`` into a sheet and add a totals row per currency for columns ``summed``."""
    sheet = Sheet(workbook, title, columns, tz)
    summed = tuple(summed)
    sums: dict[str, list[Decimal]] = {}
    count = 0
    for values, currency in rows:
        sheet.row(values, currency)
        bucket = sums.get(currency)
        if bucket is None:
            bucket = sums[currency] = [ZERO] * len(summed)
        for index, position in enumerate(summed):
            bucket[index] += values[position] or ZERO
        count += 1
    _totals(sheet, sums, summed, count)


def _totals(sheet: Sheet, sums: dict[str, list[Decimal]], summed: Sequence[int],
            count: int) -> None:
    if sums:
        sheet.row([])
    for currency in sorted(sums):
        values: list[object] = [None] * len(sheet.columns)
        values[0] = f"Total {currency}"
        for amount, position in zip(sums[currency], summed):
            values[position] = amount
        sheet.row(values, currency, bold=True)
    sheet.finish(count)


def _shipping_sheet(workbook: Workbook, data: AccountingData) -> None:
    columns = [
        Column("Order"), Column("Shipped", "datetime"), Column("Carrier", width=12),
        Column("Service", width=20), Column("Tracking", width=24), Column("Currency", width=9),
        Column("Charged", "money"), Column("Label cost", "money"), Column("Margin", "money"),
        Column("Label currency", width=9),
    ]
    sheet = Sheet(workbook, "Shipping", columns, data.tz)
    charged = totals_by_currency(((s.currency, (s.charged,)) for s in data.shipments), 1)
    cost = totals_by_currency(((s.label_currency or s.currency, (s.label_cost,))
                               for s in data.shipments), 1)
    for s in data.shipments:
        label_currency = s.label_currency or s.currency
        margin = s.charged - s.label_cost if label_currency == s.currency else None
        sheet.row([s.order_number, s.shipped_at, s.carrier, s.service, s.tracking, s.currency,
                   s.charged, s.label_cost, margin, label_currency], s.currency,
                  currencies={7: label_currency})
    if data.shipments:
        sheet.row([])
    for currency in sorted(set(charged) | set(cost)):
        paid_in = charged.get(currency, [ZERO])[0]
        spent = cost.get(currency, [ZERO])[0]
        sheet.row([f"Total {currency}", None, None, None, None, currency, paid_in, spent,
                   paid_in - spent, currency], currency, bold=True)
    sheet.finish(len(data.shipments))


def _daily_summary(workbook: Workbook, data: AccountingData) -> None:
    tz = data.tz
    cancelled = {o.number for o in data.orders if o.cancelled}
    days: dict[tuple, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for order in data.orders:
        if order.cancelled:
            continue
        day = days[(as_date(order.ordered_at, tz), order.currency)]
        day["orders"] += 1
        day["discount"] += order.discount
        day["shipping"] += order.shipping
        day["tax"] += order.tax
        day["total"] += order.total
    for line in data.lines:
        if line.order_number not in cancelled:
            days[(as_date(line.ordered_at, tz), line.currency)]["gross"] += line.gross
    for refund in data.refunds:
        days[(as_date(refund.refunded_at, tz), refund.currency)]["refunds"] += refund.total
    sheet = Sheet(workbook, "Daily summary", [
        Column("Date", "date"), Column("Currency", width=9), Column("Orders", "int"),
        Column("Gross sales", "money"), Column("Discounts", "money"),
        Column("Shipping", "money"), Column("Tax", "money"), Column("Refunds", "money"),
        Column("Net sales", "money"), Column("Average order value", "money"),
    ], tz)
    summed = (2, 3, 4, 5, 6, 7, 8)
    sums: dict[str, list[Decimal]] = {}
    for (day, currency) in sorted(days):
        values = _summary_values(day, currency, days[(day, currency)])
        sheet.row(values, currency)
        bucket = sums.setdefault(currency, [ZERO] * len(summed))
        for index, position in enumerate(summed):
            bucket[index] += values[position]
    if sums:
        sheet.row([])
    for currency in sorted(sums):
        count = sums[currency][0]
        totals = dict(zip(summed, sums[currency]))
        total_value = sum((days[k]["total"] for k in days if k[1] == currency), ZERO)
        sheet.row([None, currency, int(count), *(totals[p] for p in summed[1:]),
                   _average(total_value, count)], currency, bold=True)
    sheet.finish(len(days))


def _summary_values(day, currency: str, figures: dict[str, Decimal]) -> list:
    orders = figures["orders"]
    net = figures["gross"] - figures["discount"] - figures["refunds"]
    return [day, currency, int(orders), figures["gross"], figures["discount"],
            figures["shipping"], figures["tax"], figures["refunds"], net,
            _average(figures["total"], orders)]


def _average(total: Decimal, count: Decimal) -> Decimal | None:
    return (total / count).quantize(CENT, ROUND_HALF_UP) if count else None


def _tax_summary(workbook: Workbook, data: AccountingData) -> None:
    groups: dict[tuple, list] = {}
    for tax in data.taxes:
        key = (tax.currency, tax.name, tax.rate if tax.rate is not None else Decimal(-1))
        bucket = groups.setdefault(key, [ZERO, ZERO, set()])
        bucket[0] += tax.taxable
        bucket[1] += tax.amount
        bucket[2].add(tax.order_number)
    sheet = Sheet(workbook, "Tax summary", [
        Column("Currency", width=9), Column("Tax", width=20), Column("Rate %", "number"),
        Column("Taxable amount", "money"), Column("Tax amount", "money"),
        Column("Orders", "int"),
    ], data.tz)
    sums: dict[str, list[Decimal]] = {}
    for key in sorted(groups):
        currency, name, rate = key
        taxable, amount, orders = groups[key]
        sheet.row([currency, name, rate if rate >= 0 else None, taxable, amount, len(orders)],
                  currency)
        bucket = sums.setdefault(currency, [ZERO, ZERO])
        bucket[0] += taxable
        bucket[1] += amount
    if sums:
        sheet.row([])
    for currency in sorted(sums):
        sheet.row([currency, f"Total {currency}", None, *sums[currency]], currency, bold=True)
    sheet.finish(len(groups))
