"""Products, kits and barcodes."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from desktop.auth import Permission
from desktop.db.uow import UnitOfWork
from desktop.errors import ConcurrencyError, InvalidInput, Text, UserError
from desktop.gtin import check_barcode
from desktop.models import KitComponent, Product
from desktop.services.lookup import product_by_sku


@dataclass(frozen=True)
class ProductInput:
    """What a user enters for a product. Weight in kg, dimensions in cm."""

    sku: str
    name: str
    barcode: str | None = None
    price: Decimal = Decimal("0")
    cost: Decimal = Decimal("0")
    weight_kg: Decimal | None = None
    length_cm: Decimal | None = None
    width_cm: Decimal | None = None
    height_cm: Decimal | None = None
    reorder_point: int = 0
    reorder_qty: int = 0
    active: bool = True
    allow_negative: bool = False
    components: tuple[tuple[str, int], ...] = field(default=())


@dataclass(frozen=True)
class ProductView:
    id: int
    sku: str
    name: str
    barcode: str | None
    price: Decimal | None
    cost: Decimal | None
    weight_kg: Decimal | None
    length_cm: Decimal | None
    width_cm: Decimal | None
    height_cm: Decimal | None
    reorder_point: int
    reorder_qty: int
    active: bool
    allow_negative: bool
    is_kit: bool
    needs_review: bool
    version: int
    components: tuple[tuple[str, int], ...]


def view(product: Product, *, prices: bool = True) -> ProductView:
    """A product as plain data; prices and costs are None when ``prices`` is False (packers)."""
    return ProductView(
        id=product.id, sku=product.sku, name=product.name, barcode=product.barcode,
        price=product.price if prices else None, cost=product.cost if prices else None,
        weight_kg=product.weight_kg, length_cm=product.length_cm, width_cm=product.width_cm,
        height_cm=product.height_cm, reorder_point=product.reorder_point, reorder_qty=product.reorder_qty,
        active=product.active, allow_negative=product.allow_negative, is_kit=product.is_kit,
        needs_review=product.needs_review, version=product.version,
        components=tuple((c.component.sku, c.quantity) for c in product.components),
    )


def _validate(data: ProductInput) -> None:
    if not data.sku.strip():
        raise InvalidInput("SKU", data.sku, "must not be empty")
    if not data.name.strip():
        raise InvalidInput("name", data.name, "must not be empty")
    for name, value in ((Text("price"), data.price), (Text("cost"), data.cost)):
        if value < 0:
            raise InvalidInput(name, str(value), "must not be negative")
    if data.weight_kg is not None and data.weight_kg < 0:
        raise InvalidInput("weight", str(data.weight_kg), "must not be negative")
    for name, value in ((Text("reorder point"), data.reorder_point), (Text("reorder quantity"), data.reorder_qty)):
        if value < 0:
            raise InvalidInput(name, value, "must not be negative")
    if data.barcode:
        check_barcode(data.barcode)


def add_product(uow: UnitOfWork, data: ProductInput) -> ProductView:
    uow.actor.require(Permission.MANAGE_CATALOG)
    if (data.price or data.cost) and not uow.actor.can(Permission.CHANGE_PRICES):
        uow.actor.require(Permission.SEE_PRICES)
    _validate(data)
    session = uow.session
    if session.scalars(select(Product.id).where(Product.sku == data.sku)).first() is not None:
        raise InvalidInput("SKU", data.sku, "already exists")
    product = Product(
        sku=data.sku.strip(), name=data.name.strip(), barcode=data.barcode or None, price=data.price,
        cost=data.cost, weight_kg=data.weight_kg, length_cm=data.length_cm, width_cm=data.width_cm,
        height_cm=data.height_cm, reorder_point=data.reorder_point, reorder_qty=data.reorder_qty,
        active=data.active, allow_negative=data.allow_negative,
    )
    session.add(product)
    _set_components(uow, product, data.components)
    try:
        uow.flush()
    except IntegrityError as exc:
        raise UserError("SKU {sku!r} already exists.", sku=data.sku) from exc
    uow.audit("product.add", "product", product.id, product.sku, {"name": product.name})
    return view(product)


def update_product(uow: UnitOfWork, sku: str, data: ProductInput, expected_version: int | None = None) -> ProductView:
    """Change a product. ``expected_version`` (from the editor) detects a stale edit."""
    uow.actor.require(Permission.MANAGE_CATALOG)
    _validate(data)
    product = product_by_sku(uow.session, sku)
    if expected_version is not None and product.version != expected_version:
        raise ConcurrencyError(Text("Product {sku}", sku=sku))
    if (data.price != product.price or data.cost != product.cost):
        uow.actor.require(Permission.CHANGE_PRICES)
    before = view(product)
    for attr in ("name", "price", "cost", "weight_kg", "length_cm", "width_cm", "height_cm",
                 "reorder_point", "reorder_qty", "active", "allow_negative"):
        setattr(product, attr, getattr(data, attr))
    product.barcode = data.barcode or None
    product.sku = data.sku
    product.needs_review = False
    _set_components(uow, product, data.components)
    uow.flush()
    changed = {k: (getattr(before, k), getattr(view(product), k)) for k in ("name", "price", "cost", "barcode")
               if getattr(before, k) != getattr(view(product), k)}
    uow.audit("product.update", "product", product.id, product.sku, changed)
    return view(product)


def _set_components(uow: UnitOfWork, product: Product, components: tuple[tuple[str, int], ...]) -> None:
    if not components and not product.is_kit:
        return
    product.components.clear()
    uow.session.flush()
    for sku, quantity in components:
        if quantity <= 0:
            raise InvalidInput("component quantity", quantity, "must be a positive whole number")
        component = product_by_sku(uow.session, sku)
        if component.is_kit or component.id == product.id:
            raise InvalidInput("component", sku, "cannot be a kit itself")
        product.components.append(KitComponent(component_id=component.id, quantity=quantity))
    product.is_kit = bool(components)


def get_product(uow: UnitOfWork, sku: str) -> ProductView:
    return view(product_by_sku(uow.session, sku), prices=uow.actor.can(Permission.SEE_PRICES))


def find_by_barcode(uow: UnitOfWork, code: str) -> ProductView | None:
    """The product whose barcode (or, failing that, SKU) is ``code``; what a scan resolves to."""
    session = uow.session
    product = session.scalars(select(Product).where(Product.barcode == code)).first()
    if product is None:
        product = session.scalars(select(Product).where(Product.sku == code)).first()
    return None if product is None else view(product, prices=uow.actor.can(Permission.SEE_PRICES))
