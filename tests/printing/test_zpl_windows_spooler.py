"""The Windows transport speaks the spooler API as pywin32 documents it: one RAW document per job.

This machine has no Windows spooler, so a recording stand-in for pywin32's ``win32print`` module
(a third-party API, not our code) plays the spooler; on Windows the real module is used.
"""

from __future__ import annotations

import sys
import types

import pytest

from printing.transports import PrinterError, WindowsTransport


class Spooler(types.ModuleType):
    """Records every win32print call; ``missing`` printers fail to open, ``refuse`` fails writing."""

    def __init__(self, missing: bool = False, refuse: bool = False) -> None:
        super().__init__("win32print")
        self.calls: list[tuple] = []
        self.missing, self.refuse = missing, refuse

    def OpenPrinter(self, name):  # noqa: N802 (pywin32's names)
        self.calls.append(("open", name))
        if self.missing:
            raise OSError(1801, "OpenPrinter", "The printer name is invalid.")
        return 42

    def StartDocPrinter(self, handle, level, info):  # noqa: N802
        self.calls.append(("start_doc", handle, level, info))

    def StartPagePrinter(self, handle):  # noqa: N802
        self.calls.append(("start_page", handle))

    def WritePrinter(self, handle, data):  # noqa: N802
        if self.refuse:
            raise OSError(63, "WritePrinter", "Your file waiting to be printed was deleted.")
        self.calls.append(("write", handle, data))

    def EndPagePrinter(self, handle):  # noqa: N802
        self.calls.append(("end_page", handle))

    def EndDocPrinter(self, handle):  # noqa: N802
        self.calls.append(("end_doc", handle))

    def ClosePrinter(self, handle):  # noqa: N802
        self.calls.append(("close", handle))


@pytest.fixture
def on_windows(monkeypatch):
    def install(spooler: Spooler) -> Spooler:
        monkeypatch.setattr(sys, "platform", "win32")
        monkeypatch.setitem(sys.modules, "win32print", spooler)
        return spooler
    return install


def test_a_job_is_one_raw_document_with_the_exact_bytes(on_windows):
    spooler = on_windows(Spooler())
    WindowsTransport("Zebra ZD420").send(b"^XA^FDHello^FS^XZ", "label #1001")
    assert spooler.calls == [("open", "Zebra ZD420"), ("start_doc", 42, 1, ("label #1001", None, "RAW")),
                             ("start_page", 42), ("write", 42, b"^XA^FDHello^FS^XZ"), ("end_page", 42),
                             ("end_doc", 42), ("close", 42)]


def test_a_missing_printer_is_a_clear_error(on_windows):
    on_windows(Spooler(missing=True))
    with pytest.raises(PrinterError, match="Printer 'Zebra' is missing"):
        WindowsTransport("Zebra").send(b"^XA^XZ")


def test_a_refused_job_still_closes_the_document_and_the_printer(on_windows):
    spooler = on_windows(Spooler(refuse=True))
    with pytest.raises(PrinterError, match="refused the job"):
        WindowsTransport("Zebra").send(b"^XA^XZ")
    assert spooler.calls[-2:] == [("end_doc", 42), ("close", 42)]


@pytest.mark.skipif(sys.platform == "win32", reason="on Windows the real spooler answers")
def test_elsewhere_than_windows_the_transport_says_so():
    with pytest.raises(PrinterError, match="only be used on Windows"):
        WindowsTransport("Zebra").send(b"^XA^XZ")
