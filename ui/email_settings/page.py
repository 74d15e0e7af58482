"""The Email page of the Settings dialog: the shop's SMTP server and its email templates.

GUI thread only. Database reads and writes (and the password store, which may talk to the OS
keyring) go through :class:`ui.ops.Operations`; the test email goes through the page's own
:class:`Background` pool. Only roles with ``MANAGE_SETTINGS`` may change anything; others see
the page read-only. The page loads itself when created; :meth:`save` does nothing until that
load has arrived, so an early OK can never overwrite the settings with empty fields.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.auth import Permission
from desktop.config import email_templates_dir
from desktop.db.uow import UnitOfWork
from desktop.errors import UserError
from desktop.notify.passwords import PasswordStore, StoredPassword
from ui.common.callbacks import alive
from ui.common.errors import GENERIC, present_error, user_message
from ui.email_settings import store
from ui.email_settings.background import Background
from ui.email_settings.smtp_form import SmtpForm
from ui.email_settings.template_editor import TemplateEditor
from ui.ops import Operations


class EmailSettingsPage(QWidget):
    """A Settings tab. ``passwords`` and ``templates_dir`` default to this PC's password store
    and :func:`desktop.config.email_templates_dir`. ``loaded`` and ``saved`` fire after the background work."""

    loaded = Signal()
    saved = Signal()
    test_finished = Signal(bool)

    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 passwords: PasswordStore | None = None,
                 templates_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Email")
        self.ops = ops
        self.passwords = passwords or PasswordStore()
        self.templates_dir = templates_dir or email_templates_dir()
        self.editable = ops.actor.can(Permission.MANAGE_SETTINGS)
        self.background = Background(self)
        self.previous: store.SmtpValues | None = None
        self.smtp = SmtpForm()
        self.smtp.set_editable(False)
        self.smtp.test_button.clicked.connect(self.send_test)
        self.editor = TemplateEditor()
        layout = QVBoxLayout(self)
        layout.addWidget(self.smtp)
        layout.addWidget(self.editor, 1)
        self.load()

    def load(self) -> None:
        """Read the SMTP settings, whether a password is saved, and the templates."""
        passwords, templates_dir = self.passwords, self.templates_dir
        self.ops.read(lambda uow: store.load(uow, passwords, templates_dir), self._loaded)

    def _loaded(self, result: store.Loaded | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
            return
        assert result is not None
        self.previous = result.smtp
        self.smtp.show_values(result.smtp, result.password_saved)
        self.smtp.set_editable(self.editable)
        self.editor.set_templates(result.templates)
        self.editor.set_editable(self.editable)
        self.loaded.emit()

    def save(self) -> None:
        """Write the SMTP settings (and a typed password, to the password store), and save the
        template being edited if it changed and renders. Read-only users save nothing."""
        if not self.editable or self.previous is None:
            return
        if self.editor.is_dirty():
            self.editor.save()
        values, password, previous = self.smtp.values(), self.smtp.password.text(), self.previous
        passwords = self.passwords

        def write(uow: UnitOfWork) -> StoredPassword | None:
            return store.save(uow, values, password, previous, passwords)

        self.ops.write(write, alive(self, lambda stored, error: self._saved(values, stored, error)))

    def _saved(self, values: store.SmtpValues, stored: StoredPassword | None,
               error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
            return
        self.previous = values
        self.smtp.show_stored(stored)
        self.saved.emit()

    def send_test(self) -> None:
        """Send a test email with the values on screen to the address typed, off the GUI thread."""
        values, password = self.smtp.values(), self.smtp.password.text()
        to, passwords = self.smtp.test_to.text(), self.passwords
        self.smtp.test_button.setEnabled(False)
        self.smtp.show_test_result(self.tr("Sending a test email to {to}...").format(to=to.strip()), ok=True)
        self.background.run(lambda: store.send_test_email(values, password, to, passwords),
                            self._tested)

    def _tested(self, _result: object, error: BaseException | None) -> None:
        self.smtp.test_button.setEnabled(self.editable)
        if error is None:
            self.smtp.show_test_result(
                self.tr("Test email sent to {to}. Check that inbox.").format(to=self.smtp.test_to.text().strip()), ok=True)
        elif isinstance(error, UserError):
            self.smtp.show_test_result(self.tr("The test email was not sent: {error}").format(
                error=user_message(error)), ok=False)
        else:
            self.smtp.show_test_result(self.tr("The test email was not sent: {error}").format(
                error=QCoreApplication.translate("Errors", GENERIC)), ok=False)
        self.test_finished.emit(error is None)
