"""Composition root: settings, database, sign-in, operations and the main window.

``run_app(args)`` is what ``packline`` with no command calls; ``args`` has ``db``, ``user``,
``screenshot`` (a PNG path or None) and ``view``. Nothing else in the window builds a database,
an :class:`Operations` or the main window. GUI thread only.

Language: the workstation's QSettings ``ui/language`` (set in Settings, applies at the next start)
picks the window's translation from ``resources/translations`` and Qt's own for standard buttons;
Arabic lays the window out right to left.

Database choice: ``--db``, else ``PACKLINE_DATABASE_URL``, else the workstation's QSettings
(``database/url``, set in Settings), else the local SQLite file in the user data directory.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QLibraryInfo, QSettings, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.auth import SYSTEM, Actor
from desktop.cli.context import open_database
from desktop.db.uow import Database, UnitOfWork
from desktop.errors import UserError
from desktop.logs import setup_logging
from desktop.services import users
from ui.gc_guard import MainThreadGarbageCollector
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.ops import Operations

ORGANISATION = APPLICATION = "Packline"
SCREENSHOT_TIMEOUT_MS = 30000
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
RIGHT_TO_LEFT = {"ar"}


def application() -> QApplication:
    """The QApplication, with cyclic garbage collection moved to the GUI thread (once)."""
    existing = QApplication.instance()
    app = existing or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    if existing is None:
        MainThreadGarbageCollector(app)
    return app  # type: ignore[return-value]


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Translate the window into ``language`` (English needs nothing) and return the installed
    translators (the caller may remove them again; Qt keeps no reference of its own)."""
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
                           else Qt.LayoutDirection.LeftToRight)
    if language == "en":
        return []
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"packline_{language}", str(TRANSLATIONS)), (f"qtbase_{language}", qt_folder)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def chosen_database_url(explicit: str | None, settings: QSettings) -> str | None:
    """``--db`` and ``PACKLINE_DATABASE_URL`` override the workstation setting; None means the local file."""
    stored = settings.value("database/url", "")
    return explicit or os.environ.get("PACKLINE_DATABASE_URL") or (str(stored) if stored else None)


def wait_for(ops: Operations, fn: Callable[[UnitOfWork], Any], write: bool = False) -> Any:
    """Run ``fn`` through ``ops`` and keep the event loop turning until it is done (start-up only)."""
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def done(result: Any, error: BaseException | None) -> None:
        outcome.update(result=result, error=error)
        loop.quit()

    (ops.write if write else ops.read)(fn, done)
    if not outcome:
        loop.exec()
    if outcome["error"] is not None:
        raise outcome["error"]
    return outcome["result"]


def unattended_actor(ops: Operations, user: str | None) -> Actor:
    """Who a screenshot run acts as: the system actor before anyone can sign in, else the user
    named by ``--user``/``PACKLINE_USER`` with ``PACKLINE_PASSWORD``."""
    if not wait_for(ops, users.has_login_users):
        return SYSTEM
    name = user or os.environ.get("PACKLINE_USER")
    password = os.environ.get("PACKLINE_PASSWORD")
    if not name or password is None:
        raise UserError("Set PACKLINE_USER and PACKLINE_PASSWORD to take a screenshot of a database with users.")
    return wait_for(ops, lambda uow: users.authenticate(uow, name, password))  # type: ignore[no-any-return]


def interactive_actor(db: Database, ops: Operations, settings: QSettings, user: str | None) -> Actor | None:
    """First start asks for the first admin (and offers demo data); later starts ask to sign in."""
    if not wait_for(ops, users.has_login_users):
        from ui.first_run import FirstRunDialog

        first = FirstRunDialog(db, ops)
        return first.actor if first.exec() == QDialog.DialogCode.Accepted else None
    dialog = LoginDialog(ops, user or os.environ.get("PACKLINE_USER") or str(settings.value("login/user", "")))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        return None
    settings.setValue("login/user", dialog.actor.name)
    return dialog.actor


def settle(app: QApplication, ops: Operations, rounds: int = 3) -> None:
    """Let queued jobs finish and their results reach the widgets."""
    for _ in range(rounds):
        ops.wait()
        app.processEvents()


def take_screenshot(app: QApplication, window: MainWindow, path: str) -> int:
    """Show the window, wait for the first page of orders (and its detail) and, on Reports, for
    the dashboard's figures; save a PNG."""
    orders = window.orders
    loop = QEventLoop()
    orders.firstPageLoaded.connect(loop.quit)
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, loop.quit)
    window.show()
    if orders.model.loading or orders.model.rowCount() == 0 and orders.model.canFetchMore():
        loop.exec()
    current = window.tabs.currentWidget()
    if getattr(current, "ready", True) is False:
        reports = QEventLoop()
        current.loaded.connect(reports.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, reports.quit)
        reports.exec()
    if orders.model.rowCount() and window.tabs.currentWidget() is orders:
        orders.select_rows([0])
        orders.load_detail()
    settle(app, window.ops)
    if not window.grab().save(path):
        print(f"packline: cannot write the screenshot to {path}", file=sys.stderr)
        return 1
    return 0


def run_app(args: argparse.Namespace) -> int:
    setup_logging()
    app = application()
    settings = QSettings()
    install_translations(app, str(settings.value("ui/language", "en")))
    screenshot = getattr(args, "screenshot", None)
    try:
        db = open_database(chosen_database_url(args.db, settings))
    except UserError as error:
        if screenshot:
            print(f"packline: {error}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "Packline", "{error}\n\n{hint}".format(error=error, hint=app.translate(
                "App", "Start with --db URL, or fix the database in Settings.")))
        return 1
    start_ops = Operations(db, SYSTEM)
    try:
        actor = unattended_actor(start_ops, args.user) if screenshot else interactive_actor(
            db, start_ops, settings, args.user)
    except UserError as error:
        print(f"packline: {error}", file=sys.stderr)
        return 1
    finally:
        start_ops.shutdown()
    if actor is None:
        return 0
    ops = Operations(db, actor)
    window = MainWindow(db, ops, settings, view=getattr(args, "view", "orders") or "orders")
    try:
        if screenshot:
            return take_screenshot(app, window, screenshot)
        window.show()
        return app.exec()
    finally:
        window.shutdown()
        db.dispose()
