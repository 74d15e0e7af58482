"""Settings page: the printer profiles of this PC and which of them print labels and documents.

Profiles are read from and written to ``desktop.workstation.PRINTERS`` (the same JSON file the
CLI's ``packline printer add/list`` and ``print --printer NAME`` use). Which profile is this PC's
default label printer and default document printer is kept in QSettings (``printers/label``,
``printers/document``; see ``ui.printing.defaults``): a choice of this workstation and user, not
part of the profile. "Print test label" sends ``printing.zpl.test_label(profile)`` through
``printing.transports.from_uri`` on this page's own worker thread; the outcome is shown here.
GUI thread only, except :class:`_TestLabel`'s ``run``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QRunnable, QSettings, QThreadPool, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.errors import UserError
from desktop.workstation import PRINTERS
from printing import zpl
from printing.profiles import PrinterProfile
from printing.transports import PrinterError, from_uri
from reports import raster_text
from ui.common.errors import user_message
from ui.printing.defaults import default_printer, set_default_printer
from ui.printing.profile_editor import PrinterProfileEditor

NEW = QT_TRANSLATE_NOOP("PrintersPage", "(new printer)")
NONE = QT_TRANSLATE_NOOP("PrintersPage", "(none)")


class _Outcome(QObject):
    done = Signal(str)


class _TestLabel(QRunnable):
    """Worker thread: sends one test label and reports a sentence."""

    def __init__(self, profile: PrinterProfile, outcome: _Outcome) -> None:
        super().__init__()
        self.profile, self.outcome = profile, outcome

    def run(self) -> None:
        try:
            label = zpl.test_label(self.profile, raster=raster_text.rasterise)
            from_uri(self.profile.transport_uri).send(label, "Packline test label")
        except (PrinterError, ValueError) as error:
            self.outcome.done.emit(QCoreApplication.translate("PrintersPage", "Test label not printed: {error}").format(
                error=error))
            return
        self.outcome.done.emit(QCoreApplication.translate("PrintersPage", "Test label sent to {name}.").format(
            name=self.profile.name))


class PrintersPage(QWidget):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.new, self.none = self.tr(NEW), self.tr(NONE)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.outcome = _Outcome(self)
        self.choice = QComboBox(objectName="printerChoice")
        self.choice.currentTextChanged.connect(self._chosen)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.editor = PrinterProfileEditor()
        self.editor.test_requested.connect(self.print_test)
        self.label_default = QComboBox(objectName="labelDefault")
        self.document_default = QComboBox(objectName="documentDefault")
        self.problem = QLabel(wordWrap=True)
        self.problem.setStyleSheet("color: #cf222e")
        self.result = QLabel(wordWrap=True)
        self.outcome.done.connect(self.result.setText)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Printer")))
        top.addWidget(self.choice, 1)
        top.addWidget(self.remove_button)
        defaults = QFormLayout()
        defaults.addRow(self.tr("This PC's label printer"), self.label_default)
        defaults.addRow(self.tr("This PC's document printer"), self.document_default)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.editor)
        layout.addLayout(defaults)
        layout.addWidget(self.problem)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self._reload(default_printer(settings, "label") or "")

    def _profiles(self) -> dict[str, dict]:
        try:
            return PRINTERS.load()
        except UserError as error:
            self.problem.setText(user_message(error))
            return {}

    def _reload(self, select: str) -> None:
        names = sorted(self._profiles())
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItems([self.new, *names])
        self.choice.setCurrentText(select if select in names else self.new)
        self.choice.blockSignals(False)
        for combo, role in ((self.label_default, "label"), (self.document_default, "document")):
            current = combo.currentText() if combo.count() else (default_printer(self.settings, role) or self.none)
            combo.clear()
            combo.addItems([self.none, *names])
            combo.setCurrentText(current if current in names else self.none)
        self._chosen(self.choice.currentText())

    def _chosen(self, name: str) -> None:
        self.problem.clear()
        self.remove_button.setEnabled(name != self.new)
        values = self._profiles().get(name)
        if values is None:
            self.editor.clear()
            return
        try:
            self.editor.set_profile(PrinterProfile.from_dict(values))
        except ValueError as error:
            self.problem.setText(self.tr("Printer {name} has invalid settings ({error}).").format(
                name=repr(name), error=error))

    def remove(self) -> None:
        name = self.choice.currentText()
        if name != self.new:
            PRINTERS.remove(name)
            self._reload("")

    def print_test(self, profile: PrinterProfile) -> None:
        self.result.setText(self.tr("Sending a test label to {name}…").format(name=profile.name))
        self.pool.start(_TestLabel(profile, self.outcome))

    def save(self) -> bool:
        """Store the edited profile (a page left blank stores none) and this PC's two defaults;
        False (with the reason shown) when the profile is not valid."""
        if self.editor.name.text().strip() or self.editor.uri.text().strip():
            try:
                profile = self.editor.profile()
            except ValueError as error:
                self.problem.setText(str(error))
                return False
            previous = self.choice.currentText()
            PRINTERS.save(profile.name, profile.to_dict())
            if previous not in (self.new, profile.name.strip()):
                PRINTERS.remove(previous)
            self._reload(profile.name.strip())
        for combo, role in ((self.label_default, "label"), (self.document_default, "document")):
            name = combo.currentText()
            set_default_printer(self.settings, role, "" if name == self.none else name)
        return True

    def wait(self) -> None:
        """Block until a test label in progress has been sent (closing, tests)."""
        self.pool.waitForDone()
