"""The SMTP part of the Email page: server, login, From address and "Send test email".

GUI thread only. The password field is never filled from the store: it shows whether a password
is saved, and only a typed password is saved (see :func:`ui.email_settings.store.save`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QWidget)

from desktop.notify.passwords import StoredPassword
from ui.email_settings.store import SmtpValues

SECURITY = (("STARTTLS", "starttls"), ("TLS", "tls"), (QT_TRANSLATE_NOOP("SmtpForm", "None (unencrypted)"), "none"))


class SmtpForm(QGroupBox):
    """Fields for :class:`SmtpValues` and the password; ``test_button`` asks for a test email."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("SMTP server"))
        self.host = QLineEdit()
        self.host.setPlaceholderText("smtp.example.com")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security = QComboBox()
        for label, code in SECURITY:
            self.security.addItem(self.tr(label), code)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_note = QLabel()
        self.password_note.setWordWrap(True)
        self.password_note.setObjectName("passwordNote")
        self.from_address = QLineEdit()
        self.from_address.setPlaceholderText(self.tr("Shop name <orders@example.com>"))
        self.test_to = QLineEdit()
        self.test_to.setPlaceholderText("you@example.com")
        self.test_button = QPushButton(self.tr("Send test email"))
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setObjectName("testResult")
        server = QHBoxLayout()
        server.addWidget(self.host, 1)
        server.addWidget(QLabel(self.tr("Port")))
        server.addWidget(self.port)
        server.addWidget(QLabel(self.tr("Security")))
        server.addWidget(self.security)
        test = QHBoxLayout()
        test.addWidget(self.test_to, 1)
        test.addWidget(self.test_button)
        form = QFormLayout(self)
        form.addRow(self.tr("Host"), server)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.password_note)
        form.addRow(self.tr("From address"), self.from_address)
        form.addRow(self.tr("Test to"), test)
        form.addRow("", self.test_result)

    def values(self) -> SmtpValues:
        return SmtpValues(self.host.text().strip(), self.port.value(),
                          str(self.security.currentData()), self.user.text().strip(),
                          self.from_address.text().strip())

    def show_values(self, values: SmtpValues, password_saved: bool) -> None:
        self.host.setText(values.host)
        self.port.setValue(values.port)
        self.security.setCurrentIndex(max(0, self.security.findData(values.security)))
        self.user.setText(values.user)
        self.from_address.setText(values.from_address)
        self.password.clear()
        self.password.setPlaceholderText(
            self.tr("Saved; type a new one to replace it") if password_saved else self.tr("Not saved yet"))

    def show_stored(self, stored: StoredPassword | None) -> None:
        """After saving: where the typed password went (the keyring or a local file)."""
        if stored is not None:
            self.password.clear()
            self.password.setPlaceholderText(self.tr("Saved; type a new one to replace it"))
            self.password_note.setText(stored.note)

    def show_test_result(self, text: str, ok: bool) -> None:
        self.test_result.setStyleSheet("color: #166534" if ok else "color: #b91c1c")
        self.test_result.setText(text)

    def set_editable(self, editable: bool) -> None:
        for field in (self.host, self.user, self.password, self.from_address, self.test_to):
            field.setReadOnly(not editable)
        for widget in (self.port, self.security, self.test_button):
            widget.setEnabled(editable)
