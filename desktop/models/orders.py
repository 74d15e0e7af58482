"""Orders and their lines."""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.base import Base, Money, UtcDateTime, utcnow


class OrderStatus(str, enum.Enum):
    NEW = "new"
    ALLOCATED = "allocated"
    BACKORDERED = "backordered"
    PICKING = "picking"
    PACKED = "packed"
    PARTIALLY_SHIPPED = "partially_shipped"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    ON_HOLD = "on_hold"
    CANCELLED = "cancelled"


ADDRESS_FIELDS = ("name", "company", "line1", "line2", "city", "region", "postal_code", "country", "phone")


class Order(Base):
    """A customer order. ``number`` is what staff and customers quote; (channel,
    channel_order_id) identifies it at its marketplace so re-imports find it.

    Money columns are in ``currency``. ``total`` = subtotal - discounts + shipping, plus tax
    unless ``taxes_included`` (prices already contain it, as in most of Europe).
    ``version`` is bumped on every change: a stale edit fails with "changed by someone else".
    """

    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("channel", "channel_order_id"),
        Index("ix_orders_status_date", "status", "ordered_at"),
        Index("ix_orders_ordered_at", "ordered_at"),
        Index("ix_orders_customer", "customer_name"),
        Index("ix_orders_email", "email"),
        Index("ix_orders_ship_by", "ship_by"),
        Index("ix_orders_total", "total"),
        Index("ix_orders_paid", "paid"),
        Index("ix_orders_channel_date", "channel", "ordered_at"),
        Index("ix_orders_country", "ship_country"),
        CheckConstraint("refunded <= paid", name="refunds_within_paid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    channel: Mapped[str] = mapped_column(String(32), default="manual")
    channel_order_id: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20), default=OrderStatus.NEW.value)
    held_from: Mapped[str | None] = mapped_column(String(20))
    ordered_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    customer_name: Mapped[str] = mapped_column(String(255))
    email: Mapped[str] = mapped_column(String(255), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    language: Mapped[str] = mapped_column(String(8), default="")

    ship_name: Mapped[str] = mapped_column(String(255), default="")
    ship_company: Mapped[str] = mapped_column(String(255), default="")
    ship_line1: Mapped[str] = mapped_column(String(255), default="")
    ship_line2: Mapped[str] = mapped_column(String(255), default="")
    ship_city: Mapped[str] = mapped_column(String(128), default="")
    ship_region: Mapped[str] = mapped_column(String(128), default="")
    ship_postal_code: Mapped[str] = mapped_column(String(32), default="")
    ship_country: Mapped[str] = mapped_column(String(2), default="")
    ship_phone: Mapped[str] = mapped_column(String(64), default="")
    bill_name: Mapped[str] = mapped_column(String(255), default="")
    bill_company: Mapped[str] = mapped_column(String(255), default="")
    bill_line1: Mapped[str] = mapped_column(String(255), default="")
    bill_line2: Mapped[str] = mapped_column(String(255), default="")
    bill_city: Mapped[str] = mapped_column(String(128), default="")
    bill_region: Mapped[str] = mapped_column(String(128), default="")
    bill_postal_code: Mapped[str] = mapped_column(String(32), default="")
    bill_country: Mapped[str] = mapped_column(String(2), default="")
    bill_phone: Mapped[str] = mapped_column(String(64), default="")

    currency: Mapped[str] = mapped_column(String(3), default="USD")
    subtotal: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    discount_total: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    tax_total: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    taxes_included: Mapped[bool] = mapped_column(default=False)
    shipping: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    total: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    payment_status: Mapped[str] = mapped_column(String(24), default="pending")
    paid: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    refunded: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))

    notes: Mapped[str] = mapped_column(Text, default="")
    gift: Mapped[bool] = mapped_column(default=False)
    gift_message: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(String(255), default="")
    shipping_service: Mapped[str] = mapped_column(String(64), default="")
    ship_by: Mapped[date | None] = mapped_column(Date)
    deliver_by: Mapped[date | None] = mapped_column(Date)
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouses.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.line_no"
    )

    __mapper_args__ = {"version_id_col": version}


class OrderLine(Base):
    """One line of an order. ``quantity_shipped`` and ``quantity_returned`` are caches of the
    shipment and RMA lines, kept in the same transaction and proved by ``db check``.

    ``discount`` and ``tax`` are amounts for the whole line, not per unit.
    """

    __tablename__ = "order_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="positive"),
        CheckConstraint("quantity_shipped <= quantity", name="shipped_within_ordered"),
        CheckConstraint("quantity_returned <= quantity_shipped", name="returned_within_shipped"),
        UniqueConstraint("order_id", "line_no"),
        Index("ix_order_lines_product", "product_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    line_no: Mapped[int]
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(255))
    quantity: Mapped[int]
    unit_price: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    discount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    tax: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    tax_name: Mapped[str] = mapped_column(String(64), default="")
    tax_rate: Mapped[str] = mapped_column(String(16), default="")
    quantity_shipped: Mapped[int] = mapped_column(default=0)
    quantity_returned: Mapped[int] = mapped_column(default=0)

    order: Mapped[Order] = relationship(back_populates="lines")
    product = relationship("Product", lazy="joined")

    @property
    def net_amount(self) -> Decimal:
        """Price times quantity less the line discount (tax not added)."""
        return self.unit_price * self.quantity - self.discount
