"""Engine construction for SQLite (embedded) and PostgreSQL (shared).

SQLite: WAL, foreign keys on, a 30 s busy timeout, and every write transaction opened with
``BEGIN IMMEDIATE`` so that two processes on one file queue up instead of failing half way.
PostgreSQL: READ COMMITTED plus explicit ``SELECT ... FOR UPDATE`` row locks taken by the
services (see :mod:`desktop.db.locks`).

SQLite keeps its default page cache (2 MiB) per connection; :func:`large_page_cache` raises it
for one large write, such as an import, on the connection doing it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event

WRITE_OPTION = "packline_write"
LARGE_CACHE_KIB = 65536
"""Importing a hundred thousand rows writes to a dozen indexes; with SQLite's default 2 MiB of
cached pages it reads and writes the same index pages again and again (two paired runs of the
100,000-row import: 12% faster with this cache, on a machine whose run-to-run noise is of the
same order). The cache grows only as far as the import needs it."""


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine for ``url``. Connections are thread-safe to hand to a worker thread."""
    if url.startswith("sqlite"):
        return _sqlite_engine(url, **kwargs)
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=20, **kwargs)


def _sqlite_engine(url: str, **kwargs: Any) -> Engine:
    engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False}, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        write = connection.get_execution_options().get(WRITE_OPTION, True)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


@contextmanager
def large_page_cache(connection: Connection, kib: int = LARGE_CACHE_KIB) -> Iterator[None]:
    """On SQLite, let ``connection`` cache up to ``kib`` KiB of database pages inside the block,
    then give the memory back by restoring its previous size (PostgreSQL: nothing changes; its
    server has its own shared buffers). Only for the thread that owns the connection.

    The pragmas go to the driver's connection, outside SQLAlchemy's transaction state, so that
    restoring the size after a failed import cannot hide the import's own error."""
    if connection.dialect.name != "sqlite":
        yield
        return
    driver = connection.connection.driver_connection
    assert driver is not None
    previous = int(driver.execute("PRAGMA cache_size").fetchone()[0])
    driver.execute(f"PRAGMA cache_size=-{int(kib)}")
    try:
        yield
    finally:
        driver.execute(f"PRAGMA cache_size={previous}")
