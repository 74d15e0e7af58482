"""Print PDF documents on a page printer through Qt's QPrinter.

Pages are rendered with QPdfDocument at the printer's resolution and painted onto the printer,
scaled to the printable page rect keeping aspect ratio. Must run on the GUI thread (QPrinter and
QPainter on a printer are GUI-thread objects); errors raise ``printing.transports.PrinterError``.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import unquote

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize, Qt, QThread, Signal, Slot
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from printing.transports import PrinterError, Transport, from_uri


def load_pdf(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over ``data``; keep the returned buffer alive as long as the document."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise PrinterError("The document could not be read as a PDF.")
    return document, buffer


def print_document(document: QPdfDocument, printer: QPrinter) -> None:
    """Paint every page of ``document`` on ``printer``."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterError(f"Printer {printer.printerName()!r} could not start the job.")
    try:
        dpi = printer.resolution()
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(index, QSize(round(points.width() * dpi / 72),
                                                 round(points.height() * dpi / 72)))
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), size), image)
    finally:
        painter.end()


class QPrinterTransport:
    """Transport for ``qt://PRINTER`` page printers (PDF bytes only)."""

    def __init__(self, printer_name: str) -> None:
        self.printer_name = printer_name

    def send(self, data: bytes, job_name: str = "Packline") -> None:
        """Print the PDF ``data`` on the named printer; GUI thread only."""
        info = QPrinterInfo.printerInfo(self.printer_name)
        if info.isNull():
            raise PrinterError(
                f"Printer {self.printer_name!r} is missing. Check Settings -> Printers.")
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        printer.setDocName(job_name)
        document, _buffer = load_pdf(data)
        print_document(document, printer)


class _GuiThreadCall(QObject):
    """Runs a callable on the thread that owns this object (the GUI thread) and waits for it."""

    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run, Qt.ConnectionType.BlockingQueuedConnection)

    @Slot(object)
    def _run(self, job: Callable[[], None]) -> None:
        job()


class GuiThreadPrinterTransport:
    """A :class:`QPrinterTransport` a print worker thread may use: ``send`` runs on the GUI thread
    and returns when the job is painted (or raises its PrinterError). Create it on the GUI thread."""

    def __init__(self, printer_name: str) -> None:
        self.inner = QPrinterTransport(printer_name)
        self.bridge = _GuiThreadCall()

    def send(self, data: bytes, job_name: str = "Packline") -> None:
        if QThread.currentThread() is self.bridge.thread():
            self.inner.send(data, job_name)
            return
        failure: list[BaseException] = []

        def job() -> None:
            try:
                self.inner.send(data, job_name)
            except BaseException as error:  # handed back to the worker that asked
                failure.append(error)

        self.bridge.call.emit(job)
        if failure:
            raise failure[0]


def transport_for(uri: str) -> Transport:
    """``qt://PRINTER`` page printers through QPrinter on the GUI thread; every other URI as
    :func:`printing.transports.from_uri` builds it. Call on the GUI thread."""
    if uri.lower().startswith("qt://"):
        return GuiThreadPrinterTransport(unquote(uri[len("qt://"):]).strip("/"))
    return from_uri(uri)
