"""Small builders for tests: products with stock, bins, and orders, through the real services."""

from __future__ import annotations

from decimal import Decimal

from desktop.auth import SYSTEM, Actor
from desktop.db.uow import Database
from desktop.services import catalog, orders, stock
from desktop.services.catalog import ProductInput
from desktop.services.orders import Address, LineInput, OrderInput


def product(db: Database, sku: str, *, price: str = "10.00", stock_qty: int = 0, location: str | None = None,
            barcode: str | None = None, components: tuple[tuple[str, int], ...] = ()) -> None:
    with db.uow(SYSTEM) as uow:
        catalog.add_product(uow, ProductInput(sku=sku, name=f"Product {sku}", price=Decimal(price),
                                              cost=Decimal("2.00"), barcode=barcode, components=components))
        if stock_qty:
            uow.flush()
            stock.receive(uow, sku, stock_qty, location)
        uow.commit()


def bin_(db: Database, code: str, warehouse: str = "MAIN", walk_order: int | None = None) -> str:
    with db.uow(SYSTEM) as uow:
        label = stock.add_bin(uow, code, warehouse, walk_order)
        uow.commit()
    return label


def order(db: Database, lines: dict[str, int], *, paid: str | None = None, shipping: str = "0",
          country: str = "US", actor: Actor = SYSTEM, number: str | None = None, customer: str = "Ada Lovelace",
          email: str = "ada@example.com") -> str:
    """Create an order; ``paid`` defaults to its total."""
    with db.uow(actor) as uow:
        created = orders.create_order(uow, OrderInput(
            customer_name=customer, email=email, number=number,
            ship_to=Address(name=customer, line1="1 Main St", city="Springfield", postal_code="12345",
                            country=country),
            lines=tuple(LineInput(sku, qty) for sku, qty in lines.items()), shipping=Decimal(shipping)))
        created.paid = created.total if paid is None else Decimal(paid)
        created.payment_status = "paid"
        uow.commit()
        return created.number
