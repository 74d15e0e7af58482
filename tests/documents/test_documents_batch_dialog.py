"""The batch print dialog: prints many orders in the chosen order on a real TCP printer, records
each print (reprints marked), lists failed jobs and prints them on Retry."""

from __future__ import annotations

import socket

import pypdfium2 as pdfium
import pytest
import shiboken6

from desktop.auth import SYSTEM
from desktop.services import documents
from ui.ops import Operations
from ui.printing.batch import BatchPrintDialog, print_orders
from ui.printing.preview import PdfPreviewDialog
from reports import context


@pytest.fixture
def ops(qtbot, shop):
    operations = Operations(shop.db, SYSTEM)
    yield operations
    operations.wait()


def _run(qtbot, dialog: BatchPrintDialog, start) -> object:
    with qtbot.waitSignal(dialog.done, timeout=20000) as blocker:
        start()
    return blocker.args[0]


def test_slips_for_many_orders_print_in_bin_order_and_are_recorded(qtbot, ops, shop, printer) -> None:
    dialog = print_orders(ops, None, "packing_slip", [shop.second, shop.allocated, shop.thai])
    qtbot.addWidget(dialog)
    dialog.ordering.setCurrentText("Bin")
    dialog.printer.setEditText(printer.uri)

    result = _run(qtbot, dialog, dialog.print_button.click)
    qtbot.waitUntil(lambda: len(printer.received) == 3)
    ops.wait()
    qtbot.waitUntil(lambda: all(_printed(shop, n) for n in (shop.second, shop.allocated, shop.thai)))

    assert [j.order_ref for j in result.printed] == [shop.second, shop.thai, shop.allocated]
    assert dialog.failed.count() == 0 and dialog.progress.value() == 3


def _printed(shop, number: str) -> list:
    with shop.db.uow(SYSTEM, write=False) as uow:
        return documents.print_history(uow, number)


def test_a_failed_job_is_listed_and_retry_prints_it_as_a_reprint_once(qtbot, ops, shop, dead_printer) -> None:
    with shop.db.uow(SYSTEM) as uow:
        documents.record_printed(uow, [shop.shipped], "label", "earlier")
        uow.commit()
    dialog = BatchPrintDialog(ops, "label", [shop.shipped], None)
    qtbot.addWidget(dialog)
    dialog.printer.setEditText(dead_printer)

    result = _run(qtbot, dialog, dialog.print_button.click)

    assert not result.printed and dialog.failed.count() == 1
    assert "unreachable" in dialog.failed.item(0).text() and dialog.retry_button.isEnabled()
    port = int(dead_printer.rsplit(":", 1)[1])
    recorded: list[dict] = []
    dialog.recorded.connect(recorded.append)
    with socket.create_server(("127.0.0.1", port)) as server:
        server.settimeout(10)
        with qtbot.waitSignal(dialog.done, timeout=20000):
            dialog.retry_button.click()
            conn, _ = server.accept()
            with conn:
                data = b"".join(iter(lambda: conn.recv(65536), b""))
    qtbot.waitUntil(lambda: bool(recorded), timeout=20000)

    assert data.startswith(b"^XA") and recorded == [{shop.shipped: True}]
    assert dialog.failed.count() == 0
    assert [h[1] for h in _printed(shop, shop.shipped)] == [False, True]


def test_an_order_without_a_shipment_is_reported_and_nothing_prints(qtbot, ops, shop, printer) -> None:
    dialog = BatchPrintDialog(ops, "label", [shop.allocated], None)
    qtbot.addWidget(dialog)
    dialog.printer.setEditText(printer.uri)

    dialog.print_button.click()
    qtbot.waitUntil(lambda: "has no shipment yet" in dialog.status.text(), timeout=10000)

    assert printer.received == [] and dialog.print_button.isEnabled()



def test_closing_the_dialog_while_printing_stops_the_queue_and_waits_for_the_worker(
        qtbot, ops, shop, printer) -> None:
    numbers = [shop.second, shop.allocated, shop.thai, shop.gift, shop.arabic, shop.shipped] * 5
    dialog = print_orders(ops, None, "packing_slip", numbers, printer=printer.uri)
    dialog.print_button.click()
    qtbot.waitUntil(lambda: dialog.pool.activeThreadCount() == 1, timeout=20000)

    dialog.close()

    assert dialog.pool.activeThreadCount() == 0
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)
    assert len(printer.received) < len(numbers)


def test_a_page_printer_job_runs_on_the_gui_thread_and_its_error_reaches_the_list(qtbot, ops, shop) -> None:
    dialog = print_orders(ops, None, "packing_slip", [shop.allocated])
    qtbot.addWidget(dialog)
    dialog.printer.setEditText("qt://No Such Office Printer")

    result = _run(qtbot, dialog, dialog.print_button.click)

    assert not result.printed
    assert "Printer 'No Such Office Printer' is missing" in result.failed[0].error
    assert dialog.failed.count() == 1


def test_preview_shows_every_slip_and_label_of_the_batch_and_prints_nothing(qtbot, ops, shop, monkeypatch) -> None:
    shown: list[bytes] = []
    monkeypatch.setattr(PdfPreviewDialog, "ask", classmethod(lambda cls, data, title, parent=None: shown.append(data)))
    dialog = print_orders(ops, None, "both", [shop.shipped])
    qtbot.addWidget(dialog)

    dialog.preview_button.click()

    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10000)
    with shop.db.uow(SYSTEM, write=False) as uow:
        slip = context.slips_pdf([documents.packing_slip(uow, shop.shipped)], documents.shop(uow))
        label = context.label_bytes(documents.shipping_label(uow, shop.shipped), "pdf")
    expected = len(pdfium.PdfDocument(slip)) + len(pdfium.PdfDocument(label))
    assert len(pdfium.PdfDocument(shown[0])) == expected >= 2
    assert _printed(shop, shop.shipped) == []
