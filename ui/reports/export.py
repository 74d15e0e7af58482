"""Export one chart's data to XLSX (GUI thread only; the file is small and written at once,
whole or not at all: a failure shows its message and leaves an existing file as it was)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.errors import UserError
from desktop.files import atomic_write
from desktop.services.reports import Table
from reports.spreadsheets import table_export
from ui.common.errors import present_error


class ExportPath:
    """Asks where to save; tests replace :meth:`ask`."""

    @classmethod
    def ask(cls, parent: QWidget, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ExportPath", "Export to Excel"), suggested,
                                              QCoreApplication.translate("ExportPath", "Excel (*.xlsx)"))
        return Path(name) if name else None


def export_table(parent: QWidget, table: Table, stem: str) -> Path | None:
    """Ask for a file name and write ``table`` there; returns the path, or None if cancelled or
    the file could not be written (the user was told why)."""
    path = ExportPath.ask(parent, f"{stem}.xlsx")
    if path is None:
        return None
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    try:
        with atomic_write(path) as temporary:
            table_export.write(table.rows, table.columns, temporary, title=table.title[:31])
    except UserError as error:
        present_error(parent, error)
        return None
    return path
