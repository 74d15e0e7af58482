"""Long jobs with a progress dialog that appears only after ~0.5 s and can be cancelled.

``run_with_progress(parent, label, job, done)`` runs ``job(progress)`` on a worker thread; the job
calls ``progress.report(done, total)`` (thread-safe) and ``progress.check()``, which raises
:class:`Cancelled` once the user pressed Cancel. ``done(result, error)`` runs on the GUI thread.
The job must not touch widgets. Use this for work that manages its own transactions (demo data,
imports); a long read for a view (an export of what it shows) uses ``read_with_progress``, which
runs ``fn(uow, progress)`` through :class:`ui.ops.Operations` with the same dialog.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.errors import UserError

if TYPE_CHECKING:
    from desktop.db.uow import UnitOfWork
    from ui.ops import Operations

log = logging.getLogger("packline.ui")
SHOW_AFTER_MS = 500
_RUNNING: set[Progress] = set()  # keeps each job's Progress alive until its result is delivered


class Cancelled(UserError):
    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("Progress", "Cancelled. The unfinished step was not saved."))


class Progress(QObject):
    """Created on the GUI thread; ``report`` and ``check`` may be called from the worker. Its
    slots run on the GUI thread (queued), where they drive ``dialog`` and call ``done``."""

    changed = Signal(int, int)
    finished = Signal(object, object)

    def __init__(self, dialog: QProgressDialog, done: Callable[[Any, BaseException | None], None]) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._dialog, self._done = dialog, done
        self.changed.connect(self._show)
        self.finished.connect(self._finish)

    @Slot(int, int)
    def _show(self, value: int, total: int) -> None:
        """An unknown ``total`` (0) shows a busy bar."""
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(value, total) if total > 0 else 0)

    @Slot(object, object)
    def _finish(self, result: object, error: object) -> None:
        self._dialog.canceled.disconnect(self.cancel)
        self._dialog.reset()
        self._dialog.close()
        _RUNNING.discard(self)
        self._done(result, error)  # type: ignore[arg-type]
        self.deleteLater()

    def report(self, done: int, total: int) -> None:
        self.changed.emit(done, total)
        self.check()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    @Slot()
    def cancel(self) -> None:
        self._cancel.set()


class _Runner(QRunnable):
    def __init__(self, job: Callable[[Progress], Any], progress: Progress) -> None:
        super().__init__()
        self.job, self.progress = job, progress

    def run(self) -> None:
        result: object = None
        error: BaseException | None = None
        try:
            result = self.job(self.progress)
        except BaseException as exc:  # handed to the GUI thread
            error = exc
            if not isinstance(exc, UserError):
                log.error("background job failed", exc_info=exc)
        self.progress.finished.emit(result, error)


def _progress(parent: QWidget | None, label: str,
              done: Callable[[Any, BaseException | None], None]) -> tuple[QProgressDialog, Progress]:
    dialog = QProgressDialog(label, QCoreApplication.translate("Progress", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle("Packline")
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    progress = Progress(dialog, done)
    _RUNNING.add(progress)
    dialog.canceled.connect(progress.cancel)
    dialog.setValue(0)
    return dialog, progress


def run_with_progress(parent: QWidget | None, label: str, job: Callable[[Progress], Any],
                      done: Callable[[Any, BaseException | None], None]) -> QProgressDialog:
    """Start ``job`` and return its dialog (hidden until the job has run for ~0.5 s)."""
    dialog, progress = _progress(parent, label, done)
    QThreadPool.globalInstance().start(_Runner(job, progress))
    return dialog


def read_with_progress(ops: Operations, parent: QWidget | None, label: str,
                       fn: Callable[[UnitOfWork, Progress], Any],
                       done: Callable[[Any, BaseException | None], None]) -> QProgressDialog:
    """Run ``fn(uow, progress)`` on ``ops``' read pool with the progress dialog; ``done`` as above."""
    dialog, progress = _progress(parent, label, done)
    ops.read(lambda uow: fn(uow, progress), progress.finished.emit)
    return dialog
