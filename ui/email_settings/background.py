"""Network work for the Email page on a pool of its own, so a slow mail server never holds up
the database operations of :class:`ui.ops.Operations` or the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.errors import UserError
from ui.common.callbacks import alive

log = logging.getLogger("packline.ui")
Done = Callable[[Any, BaseException | None], None]


class _Relay(QObject):
    """Lives on the GUI thread; its queued signal carries a finished call back there."""

    finished = Signal(object, object, object)

    @Slot(object, object, object)
    def deliver(self, done: Done, result: object, error: object) -> None:
        done(result, error)  # type: ignore[arg-type]


class _Call(QRunnable):
    def __init__(self, relay: _Relay, fn: Callable[[], Any], done: Done) -> None:
        super().__init__()
        self.relay, self.fn, self.done = relay, fn, done

    def run(self) -> None:
        result: object = None
        error: BaseException | None = None
        try:
            result = self.fn()
        except BaseException as exc:  # handed to the GUI thread, which shows it
            error = exc
            if not isinstance(exc, UserError):
                log.error("email settings background call failed", exc_info=exc)
        self.relay.finished.emit(self.done, result, error)


class Background(QObject):
    """Runs ``fn()`` on a one-thread pool and calls ``done(result, error)`` on the GUI thread,
    unless ``owner`` was destroyed meanwhile. Create on the GUI thread; ``fn`` must not touch
    widgets."""

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self.owner = owner
        self.relay = _Relay(self)
        self.relay.finished.connect(self.relay.deliver)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

    def run(self, fn: Callable[[], Any], done: Done) -> None:
        self.pool.start(_Call(self.relay, fn, alive(self.owner, done)))

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the queued calls have run (tests and shutdown only)."""
        return self.pool.waitForDone(msecs)
