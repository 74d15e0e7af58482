"""Printer profile editor for Settings, with a "Print test label" button.

Emits ``test_requested(profile)``; the caller sends ``printing.zpl.test_label(profile)`` through
its print worker (never on the GUI thread). Invalid input shows the ValueError message.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QWidget)

from printing.labels import SIZES
from printing.profiles import DPIS, LANGUAGES, PAPER_SIZES, PrinterProfile


class PrinterProfileEditor(QWidget):
    """Edits one PrinterProfile; ``profile()`` returns it or raises ValueError."""

    test_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.uri = QLineEdit()
        self.uri.setPlaceholderText("tcp://10.0.0.5:9100, cups://QUEUE, windows://PRINTER")
        self.language = QComboBox()
        self.language.addItems(LANGUAGES)
        self.dpi = QComboBox()
        self.dpi.addItems([str(d) for d in DPIS])
        self.size = QComboBox()
        self.size.addItems(list(SIZES))
        self.offset_x = QDoubleSpinBox(minimum=-20, maximum=20, singleStep=0.5, suffix=" mm")
        self.offset_y = QDoubleSpinBox(minimum=-20, maximum=20, singleStep=0.5, suffix=" mm")
        self.darkness = QSpinBox(minimum=0, maximum=30, value=15)
        self.document_uri = QLineEdit()
        self.paper = QComboBox()
        self.paper.addItems(PAPER_SIZES)
        self.error = QLabel()
        self.test_button = QPushButton(self.tr("Print test label"))
        self.test_button.clicked.connect(self._test)
        form = QFormLayout(self)
        for label, widget in ((self.tr("Name"), self.name), (self.tr("Label printer"), self.uri),
                              (self.tr("Language"), self.language), (self.tr("Resolution (dpi)"), self.dpi),
                              (self.tr("Label size"), self.size), (self.tr("Offset x"), self.offset_x),
                              (self.tr("Offset y"), self.offset_y), (self.tr("Darkness"), self.darkness),
                              (self.tr("Document printer"), self.document_uri), (self.tr("Paper"), self.paper)):
            form.addRow(label, widget)
        form.addRow(self.error)
        form.addRow(self.test_button)

    def set_profile(self, profile: PrinterProfile) -> None:
        self.name.setText(profile.name)
        self.uri.setText(profile.transport_uri)
        self.language.setCurrentText(profile.language)
        self.dpi.setCurrentText(str(profile.dpi))
        self.size.setCurrentText(profile.label_size)
        self.offset_x.setValue(profile.offset_x_mm)
        self.offset_y.setValue(profile.offset_y_mm)
        self.darkness.setValue(profile.darkness)
        self.document_uri.setText(profile.document_uri)
        self.paper.setCurrentText(profile.paper_size)

    def clear(self) -> None:
        """Empty fields with the defaults of a new profile."""
        self.name.clear()
        self.uri.clear()
        self.document_uri.clear()
        self.language.setCurrentIndex(0)
        self.dpi.setCurrentIndex(0)
        self.size.setCurrentIndex(0)
        self.offset_x.setValue(0)
        self.offset_y.setValue(0)
        self.darkness.setValue(15)
        self.paper.setCurrentIndex(0)
        self.error.clear()

    def profile(self) -> PrinterProfile:
        return PrinterProfile(
            self.name.text(), self.uri.text(), self.language.currentText(),
            int(self.dpi.currentText()), self.size.currentText(), self.offset_x.value(),
            self.offset_y.value(), self.darkness.value(), self.document_uri.text(),
            self.paper.currentText())

    def _test(self) -> None:
        try:
            profile = self.profile()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.test_requested.emit(profile)
