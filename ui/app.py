"""Composition root: settings, database, sign-in, operations and the main window.

``run_app(args)`` is what ``packline`` with no command calls; ``args`` has ``db``, ``user``,
``screenshot`` (a PNG path or None) and ``view``. Nothing else in the window builds a database,
an :class:`Operations` or the main window. GUI thread only.

Language: the workstation's QSettings ``ui/language`` (set in Settings, applies at the next start)
picks the window's translation from ``resources/translations`` and Qt's own for standard buttons;
Arabic lays the window out right to left.

Database choice: ``--db``, else ``PACKLINE_DATABASE_URL``, else the workstation's QSettings
(``database/url``, set in Settings), else the local SQLite file in the user data directory.

Start-up order: this module imports only Qt and the light core modules, so the sign-in dialog
appears about as fast as an empty Qt window; the data layer (:mod:`ui.data_layer`) loads on a
background thread while the user types, and the main window is built once someone has signed in.
A first start on this PC (no local file yet), a screenshot and an unreadable database wait for
the data layer first.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QLibraryInfo, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.auth import SYSTEM, Actor
from desktop.config import database_url
from desktop.errors import UserError
from desktop.logs import setup_logging
from resources import FONTS, TRANSLATIONS
from ui.common.errors import user_message
from ui.data_layer import DataLayer, Loaded, new_local_file
from ui.gc_guard import MainThreadGarbageCollector
from ui.login import LoginDialog
from ui.ops import Operations

if TYPE_CHECKING:
    from desktop.db.uow import UnitOfWork
    from ui.main_window import MainWindow

ORGANISATION = APPLICATION = "Packline"
SCREENSHOT_TIMEOUT_MS = 30000
SCRIPT_FONTS = ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", "NotoSansThai-Regular.ttf",
                "NotoSansThai-Bold.ttf")
"""Bundled (resources/fonts, OFL) so Arabic and Thai names show on PCs without such fonts: Qt
falls back to them for characters the window's own font lacks."""
RIGHT_TO_LEFT = {"ar"}


def application() -> QApplication:
    """The QApplication, with cyclic garbage collection moved to the GUI thread (once)."""
    existing = QApplication.instance()
    app = existing or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    if existing is None:
        MainThreadGarbageCollector(app)
        add_script_fonts()
    return app  # type: ignore[return-value]


def add_script_fonts() -> list[str]:
    """Make the bundled Arabic and Thai fonts available to the window; returns their families."""
    families: list[str] = []
    for name in SCRIPT_FONTS:
        families += QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(FONTS / name)))
    return families


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


def wait_until_loaded(data: DataLayer) -> Loaded:
    """Start loading the data layer if needed and keep the event loop turning until it has
    loaded; raises what opening the database raised."""
    data.start()
    if not data.done:
        loop = QEventLoop()
        data.loaded.connect(loop.quit)
        if not data.done:  # ``loaded`` is queued, so it still reaches the loop if it came meanwhile
            loop.exec()
    return data.result()


def unattended_actor(loaded: Loaded, ops: Operations, user: str | None) -> Actor:
    """Who a screenshot run acts as: the system actor before anyone can sign in, else the user
    named by ``--user``/``PACKLINE_USER`` with ``PACKLINE_PASSWORD``."""
    from desktop.services import users

    if not loaded.has_users:
        return SYSTEM
    name = user or os.environ.get("PACKLINE_USER")
    password = os.environ.get("PACKLINE_PASSWORD")
    if not name or password is None:
        raise UserError("Set PACKLINE_USER and PACKLINE_PASSWORD to take a screenshot of a database with users.")
    return wait_for(ops, lambda uow: users.authenticate(uow, name, password))  # type: ignore[no-any-return]


def first_run(loaded: Loaded) -> Actor | None:
    """Ask for the first administrator (and offer demo data)."""
    from ui.first_run import FirstRunDialog

    ops = Operations(loaded.db, SYSTEM)
    try:
        first = FirstRunDialog(loaded.db, ops)
        return first.actor if first.exec() == QDialog.DialogCode.Accepted else None
    finally:
        ops.shutdown()


def interactive_actor(data: DataLayer, settings: QSettings, user: str | None) -> Actor | None:
    """A first start asks for the first admin; later starts show the sign-in dialog at once and
    load the data layer behind it (the password check waits for it). Raises what opening the
    database raised, after closing the dialog."""
    if new_local_file(data.url):
        return first_run(wait_until_loaded(data))
    ops = Operations(data, SYSTEM)
    dialog = LoginDialog(ops, user or os.environ.get("PACKLINE_USER") or str(settings.value("login/user", "")))

    def loaded() -> None:
        try:
            if data.result().has_users:
                return
        except BaseException:  # re-raised below, once the dialog is closed
            pass
        dialog.reject()

    data.loaded.connect(loaded)
    QTimer.singleShot(0, data.start)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.actor is not None
    finally:
        data.loaded.disconnect(loaded)
        ops.shutdown()
    if not accepted:
        if data.done and not data.result().has_users:
            return first_run(data.result())
        return None
    settings.setValue("login/user", dialog.actor.name)  # type: ignore[union-attr]
    return dialog.actor


def settle(app: QApplication, ops: Operations, rounds: int = 3) -> None:
    """Let queued jobs finish and their results reach the widgets."""
    for _ in range(rounds):
        ops.wait()
        app.processEvents()


def take_screenshot(app: QApplication, window: MainWindow, path: str) -> int:
    """Show the window, wait for the orders (their first page, then the counts read once it is
    painted), the first order's detail and, on Reports, the dashboard's figures; save a PNG."""
    orders = window.orders
    loop = QEventLoop()
    orders.countsLoaded.connect(loop.quit)
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, loop.quit)
    window.show()
    if not orders.counts:
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
    QApplication.sendPostedEvents()  # the layouts that the last results asked for
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
    data = DataLayer(database_url(chosen_database_url(args.db, settings)))
    try:
        actor = screenshot_actor(data, args.user) if screenshot else interactive_actor(data, settings, args.user)
    except UserError as error:
        if screenshot:
            print(f"packline: {error}", file=sys.stderr)
        else:
            hint = app.translate("App", "Start with --db URL, or fix the database in Settings.")
            QMessageBox.critical(None, "Packline", f"{user_message(error)}\n\n{hint}")
        return 1
    if actor is None:
        return 0
    from ui.main_window import MainWindow

    db = data.result().db
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


def screenshot_actor(data: DataLayer, user: str | None) -> Actor:
    loaded = wait_until_loaded(data)
    ops = Operations(loaded.db, SYSTEM)
    try:
        return unattended_actor(loaded, ops, user)
    finally:
        ops.shutdown()
