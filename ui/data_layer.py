"""The data layer (SQLAlchemy, the models, the services and the screens built on them), loaded
off the GUI thread.

Importing it takes about half a second, several times what Qt needs to show a window, so
``packline`` shows the sign-in dialog first and loads the data layer while the user types.
:meth:`DataLayer.start` starts one daemon thread that imports it, opens the database (a new local
file is created at the newest schema, an older schema is refused; see
``desktop.cli.context.open_database``), reads whether anyone can sign in yet, imports the main
window's modules and, when someone can sign in, reads the Orders list's first page once
(:func:`ui.orders.jobs.warm_up`) so that the database pages it needs are cached by the time the
password has been typed. ``loaded`` is then emitted on the GUI thread, once, whether it worked or not.

Threads: create, :meth:`start` and connect on the GUI thread; :meth:`result` may be called from
any thread and blocks until loading has finished (on the GUI thread, only once ``done`` is true).
The owner of the returned :class:`Loaded` owns its database and disposes of it.
"""

from __future__ import annotations

import importlib
import logging
import threading
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaObject, QObject, Qt, Signal, Slot

from desktop.auth import SYSTEM

if TYPE_CHECKING:
    from desktop.db.uow import Database

PRELOADED = ("ui.main_window",)
"""Imported with the data layer so that signing in does not pay for them."""
log = logging.getLogger("packline.ui")


@dataclass(frozen=True)
class Loaded:
    db: Database
    has_users: bool
    """Someone can sign in; False on a first start, which asks for the first admin instead."""


def new_local_file(url: str) -> bool:
    """``url`` names a SQLite file that does not exist yet (a first start on this PC)."""
    prefix = "sqlite:///"
    return url.startswith(prefix) and not Path(url[len(prefix):]).exists()


class DataLayer(QObject):
    loaded = Signal()

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        self._future: Future[Loaded] = Future()
        self._started = False

    def start(self) -> None:
        """Begin loading (once; later calls do nothing)."""
        if self._started:
            return
        self._started = True
        threading.Thread(target=self._load, name="packline-data-layer", daemon=True).start()

    @property
    def done(self) -> bool:
        return self._future.done()

    def result(self) -> Loaded:
        """What was loaded, waiting for it; raises what opening the database raised."""
        self.start()
        return self._future.result()

    def _load(self) -> None:
        try:
            from desktop.cli.context import open_database
            from desktop.services import users

            db = open_database(self.url)
            with db.uow(SYSTEM, write=False) as uow:
                has_users = users.has_login_users(uow)
            for module in PRELOADED:
                importlib.import_module(module)
            if has_users:
                _warm_up(db)
            self._future.set_result(Loaded(db, has_users))
        except BaseException as error:  # handed to whoever waits for the result
            self._future.set_exception(error)
        QMetaObject.invokeMethod(self, "_announce", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _announce(self) -> None:
        """Runs on the GUI thread, so every slot of ``loaded`` does too."""
        self.loaded.emit()


def _warm_up(db: Database) -> None:
    """Read what the window reads first, for its side effect of caching it; a failure here is
    only logged (the window's own read will meet it and say what is wrong)."""
    from ui.orders.jobs import warm_up

    try:
        with db.uow(SYSTEM, write=False) as uow:
            warm_up(uow)
    except Exception:  # the cause reaches the user through the window's first read
        log.warning("warming up the orders list failed", exc_info=True)
