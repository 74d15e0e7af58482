"""The sign-in dialog (user + password). The password is checked on the read pool, never on the
GUI thread (argon2 is deliberately slow), and there the check waits for the data layer when it
is still loading, so the dialog can be shown before it has. GUI thread only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.auth import Actor
from desktop.errors import UserError
from ui.common.errors import user_message
from ui.ops import Operations

if TYPE_CHECKING:
    from desktop.db.uow import UnitOfWork


class LoginDialog(QDialog):
    def __init__(self, ops: Operations, user: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in to Packline"))
        self.user = QLineEdit(user)
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #cf222e")
        form = QFormLayout()
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        (self.password if user else self.user).setFocus()

    def sign_in(self) -> None:
        name, password = self.user.text().strip(), self.password.text()
        self.buttons.setEnabled(False)
        self.ops.read(lambda uow: _authenticate(uow, name, password), self._checked)

    def _checked(self, actor: Actor | None, error: BaseException | None) -> None:
        self.buttons.setEnabled(True)
        if error is not None:
            self.problem.setText(user_message(error) if isinstance(error, UserError)
                                 else self.tr("Signing in failed; details are in the log."))
            self.password.selectAll()
            self.password.setFocus()
            return
        self.actor = actor
        self.accept()


def _authenticate(uow: UnitOfWork, name: str, password: str) -> Actor:
    """Runs on the read pool; the import is here so that the dialog loads without the data layer."""
    from desktop.services import users

    return users.authenticate(uow, name, password)
