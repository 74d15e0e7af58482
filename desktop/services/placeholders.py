"""Placeholder products: SKUs an import names that the catalogue does not know yet."""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy import insert

from desktop.auth import Permission
from desktop.db.base import utcnow
from desktop.db.uow import UnitOfWork
from desktop.models import AuditEntry, Product
from desktop.money import ZERO


def add_placeholders(uow: UnitOfWork, products: Mapping[str, tuple[str, Decimal]]) -> None:
    """Create a product flagged ``needs_review`` for each ``sku: (name, price)`` (a negative
    price becomes zero), each with the ``product.add`` audit entry add_product writes, using
    one INSERT per table. The SKUs must be new and the names not empty; needs the permissions
    add_product needs."""
    if not products:
        return
    uow.actor.require(Permission.MANAGE_CATALOG)
    if not uow.actor.can(Permission.CHANGE_PRICES) and any(price > 0 for _, price in products.values()):
        uow.actor.require(Permission.SEE_PRICES)
    table = Product.__table__
    rows = [{"sku": sku, "name": name, "barcode": None, "price": max(price, ZERO), "cost": ZERO, "weight_kg": None,
             "length_cm": None, "width_cm": None, "height_cm": None, "reorder_point": 0, "reorder_qty": 0,
             "active": True, "is_kit": False, "allow_negative": False, "needs_review": True, "version": 1}
            for sku, (name, price) in products.items()]
    ids = dict(uow.session.execute(insert(table).returning(table.c.sku, table.c.id), rows).all())
    now = utcnow()
    uow.session.execute(insert(AuditEntry.__table__), [
        {"at": now, "user_id": uow.actor.id, "user_name": uow.actor.name, "action": "product.add",
         "entity": "product", "entity_id": ids[row["sku"]], "entity_ref": row["sku"],
         "detail": json.dumps({"name": row["name"]}, ensure_ascii=False), "reason": ""} for row in rows])
