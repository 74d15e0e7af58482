"""Warehouses and the locations stock moves between.

Physical locations (bins, quarantine, scrap) hold stock and have cached levels. Virtual
locations (supplier, customer, adjustment) are the other end of moves that bring stock in or
take it out; their balance is never checked.
"""

from __future__ import annotations

import enum

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.base import Base


class LocationKind(str, enum.Enum):
    BIN = "bin"
    QUARANTINE = "quarantine"
    SCRAP = "scrap"
    SUPPLIER = "supplier"
    CUSTOMER = "customer"
    ADJUSTMENT = "adjustment"

    @property
    def physical(self) -> bool:
        return self in (LocationKind.BIN, LocationKind.QUARANTINE, LocationKind.SCRAP)


class Warehouse(Base):
    __tablename__ = "warehouses"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(128))
    country: Mapped[str] = mapped_column(String(2), default="")

    locations: Mapped[list[Location]] = relationship(back_populates="warehouse")


class Location(Base):
    """A place stock can be. ``code`` is unique within its warehouse (``A-01-03``).

    ``walk_order`` orders bins along the picking path; pickers and allocation follow it.
    Only bins are sellable: stock in quarantine or scrap is never allocated.
    """

    __tablename__ = "locations"
    __table_args__ = (UniqueConstraint("warehouse_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouses.id"))
    code: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))
    walk_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)

    warehouse: Mapped[Warehouse | None] = relationship(back_populates="locations")

    @property
    def label(self) -> str:
        """``WH/CODE`` for warehouse locations, the bare code for virtual ones."""
        return f"{self.warehouse.code}/{self.code}" if self.warehouse else self.code
