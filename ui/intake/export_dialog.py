"""Export the accounting workbook, Xero or QuickBooks files for a date range, in the background.

Export runs ``desktop.services.exports.export_period`` on the read pool through
``ui.common.progress.read_with_progress``: after ~0.5 s a dialog shows how many of the export's
steps are done (reading the orders, order lines, refunds, shipments and inventory, then writing
the file), says which one is running, and offers Cancel, which stops at the next step. The file
is written whole or not at all: a Cancel or a failure leaves no file and an existing one as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressDialog,
    QPushButton, QVBoxLayout, QWidget,
)

from desktop.db.uow import UnitOfWork
from desktop.errors import UserError
from desktop.files import CannotWrite
from desktop.services import exports
from ui.common.callbacks import alive
from ui.common.errors import GENERIC, user_message
from ui.common.progress import Progress, read_with_progress
from ui.ops import Operations

KINDS = {  # the label (also the combo's data) -> the export kind, credit documents, the file suffix
    QT_TRANSLATE_NOOP("ExportDialog", "Accounting workbook (.xlsx)"): ("accounting", False, ".xlsx"),
    QT_TRANSLATE_NOOP("ExportDialog", "Xero sales invoices (.csv)"): ("xero", False, ".csv"),
    QT_TRANSLATE_NOOP("ExportDialog", "Xero credit notes (.csv)"): ("xero", True, ".csv"),
    QT_TRANSLATE_NOOP("ExportDialog", "QuickBooks invoices (.csv)"): ("quickbooks", False, ".csv"),
    QT_TRANSLATE_NOOP("ExportDialog", "QuickBooks credit memos (.csv)"): ("quickbooks", True, ".csv"),
}
STEP_LABELS = {  # each of exports.STEPS, and SAVING; {name} is the file's name
    "orders": QT_TRANSLATE_NOOP("ExportDialog", "Reading the orders…"),
    "order lines": QT_TRANSLATE_NOOP("ExportDialog", "Reading the order lines and taxes…"),
    "refunds": QT_TRANSLATE_NOOP("ExportDialog", "Reading the refunds…"),
    "shipments": QT_TRANSLATE_NOOP("ExportDialog", "Reading the shipments…"),
    "inventory": QT_TRANSLATE_NOOP("ExportDialog", "Valuing the inventory…"),
    "writing": QT_TRANSLATE_NOOP("ExportDialog", "Writing {name}…"),
    exports.SAVING: QT_TRANSLATE_NOOP("ExportDialog", "Saving {name}…"),
}


def step_label(step: str, out: Path) -> str:
    """What the progress dialog says while ``step`` runs (GUI thread: translated)."""
    return QCoreApplication.translate("ExportDialog", STEP_LABELS[step]).format(name=out.name)


def export_file(uow: UnitOfWork, kind: str, start: date, end: date, out: Path, progress: Progress,
                step: Callable[[str], None]) -> exports.PeriodExport:
    """Write export ``kind`` (a key of ``KINDS``) of ``start``..``end`` to ``out`` (worker thread).
    Each step is reported to ``progress`` (which raises ``Cancelled`` after a Cancel) and its
    name (one of ``exports.STEPS`` or ``exports.SAVING``) to ``step``, which must not touch widgets."""
    name, credits, _ = KINDS[kind]

    def tell(done: int, total: int, current: str) -> None:
        step(current)
        progress.report(done, total)
    return exports.export_period(uow, name, start, end, out, credits=credits, progress=tell)


class ExportDialog(QDialog):
    """Choose what, which period and where; Export runs on the read pool with a progress dialog
    (``self.progress`` while it runs) and reports back in ``status``."""

    step = Signal(str)  # emitted from the worker: the export step that starts now

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.progress: QProgressDialog | None = None
        self._target = Path()
        self.step.connect(self._show_step)
        self.setWindowTitle(self.tr("Export for the accountant"))
        self.kind = QComboBox(self)
        for kind in KINDS:
            self.kind.addItem(self.tr(kind), kind)
        today = QDate.currentDate()
        self.start = QDateEdit(QDate(today.year(), today.month(), 1), self)
        self.end = QDateEdit(today, self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.out = QLineEdit(self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.out)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Export"), self.kind)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow(self.tr("Save as"), where)
        self.status = QLabel("", self)
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.clicked.connect(self.export)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(close)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    @classmethod
    def ask(cls, ops: Operations, parent: QWidget | None = None) -> None:
        cls(ops, parent).exec()

    def _browse(self) -> None:
        suffix = KINDS[self.kind.currentData()][2]
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save export"), f"export{suffix}", f"*{suffix}")
        if name:
            self.out.setText(name)

    def export(self) -> None:
        out = Path(self.out.text())
        suffix = KINDS[self.kind.currentData()][2]
        if out.suffix.lower() != suffix:
            self.status.setText(self.tr("The file name must end in {suffix}.").format(suffix=suffix))
            return
        kind, start, end = self.kind.currentData(), self.start.date().toPython(), self.end.date().toPython()
        if end < start:
            self.status.setText(self.tr("The end date is before the start date."))
            return
        self.export_button.setEnabled(False)
        self.status.setText("")
        self._target = out
        self.progress = read_with_progress(
            self.ops, self, step_label(exports.STEPS[0], out),
            lambda uow, progress: export_file(uow, kind, start, end, out, progress, self.step.emit),
            alive(self, self._done))

    @Slot(str)
    def _show_step(self, step: str) -> None:
        if self.progress is not None:
            self.progress.setLabelText(step_label(step, self._target))

    def _done(self, done: exports.PeriodExport | None, error: BaseException | None) -> None:
        self.progress = None
        self.export_button.setEnabled(True)
        self.status.setText(self._outcome(done, error))

    def _outcome(self, done: exports.PeriodExport | None, error: BaseException | None) -> str:
        if error is None and done is not None:
            return self.tr("Saved {path} ({orders} orders).").format(path=self._target, orders=done.orders)
        if isinstance(error, CannotWrite):
            return self.tr("Could not save {path}: {reason}.").format(
                path=error.path, reason=error.reason)
        if isinstance(error, UserError):
            return user_message(error)
        return QCoreApplication.translate("Errors", GENERIC)
