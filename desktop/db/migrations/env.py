"""Alembic environment: runs on the connection handed in by :func:`desktop.db.migrate.upgrade`."""

from __future__ import annotations

from alembic import context

import desktop.models  # noqa: F401  (registers every table)
from desktop.db.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
