"""Shared helpers of the exchange tests: fixture paths, importing through the service, DB snapshots."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.auth import SYSTEM
from desktop.db.base import Base
from desktop.db.uow import Database
from desktop.intake import parse_orders
from desktop.services import intake
from desktop.services.intake import ImportReport

FIXTURES = Path(__file__).parent / "fixtures"


def import_file(db: Database, name: str, **flags: bool) -> ImportReport:
    """Import the orders of fixture ``name`` in one unit of work, committing what the report keeps."""
    path = FIXTURES / name if not Path(name).is_absolute() else Path(name)
    with db.uow(SYSTEM) as uow:
        report = intake.import_orders(uow, parse_orders(path), file=path.name, **flags)
        uow.commit()
    return report


def snapshot(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table, ordered, for before/after comparisons."""
    with db.engine.connect() as connection:
        return {table.name: [tuple(row) for row in connection.execute(
                    select(table).order_by(*table.primary_key.columns))]
                for table in Base.metadata.sorted_tables}
