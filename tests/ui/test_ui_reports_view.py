"""The Reports view: dashboard charts, exceptions with their actions, and the outbox with Retry."""

import math
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import datetime, timedelta, timezone  # noqa: E402
from decimal import Decimal  # noqa: E402

import pytest  # noqa: E402
from openpyxl import load_workbook  # noqa: E402
from PySide6.QtCharts import QStackedBarSeries, QValueAxis  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402
from sqlalchemy import select  # noqa: E402

from desktop.auth import SYSTEM  # noqa: E402
from desktop.models import Order, OutboxMessage, Shipment  # noqa: E402
from desktop.services import allocation, notifications, orders, returns, settings, shipping  # noqa: E402
from desktop.services.returns import ReturnRequest  # noqa: E402
from tests.factories import order, product  # noqa: E402
from ui.ops import Operations  # noqa: E402
from ui.reports import ReportsView  # noqa: E402
from ui.reports.dashboard import BIG_PT, SMALL_PT, money  # noqa: E402
from ui.reports.export import ExportPath  # noqa: E402
from ui.reports.rows_model import display  # noqa: E402

TODAY = datetime.now(timezone.utc).date()


def shop(db):
    """Two shipped orders (one returned), one on hold (too long: any hold counts), one late."""
    for sku in ("MUG", "CUP", "VASE"):
        product(db, sku, price="18.00", stock_qty=10)
    product(db, "BOWL")
    numbers = [order(db, {"MUG": 1}, shipping="4.90"), order(db, {"CUP": 2}),
               order(db, {"VASE": 1}), order(db, {"MUG": 1}, email="")]
    with db.uow(SYSTEM) as uow:
        for number in numbers:
            notifications.on_order_created(uow, shipment_order(uow, number))
        allocation.allocate(uow, numbers[:2] + numbers[3:])
        for number, tracking in ((numbers[0], "1Z1"), (numbers[1], "1Z2")):
            result = shipping.ship(uow, number, "UPS", tracking, service="Ground", cost=Decimal("6.20"))
            shipment = uow.session.scalars(select(Shipment).where(Shipment.number == result.number)).one()
            notifications.on_shipped(uow, shipment_order(uow, number), shipment)
        returns.create_rma(uow, numbers[1], [ReturnRequest("CUP", 1, "damaged")])
        orders.hold(uow, [numbers[2]], "fraud check")
        late = shipment_order(uow, numbers[3])
        late.ship_by, late.deliver_by = TODAY - timedelta(days=2), TODAY + timedelta(days=1)
        uow.commit()
    with db.uow(SYSTEM) as uow:
        for entry in uow.session.scalars(select(OutboxMessage)):
            if entry.to_address:
                entry.status, entry.attempts, entry.last_error = "failed", 1, "Cannot reach the mail server."
                break
        settings.set_value(uow, "exceptions.hold_days", "0")
        uow.commit()
    return numbers


def shipment_order(uow, number):
    return uow.session.scalars(select(Order).where(Order.number == number)).one()


@pytest.fixture
def view(qtbot, db):
    ops = Operations(db, SYSTEM)
    widget = ReportsView(ops)
    qtbot.addWidget(widget)
    widget.resize(1100, 860)
    yield widget
    ops.wait()


def loaded(qtbot, view):
    view.refresh()
    qtbot.waitUntil(lambda: view.dashboard.figures is not None and view.outbox.model.rowCount() > 0
                    and view.exceptions.model.rowCount() > 0, timeout=10000)


def select_row(table, column, value):
    for row, values in enumerate(table.model().rows):
        if values[column] == value:
            table.selectRow(row)
            return values
    raise AssertionError(f"{value!r} not listed")


def test_the_dashboard_shows_the_period_numbers_and_charts(qtbot, db, view, tmp_path, qtmodeltester):
    shop(db)

    loaded(qtbot, view)

    assert view.dashboard.numbers["orders"].text() == "4"
    per_day = view.dashboard.per_day.chart.series()[0]
    assert isinstance(per_day, QStackedBarSeries)
    assert sum(bars.at(day) for bars in per_day.barSets() for day in range(bars.count())) == 4
    assert view.dashboard.numbers["below"].text().split(" under ")[1] == "50.00 USD"
    y_axis = next(axis for axis in per_day.attachedAxes() if isinstance(axis, QValueAxis))
    step = (y_axis.max() - y_axis.min()) / (y_axis.tickCount() - 1)
    assert y_axis.min() == 0 and round(step / 10 ** math.floor(math.log10(step)), 9) in (1, 2, 5, 10)
    assert view.dashboard.reasons.chart.series()[0].count() == 1
    qtmodeltester.check(view.dashboard.stock_model)
    view.dashboard.numbers["orders"].window().grab().save(str(tmp_path / "dashboard.png"))


def test_every_chart_exports_its_data_to_xlsx(qtbot, db, view, tmp_path, monkeypatch):
    shop(db)
    loaded(qtbot, view)
    target = tmp_path / "per-day.xlsx"
    monkeypatch.setattr(ExportPath, "ask", classmethod(lambda cls, parent, suggested: target))

    view.dashboard.per_day.export_button.click()

    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Day", "Currency", "Orders", "Revenue")
    assert sum(row[2] for row in rows[1:]) == 4


def test_a_chart_export_that_cannot_be_written_says_why_and_keeps_the_old_file(qtbot, db, view, tmp_path,
                                                                              monkeypatch):
    shop(db)
    loaded(qtbot, view)
    folder = tmp_path / "exports"
    target = folder / "per-day.xlsx"
    target.mkdir(parents=True)  # a folder where the file should go: the rename into place fails
    monkeypatch.setattr(ExportPath, "ask", classmethod(lambda cls, parent, suggested: target))

    view.dashboard.per_day.export_button.click()

    box = view.findChild(QMessageBox, "errorBox")
    assert box is not None and box.text().startswith(f"Cannot write {target}")
    assert target.is_dir() and sorted(p.name for p in folder.iterdir()) == ["per-day.xlsx"]


def test_releasing_a_hold_from_the_exceptions_list_removes_the_exception(qtbot, db, view, qtmodeltester):
    numbers = shop(db)
    loaded(qtbot, view)
    qtmodeltester.check(view.exceptions.model)
    tab = view.exceptions
    select_row(tab.table, 0, numbers[2])
    assert tab.release_button.isEnabled() and not tab.notify_button.isEnabled()
    held = next(r for r in tab.model.rows if r[0] == numbers[2])
    assert (held[1], held[4]) == ("On hold too long", "On hold")
    assert held[5] == "Release the hold, or cancel the order if it cannot go ahead."

    tab.release_button.click()

    qtbot.waitUntil(lambda: "released" in tab.status.text(), timeout=5000)
    qtbot.waitUntil(lambda: numbers[2] not in [row[0] for row in tab.model.rows], timeout=5000)


def test_notifying_a_late_order_queues_a_delay_email(qtbot, db, view):
    numbers = shop(db)
    loaded(qtbot, view)
    tab = view.exceptions
    select_row(tab.table, 0, numbers[3])
    assert tab.notify_button.isEnabled()

    tab.notify_button.click()

    qtbot.waitUntil(lambda: "queued" in tab.status.text(), timeout=5000)
    with db.uow(SYSTEM, write=False) as uow:
        kinds = [m.kind for m in uow.session.scalars(select(OutboxMessage))]
    assert "delayed" in kinds


def test_retry_in_the_outbox_makes_a_failed_message_pending(qtbot, db, view, tmp_path, qtmodeltester):
    shop(db)
    loaded(qtbot, view)
    tab = view.outbox
    qtmodeltester.check(tab.model)
    view.tabs.setCurrentWidget(tab)
    values = select_row(tab.table, 4, "Failed")
    assert tab.retry_button.isEnabled()
    view.grab().save(str(tmp_path / "outbox.png"))

    tab.retry_button.click()

    qtbot.waitUntil(lambda: any(r[0] == values[0] and r[4] == "Pending" for r in tab.model.rows), timeout=5000)
    assert any(r[4] == "Skipped" and r[3] == "(no email)" for r in tab.model.rows)
    assert {r[2] for r in tab.model.rows} == {"Order received", "Shipped", "Return authorised"}


def test_amounts_show_a_line_per_currency_with_thousands_separators() -> None:
    assert money((("EUR", Decimal("19554.15")), ("USD", Decimal("5")))) == "19,554.15 EUR\n5.00 USD"
    assert money(()) == "0"


def test_amounts_in_three_currencies_are_shown_smaller_so_they_stay_on_screen(qtbot, db, view):
    numbers = shop(db)
    with db.uow(SYSTEM) as uow:
        for number, currency in ((numbers[0], "EUR"), (numbers[1], "GBP")):
            shipment_order(uow, number).currency = currency
        uow.commit()
    loaded(qtbot, view)
    revenue = view.dashboard.numbers["revenue"]
    assert [line.split()[-1] for line in revenue.text().splitlines()] == ["EUR", "GBP", "USD"]
    assert f"{SMALL_PT}pt" in revenue.styleSheet()
    assert f"{BIG_PT}pt" in view.dashboard.numbers["orders"].styleSheet()


def test_report_cells_show_addresses_and_skus_as_they_are() -> None:
    assert [display(v) for v in ("john_doe@example.com", "mug_red", None)] == ["john_doe@example.com", "mug_red", ""]
