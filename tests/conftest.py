"""Shared fixtures: fresh databases on SQLite and on the PostgreSQL test server.

PostgreSQL: ``PACKLINE_TEST_PG`` (default ``postgresql+psycopg://postgres@127.0.0.1:5432/test``)
names the server. One fresh database is created per run and migrated once as a template; each
test gets its own copy (``CREATE DATABASE ... TEMPLATE``). When the server is unreachable the
PostgreSQL tests are skipped, except with ``CI=true``, where they fail.
"""

from __future__ import annotations

import gc
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any test module creates a QApplication

from desktop.db.migrate import upgrade  # noqa: E402
from desktop.db.uow import Database  # noqa: E402

PG_URL = os.environ.get("PACKLINE_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def _garbage_collected_on_the_main_thread() -> Iterator[None]:
    """As in the app (``ui.gc_guard``): no automatic cyclic collection, which could finalise a Qt
    object on a worker thread; the main thread collects after every test instead."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test's data, logs and settings out of the developer's own profile."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("PACKLINE_DATABASE_URL", raising=False)
    monkeypatch.delenv("PACKLINE_USER", raising=False)
    monkeypatch.delenv("PACKLINE_PASSWORD", raising=False)


def sqlite_database(path: Path) -> Database:
    db = Database(f"sqlite:///{path}")
    upgrade(db.engine)
    return db


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A freshly migrated SQLite database file."""
    database = sqlite_database(tmp_path / "packline.sqlite3")
    yield database
    database.dispose()


class _PgServer:
    """Creates databases on the test server; owns the per-run template."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.template = f"packline_tpl_{uuid.uuid4().hex[:10]}"
        self.created: list[str] = []

    def reachable(self) -> str | None:
        try:
            with self.admin.connect() as connection:
                connection.execute(text("SELECT 1"))
        except Exception as exc:  # any driver error means "not reachable"
            return str(exc).splitlines()[0]
        return None

    def create_template(self) -> None:
        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{self.template}"'))
        self.created.append(self.template)
        engine = create_engine(self.url.set(database=self.template))
        upgrade(engine)
        engine.dispose()

    def fresh(self) -> str:
        name = f"packline_t_{uuid.uuid4().hex[:12]}"
        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"'))
        self.created.append(name)
        return self.url.set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        with self.admin.connect() as connection:
            for name in reversed(self.created):
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[_PgServer]:
    server = _PgServer(PG_URL)
    problem = server.reachable()
    if problem:
        message = f"PostgreSQL test server {PG_URL} is unreachable: {problem}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    server.create_template()
    yield server
    server.drop_all()


@pytest.fixture
def pg_db(pg_server: _PgServer) -> Iterator[Database]:
    """A freshly migrated database of its own on the PostgreSQL test server."""
    database = Database(pg_server.fresh())
    yield database
    database.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """The same test on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        database = sqlite_database(tmp_path / "packline.sqlite3")
    else:
        database = Database(request.getfixturevalue("pg_server").fresh())
    yield database
    database.dispose()
