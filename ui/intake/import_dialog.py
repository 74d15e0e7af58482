"""Import orders, products or stock: choose a file, a detected format (or, for orders, a mapping
profile), preview (dry run), then import the good records and skip the bad ones, or import nothing.

All database work runs through ``ui.ops.Operations``: the preview is a dry run (rolled back),
the import one write transaction committed at the end; both report progress and can be
cancelled, which leaves the database as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QProgressDialog, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop.db.uow import UnitOfWork
from desktop.intake import ORDER_FORMATS, PRODUCT_FORMATS, ParseResult, parse_orders, parse_products, parse_stock
from desktop.intake.csvread import open_table
from desktop.services import intake
from desktop.services.intake import ImportReport
from ui.common.errors import user_message
from ui.intake.mapping import MappingDialog, saved_profiles
from ui.ops import Operations

PREVIEW_HEADERS = (QT_TRANSLATE_NOOP("ImportDialog", "Line"), QT_TRANSLATE_NOOP("ImportDialog", "Record"),
                   QT_TRANSLATE_NOOP("ImportDialog", "Customer"), QT_TRANSLATE_NOOP("ImportDialog", "Total"),
                   QT_TRANSLATE_NOOP("ImportDialog", "Currency"), QT_TRANSLATE_NOOP("ImportDialog", "Result"))
PROBLEM_HEADERS = (QT_TRANSLATE_NOOP("ImportDialog", "File"), QT_TRANSLATE_NOOP("ImportDialog", "Line"),
                   QT_TRANSLATE_NOOP("ImportDialog", "Column"), QT_TRANSLATE_NOOP("ImportDialog", "Value"),
                   QT_TRANSLATE_NOOP("ImportDialog", "Problem"))
DETECT = QT_TRANSLATE_NOOP("ImportDialog", "Detect from headers")


@dataclass(frozen=True)
class ImportKind:
    """One kind of file the dialog imports: its words, formats, parser and import service."""

    noun: str
    formats: tuple[tuple[str, str], ...]
    mappable: bool
    parse: Callable[[Path, str], ParseResult]
    apply: Callable[..., ImportReport]


KINDS = {
    "orders": ImportKind(QT_TRANSLATE_NOOP("ImportDialog", "orders"),
                         ((DETECT, "auto"), *((f, f) for f in ORDER_FORMATS)), True,
                         lambda path, fmt: parse_orders(path, fmt), intake.import_orders),
    "products": ImportKind(QT_TRANSLATE_NOOP("ImportDialog", "products"),
                           ((DETECT, "auto"), *((f, f) for f in PRODUCT_FORMATS)), False,
                           lambda path, fmt: parse_products(path, None if fmt == "auto" else fmt),
                           intake.import_products),
    "stock": ImportKind(QT_TRANSLATE_NOOP("ImportDialog", "stock rows"),
                        ((QT_TRANSLATE_NOOP("ImportDialog", "Set quantities to the file's"), "set"),
                         (QT_TRANSLATE_NOOP("ImportDialog", "Add the file's quantities"), "add")),
                        False, lambda path, mode: parse_stock(path, mode=mode), intake.import_stock),
}


class ProgressRelay(QObject):
    """Carries (done, total) from a worker thread to the GUI thread (queued signal)."""

    changed = Signal(int, int)


class ImportDialog(QDialog):
    """The import workflow for ``kind`` (orders, products or stock); ``last_report`` holds the
    latest preview or import result."""

    def __init__(self, ops: Operations, parent: QWidget | None = None, kind: str = "orders") -> None:
        super().__init__(parent)
        self.ops = ops
        self.kind = KINDS[kind]
        self.last_report: ImportReport | None = None
        self._cancel = threading.Event()
        self._relay = ProgressRelay(self)
        self.noun = self.tr(self.kind.noun)
        self.setWindowTitle(self.tr("Import {noun}").format(noun=self.noun))
        self.path = QLineEdit(self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        self.format = QComboBox(self)
        self._fill_formats()
        self.map_button = QPushButton(self.tr("Map columns…"), self)
        self.map_button.clicked.connect(self._map)
        self.map_button.setVisible(self.kind.mappable)
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.clicked.connect(self.preview)
        self.summary = QLabel(self.tr("Choose a file and press Preview."), self)
        self.orders = QTableWidget(0, len(PREVIEW_HEADERS), self)
        self.orders.setHorizontalHeaderLabels([self.tr(header) for header in PREVIEW_HEADERS])
        self.problems = QTableWidget(0, len(PROBLEM_HEADERS), self)
        self.problems.setHorizontalHeaderLabels([self.tr(header) for header in PROBLEM_HEADERS])
        self.import_button = QPushButton(self.tr("Import the good {noun}, skip the bad ones").format(noun=self.noun),
                                         self)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_good)
        nothing = QPushButton(self.tr("Import nothing"), self)
        nothing.clicked.connect(self.reject)
        top = QHBoxLayout()
        for widget in (self.path, browse, self.format, self.map_button, self.preview_button):
            top.addWidget(widget)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(nothing)
        bottom.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.orders, 3)
        layout.addWidget(QLabel(self.tr("Problems"), self))
        layout.addWidget(self.problems, 2)
        layout.addLayout(bottom)
        self.resize(900, 600)

    @classmethod
    def ask(cls, ops: Operations, parent: QWidget | None = None, kind: str = "orders") -> ImportReport | None:
        """Show the dialog; the import's report, or None when nothing was imported."""
        dialog = cls(ops, parent, kind)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.last_report if accepted else None

    def _fill_formats(self) -> None:
        self.format.clear()
        for label, value in self.kind.formats:
            self.format.addItem(self.tr(label), ("format", value))
        if self.kind.mappable:
            for name in sorted(saved_profiles()):
                self.format.addItem(self.tr("Mapping: {name}").format(name=name), ("mapping", name))

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("File to import"), "",
                                              self.tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx)"))
        if name:
            self.path.setText(name)

    def _map(self) -> None:
        path = Path(self.path.text())
        if not path.is_file():
            self.summary.setText(self.tr("Choose a file first."))
            return
        with open_table(path) as table:
            headers = list(table.headers)
        dialog = MappingDialog(headers, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name = dialog.mapping().name
            self._fill_formats()
            self.format.setCurrentIndex(self.format.findData(("mapping", name)))

    def _job(self, *, dry_run: bool):
        path = Path(self.path.text())
        kind, value = self.format.currentData()
        mapping = saved_profiles()[value] if kind == "mapping" else None
        cancel = self._cancel
        progress = self._progress_dialog()
        relay = self._relay

        kind = self.kind

        def work(uow: UnitOfWork) -> ImportReport:
            parsed = parse_orders(path, None, mapping=mapping) if mapping else kind.parse(path, value)
            return kind.apply(uow, parsed, skip_bad=not dry_run, dry_run=dry_run, file=path.name,
                              cancelled=cancel.is_set, progress=relay.changed.emit)

        return work, progress

    def _progress_dialog(self) -> QProgressDialog:
        self._cancel.clear()
        dialog = QProgressDialog(self.tr("Reading {noun}…").format(noun=self.noun), self.tr("Cancel"), 0, 0, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.canceled.connect(self._cancel.set)
        self._relay.changed.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))
        return dialog

    def preview(self) -> None:
        """Dry-run the import and show every order and problem."""
        if not Path(self.path.text()).is_file():
            self.summary.setText(self.tr("Choose a file first."))
            return
        work, progress = self._job(dry_run=True)
        self.preview_button.setEnabled(False)
        self.ops.write(work, lambda result, error: self._previewed(progress, result, error))

    def import_good(self) -> None:
        """Import the records without errors (one transaction); accept the dialog when done."""
        work, progress = self._job(dry_run=False)
        self.import_button.setEnabled(False)
        self.ops.write(work, lambda result, error: self._imported(progress, result, error))

    def _previewed(self, progress: QProgressDialog, report: ImportReport | None, error: BaseException | None) -> None:
        progress.close()
        self.preview_button.setEnabled(True)
        if error is not None or report is None:
            self.summary.setText(user_message(error))
            return
        self.last_report = report
        self._show(report)
        fatal = any(p.severity == "fatal" for p in report.problems)
        self.import_button.setEnabled(not fatal and report.count("new") + report.count("updated") > 0)

    def _imported(self, progress: QProgressDialog, report: ImportReport | None, error: BaseException | None) -> None:
        progress.close()
        if error is not None or report is None:
            self.summary.setText(user_message(error))
            self.import_button.setEnabled(True)
            return
        self.last_report = report
        self.accept()

    def _show(self, report: ImportReport) -> None:
        self.summary.setText(self.tr("{count} {noun} found: {new} new, {updated} to update, {unchanged} unchanged, "
                                     "{rejected} with errors (skipped), {not_applied} changes that will not be "
                                     "applied.").format(
            count=len(report.outcomes), noun=self.noun, new=report.count("new"), updated=report.count("updated"),
            unchanged=report.count("unchanged"), rejected=report.count("rejected"),
            not_applied=len(report.not_applied)))
        self.orders.setRowCount(len(report.outcomes))
        for row, o in enumerate(report.outcomes):
            values = (o.line, o.number, o.customer, "" if o.total is None else str(o.total), o.currency, o.action)
            for column, value in enumerate(values):
                self.orders.setItem(row, column, QTableWidgetItem(str(value)))
        listed = (*report.problems, *report.not_applied)
        self.problems.setRowCount(len(listed))
        for row, p in enumerate(listed):
            for column, value in enumerate((p.file, p.line, p.column, p.value, f"{p.severity}: {p.message}")):
                self.problems.setItem(row, column, QTableWidgetItem(str(value)))
