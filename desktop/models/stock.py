"""The stock ledger (append-only moves), cached levels, reservations, purchase orders, counts."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.base import Base, Money, UtcDateTime, utcnow


class StockMove(Base):
    """One movement of ``quantity`` units (always > 0) from one location to another.

    Rows are never updated or deleted (a trigger refuses it); a correction is a new move.
    ``doc_type``/``doc_id`` name the document the move belongs to (shipment line, RMA line,
    purchase-order line, count line...), and the unique key on (doc_type, doc_id, product,
    from, to) makes it impossible to post the same document line twice.
    """

    __tablename__ = "stock_moves"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="positive"),
        Index("ix_moves_product_at", "product_id", "created_at"),
        UniqueConstraint("doc_type", "doc_id", "product_id", "from_location_id", "to_location_id",
                         name="uq_moves_document"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    from_location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"), index=True)
    to_location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"), index=True)
    quantity: Mapped[int]
    reason: Mapped[str] = mapped_column(String(32))
    reason_code: Mapped[str] = mapped_column(String(64), default="")
    reference: Mapped[str] = mapped_column(String(64), default="")
    doc_type: Mapped[str | None] = mapped_column(String(16))
    doc_id: Mapped[int | None]
    unit_cost: Mapped[Decimal | None] = mapped_column(Money)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class StockLevel(Base):
    """Cached on-hand and reserved units per product and physical location.

    Updated in the same transaction as every move or reservation; ``db check`` proves that
    ``on_hand`` equals the ledger and ``reserved`` equals the allocations.
    """

    __tablename__ = "stock_levels"
    __table_args__ = (CheckConstraint("reserved >= 0", name="reserved_nonneg"),)

    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"), primary_key=True)
    on_hand: Mapped[int] = mapped_column(default=0)
    reserved: Mapped[int] = mapped_column(default=0)


class Allocation(Base):
    """Units of a (component) product reserved in one bin for one order line."""

    __tablename__ = "allocations"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="positive"),
        UniqueConstraint("order_line_id", "product_id", "location_id"),
        Index("ix_allocations_product_location", "product_id", "location_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    quantity: Mapped[int]

    location = relationship("Location", lazy="joined")


class PurchaseOrder(Base):
    __tablename__ = "purchase_orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    supplier: Mapped[str] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(16), default="open")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    lines: Mapped[list[PurchaseOrderLine]] = relationship(
        back_populates="purchase_order", cascade="all, delete-orphan", order_by="PurchaseOrderLine.id"
    )

    __mapper_args__ = {"version_id_col": version}


class PurchaseOrderLine(Base):
    __tablename__ = "purchase_order_lines"
    __table_args__ = (CheckConstraint("quantity > 0", name="positive"),
                      CheckConstraint("received >= 0", name="received_nonneg"))

    id: Mapped[int] = mapped_column(primary_key=True)
    purchase_order_id: Mapped[int] = mapped_column(ForeignKey("purchase_orders.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[int]
    received: Mapped[int] = mapped_column(default=0)
    unit_cost: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))

    purchase_order: Mapped[PurchaseOrder] = relationship(back_populates="lines")
    product = relationship("Product", lazy="joined")


class CountSession(Base):
    """A cycle count: expected quantities snapshot when a bin is counted, differences posted once."""

    __tablename__ = "count_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="open")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    posted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(default=1)

    lines: Mapped[list[CountLine]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="CountLine.id"
    )

    __mapper_args__ = {"version_id_col": version}


class CountLine(Base):
    __tablename__ = "count_lines"
    __table_args__ = (UniqueConstraint("session_id", "product_id", "location_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("count_sessions.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    expected: Mapped[int]
    counted: Mapped[int | None]

    session: Mapped[CountSession] = relationship(back_populates="lines")
    product = relationship("Product", lazy="joined")
    location = relationship("Location", lazy="joined")
