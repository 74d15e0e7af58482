"""Settings page for admins: the users who can sign in, their roles, and new accounts.

Reads and writes go through ``ops``; GUI thread only.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.auth import Role
from desktop.db.uow import UnitOfWork
from desktop.services import users
from ui.common.errors import present_error
from ui.common.value_labels import code_combo, value_label
from ui.ops import Operations


class UsersPage(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("User"), self.tr("Role"), self.tr("Active")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.name = QLineEdit()
        self.role = code_combo((r.value for r in Role), Role.CLERK.value)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.status = QLabel()
        add = QPushButton(self.tr("Add user"))
        add.clicked.connect(self.add_user)
        update = QPushButton(self.tr("Set role of selected"))
        update.clicked.connect(self.set_role)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password ({count}+ characters)").format(count=users.MIN_PASSWORD), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(update)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        self.ops.read(users.list_users, self._listed)

    def _listed(self, rows: list[tuple[str, str, bool]] | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
            return
        self.table.setRowCount(0)
        for name, role, active in rows or []:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, value in enumerate((name, value_label(role), self.tr("yes") if active else self.tr("no"))):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def add_user(self) -> None:
        name, role, password = self.name.text().strip(), self.role.currentData(), self.password.text()
        self.ops.write(lambda uow: users.add_user(uow, name, role, password).name, self._written)

    def set_role(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            self.status.setText(self.tr("Select a user first."))
            return
        name, role = self.table.item(row, 0).text(), self.role.currentData()
        def change(uow: UnitOfWork) -> str:
            users.set_role(uow, name, role)
            return name
        self.ops.write(change, self._written)

    def _written(self, name: str | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
            return
        self.status.setText(self.tr("Saved {name}.").format(name=name))
        self.password.clear()
        self.refresh()
