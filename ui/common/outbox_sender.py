"""Sends the customer-email outbox while the window is open.

Every ``interval_ms`` (60 s), ``KICK_DELAY_MS`` after :meth:`OutboxSender.start` and shortly
after :meth:`OutboxSender.kick` (an action that queued a message), the shop's SMTP settings are
read through ``ops``; when ``smtp.host`` is set, ``desktop.services.outbox.send_pending`` runs
on this sender's own one-thread pool (not the write thread: it waits on the network and manages
its own transactions). One run at a time. Failures are recorded on the messages by the core and
show in Reports -> Outbox; ``sent`` carries each run's SendReport to the GUI thread.
:meth:`shutdown` stops the timers and waits for a run in progress (the app calls it on exit).
Create and call on the GUI thread. The email modules (SMTP, templates, keyring) are imported by
the first run on its worker thread, not with the window.
"""

from __future__ import annotations

import logging
import os
import socket
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from desktop.errors import UserError
from ui.ops import Operations

if TYPE_CHECKING:
    from desktop.db.uow import UnitOfWork
    from desktop.notify.smtp import SmtpSettings
    from desktop.services.outbox import SendReport

log = logging.getLogger("packline.ui")
INTERVAL_MS = 60_000
KICK_DELAY_MS = 1_500


def _configured(uow: UnitOfWork) -> SmtpSettings | None:
    """The SMTP settings, or None while ``smtp.host`` is not set (worker thread)."""
    from desktop.services import outbox, settings

    if not settings.get(uow, "smtp.host").strip():
        return None
    return outbox.smtp_settings(uow)


class _Send(QRunnable):
    def __init__(self, sender: OutboxSender, smtp: SmtpSettings) -> None:
        super().__init__()
        self.sender, self.smtp = sender, smtp

    def run(self) -> None:
        from desktop.services import outbox

        try:
            report = outbox.send_pending(self.sender.ops.db, self.smtp, datetime.now(timezone.utc),
                                         self.sender.worker_id)
        except Exception as error:  # a database or programming error: logged, retried next tick
            log.error("sending the outbox failed", exc_info=error)
            report = None
        self.sender.finished.emit(report)


class OutboxSender(QObject):
    sent = Signal(object)
    finished = Signal(object)

    def __init__(self, ops: Operations, interval_ms: int = INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.worker_id = f"{socket.gethostname()}-{os.getpid()}"
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.running = False
        self._stopped = False
        self.finished.connect(self._finished)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.send_now)
        self._kick = QTimer(self)
        self._kick.setSingleShot(True)
        self._kick.setInterval(KICK_DELAY_MS)
        self._kick.timeout.connect(self.send_now)

    def start(self) -> None:
        """Send every ``interval_ms`` from now, the first time ``KICK_DELAY_MS`` from now: not at
        once, because the window's first page and first paint come first and this sender's
        first run imports the email modules, which would hold the interpreter lock meanwhile."""
        self.timer.start()
        self.kick()

    def kick(self) -> None:
        """Send soon: something was just queued (several kicks in a row make one run)."""
        if not self._stopped:
            self._kick.start()

    def send_now(self) -> None:
        if self.running or self._stopped:
            return
        self.running = True
        self.ops.read(_configured, self._settings_read)

    def _settings_read(self, smtp: SmtpSettings | None, error: BaseException | None) -> None:
        if error is not None and not isinstance(error, UserError):
            log.error("reading the email settings failed", exc_info=error)
        if smtp is None or self._stopped:
            self.running = False
            return
        self.pool.start(_Send(self, smtp))

    @Slot(object)
    def _finished(self, report: SendReport | None) -> None:
        self.running = False
        if report is not None and report.claimed:
            self.sent.emit(report)

    def shutdown(self) -> None:
        """Stop sending and wait for the run in progress (GUI thread, on exit)."""
        self._stopped = True
        self.timer.stop()
        self._kick.stop()
        self.pool.waitForDone()
