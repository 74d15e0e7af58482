"""``packline demo``: realistic demo data, up to a million orders in minutes.

Catalogue, bins and staff are created through the ordinary services. Orders and everything
that follows them (allocations, shipments, stock moves, returns, refunds, audit entries) are
written with bulk inserts in batches; each batch is one transaction that receives exactly the
stock it ships or reserves, so the ledger, the cached levels and every other invariant hold
after each commit. A run killed part way leaves the batches already committed, and a database
that passes ``db check``.
"""

from __future__ import annotations

import random
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from desktop.auth import SYSTEM
from desktop.db.uow import Database
from desktop.models import (
    Allocation, AuditEntry, Counter, KitComponent, Location, Order, OrderLine, Product, Refund, RefundLine,
    ReturnLine, ReturnReceipt, Rma, Shipment, ShipmentLine, StockLevel, StockMove, User, Warehouse,
)
from desktop.money import ZERO, q
from desktop.services import catalog, stock, users
from desktop.services.catalog import ProductInput
from desktop.services.demo_data import ADJECTIVES, CARRIERS, CHANNELS, COUNTRIES, NAMES, NOUNS, PLACES, demo_ean13
from desktop.services.returns import RETURN_REASONS

Progress = Callable[[int, int], bool]
"""``progress(done, total)``; returning False stops after the current batch."""

STAFF = (("alice", "manager"), ("bruno", "clerk"), ("chai", "packer"), ("dana", "clerk"))
DEMO_PREFIX = "PL-"


@dataclass(frozen=True)
class DemoSummary:
    orders: int
    products: int
    seconds: float


@dataclass
class _Catalog:
    products: list[tuple[int, str, str, Decimal, bool]]
    components: dict[int, list[tuple[int, int]]]
    home: dict[int, int]
    customer: int
    supplier: int
    quarantine: int
    staff: list[tuple[int, str]]


@dataclass
class _Batch:
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    on_hand: dict[tuple[int, int], int] = field(default_factory=lambda: defaultdict(int))
    reserved: dict[tuple[int, int], int] = field(default_factory=lambda: defaultdict(int))
    shipped_out: dict[tuple[int, int], int] = field(default_factory=lambda: defaultdict(int))


def load_demo(db: Database, orders: int = 2000, seed: int = 1, batch_size: int = 5000,
              progress: Progress | None = None) -> DemoSummary:
    started = time.perf_counter()
    rng = random.Random(seed)
    cat = _setup(db, rng)
    ids = _Ids(db)
    now = datetime.now(timezone.utc).replace(microsecond=0)
    span = timedelta(days=min(max(orders / 300, 30), 1095))
    done = 0
    while done < orders:
        count = min(batch_size, orders - done)
        batch = _Batch()
        for i in range(done, done + count):
            at = now - span * (1 - i / orders) - timedelta(minutes=rng.randint(0, 59))
            _order(batch, cat, ids, rng, at, now)
        _write(db, batch, cat, ids)
        done += count
        if progress is not None and progress(done, orders) is False:
            break
    return DemoSummary(done, len(cat.products), time.perf_counter() - started)


def _setup(db: Database, rng: random.Random) -> _Catalog:
    """Bins, products, kits and staff through the services (skipped where they exist)."""
    with db.uow(SYSTEM) as uow:
        session = uow.session
        if not session.scalars(select(Warehouse).where(Warehouse.code == "WEST")).first():
            stock.add_warehouse(uow, "WEST", "West depot")
        existing_bins = set(session.scalars(select(Location.code)))
        for warehouse, aisles in (("MAIN", "ABC"), ("WEST", "D")):
            for aisle in aisles:
                for shelf in range(1, 5):
                    for level in range(1, 4):
                        code = f"{aisle}-{shelf:02d}-{level:02d}"
                        if code not in existing_bins:
                            stock.add_bin(uow, code, warehouse)
        have = set(session.scalars(select(Product.sku).where(Product.sku.like(f"{DEMO_PREFIX}%"))))
        index = 0
        for adjective in ADJECTIVES:
            for noun in NOUNS[: 8]:
                index += 1
                sku = f"{DEMO_PREFIX}{index:04d}"
                if sku in have:
                    continue
                price = Decimal(rng.randrange(400, 9000)) / 100
                catalog.add_product(uow, ProductInput(
                    sku=sku, name=f"{adjective} {noun}", barcode=demo_ean13(index), price=q(price),
                    cost=q(price * Decimal("0.4")), weight_kg=Decimal(rng.randrange(50, 2000)) / 1000,
                    reorder_point=rng.choice((0, 5, 10, 20)), reorder_qty=rng.choice((10, 25, 50))))
        for k in range(1, 7):
            sku = f"{DEMO_PREFIX}KIT{k}"
            if sku not in have:
                parts = ((f"{DEMO_PREFIX}{k:04d}", 1), (f"{DEMO_PREFIX}{k + 20:04d}", 2))
                catalog.add_product(uow, ProductInput(sku=sku, name=f"Gift set {k}", price=Decimal("39.90"),
                                                      components=parts))
        for name, role in STAFF:
            if not session.scalars(select(User).where(User.name == name)).first():
                users.add_user(uow, name, role, None)
        uow.commit()
    with db.uow(SYSTEM, write=False) as uow:
        session = uow.session
        products = [(p.id, p.sku, p.name, p.price, p.is_kit) for p in
                    session.scalars(select(Product).where(Product.sku.like(f"{DEMO_PREFIX}%")).order_by(Product.id))]
        components: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for kit_id, component_id, qty in session.execute(select(KitComponent.kit_id, KitComponent.component_id,
                                                                KitComponent.quantity)):
            components[kit_id].append((component_id, qty))
        bins = list(session.scalars(select(Location.id).join(Warehouse).where(Warehouse.code == "MAIN",
                                                                                Location.kind == "bin")
                                    .order_by(Location.walk_order)))
        home = {pid: bins[i % len(bins)] for i, (pid, *_rest) in enumerate(products)}

        def loc(kind: str) -> int:
            return session.scalars(select(Location.id).where(Location.kind == kind).order_by(Location.id)).first()

        staff = [(u.id, u.name) for u in session.scalars(select(User).where(User.name.in_([n for n, _ in STAFF])))]
    return _Catalog(products, components, home, loc("customer"), loc("supplier"), loc("quarantine"), staff)


class _Ids:
    """Next ids and document numbers, read once and advanced in memory (single writer)."""

    TABLES = (Order, OrderLine, Shipment, ShipmentLine, StockMove, Allocation, Rma, ReturnLine, ReturnReceipt,
              Refund, RefundLine, AuditEntry)

    def __init__(self, db: Database) -> None:
        with db.engine.connect() as connection:
            self.next = {m.__tablename__: (connection.scalar(select(func.max(m.id))) or 0) + 1 for m in self.TABLES}
            self.counters: dict[str, int] = dict(connection.execute(select(Counter.name, Counter.value)).all())

    def take(self, table: str) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value

    def number(self, counter: str) -> int:
        self.counters[counter] = self.counters.get(counter, 0) + 1
        return self.counters[counter]


def _status(rng: random.Random, age: timedelta) -> str:
    roll = rng.random()
    if age > timedelta(days=7):
        return "cancelled" if roll < 0.03 else "shipped" if roll < 0.05 else "delivered"
    if age > timedelta(days=2):
        table = (("shipped", 0.65), ("delivered", 0.85), ("partially_shipped", 0.92), ("on_hold", 1.0))
    else:
        table = (("new", 0.3), ("allocated", 0.55), ("picking", 0.65), ("packed", 0.75), ("backordered", 0.85),
                 ("on_hold", 0.9), ("cancelled", 0.95), ("shipped", 1.0))
    return next(status for status, limit in table if roll < limit)


def _order(batch: _Batch, cat: _Catalog, ids: _Ids, rng: random.Random, at: datetime, now: datetime) -> None:
    country, currency, rate, included, _w = rng.choices(COUNTRIES, weights=[c[4] for c in COUNTRIES])[0]
    first, last = NAMES[country]
    name = f"{rng.choice(first)} {rng.choice(last)}"
    street, city, region, postcode = rng.choice(PLACES[country])
    channel = rng.choices(CHANNELS, weights=(40, 25, 15, 15, 5))[0]
    order_id = ids.take("orders")
    seq = ids.number("order")
    number = {"shopify": f"#{1000 + seq}", "etsy": str(3000000000 + seq), "amazon": f"113-{seq:07d}-{seq % 9973:07d}",
              "woocommerce": f"WC-{seq}", "manual": f"M{seq}"}[channel]
    status = _status(rng, now - at)
    staff_id, staff_name = rng.choice(cat.staff)
    chosen = rng.sample(cat.products, rng.choices((1, 2, 3), weights=(60, 30, 10))[0])
    lines, subtotal, tax_total = [], ZERO, ZERO
    for line_no, (pid, sku, pname, price, is_kit) in enumerate(chosen, start=1):
        qty = rng.choices((1, 2, 3), weights=(75, 20, 5))[0]
        gross = price * qty
        tax = q(gross * rate / (1 + rate)) if included else q(gross * rate)
        subtotal += gross
        tax_total += tax
        lines.append({"id": ids.take("order_lines"), "order_id": order_id, "line_no": line_no, "product_id": pid,
                      "sku": sku, "name": pname, "quantity": qty, "unit_price": price, "discount": ZERO, "tax": tax,
                      "tax_name": "VAT" if included else "Sales tax", "tax_rate": str(rate),
                      "quantity_shipped": 0, "quantity_returned": 0})
    shipping = Decimal("0.00") if subtotal >= 50 else Decimal("4.95")
    total = q(subtotal + shipping + (ZERO if included else tax_total))
    paid = ZERO if status == "cancelled" or (status == "new" and rng.random() < 0.3) else total
    shipped_at = min(at + timedelta(hours=rng.randint(4, 40)), now)
    order = {"id": order_id, "number": number, "channel": channel, "channel_order_id": number, "status": status,
             "held_from": "allocated" if status == "on_hold" else None, "ordered_at": at, "customer_name": name,
             "email": f"customer{seq}@example.com" if rng.random() > 0.03 else "", "phone": "",
             "language": "", "ship_name": name, "ship_company": "", "ship_line1": street, "ship_line2": "",
             "ship_city": city, "ship_region": region, "ship_postal_code": postcode, "ship_country": country,
             "ship_phone": "", "bill_name": name, "bill_company": "", "bill_line1": street, "bill_line2": "",
             "bill_city": city, "bill_region": region, "bill_postal_code": postcode, "bill_country": country,
             "bill_phone": "", "currency": currency, "subtotal": q(subtotal), "discount_total": ZERO,
             "tax_total": tax_total, "taxes_included": included, "shipping": shipping, "total": total,
             "payment_status": "voided" if status == "cancelled" else "paid" if paid else "pending", "paid": paid,
             "refunded": ZERO, "notes": "", "gift": rng.random() < 0.05, "gift_message": "", "tags": "",
             "shipping_service": "", "ship_by": (at + timedelta(days=2)).date(),
             "deliver_by": (at + timedelta(days=7)).date(), "warehouse_id": None, "created_at": at, "updated_at": at,
             "version": 1}
    batch.rows["orders"].append(order)
    batch.rows["order_lines"].extend(lines)
    _audit(batch, ids, at, staff_id, staff_name, "order.create", order_id, number, f'{{"channel": "{channel}"}}')
    if status in ("allocated", "picking", "packed", "on_hold"):
        for line in lines:
            for pid, units in _units(cat, line):
                _reserve(batch, ids, line["id"], pid, cat.home[pid], units)
    if status in ("shipped", "delivered", "partially_shipped"):
        to_ship = lines[:1] if status == "partially_shipped" and len(lines) > 1 else lines
        if status == "partially_shipped" and len(lines) == 1:
            order["status"] = "shipped"
        _ship(batch, cat, ids, rng, order, to_ship, shipped_at, staff_id, staff_name,
              delivered=status == "delivered", now=now)
        if status == "delivered" and shipped_at + timedelta(days=9) < now and rng.random() < 0.04:
            _return_and_refund(batch, cat, ids, rng, order, to_ship[0], shipped_at + timedelta(days=9),
                               staff_id, staff_name)


def _units(cat: _Catalog, line: dict[str, Any]) -> list[tuple[int, int]]:
    parts = cat.components.get(line["product_id"])
    return [(pid, q * line["quantity"]) for pid, q in parts] if parts else [(line["product_id"], line["quantity"])]


def _reserve(batch: _Batch, ids: _Ids, line_id: int, pid: int, bin_id: int, units: int) -> None:
    batch.rows["allocations"].append({"id": ids.take("allocations"), "order_line_id": line_id, "product_id": pid,
                                      "location_id": bin_id, "quantity": units})
    batch.reserved[(pid, bin_id)] += units


def _move(batch: _Batch, ids: _Ids, pid: int, src: int, dst: int, qty: int, reason: str, at: datetime,
          user_id: int | None, doc: tuple[str, int] | None = None, reference: str = "", code: str = "") -> None:
    batch.rows["stock_moves"].append({
        "id": ids.take("stock_moves"), "product_id": pid, "from_location_id": src, "to_location_id": dst,
        "quantity": qty, "reason": reason, "reason_code": code, "reference": reference,
        "doc_type": doc[0] if doc else None, "doc_id": doc[1] if doc else None, "unit_cost": None,
        "user_id": user_id, "created_at": at})


def _audit(batch: _Batch, ids: _Ids, at: datetime, user_id: int, user: str, action: str, order_id: int,
           ref: str, detail: str) -> None:
    batch.rows["audit_log"].append({"id": ids.take("audit_log"), "at": at, "user_id": user_id, "user_name": user,
                                    "action": action, "entity": "order", "entity_id": order_id, "entity_ref": ref,
                                    "detail": detail, "reason": ""})


def _ship(batch: _Batch, cat: _Catalog, ids: _Ids, rng: random.Random, order: dict[str, Any],
          lines: list[dict[str, Any]], at: datetime, staff_id: int, staff: str, delivered: bool,
          now: datetime) -> None:
    carrier, service = rng.choice(CARRIERS)
    shipment_id = ids.take("shipments")
    number = f"SH{ids.number('shipment'):06d}"
    batch.rows["shipments"].append({
        "id": shipment_id, "number": number, "order_id": order["id"], "carrier": carrier, "service": service,
        "tracking": f"1Z{shipment_id:014d}", "label": None, "label_mime": "", "cost": q(Decimal(rng.randrange(350, 1800)) / 100),
        "status": "delivered" if delivered else "shipped", "shipped_at": at,
        "delivered_at": min(at + timedelta(days=rng.randint(1, 6)), now) if delivered else None,
        "created_by": staff_id})
    for line in lines:
        sl_id = ids.take("shipment_lines")
        batch.rows["shipment_lines"].append({"id": sl_id, "shipment_id": shipment_id, "order_line_id": line["id"],
                                             "quantity": line["quantity"]})
        line["quantity_shipped"] = line["quantity"]
        for pid, units in _units(cat, line):
            bin_id = cat.home[pid]
            _move(batch, ids, pid, bin_id, cat.customer, units, "ship", at, staff_id, ("shipment_line", sl_id), number)
            batch.shipped_out[(pid, bin_id)] += units
    _audit(batch, ids, at, staff_id, staff, "order.ship", order["id"], order["number"],
           f'{{"shipment": "{number}", "carrier": "{carrier}"}}')


def _return_and_refund(batch: _Batch, cat: _Catalog, ids: _Ids, rng: random.Random, order: dict[str, Any],
                       line: dict[str, Any], at: datetime, staff_id: int, staff: str) -> None:
    """One unit comes back: a quarter of the RMAs are still on their way; the rest were received
    (restocked or quarantined) and refunded."""
    rma_id, rl_id = ids.take("rmas"), ids.take("return_lines")
    rma_number = f"RMA{ids.number('rma'):06d}"
    arrived = rng.random() < 0.75
    restock = rng.random() < 0.7
    batch.rows["rmas"].append({"id": rma_id, "number": rma_number, "order_id": order["id"],
                               "status": "received" if arrived else "authorised", "note": "", "created_at": at,
                               "created_by": staff_id, "version": 1})
    batch.rows["return_lines"].append({"id": rl_id, "rma_id": rma_id, "order_line_id": line["id"], "quantity": 1,
                                       "reason": rng.choice(RETURN_REASONS[:4]), "note": "",
                                       "received": 1 if arrived else 0})
    line["quantity_returned"] = 1
    _audit(batch, ids, at, staff_id, staff, "rma.create", order["id"], order["number"], f'{{"rma": "{rma_number}"}}')
    if not arrived:
        return
    rr_id = ids.take("return_receipts")
    target = cat.home[line["product_id"]] if restock else cat.quarantine
    batch.rows["return_receipts"].append({"id": rr_id, "return_line_id": rl_id, "quantity": 1,
                                          "condition": "new" if restock else "damaged",
                                          "disposition": "restock" if restock else "quarantine",
                                          "location_id": target, "received_at": at, "user_id": staff_id})
    for pid, units in _units(cat, {**line, "quantity": 1}):
        dest = cat.home[pid] if restock else cat.quarantine
        _move(batch, ids, pid, cat.customer, dest, units, "return", at, staff_id, ("return_receipt", rr_id),
              rma_number, "restock" if restock else "quarantine")
        batch.on_hand[(pid, dest)] += units
    value = q(line["unit_price"] + (ZERO if order["taxes_included"] else line["tax"] / line["quantity"]))
    value = min(value, order["paid"])
    if value > 0:
        refund_id = ids.take("refunds")
        batch.rows["refunds"].append({"id": refund_id, "number": f"RF{ids.number('refund'):06d}",
                                      "order_id": order["id"], "amount": value, "shipping_amount": ZERO,
                                      "restocking_fee": ZERO, "method": "original", "reference": "", "reason": "",
                                      "created_at": at, "created_by": staff_id})
        batch.rows["refund_lines"].append({"id": ids.take("refund_lines"), "refund_id": refund_id,
                                           "order_line_id": line["id"], "quantity": 1, "amount": value})
        order["refunded"] = value
        order["payment_status"] = "refunded" if value >= order["paid"] else "partially_refunded"
    _audit(batch, ids, at, staff_id, staff, "rma.receive", order["id"], order["number"], f'{{"rma": "{rma_number}"}}')


TABLE_ORDER = ("orders", "order_lines", "shipments", "shipment_lines", "rmas", "return_lines", "return_receipts",
               "refunds", "refund_lines", "allocations", "stock_moves", "audit_log")
MODELS = {m.__tablename__: m for m in (Order, OrderLine, Shipment, ShipmentLine, Rma, ReturnLine, ReturnReceipt,
                                       Refund, RefundLine, Allocation, StockMove, AuditEntry)}


def _write(db: Database, batch: _Batch, cat: _Catalog, ids: _Ids) -> None:
    """One transaction: receipts covering what the batch ships and reserves (plus an opening
    stock of 40 for a product's first use of a bin), then every row, then the cached levels."""
    first_at = batch.rows["orders"][0]["ordered_at"] - timedelta(hours=1)
    needed: dict[tuple[int, int], int] = defaultdict(int)
    for source in (batch.shipped_out, batch.reserved):
        for key, units in source.items():
            needed[key] += units
    with db.engine.begin() as connection:
        existing = {(p, l): (h, r) for p, l, h, r in connection.execute(
            select(StockLevel.product_id, StockLevel.location_id, StockLevel.on_hand, StockLevel.reserved))}
        for (pid, bin_id), units in sorted(needed.items()):
            top_up = units + (0 if (pid, bin_id) in existing else 40)
            _move(batch, ids, pid, cat.supplier, bin_id, top_up, "receive", first_at, None, None, "demo")
            batch.on_hand[(pid, bin_id)] += top_up - batch.shipped_out.get((pid, bin_id), 0)
        for table in TABLE_ORDER:
            rows = batch.rows.get(table)
            if rows:
                connection.execute(insert(MODELS[table].__table__), rows)
        _apply_levels(connection, batch, existing)
        for name, value in ids.counters.items():
            connection.execute(update(Counter).where(Counter.name == name).values(value=value))
        if connection.dialect.name == "postgresql":
            for table in TABLE_ORDER:
                connection.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), GREATEST((SELECT max(id) FROM {table}), 1))")


def _apply_levels(connection: Connection, batch: _Batch, existing: dict[tuple[int, int], tuple[int, int]]) -> None:
    new_rows, changes = [], []
    for key in set(batch.on_hand) | set(batch.reserved):
        hand, res = batch.on_hand.get(key, 0), batch.reserved.get(key, 0)
        if key in existing:
            changes.append((key, existing[key][0] + hand, existing[key][1] + res))
        else:
            new_rows.append({"product_id": key[0], "location_id": key[1], "on_hand": hand, "reserved": res})
    if new_rows:
        connection.execute(insert(StockLevel.__table__), new_rows)
    for (pid, lid), hand, res in changes:
        connection.execute(update(StockLevel.__table__).where(StockLevel.product_id == pid,
                                                              StockLevel.location_id == lid)
                           .values(on_hand=hand, reserved=res))
