"""Import dialog (orders files with preview) and export dialog (accounting, Xero, QuickBooks)."""

from ui.intake.export_dialog import ExportDialog
from ui.intake.import_dialog import ImportDialog

__all__ = ["ExportDialog", "ImportDialog"]
