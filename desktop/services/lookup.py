"""Finding records by the keys users type (SKU, order number, bin code), and row locks."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import InvalidInput, NotFound, Text
from desktop.models import Location, Order, Product, Rma, Warehouse


def product_by_sku(session: Session, sku: str) -> Product:
    product = session.scalars(select(Product).where(Product.sku == sku)).one_or_none()
    if product is None:
        raise NotFound("SKU", sku)
    return product


def order_by_number(session: Session, number: str, *, lock: bool = False) -> Order:
    """The order numbered ``number`` (a leading ``#`` is optional); with ``lock``, row-locked."""
    query = select(Order).where(Order.number.in_({number, number.lstrip("#"), "#" + number.lstrip("#")}))
    if lock:
        query = query.with_for_update().execution_options(populate_existing=True)
    order = session.scalars(query).first()
    if order is None:
        raise NotFound("Order", number)
    return order


def rma_by_number(session: Session, number: str) -> Rma:
    rma = session.scalars(select(Rma).where(Rma.number == number)).one_or_none()
    if rma is None:
        raise NotFound("RMA", number)
    return rma


def location_by_code(session: Session, code: str, field: str | Text = Text("location")) -> Location:
    """Resolve ``WH/CODE`` or a bare ``CODE`` that is unique across warehouses."""
    if "/" in code:
        warehouse_code, bin_code = code.split("/", 1)
        query = select(Location).join(Warehouse).where(Warehouse.code == warehouse_code,
                                                        Location.code == bin_code)
    else:
        query = select(Location).where(Location.code == code)
    found = session.scalars(query).all()
    if not found:
        raise InvalidInput(field, code, "no such bin or location")
    if len(found) > 1:
        raise InvalidInput(field, code, "exists in several warehouses; write it as WAREHOUSE/BIN")
    return found[0]


def default_bin(session: Session, warehouse_id: int | None = None) -> Location:
    """The first active bin in walk order (of ``warehouse_id``, else of the first warehouse)."""
    query = select(Location).where(Location.kind == "bin", Location.active.is_(True))
    if warehouse_id is not None:
        query = query.where(Location.warehouse_id == warehouse_id)
    location = session.scalars(query.order_by(Location.warehouse_id, Location.walk_order,
                                              Location.code).limit(1)).first()
    if location is None:
        raise NotFound("Bin", Text("any"))
    return location


def special_location(session: Session, kind: str, warehouse_id: int | None = None) -> Location:
    """The virtual location of ``kind`` (supplier, customer, adjustment), or a warehouse's
    quarantine/scrap location."""
    query = select(Location).where(Location.kind == kind)
    if warehouse_id is not None:
        query = query.where(Location.warehouse_id == warehouse_id)
    location = session.scalars(query.order_by(Location.id).limit(1)).first()
    if location is None:
        raise NotFound("Location", kind)
    return location


def lock_orders(session: Session, order_ids: Iterable[int]) -> list[Order]:
    """Row-lock orders in ascending id order (no-op on SQLite, where writes are serialised)."""
    ids = sorted(set(order_ids))
    return list(session.scalars(select(Order).where(Order.id.in_(ids)).order_by(Order.id)
                                .with_for_update().execution_options(populate_existing=True)))


def lock_products(session: Session, product_ids: Iterable[int]) -> None:
    """Row-lock products in ascending id order; taken before any stock quantity is read."""
    ids = sorted(set(product_ids))
    if ids and session.get_bind().dialect.name != "sqlite":
        session.execute(select(Product.id).where(Product.id.in_(ids)).order_by(Product.id).with_for_update())
