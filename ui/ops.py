"""Background operations: every database access from the window goes through here.

``ops.write(fn, done)`` runs ``fn(uow)`` on the single write thread inside a unit of work that
commits when ``fn`` returns; ``ops.read(fn, done)`` runs it on the read pool with a read-only
unit of work. ``done(result, error)`` is then called on the GUI thread with exactly one of the
two set. ``fn`` must never touch a widget (it runs on a worker thread) and must return plain
data (frozen dataclasses), not ORM objects bound to its session.

Writes are serialised on one thread so that the window never holds two write transactions;
reads may run concurrently. Pools are drained by :meth:`Operations.shutdown` on exit.

The database may still be loading (a :class:`ui.data_layer.DataLayer` during start-up): jobs
then wait for it on their worker thread, so the GUI thread never does, and a failure to open it
reaches every job's ``done`` as its error.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.auth import Actor
from desktop.errors import UserError
from ui.data_layer import DataLayer

if TYPE_CHECKING:
    from desktop.db.uow import Database, UnitOfWork

T = TypeVar("T")
Done = Callable[[Any, BaseException | None], None]
log = logging.getLogger("packline.ui")


class _Relay(QObject):
    """Carries a finished job's outcome to the GUI thread (queued connection). A result of a
    ``latest`` read is dropped when a newer read for the same callback was made meanwhile."""

    finished = Signal(object, object, object, object)

    def __init__(self, generations: dict[Done, int]) -> None:
        super().__init__()
        self.generations = generations

    @Slot(object, object, object, object)
    def deliver(self, done: Done, result: object, error: object, generation: object) -> None:
        owner = getattr(done, "__self__", None)
        if isinstance(owner, QObject) and not shiboken6.isValid(owner):
            return  # the widget that asked was closed meanwhile; nobody is left to tell
        if generation is not None and self.generations.get(done) != generation:
            return  # superseded by a newer read for the same callback
        done(result, error)  # type: ignore[arg-type]


class _Job(QRunnable):
    def __init__(self, ops: Operations, fn: Callable[[UnitOfWork], Any], done: Done, write: bool,
                 generation: int | None = None) -> None:
        super().__init__()
        self.ops, self.fn, self.done, self.write, self.generation = ops, fn, done, write, generation

    def run(self) -> None:
        result: object = None
        error: BaseException | None = None
        try:
            with self.ops.database().uow(self.ops.actor, write=self.write) as uow:
                result = self.fn(uow)
                if self.write:
                    uow.commit()
        except BaseException as exc:  # delivered to the GUI thread, which decides what to show
            error = exc
            if not isinstance(exc, UserError):
                log.error("background operation failed", exc_info=exc)
        self.ops.relay.finished.emit(self.done, result, error, self.generation)


class Operations(QObject):
    """Owned by the main window; create on the GUI thread."""

    def __init__(self, db: Database | DataLayer, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.actor = actor
        self._generations: dict[Done, int] = {}
        self.relay = _Relay(self._generations)
        self.relay.finished.connect(self.relay.deliver)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(3)

    def database(self) -> Database:
        """The open database; while it is still loading, waits for it (worker threads only)."""
        return self._db.result().db if isinstance(self._db, DataLayer) else self._db

    @property
    def db(self) -> Database:
        """The open database, for code that runs after start-up (the window is built once it has loaded)."""
        return self.database()

    def write(self, fn: Callable[[UnitOfWork], T], done: Done) -> None:
        self._writer.start(_Job(self, fn, done, write=True))

    def read(self, fn: Callable[[UnitOfWork], T], done: Done, *, latest: bool = False) -> None:
        """With ``latest``, a newer read for the same ``done`` supersedes this one: reads run in
        parallel and may finish out of order, and a refresh must never be overwritten by the older
        result it replaced. Call on the GUI thread."""
        generation = None
        if latest:
            generation = self._generations.get(done, 0) + 1
            self._generations[done] = generation
        self._readers.start(_Job(self, fn, done, write=False, generation=generation))

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every queued job has run (tests and shutdown only)."""
        return self._writer.waitForDone(msecs) and self._readers.waitForDone(msecs)

    def shutdown(self) -> None:
        self.wait()
