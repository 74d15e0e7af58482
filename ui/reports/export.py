"""Export one chart's data to XLSX (GUI thread only; the file is small and written at once)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.services.reports import Table
from reports.spreadsheets import table_export


class ExportPath:
    """Asks where to save; tests replace :meth:`ask`."""

    @classmethod
    def ask(cls, parent: QWidget, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ExportPath", "Export to Excel"), suggested,
                                              QCoreApplication.translate("ExportPath", "Excel (*.xlsx)"))
        return Path(name) if name else None


def export_table(parent: QWidget, table: Table, stem: str) -> Path | None:
    """Ask for a file name and write ``table`` there; returns the path, or None if cancelled."""
    path = ExportPath.ask(parent, f"{stem}.xlsx")
    if path is None:
        return None
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    table_export.write(table.rows, table.columns, path, title=table.title[:31])
    return path
