"""Settings page: this workstation's label/document printer, edited with ``ui.printing``'s
PrinterProfileEditor and kept in QSettings (``printers/default`` as JSON). GUI thread only."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from printing.profiles import PrinterProfile
from ui.printing.profile_editor import PrinterProfileEditor


class PrintersPage(QWidget):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.editor = PrinterProfileEditor()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #cf222e")
        stored = str(settings.value("printers/default", "") or "")
        if stored:
            self.editor.set_profile(PrinterProfile.from_dict(json.loads(stored)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def save(self) -> bool:
        """Store the profile; False (with the reason shown) when it is not valid. A page left
        blank (no name, no printer) stores nothing."""
        if not self.editor.name.text().strip() and not self.editor.uri.text().strip():
            return True
        try:
            profile = self.editor.profile()
        except ValueError as error:
            self.problem.setText(str(error))
            return False
        self.settings.setValue("printers/default", json.dumps(profile.to_dict()))
        return True
