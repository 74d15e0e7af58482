"""Returns (RMAs) and refunds."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.base import Base, Money, UtcDateTime, utcnow

RETURN_REASONS = ("wrong_item", "damaged", "not_as_described", "changed_mind", "other")
CONDITIONS = ("new", "opened", "used", "damaged")
DISPOSITIONS = ("restock", "quarantine", "scrap", "vendor")
REFUND_METHODS = ("original", "store_credit", "cash")


class Rma(Base):
    """A return authorisation. ``status``: authorised -> partially_received -> received."""

    __tablename__ = "rmas"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="authorised")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(default=1)

    lines: Mapped[list[ReturnLine]] = relationship(back_populates="rma", cascade="all, delete-orphan",
                                                   order_by="ReturnLine.id")

    __mapper_args__ = {"version_id_col": version}


class ReturnLine(Base):
    __tablename__ = "return_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="positive"),
        CheckConstraint("received >= 0 AND received <= quantity", name="received_within"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rma_id: Mapped[int] = mapped_column(ForeignKey("rmas.id"))
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id"), index=True)
    quantity: Mapped[int]
    reason: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    received: Mapped[int] = mapped_column(default=0)

    rma: Mapped[Rma] = relationship(back_populates="lines")
    order_line = relationship("OrderLine", lazy="joined")


class Refund(Base):
    """Money given back. ``amount`` = line amounts + ``shipping_amount`` - ``restocking_fee``."""

    __tablename__ = "refunds"
    __table_args__ = (CheckConstraint("amount > 0", name="positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    shipping_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    restocking_fee: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    method: Mapped[str] = mapped_column(String(16), default="original")
    reference: Mapped[str] = mapped_column(String(128), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    lines: Mapped[list[RefundLine]] = relationship(back_populates="refund", cascade="all, delete-orphan")


class RefundLine(Base):
    __tablename__ = "refund_lines"
    __table_args__ = (CheckConstraint("quantity >= 0", name="nonneg"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    refund_id: Mapped[int] = mapped_column(ForeignKey("refunds.id"))
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id"), index=True)
    quantity: Mapped[int]
    amount: Mapped[Decimal] = mapped_column(Money)

    refund: Mapped[Refund] = relationship(back_populates="lines")


class ReturnReceipt(Base):
    """Units of one RMA line received and inspected together; its stock move posts exactly once."""

    __tablename__ = "return_receipts"
    __table_args__ = (CheckConstraint("quantity > 0", name="positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    return_line_id: Mapped[int] = mapped_column(ForeignKey("return_lines.id"), index=True)
    quantity: Mapped[int]
    condition: Mapped[str] = mapped_column(String(16))
    disposition: Mapped[str] = mapped_column(String(16))
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
