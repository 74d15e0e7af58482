"""Products and kit (bundle) components."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Integer, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.base import Base, Money


class Product(Base):
    """A sellable item. A kit has components and no stock of its own.

    ``weight_kg`` is in kilograms and dimensions in centimetres.
    """

    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    barcode: Mapped[str | None] = mapped_column(String(64), index=True)
    price: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    cost: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    weight_kg: Mapped[Decimal | None] = mapped_column(Numeric(10, 3))
    length_cm: Mapped[Decimal | None] = mapped_column(Numeric(10, 1))
    width_cm: Mapped[Decimal | None] = mapped_column(Numeric(10, 1))
    height_cm: Mapped[Decimal | None] = mapped_column(Numeric(10, 1))
    reorder_point: Mapped[int] = mapped_column(Integer, default=0)
    reorder_qty: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(default=True)
    is_kit: Mapped[bool] = mapped_column(default=False)
    allow_negative: Mapped[bool] = mapped_column(default=False)
    needs_review: Mapped[bool] = mapped_column(default=False)
    version: Mapped[int] = mapped_column(default=1)

    components: Mapped[list[KitComponent]] = relationship(
        foreign_keys="KitComponent.kit_id", cascade="all, delete-orphan", lazy="selectin"
    )

    __mapper_args__ = {"version_id_col": version}


class KitComponent(Base):
    __tablename__ = "kit_components"
    __table_args__ = (CheckConstraint("quantity > 0", name="positive"),)

    kit_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), primary_key=True)
    component_id: Mapped[int] = mapped_column(ForeignKey("products.id"), primary_key=True)
    quantity: Mapped[int]

    component: Mapped[Product] = relationship(foreign_keys=[component_id], lazy="joined")
