"""Shipments (a subset of an order's lines sent together), their packages, and print records."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, LargeBinary, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.base import Base, Money, UtcDateTime, utcnow


class Shipment(Base):
    """One parcel run for an order. ``cost`` is what the shop paid the carrier; the label is
    stored as bytes with its MIME type (``application/pdf``, ``application/zpl``).

    ``status``: shipped, in_transit, out_for_delivery, delivered, exception, lost, damaged, returned.
    """

    __tablename__ = "shipments"
    __table_args__ = (Index("ix_shipments_tracking", "tracking"), Index("ix_shipments_shipped_at", "shipped_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    carrier: Mapped[str] = mapped_column(String(64))
    service: Mapped[str] = mapped_column(String(64), default="")
    tracking: Mapped[str] = mapped_column(String(64), default="")
    label: Mapped[bytes | None] = mapped_column(LargeBinary)
    label_mime: Mapped[str] = mapped_column(String(64), default="")
    cost: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    status: Mapped[str] = mapped_column(String(20), default="shipped")
    shipped_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    lines: Mapped[list[ShipmentLine]] = relationship(back_populates="shipment", cascade="all, delete-orphan")
    packages: Mapped[list[Package]] = relationship(back_populates="shipment", cascade="all, delete-orphan")


class ShipmentLine(Base):
    __tablename__ = "shipment_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="positive"),
        UniqueConstraint("shipment_id", "order_line_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id"))
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id"), index=True)
    quantity: Mapped[int]

    shipment: Mapped[Shipment] = relationship(back_populates="lines")
    order_line = relationship("OrderLine", lazy="joined")


class Package(Base):
    """A box in a shipment: weight in kg, dimensions in cm."""

    __tablename__ = "packages"

    id: Mapped[int] = mapped_column(primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id"), index=True)
    weight_kg: Mapped[Decimal | None] = mapped_column(Numeric(10, 3))
    length_cm: Mapped[Decimal | None] = mapped_column(Numeric(10, 1))
    width_cm: Mapped[Decimal | None] = mapped_column(Numeric(10, 1))
    height_cm: Mapped[Decimal | None] = mapped_column(Numeric(10, 1))

    shipment: Mapped[Shipment] = relationship(back_populates="packages")


class PrintRecord(Base):
    """When and by whom a document (label, packing slip, pick list...) of an order was printed."""

    __tablename__ = "print_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    document: Mapped[str] = mapped_column(String(32))
    reprint: Mapped[bool] = mapped_column(default=False)
    printer: Mapped[str] = mapped_column(String(255), default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    printed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
