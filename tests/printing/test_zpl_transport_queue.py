"""Transports deliver exact bytes; failures are clear and keep the job queued for retry."""

from __future__ import annotations

import pytest

from printing.profiles import PrinterProfile
from printing.queue import PrintQueue
from printing.transports import (CupsTransport, FileTransport, PrinterError, TcpTransport,
                                 WindowsTransport, from_uri)


def test_tcp_printer_receives_the_exact_zpl_bytes(printer, shipping):
    from printing import zpl

    label = zpl.shipping_label(shipping)
    from_uri(f"tcp://127.0.0.1:{printer.port}").send(label)
    printer.thread.join(0.5)
    assert printer.received == [label]


def test_unreachable_printer_gives_a_clear_message(closed_port):
    with pytest.raises(PrinterError) as error:
        TcpTransport("127.0.0.1", closed_port, timeout=2).send(b"^XA^XZ")
    assert str(error.value) == (
        f"Printer 127.0.0.1:{closed_port} is unreachable (connection refused). "
        "Check it is on and the address in Settings -> Printers.")


def test_queue_prints_in_order_reports_progress_and_keeps_failed_jobs(printer, closed_port):
    printed, progress = [], []
    queue = PrintQueue(on_printed=printed.append)
    queue.add("label", "#1", b"^XA^FD1^XZ", f"tcp://127.0.0.1:{printer.port}")
    failing = queue.add("label", "#2", b"^XA^FD2^XZ", f"tcp://127.0.0.1:{closed_port}")
    queue.add("slip", "#3", b"^XA^FD3^XZ", f"tcp://127.0.0.1:{printer.port}", reprint=True)
    result = queue.run(lambda done, total, job: progress.append((done, total, job.order_ref)))
    assert [j.order_ref for j in printed] == ["#1", "#3"]
    assert printed[1].reprint
    assert progress == [(1, 3, "#1"), (2, 3, "#2"), (3, 3, "#3")]
    assert [j.id for j in queue.jobs()] == [failing.id]
    assert "unreachable" in queue.jobs()[0].error
    assert not result.cancelled and len(result.failed) == 1


def test_a_failed_job_prints_on_retry_once_the_printer_is_back(printer, tmp_path):
    target = tmp_path / "missing-dir" / "out.zpl"
    printed = []
    queue = PrintQueue(on_printed=printed.append)
    queue.add("label", "#7", b"^XA^XZ", target.as_uri())
    assert queue.run().failed
    target.parent.mkdir()
    assert queue.run().printed and not queue.jobs()
    assert target.read_bytes() == b"^XA^XZ" and printed[0].order_ref == "#7"


def test_cancel_stops_before_the_next_job(tmp_path):
    queue = PrintQueue(on_printed=lambda job: queue.cancel())
    for n in range(3):
        queue.add("label", f"#{n}", b"x", (tmp_path / f"{n}.zpl").as_uri())
    result = queue.run()
    assert result.cancelled and len(result.printed) == 1 and len(queue.jobs()) == 2


@pytest.mark.parametrize("uri,expected", [
    ("tcp://10.0.0.5", TcpTransport("10.0.0.5", 9100, 10.0)),
    ("tcp://printer.local:6101", TcpTransport("printer.local", 6101, 10.0)),
    ("cups://Zebra_ZD420", CupsTransport("Zebra_ZD420")),
    ("windows://Zebra ZD420", WindowsTransport("Zebra ZD420")),
    ("file:///tmp/label.zpl", FileTransport(__import__("pathlib").Path("/tmp/label.zpl"))),
])
def test_printer_uris_select_their_transport(uri, expected):
    assert from_uri(uri) == expected


def test_an_unknown_uri_names_the_accepted_forms():
    with pytest.raises(ValueError, match="tcp://HOST:PORT, cups://QUEUE"):
        from_uri("lpt1")


def test_a_missing_cups_queue_is_a_printer_error():
    with pytest.raises(PrinterError, match="no-such-queue|lp"):
        CupsTransport("no-such-queue", timeout=5).send(b"^XA^XZ")


def test_profiles_round_trip_through_plain_settings_values():
    profile = PrinterProfile("Desk", "tcp://10.0.0.5", dpi=300, label_size="4x3", offset_x_mm=1.5,
                             darkness=20, document_uri="qt://Office", paper_size="letter")
    stored = {k: str(v) for k, v in profile.to_dict().items()}
    assert PrinterProfile.from_dict(stored) == profile


def test_an_invalid_profile_is_refused_with_a_reason():
    with pytest.raises(ValueError, match="203 or 300"):
        PrinterProfile("Desk", "tcp://x", dpi=600)
