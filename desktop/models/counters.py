"""Document number counters (orders, shipments, RMAs, refunds, purchase orders)."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.db.base import Base


class Counter(Base):
    """The last number handed out per document kind; incremented under a row lock."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(default=0)
