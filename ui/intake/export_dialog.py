"""Export the accounting workbook, Xero or QuickBooks files for a date range, in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from desktop.db.uow import UnitOfWork
from desktop.services import exports
from reports.spreadsheets import accounting, quickbooks, xero
from ui.ops import Operations

KINDS = {
    QT_TRANSLATE_NOOP("ExportDialog", "Accounting workbook (.xlsx)"): ".xlsx",
    QT_TRANSLATE_NOOP("ExportDialog", "Xero sales invoices (.csv)"): ".csv",
    QT_TRANSLATE_NOOP("ExportDialog", "Xero credit notes (.csv)"): ".csv",
    QT_TRANSLATE_NOOP("ExportDialog", "QuickBooks invoices (.csv)"): ".csv",
    QT_TRANSLATE_NOOP("ExportDialog", "QuickBooks credit memos (.csv)"): ".csv",
}


def export_file(uow: UnitOfWork, kind: str, start, end, out: Path) -> int:
    """Write export ``kind`` (a key of ``KINDS``) for ``start``..``end``; the orders in the period."""
    data = exports.accounting_data(uow, start, end)
    if kind.startswith("Accounting"):
        accounting.build(data, out)
    elif kind.startswith("Xero"):
        build = xero.build_credit_notes if "credit" in kind else xero.build_invoices
        build(data, exports.xero_settings(uow), out)
    else:
        build = quickbooks.build_credit_memos if "credit" in kind else quickbooks.build_invoices
        build(data, exports.quickbooks_settings(uow), out)
    return len(data.orders)


class ExportDialog(QDialog):
    """Choose what, which period and where; Export runs on the read pool and reports back."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
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
        suffix = KINDS[self.kind.currentData()]
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save export"), f"export{suffix}", f"*{suffix}")
        if name:
            self.out.setText(name)

    def export(self) -> None:
        out = Path(self.out.text())
        suffix = KINDS[self.kind.currentData()]
        if out.suffix.lower() != suffix:
            self.status.setText(self.tr("The file name must end in {suffix}.").format(suffix=suffix))
            return
        kind, start, end = self.kind.currentData(), self.start.date().toPython(), self.end.date().toPython()
        if end < start:
            self.status.setText(self.tr("The end date is before the start date."))
            return
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        self.ops.read(lambda uow: export_file(uow, kind, start, end, out), self._done)

    def _done(self, orders: int | None, error: BaseException | None) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(str(error) if error is not None else self.tr("Saved {path} ({orders} orders).").format(
            path=self.out.text(), orders=orders))
