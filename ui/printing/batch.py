"""Batch printing of shipping labels and packing slips for many orders.

``print_orders(ops, parent, kind, numbers)`` opens the dialog; other screens call it. The data is
read through ``ops.read``; documents are rendered and sent on a worker thread (never the GUI
thread) through a ``printing.queue.PrintQueue``; each printed order is recorded with
``documents.record_printed`` through ``ops.write`` (reprints are marked there). Jobs the printer
did not take stay in the queue, are listed, and Retry sends them again without re-rendering.

Each dialog has its own one-thread pool. Closing the dialog (window close, Esc, or its parent
going away) stops the run after the job being sent and waits for the worker, so no result ever
arrives for a dialog that is gone.

The printer is a URI (``tcp://``, ``cups://``, ``windows://``, ``file://``) or the name of a
printer saved in ``desktop.services.printer_profiles``; with a saved printer, labels go to its
label printer in its language, dpi and size, slips to its document printer on its paper.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QListWidget,
                               QProgressBar, QPushButton, QVBoxLayout, QWidget)

from desktop.db.uow import UnitOfWork
from desktop.errors import UserError
from desktop.services import documents, settings
from desktop.workstation import PRINTERS
from printing.profiles import PrinterProfile
from printing.queue import PrintJob, PrintQueue, RunResult
from printing.transports import Transport, from_uri
from ui.common.errors import user_message
from ui.printing.qprinter_transport import transport_for
from reports import context
from reports.pdf_merge import merge_pdfs
from ui.printing.preview import PdfPreviewDialog
from ui.ops import Operations

KINDS = {"label": ("label",), "packing_slip": ("packing_slip",), "both": ("label", "packing_slip")}
ORDERINGS = (QT_TRANSLATE_NOOP("BatchPrintDialog", "Order number"), QT_TRANSLATE_NOOP("BatchPrintDialog", "Bin"),
             QT_TRANSLATE_NOOP("BatchPrintDialog", "Carrier"))
DOCUMENT_NAMES = {"label": QT_TRANSLATE_NOOP("BatchPrintDialog", "label"),
                  "packing_slip": QT_TRANSLATE_NOOP("BatchPrintDialog", "packing slip")}


@dataclass(frozen=True)
class _Target:
    """Where labels and slips go and in which format (resolved on the GUI thread)."""

    name: str
    label_uri: str
    slip_uri: str
    fmt: str
    dpi: int
    size: str
    paper: str
    profile: PrinterProfile | None


@dataclass(frozen=True)
class _Batch:
    """Everything read for one batch: plain data, safe to pass to the print worker."""

    shop: documents.Shop
    paper: str
    keys: tuple[documents.OrderKeys, ...]
    labels: dict[str, documents.LabelData]
    slips: dict[str, documents.SlipData]


def _gather(uow: UnitOfWork, kinds: tuple[str, ...], numbers: list[str]) -> _Batch:
    keys = tuple(documents.order_keys(uow, numbers))
    ordered = [k.number for k in keys]
    labels = {n: documents.shipping_label(uow, n) for n in ordered} if "label" in kinds else {}
    slips = {n: documents.packing_slip(uow, n) for n in ordered} if "packing_slip" in kinds else {}
    return _Batch(documents.shop(uow), settings.get(uow, "documents.paper"), keys, labels, slips)


def _preview_pdf(uow: UnitOfWork, kinds: tuple[str, ...], numbers: list[str]) -> bytes:
    """Worker thread: the batch's packing slips then its labels as one PDF, for the preview."""
    batch = _gather(uow, kinds, numbers)
    parts = []
    if batch.slips:
        parts.append(context.slips_pdf(batch.slips.values(), batch.shop, batch.paper))
    parts += [context.label_bytes(label, "pdf") for label in batch.labels.values()]
    return merge_pdfs(parts)


def _resolve(printer: str) -> _Target:
    """A URI prints labels as 4x6 ZPL at 203 dpi; a saved printer brings its own settings."""
    if "://" in printer:
        return _Target(printer, printer, printer, "zpl", 203, "4x6", "", None)
    try:
        profile = PrinterProfile.from_dict(PRINTERS.get(printer, "printer"))
    except ValueError as error:
        message = QCoreApplication.translate("BatchPrintDialog", "Printer {name} has invalid settings ({error}).")
        raise UserError(message.format(name=repr(printer), error=error)) from None
    return _Target(printer, profile.transport_uri, profile.document_uri or profile.transport_uri,
                   profile.language, profile.dpi, profile.label_size, profile.paper_size, profile)


class _Signals(QObject):
    """Worker -> GUI thread (queued connections)."""

    progress = Signal(int, int, str)
    printed = Signal(object)
    finished = Signal(object, object)


class _Worker(QRunnable):
    """Runs ``prepare()`` (rendering) once, then the queue; reports through ``signals``. When
    ``stop`` is set before the queue starts, nothing is sent and the run reports itself cancelled."""

    def __init__(self, queue: PrintQueue, signals: _Signals, prepare: Callable[[], None] | None,
                 stop: threading.Event) -> None:
        super().__init__()
        self.queue, self.signals, self.prepare, self.stop = queue, signals, prepare, stop

    def run(self) -> None:
        try:
            if self.prepare is not None:
                self.prepare()
            if self.stop.is_set():
                self.signals.finished.emit(RunResult((), (), True), None)
                return
            result = self.queue.run(lambda done, total, job: self.signals.progress.emit(done, total, job.order_ref))
        except Exception as error:  # shown in the dialog; the worker thread must not die silently
            self.signals.finished.emit(None, error)
            return
        self.signals.finished.emit(result, None)


class BatchPrintDialog(QDialog):
    """Prints ``kind`` ("label", "packing_slip" or "both") for ``numbers``. Emits ``done``
    with the RunResult after every run (Print or Retry) and ``recorded`` with the
    {number: reprint} map of every record written."""

    done = Signal(object)
    recorded = Signal(dict)

    def __init__(self, ops: Operations, kind: str, numbers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._stop = threading.Event()
        if kind not in KINDS:
            raise ValueError(f"Print kind must be one of {', '.join(KINDS)}, not {kind!r}.")
        self.ops, self.kinds, self.numbers = ops, KINDS[kind], list(numbers)
        self.setWindowTitle(self.tr("Print {count} order(s)").format(count=len(self.numbers)))
        self.ordering = QComboBox()
        for ordering in ORDERINGS:
            self.ordering.addItem(self.tr(ordering), ordering)
        self.printer = QComboBox()
        self.printer.setEditable(True)
        self.printer.addItems(sorted(PRINTERS.load()))
        self.progress = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.failed = QListWidget()
        self.print_button = QPushButton(self.tr("Print"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.retry_button = QPushButton(self.tr("Retry failed"))
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(self.preview)
        self.cancel_button.setEnabled(False)
        self.retry_button.setEnabled(False)
        self.print_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button.clicked.connect(self.retry)
        form = QFormLayout()
        form.addRow(self.tr("Order by"), self.ordering)
        form.addRow(self.tr("Printer"), self.printer)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.cancel_button, self.retry_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Not printed:")))
        layout.addWidget(self.failed)
        layout.addLayout(buttons)
        self.signals = _Signals()
        self.signals.progress.connect(self._progress)
        self.signals.printed.connect(self._record)
        self.signals.finished.connect(self._finished)
        self.queue = PrintQueue(on_printed=self.signals.printed.emit, transport_for=self._transport)
        self._transports: dict[str, Transport] = {}
        self.target: _Target | None = None

    def _transport(self, uri: str) -> Transport:
        """Called by the print worker; transports were built on the GUI thread by :meth:`start`."""
        return self._transports[uri] if uri in self._transports else from_uri(uri)

    def start(self) -> None:
        """Read the orders, then render and print them in the chosen order."""
        try:
            self.target = _resolve(self.printer.currentText().strip())
        except UserError as error:
            self.status.setText(user_message(error))
            return
        self._transports = {uri: transport_for(uri) for uri in {self.target.label_uri, self.target.slip_uri}
                            if uri.lower().startswith("qt://")}
        self.print_button.setEnabled(False)
        self._busy(True)
        self._stop.clear()
        self.status.setText(self.tr("Reading orders…"))
        self.ops.read(lambda uow: _gather(uow, self.kinds, self.numbers), self._gathered)

    def _gathered(self, batch: _Batch | None, error: BaseException | None) -> None:
        if error is not None:
            self._busy(False)
            self.print_button.setEnabled(True)
            self.status.setText(user_message(error) if isinstance(error, UserError) else self.tr(
                "Reading the orders failed; details are in the log."))
            return
        assert batch is not None and self.target is not None
        order = self.ordering.currentData()
        key = {"Bin": lambda k: (k.walk_order, k.bin, k.number),
               "Carrier": lambda k: (k.carrier.casefold(), k.number)}.get(order, lambda k: (k.number,))
        numbers = [k.number for k in sorted(batch.keys, key=key)]
        target = self.target
        self.status.setText(self.tr("Printing {count} order(s)…").format(count=len(numbers)))
        self.pool.start(_Worker(self.queue, self.signals, lambda: self._render(batch, numbers, target), self._stop))

    def _render(self, batch: _Batch, numbers: list[str], target: _Target) -> None:
        """Worker thread: one job per order and document, in print order."""
        paper = target.paper or batch.paper
        for number in numbers:
            if self._stop.is_set():
                return
            if number in batch.labels:
                data = context.label_bytes(batch.labels[number], target.fmt, target.size, target.dpi, target.profile)
                self.queue.add("label", number, data, target.label_uri)
            if number in batch.slips:
                data = context.slips_pdf([batch.slips[number]], batch.shop, paper)
                self.queue.add("packing_slip", number, data, target.slip_uri)

    def preview(self) -> None:
        """Show the documents of the batch as they will print (PDF), before printing."""
        self.preview_button.setEnabled(False)
        kinds, numbers = self.kinds, self.numbers
        self.ops.read(lambda uow: _preview_pdf(uow, kinds, numbers), self._preview_ready)

    def _preview_ready(self, pdf: bytes | None, error: BaseException | None) -> None:
        self.preview_button.setEnabled(True)
        if error is not None:
            self.status.setText(user_message(error) if isinstance(error, UserError) else self.tr(
                "Reading the orders failed; details are in the log."))
            return
        assert pdf is not None
        PdfPreviewDialog.ask(pdf, self.windowTitle(), self)

    def cancel(self) -> None:
        """Stop after the job being sent; the rest stay queued for Retry."""
        self._stop.set()
        self.queue.cancel()
        self.status.setText(self.tr("Cancelling after the current job…"))

    def retry(self) -> None:
        """Send the jobs still queued (failed or not reached) again."""
        self._busy(True)
        self._stop.clear()
        self.failed.clear()
        self.pool.start(_Worker(self.queue, self.signals, None, self._stop))

    def stop_and_wait(self) -> None:
        """Cancel the run (if any) and block until the worker has finished (GUI thread)."""
        self._stop.set()
        self.queue.cancel()
        self.pool.waitForDone()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_and_wait()
        super().closeEvent(event)

    def reject(self) -> None:
        """Esc and the window's close button: stop printing first, then close."""
        self.stop_and_wait()
        super().reject()

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, number: str) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    @Slot(object)
    def _record(self, job: PrintJob) -> None:
        printer = self.target.name if self.target else job.target
        self.ops.write(lambda uow: documents.record_printed(uow, [job.order_ref], job.kind, printer),
                       self._recorded)

    def _recorded(self, result: dict[str, bool] | None, error: BaseException | None) -> None:
        if error is not None:
            self.status.setText(self.tr("Printed, but the print record was not saved: {error}").format(
                error=user_message(error)))
            return
        self.recorded.emit(result)

    @Slot(object, object)
    def _finished(self, result: RunResult | None, error: object) -> None:
        self._busy(False)
        if result is None:
            self.status.setText(user_message(error) if isinstance(error, (UserError, ValueError)) else
                                self.tr("Printing failed; details are in the log."))
            self.retry_button.setEnabled(bool(self.queue.jobs()))
            return
        for job in self.queue.jobs():
            reason = job.error or self.tr("not sent (cancelled)")
            self.failed.addItem(self.tr("{document} {number}: {reason}").format(
                document=self.tr(DOCUMENT_NAMES[job.kind]), number=job.order_ref, reason=reason))
        waiting = len(self.queue.jobs())
        self.retry_button.setEnabled(waiting > 0)
        summary = (self.tr("{printed} printed, {waiting} waiting for Retry") if waiting
                   else self.tr("{printed} printed")).format(printed=len(result.printed), waiting=waiting)
        self.status.setText((self.tr("{summary} (cancelled).") if result.cancelled
                             else self.tr("{summary}.")).format(summary=summary))
        self.done.emit(result)

    def _busy(self, busy: bool) -> None:
        """While a run is going only Cancel is available; Retry is re-enabled by the result."""
        self.cancel_button.setEnabled(busy)
        if busy:
            self.retry_button.setEnabled(False)


def print_orders(ops: Operations, parent: QWidget | None, kind: str, numbers: list[str],
                 printer: str | None = None, automatic: bool = False) -> BatchPrintDialog:
    """Open the batch print dialog (non-modal) for ``numbers``; returns it, already shown.

    ``printer`` preselects a printer (a saved profile name or a URI). ``automatic`` (with a
    printer) starts at once without taking the keyboard focus (the pack station keeps scanning)
    and closes the dialog when everything printed; failures stay on screen with Retry."""
    dialog = BatchPrintDialog(ops, kind, numbers, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if printer:
        dialog.printer.setEditText(printer)
    if automatic and printer:
        dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        dialog.done.connect(lambda result: dialog.close() if not dialog.queue.jobs() else None)
        dialog.show()
        dialog.start()
        return dialog
    dialog.show()
    return dialog
