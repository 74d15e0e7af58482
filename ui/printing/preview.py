"""In-app preview of a PDF document (QtPdf) with a Print button."""

from __future__ import annotations

from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ui.printing.qprinter_transport import load_pdf, print_document


class PdfPreviewDialog(QDialog):
    """Shows ``data`` (PDF bytes, copied) page by page; Print opens the system print dialog."""

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.printed = False
        self.setWindowTitle(title)
        self.resize(720, 900)
        self.document, self._buffer = load_pdf(data)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self._print)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            print_document(self.document, printer)
            self.printed = True

    @classmethod
    def ask(cls, data: bytes, title: str, parent: QWidget | None = None) -> bool:
        """Show the preview modally; True when the document was sent to a printer (tests
        replace this classmethod)."""
        dialog = cls(data, title, parent)
        dialog.exec()
        return dialog.printed
