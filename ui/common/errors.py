"""The one place where errors become dialogs (GUI thread only), and where the core's messages
are translated.

:class:`UserError` -> its message in a plain box; :class:`ConcurrencyError` -> the message with
a Reload button; anything else -> "Something went wrong; details in the log" with a button that
opens the log folder. Tracebacks go to the log file (``ui.ops`` logs them), never to the screen.
Boxes are opened window-modal without blocking, so a worker's result never waits on a click.

Every text of a :class:`UserError` the window shows goes through :func:`user_message`, which
translates the core's English templates (context ``CoreMessages``, listed for lupdate by
``ui.common.core_messages``) into the window's language.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.config import log_dir
from desktop.errors import ConcurrencyError, Text, UserError, render
from ui.common.core_messages import CONTEXT

log = logging.getLogger("packline.ui")
GENERIC = QT_TRANSLATE_NOOP(
    "Errors", "Something went wrong; details are in the log. Nothing was changed by the failed step.")
translate = QCoreApplication.translate


def user_message(error: BaseException | Text) -> str:
    """A :class:`UserError`'s message (or a core :class:`Text`, such as a scan result) in the
    window's language: its template and every nested piece translated, the values as given; a
    template without a translation stays English. Any other exception is ``str(error)`` (show
    bugs with :func:`present_error` instead)."""
    if not isinstance(error, (UserError, Text)):
        return str(error)
    return render(error, lambda template: translate(CONTEXT, template))


def open_log_folder() -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))


def present_error(parent: QWidget | None, error: BaseException, reload: Callable[[], None] | None = None) -> QMessageBox:
    """Show ``error`` to the user and return the (already open) box."""
    box = QMessageBox(parent)
    box.setWindowTitle("Packline")
    box.setObjectName("errorBox")
    if isinstance(error, UserError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(user_message(error))
        if isinstance(error, ConcurrencyError) and reload is not None:
            button = box.addButton(translate("Errors", "Reload"), QMessageBox.ButtonRole.AcceptRole)
            button.clicked.connect(reload)
        box.addButton(QMessageBox.StandardButton.Close)
    else:
        log.error("unexpected error shown to the user", exc_info=error)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(translate("Errors", GENERIC))
        folder = box.addButton(translate("Errors", "Open log folder"), QMessageBox.ButtonRole.HelpRole)
        folder.clicked.connect(open_log_folder)
        box.addButton(QMessageBox.StandardButton.Close)
    box.open()
    return box


class Confirm:
    """Yes/no questions. Tests replace :meth:`ask` to answer without a click."""

    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> bool:
        answer = QMessageBox.question(parent, "Packline", text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
