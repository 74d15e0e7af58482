"""The main window wires its screens together: the pack station prints on this PC's printers,
the Orders view prints pick lists and exports what it shows, the outbox is sent in the background."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import factories
from desktop.auth import SYSTEM
from desktop.db.uow import Database
from desktop.models import Order
from desktop.services import allocation, settings
from desktop.workstation import PRINTERS
from printing.profiles import PrinterProfile
from ui.common.list_export import ListExportPath
from ui.common.outbox_sender import KICK_DELAY_MS, OutboxSender
from ui.main_window import MainWindow
from ui.ops import Operations
from ui.pack import PackStationView
from ui.printing.defaults import set_default_printer
from ui.printing.preview import PdfPreviewDialog
from ui.printing.station import StationPrinting

MUG = "4006381333931"


@pytest.fixture
def window(qtbot: QtBot, db: Database, qsettings) -> Iterator[MainWindow]:
    ops = Operations(db, SYSTEM)
    main = MainWindow(db, ops, qsettings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.shutdown()


def _allocated(db: Database, lines: dict[str, int], **fields: str) -> str:
    number = factories.order(db, lines, **fields)
    with db.uow(SYSTEM) as uow:
        allocation.allocate(uow, [number])
        uow.commit()
    return number


def _status(db: Database, number: str) -> str:
    with db.uow(SYSTEM, write=False) as uow:
        return uow.session.scalars(select(Order.status).where(Order.number == number)).one()


def _scan(qtbot: QtBot, view: PackStationView, code: str) -> None:
    qtbot.keyClicks(view.scan, code)
    qtbot.keyClick(view.scan, Qt.Key.Key_Return)


def _pack_and_ship(qtbot: QtBot, view: PackStationView, number: str) -> None:
    _scan(qtbot, view, number)
    qtbot.waitUntil(lambda: view.mode == "items", timeout=10000)
    _scan(qtbot, view, MUG)
    qtbot.waitUntil(lambda: view.mode == "tracking", timeout=10000)
    view.carrier.setCurrentText("UPS")
    with qtbot.waitSignal(view.shipped, timeout=10000):
        _scan(qtbot, view, "1Z999AA10123456784")


def test_the_pack_station_prints_the_slip_when_verified_and_the_label_when_shipped(
        qtbot: QtBot, db: Database, window: MainWindow, qsettings, tmp_path: Path) -> None:
    factories.product(db, "MUG", stock_qty=5, barcode=MUG)
    number = _allocated(db, {"MUG": 1})
    slip, label = tmp_path / "slip.pdf", tmp_path / "label.zpl"
    PRINTERS.save("Laser", PrinterProfile("Laser", f"file://{slip}", document_uri=f"file://{slip}").to_dict())
    PRINTERS.save("Zebra", PrinterProfile("Zebra", f"file://{label}").to_dict())
    set_default_printer(qsettings, "document", "Laser")
    set_default_printer(qsettings, "label", "Zebra")
    view = window.show_view("pack")
    assert isinstance(view, PackStationView)

    _scan(qtbot, view, number)
    qtbot.waitUntil(lambda: view.mode == "items", timeout=10000)
    _scan(qtbot, view, MUG)
    qtbot.waitUntil(lambda: slip.exists() and slip.read_bytes().startswith(b"%PDF"), timeout=20000)
    assert not label.exists()
    view.carrier.setCurrentText("UPS")
    _scan(qtbot, view, "1Z999AA10123456784")

    qtbot.waitUntil(lambda: label.exists() and b"1Z999AA10123456784" in label.read_bytes(), timeout=20000)
    assert _status(db, number) == "shipped"


def test_without_printers_the_pack_station_says_so_once_and_still_ships(
        qtbot: QtBot, db: Database, window: MainWindow) -> None:
    factories.product(db, "MUG", stock_qty=5, barcode=MUG)
    first, second = _allocated(db, {"MUG": 1}), _allocated(db, {"MUG": 1})
    view = window.show_view("pack")
    assert isinstance(view, PackStationView)
    notices: list[str] = []
    view.findChild(StationPrinting).notice.connect(notices.append)

    _pack_and_ship(qtbot, view, first)
    _pack_and_ship(qtbot, view, second)

    assert notices == ["No document printer set up: Settings -> Printers",
                       "No label printer set up: Settings -> Printers"]
    assert view.notice.isVisibleTo(view) and _status(db, second) == "shipped"


def test_printing_a_pick_list_moves_the_allocated_orders_to_picking(
        qtbot: QtBot, db: Database, window: MainWindow, monkeypatch) -> None:
    factories.bin_(db, "A-01")
    factories.product(db, "MUG", stock_qty=5, barcode=MUG)
    allocated = _allocated(db, {"MUG": 1})
    fresh = factories.order(db, {"MUG": 1})
    shown: list[bytes] = []
    monkeypatch.setattr(PdfPreviewDialog, "ask",
                        classmethod(lambda cls, data, title, parent=None: shown.append(data) or True))
    orders = window.orders
    orders.refresh()
    qtbot.waitUntil(lambda: orders.model.rowCount() == 2, timeout=10000)
    orders.select_rows([0, 1])

    window.actions.actions["orders.pick_list"].trigger()

    qtbot.waitUntil(lambda: _status(db, allocated) == "picking", timeout=10000)
    assert shown[0].startswith(b"%PDF") and _status(db, fresh) == "new"


def test_export_this_list_writes_only_the_orders_the_filters_show(
        qtbot: QtBot, db: Database, window: MainWindow, monkeypatch, tmp_path: Path) -> None:
    factories.product(db, "MUG", stock_qty=5, barcode=MUG)
    ada = factories.order(db, {"MUG": 1}, customer="Ada Lovelace")
    factories.order(db, {"MUG": 1}, customer="Grace Hopper")
    target = tmp_path / "orders.xlsx"
    monkeypatch.setattr(ListExportPath, "ask", classmethod(lambda cls, parent, suggested: target))
    orders = window.orders
    orders.refresh()
    qtbot.waitUntil(lambda: orders.model.rowCount() == 2, timeout=10000)
    orders.filters.search.setText(ada)
    qtbot.waitUntil(lambda: orders.model.rowCount() == 1, timeout=10000)

    with qtbot.waitSignal(orders.message, timeout=10000) as said:
        window.actions.actions["file.export_list"].trigger()

    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert [row[0] for row in rows[1:]] == [ada] and "1 rows exported" in said.args[0]


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []
        self.arrived = threading.Event()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.messages.append(envelope.content)
        self.arrived.set()
        return "250 OK"


@pytest.fixture
def smtp_inbox(db: Database) -> Iterator[_Inbox]:
    """A local SMTP server that the shop's settings point at, and an order whose "order received"
    email waits in the outbox."""
    inbox = _Inbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = Controller(inbox, hostname="127.0.0.1", port=port)
    server.start()
    try:
        with db.uow(SYSTEM) as uow:
            for key, value in (("smtp.host", "127.0.0.1"), ("smtp.port", str(port)),
                               ("smtp.security", "none"), ("mail.from", "shop@example.com")):
                settings.set_value(uow, key, value)
            uow.commit()
        factories.product(db, "MUG", stock_qty=5, barcode=MUG)
        factories.order(db, {"MUG": 1}, customer="Ada Lovelace", email="ada@example.com")
        yield inbox
    finally:
        server.stop()


def test_the_outbox_is_sent_in_the_background_when_a_message_is_queued(
        qtbot: QtBot, window: MainWindow, smtp_inbox: _Inbox) -> None:
    window.sender.kick()

    qtbot.waitUntil(smtp_inbox.arrived.is_set, timeout=20000)
    assert b"ada@example.com" in smtp_inbox.messages[0]


def test_the_outbox_sender_waits_before_its_first_run_so_the_first_page_is_read_and_painted_first(
        qtbot: QtBot, db: Database, smtp_inbox: _Inbox) -> None:
    ops = Operations(db, SYSTEM)
    sender = OutboxSender(ops)
    started = time.monotonic()
    try:
        sender.start()

        qtbot.waitUntil(smtp_inbox.arrived.is_set, timeout=20000)
        early = 0.05  # Qt's coarse timers may fire up to 5% early
        assert time.monotonic() - started >= (1 - early) * KICK_DELAY_MS / 1000
    finally:
        sender.shutdown()
        ops.shutdown()
