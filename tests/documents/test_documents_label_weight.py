"""The weight printed on a shipping label: the packages' own, else the shipped products'."""

from __future__ import annotations

from decimal import Decimal

import factories
from desktop.auth import SYSTEM
from desktop.db.uow import Database
from desktop.services import allocation, catalog, documents, shipping, stock
from desktop.services.catalog import ProductInput
from desktop.services.shipping import PackageInput
from printing.labels import weight_text


def _shipped(db: Database, packages: tuple[PackageInput, ...]) -> str:
    factories.bin_(db, "A-01")
    with db.uow(SYSTEM) as uow:
        catalog.add_product(uow, ProductInput(sku="MUG", name="Mug", price=Decimal("9"), weight_kg=Decimal("0.40")))
        stock.receive(uow, "MUG", 5, "A-01")
        uow.commit()
    number = factories.order(db, {"MUG": 3})
    with db.uow(SYSTEM) as uow:
        allocation.allocate(uow, [number])
        shipping.ship(uow, number, "UPS", "1Z999AA10123456784", packages=packages)
        uow.commit()
    return number


def _weights(db: Database, number: str) -> list[Decimal]:
    with db.uow(SYSTEM, write=False) as uow:
        return [p.weight_kg for p in documents.shipping_label(uow, number).parcels]


def test_a_shipment_without_packages_weighs_what_its_products_weigh(db: Database) -> None:
    assert _weights(db, _shipped(db, ())) == [Decimal("1.20")]


def test_packages_without_a_weight_share_the_products_weight(db: Database) -> None:
    assert _weights(db, _shipped(db, (PackageInput(), PackageInput()))) == [Decimal("0.60"), Decimal("0.60")]


def test_packages_with_weights_keep_their_own(db: Database) -> None:
    assert _weights(db, _shipped(db, (PackageInput(Decimal("2.5")),))) == [Decimal("2.50")]


def test_an_unknown_weight_prints_a_dash_not_zero(db: Database) -> None:
    with db.uow() as uow:
        catalog.add_product(uow, ProductInput(sku="CARD", name="Gift card"))
        uow.flush()
        stock.receive(uow, "CARD", 1)
        uow.commit()
    number = factories.order(db, {"CARD": 1})
    with db.uow() as uow:
        allocation.allocate(uow, [number])
        shipping.ship(uow, number, "UPS", "1Z1")
        uow.commit()
    assert _weights(db, number) == [None]
    assert weight_text(None) == "-" and weight_text(Decimal("0.40")) == "0.40 kg"
