"""An import on SQLite caches more database pages while it writes, and gives the memory back."""

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from desktop.auth import SYSTEM
from desktop.db.engine import LARGE_CACHE_KIB, large_page_cache
from desktop.db.uow import Database
from desktop.intake import parse_orders
from desktop.services.intake import import_orders

FIXTURES = Path(__file__).parent / "fixtures"


def cache_size(uow) -> int:
    return int(uow.session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one())


def test_an_import_writes_with_the_large_cache_and_restores_the_connection_default(db: Database) -> None:
    with db.uow(SYSTEM) as uow:
        before = cache_size(uow)
        statements: list[str] = []
        uow.session.connection().connection.driver_connection.set_trace_callback(statements.append)
        report = import_orders(uow, parse_orders(FIXTURES / "shopify_quirks.csv"), file="shopify_quirks.csv")
        uow.commit()
        assert report.count("new") > 0
        assert f"PRAGMA cache_size=-{LARGE_CACHE_KIB}" in statements
        assert statements.index(f"PRAGMA cache_size=-{LARGE_CACHE_KIB}") < next(
            n for n, s in enumerate(statements) if s.startswith("INSERT INTO orders"))
        assert cache_size(uow) == before != -LARGE_CACHE_KIB


def test_a_failed_write_keeps_its_own_error_and_the_cache_comes_back(db: Database) -> None:
    with db.uow(SYSTEM) as uow:
        connection = uow.session.connection()
        before = cache_size(uow)
        with pytest.raises(IntegrityError), large_page_cache(connection):
            assert cache_size(uow) == -LARGE_CACHE_KIB
            connection.execute(text("INSERT INTO orders (id) VALUES (NULL)"))
        uow.session.rollback()
        assert cache_size(uow) == before
