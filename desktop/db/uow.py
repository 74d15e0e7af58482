"""The database handle and the unit of work every service runs in.

A :class:`UnitOfWork` is one transaction: ``with db.uow(actor) as uow: ...; uow.commit()``.
Leaving the block without ``commit()`` rolls back (``Session.close``), so an exception anywhere
leaves the database as it was. Objects loaded inside stay readable afterwards (detached, not
expired), but hand plain data across threads. A unit of work belongs to one thread; the :class:`Database` may be shared.
"""

from __future__ import annotations

import json
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.auth import SYSTEM, Actor
from desktop.db.engine import WRITE_OPTION, is_sqlite, make_engine
from desktop.errors import ConcurrencyError, UserError
from desktop.models import AuditEntry, Counter


class Database:
    """Engines for one database URL. Thread-safe; create one per process."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self.sqlite = is_sqlite(self.engine)
        self._read_engine = self.engine.execution_options(**{WRITE_OPTION: False})

    def uow(self, actor: Actor = SYSTEM, *, write: bool = True) -> UnitOfWork:
        return UnitOfWork(self, actor, write=write)

    def dispose(self) -> None:
        self.engine.dispose()

    def bind(self, write: bool) -> Engine:
        return self.engine if write else self._read_engine


class UnitOfWork:
    """One transaction on behalf of ``actor``; rolls back unless :meth:`commit` is called."""

    def __init__(self, db: Database, actor: Actor, *, write: bool = True) -> None:
        self.db = db
        self.actor = actor
        self.write = write
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = Session(bind=self.db.bind(self.write), expire_on_commit=False, autoflush=True)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.session.close()
        if isinstance(exc, StaleDataError):
            raise ConcurrencyError("This record") from exc
        if isinstance(exc, OperationalError) and "database is locked" in str(exc):
            raise UserError("The database is busy (another PC holds it too long). Try again.") from exc

    def commit(self) -> None:
        try:
            self.session.commit()
        except StaleDataError as exc:
            raise ConcurrencyError("This record") from exc

    def flush(self) -> None:
        try:
            self.session.flush()
        except StaleDataError as exc:
            raise ConcurrencyError("This record") from exc

    def audit(self, action: str, entity: str, entity_id: int | None, ref: str = "",
              detail: dict[str, Any] | None = None, reason: str = "") -> None:
        """Append who/when/what/why for a change made in this unit of work."""
        self.session.add(AuditEntry(
            user_id=self.actor.id, user_name=self.actor.name, action=action, entity=entity,
            entity_id=entity_id, entity_ref=ref,
            detail=json.dumps(detail, default=str, ensure_ascii=False) if detail else "", reason=reason,
        ))

    def next_number(self, name: str) -> int:
        """The next value of counter ``name``; concurrent callers never get the same one."""
        counter = self.session.scalars(
            select(Counter).where(Counter.name == name).with_for_update()
        ).one_or_none()
        if counter is None:
            counter = Counter(name=name, value=0)
            self.session.add(counter)
        counter.value += 1
        self.session.flush()
        return counter.value
