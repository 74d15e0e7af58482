"""The Settings dialog: database, general (language, company, logo), printers, users (admins).

GUI thread only; each page saves itself on OK.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from desktop.auth import Permission
from desktop.db.uow import Database
from ui.email_settings import EmailSettingsPage
from ui.ops import Operations
from ui.settings.database import DatabasePage
from ui.settings.general import GeneralPage
from ui.settings.printers import PrintersPage
from ui.settings.users import UsersPage

class SettingsDialog(QDialog):
    def __init__(self, db: Database, ops: Operations, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.resize(640, 520)
        self.tabs = QTabWidget()
        self.database = DatabasePage(settings)
        self.general = GeneralPage(ops, settings)
        self.email = EmailSettingsPage(ops)
        self.printers = PrintersPage(settings)
        self.tabs.addTab(self.database, self.tr("Database"))
        self.tabs.addTab(self.general, self.tr("General"))
        self.tabs.addTab(self.email, self.email.title)
        self.tabs.addTab(self.printers, self.tr("Printers"))
        self.users = None
        if ops.actor.can(Permission.MANAGE_USERS):
            self.users = UsersPage(ops)
            self.tabs.addTab(self.users, self.tr("Users"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def save(self) -> None:
        if not self.printers.save():
            self.tabs.setCurrentWidget(self.printers)
            return
        self.database.save()
        self.general.save()
        self.email.save()
        self.accept()
