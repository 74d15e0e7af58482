"""The inventory list and what the inventory screen reads, as SQL.

Every function takes a read unit of work and returns plain data, so it may run on any worker
thread. The product list pages by keyset on the SKU (unique and indexed), so a shop with 50,000
SKUs costs the same per page as one with fifty; stock figures are correlated sub-queries over
the cached levels, computed only for the rows of a page (and, for the low-stock filter, in the
WHERE clause, still in SQL). Figures of a kit are shown as zero: its stock is its components'.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import aliased

from desktop.db.uow import UnitOfWork
from desktop.models import Location, Product, PurchaseOrder, PurchaseOrderLine, StockLevel, StockMove, User, Warehouse
from desktop.services.lookup import product_by_sku

PHYSICAL = ("bin", "quarantine", "scrap")
PAGE = 200


@dataclass(frozen=True)
class InventoryFilter:
    """``text`` matches SKU or barcode prefixes and any part of the name; ``warehouse`` (a code)
    limits the figures to that warehouse's locations; ``low_stock`` keeps products whose
    available units are below their reorder point."""

    text: str = ""
    low_stock: bool = False
    warehouse: str = ""


@dataclass(frozen=True)
class InventoryRow:
    id: int
    sku: str
    name: str
    barcode: str | None
    on_hand: int
    reserved: int
    available: int
    incoming: int
    reorder_point: int
    is_kit: bool
    active: bool

    @property
    def low(self) -> bool:
        return not self.is_kit and self.reorder_point > 0 and self.available < self.reorder_point


@dataclass(frozen=True)
class MoveRow:
    """One ledger move as history: who moved what where, and why."""

    at: datetime
    user: str
    source: str
    target: str
    quantity: int
    reason: str
    reason_code: str
    reference: str


@dataclass(frozen=True)
class OpenPurchaseLine:
    number: str
    supplier: str
    remaining: int


def _figures(warehouse_id: int | None) -> dict[str, ColumnElement[int]]:
    where = [StockLevel.product_id == Product.id]
    if warehouse_id is not None:
        where.append(Location.warehouse_id == warehouse_id)

    def total(expression: ColumnElement[int], kinds: tuple[str, ...]) -> ColumnElement[int]:
        return (select(func.coalesce(func.sum(expression), 0)).select_from(StockLevel)
                .join(Location, Location.id == StockLevel.location_id)
                .where(*where, Location.kind.in_(kinds)).scalar_subquery())

    incoming = (select(func.coalesce(func.sum(PurchaseOrderLine.quantity - PurchaseOrderLine.received), 0))
                .join(PurchaseOrder).where(PurchaseOrderLine.product_id == Product.id,
                                           PurchaseOrder.status.in_(("open", "partial"))).scalar_subquery())
    return {"on_hand": total(StockLevel.on_hand, PHYSICAL), "reserved": total(StockLevel.reserved, PHYSICAL),
            "available": total(StockLevel.on_hand - StockLevel.reserved, ("bin",)), "incoming": incoming}


def _filtered(uow: UnitOfWork, flt: InventoryFilter, columns: list[ColumnElement[object]] | None = None
              ) -> tuple[Select[tuple[object, ...]], dict[str, ColumnElement[int]]]:
    warehouse_id = None
    if flt.warehouse:
        warehouse_id = uow.session.scalar(select(Warehouse.id).where(Warehouse.code == flt.warehouse)) or -1
    figures = _figures(warehouse_id)
    query = select(*(columns if columns is not None else [Product]))
    text = flt.text.strip()
    if text:
        query = query.where(or_(Product.sku.startswith(text, autoescape=True),
                                Product.barcode.startswith(text, autoescape=True),
                                Product.name.icontains(text, autoescape=True)))
    if flt.low_stock:
        query = query.where(Product.is_kit.is_(False), Product.reorder_point > 0,
                            figures["available"] < Product.reorder_point)
    return query, figures


def count(uow: UnitOfWork, flt: InventoryFilter) -> int:
    query, _ = _filtered(uow, flt, [func.count(Product.id)])
    return int(uow.session.scalar(query) or 0)


def page(uow: UnitOfWork, flt: InventoryFilter, after_sku: str | None = None, limit: int = PAGE
         ) -> list[InventoryRow]:
    """Up to ``limit`` rows in SKU order, starting after ``after_sku`` (None: from the start)."""
    query, figures = _filtered(uow, flt)
    query = query.add_columns(*figures.values()).order_by(Product.sku).limit(limit)
    if after_sku is not None:
        query = query.where(Product.sku > after_sku)
    rows = []
    for product, on_hand, reserved, available, incoming in uow.session.execute(query):
        kit = product.is_kit
        rows.append(InventoryRow(product.id, product.sku, product.name, product.barcode,
                                 0 if kit else on_hand, 0 if kit else reserved, 0 if kit else max(available, 0),
                                 0 if kit else incoming, product.reorder_point, kit, product.active))
    return rows


def history(uow: UnitOfWork, sku: str, limit: int = 500) -> list[MoveRow]:
    """The product's latest moves, newest first, with the user's name (or "system")."""
    product = product_by_sku(uow.session, sku)
    source, target = aliased(Location), aliased(Location)
    source_wh, target_wh = aliased(Warehouse), aliased(Warehouse)
    query = (select(StockMove, User.name, source.code, source_wh.code, target.code, target_wh.code)
             .join(source, source.id == StockMove.from_location_id)
             .outerjoin(source_wh, source_wh.id == source.warehouse_id)
             .join(target, target.id == StockMove.to_location_id)
             .outerjoin(target_wh, target_wh.id == target.warehouse_id)
             .outerjoin(User, User.id == StockMove.user_id)
             .where(StockMove.product_id == product.id)
             .order_by(StockMove.created_at.desc(), StockMove.id.desc()).limit(limit))
    return [MoveRow(move.created_at, user or "system", f"{swh}/{src}" if swh else src,
                    f"{twh}/{dst}" if twh else dst, move.quantity, move.reason, move.reason_code, move.reference)
            for move, user, src, swh, dst, twh in uow.session.execute(query)]


def bins(uow: UnitOfWork) -> list[str]:
    """Labels of every active physical location, in warehouse and walk order."""
    query = (select(Warehouse.code, Location.code).join(Warehouse, Warehouse.id == Location.warehouse_id)
             .where(Location.kind.in_(PHYSICAL), Location.active.is_(True))
             .order_by(Warehouse.code, Location.kind != "bin", Location.walk_order, Location.code))
    return [f"{wh}/{code}" for wh, code in uow.session.execute(query)]


def warehouses(uow: UnitOfWork) -> list[str]:
    return list(uow.session.scalars(select(Warehouse.code).order_by(Warehouse.code)))


def open_purchase_lines(uow: UnitOfWork, sku: str) -> list[OpenPurchaseLine]:
    """Purchase orders still expecting units of ``sku``, oldest first."""
    query = (select(PurchaseOrder.number, PurchaseOrder.supplier,
                    func.sum(PurchaseOrderLine.quantity - PurchaseOrderLine.received))
             .join(PurchaseOrderLine).join(Product, Product.id == PurchaseOrderLine.product_id)
             .where(and_(Product.sku == sku, PurchaseOrder.status.in_(("open", "partial")),
                         PurchaseOrderLine.received < PurchaseOrderLine.quantity))
             .group_by(PurchaseOrder.id, PurchaseOrder.number, PurchaseOrder.supplier).order_by(PurchaseOrder.id))
    return [OpenPurchaseLine(number, supplier, int(left)) for number, supplier, left in uow.session.execute(query)]
