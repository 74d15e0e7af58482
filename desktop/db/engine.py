"""Engine construction for SQLite (embedded) and PostgreSQL (shared).

SQLite: WAL, foreign keys on, a 30 s busy timeout, and every write transaction opened with
``BEGIN IMMEDIATE`` so that two processes on one file queue up instead of failing half way.
PostgreSQL: READ COMMITTED plus explicit ``SELECT ... FOR UPDATE`` row locks taken by the
services (see :mod:`desktop.db.locks`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event

WRITE_OPTION = "packline_write"


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
