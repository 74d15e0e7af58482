"""First start: create the first admin account and, optionally, load demo data.

GUI thread only. The account is written through ``ops.write``; demo data loads on a worker with a
progress dialog (shown after ~0.5 s, with Cancel, which stops after the current batch).
"""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox,
                               QVBoxLayout, QWidget)

from desktop.auth import Actor
from desktop.db.uow import Database
from desktop.errors import InvalidInput
from desktop.services import users
from ui.common.errors import present_error, user_message
from ui.common.progress import Progress, run_with_progress
from ui.ops import Operations

DEMO_AVAILABLE = importlib.util.find_spec("desktop.services.demo") is not None


class FirstRunDialog(QDialog):
    demoLoaded = Signal(int)

    def __init__(self, db: Database, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.ops = db, ops
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Welcome to Packline"))
        self.user = QLineEdit("admin")
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.demo = QCheckBox(self.tr("Load demo data (products, stock and orders to try things out)"))
        self.demo.setEnabled(DEMO_AVAILABLE)
        self.demo_orders = QSpinBox(minimum=100, maximum=1_000_000, value=2000, singleStep=1000)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #cf222e")
        form = QFormLayout()
        form.addRow(self.tr("Admin user"), self.user)
        form.addRow(self.tr("Password (at least {count} characters)").format(count=users.MIN_PASSWORD), self.password)
        form.addRow(self.tr("Repeat password"), self.repeat)
        form.addRow(self.demo)
        form.addRow(self.tr("Demo orders"), self.demo_orders)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A new database was created at\n{url}\n\n"
                                        "Create the first administrator account.").format(url=db.engine.url.render_as_string(hide_password=True))))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def create(self) -> None:
        name, password = self.user.text().strip(), self.password.text()
        if password != self.repeat.text():
            self.problem.setText(self.tr("The two passwords differ."))
            return
        try:
            users.check_password(password)
        except InvalidInput as error:
            self.problem.setText(user_message(error))
            return
        self.buttons.setEnabled(False)
        self.ops.write(lambda uow: users.add_user(uow, name, "admin", password), self._created)

    def _created(self, actor: Actor | None, error: BaseException | None) -> None:
        self.buttons.setEnabled(True)
        if error is not None:
            self.problem.setText(user_message(error))
            return
        self.actor = actor
        if self.demo.isChecked():
            self.load_demo(self.demo_orders.value())
        else:
            self.accept()

    def load_demo(self, count: int) -> None:
        from desktop.services.demo import load_demo

        db = self.db

        def job(progress: Progress) -> int:
            def report(done: int, total: int) -> bool:
                progress.changed.emit(done, total)
                return not progress.cancelled
            return load_demo(db, orders=count, seed=1, progress=report).orders

        self.buttons.setEnabled(False)
        run_with_progress(self, self.tr("Loading {count} demo orders...").format(count=f"{count:,}"), job,
                          self._demo_done)

    def _demo_done(self, loaded: int | None, error: BaseException | None) -> None:
        self.buttons.setEnabled(True)
        if error is not None:
            present_error(self, error)
        else:
            self.demoLoaded.emit(loaded or 0)
        self.accept()
