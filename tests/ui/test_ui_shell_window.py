"""The main window, sign-in, first run, settings and error presentation."""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.auth import SYSTEM
from desktop.services import settings
from desktop.db.uow import Database, UnitOfWork
from desktop.errors import ConcurrencyError
from desktop.services import users
from desktop.workstation import PRINTERS
from printing.profiles import PrinterProfile
from ui.common.errors import GENERIC, present_error
from ui.common.progress import Cancelled, Progress, run_with_progress
from ui.app import chosen_database_url
from ui.first_run import FirstRunDialog
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.ops import Operations
from ui.printing.defaults import default_printer
from ui.settings import SettingsDialog

from window_support import PASSWORD


def _window(qtbot: QtBot, db: Database, ops: Operations, qsettings, view: str = "orders") -> MainWindow:
    window = MainWindow(db, ops, qsettings, view)
    qtbot.addWidget(window)
    window.orders.poll.stop()
    return window


def test_the_window_has_every_built_view_as_a_tab_and_falls_back_to_orders(qtbot: QtBot, shop: Database, qsettings,
                                                                           make_ops: Callable[..., Operations]) -> None:
    window = _window(qtbot, shop, make_ops(), qsettings, "pack")
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs[0] == "Orders"
    assert {"Inventory", "Pack station", "Returns"} <= set(tabs)
    assert window.tabs.currentWidget() is window.views["pack"]
    orders_menu = next(a for a in window.menuBar().actions() if a.text() == "&Orders")
    assert not orders_menu.isVisible()
    window.show_view("shipping")
    assert window.tabs.currentWidget() is window.orders
    assert "shipping view is not available" in window.notice
    assert orders_menu.isVisible()


def test_help_lists_the_order_shortcuts(qtbot: QtBot, shop: Database, qsettings,
                                        make_ops: Callable[..., Operations]) -> None:
    window = _window(qtbot, shop, make_ops(), qsettings)
    text = window.show_shortcuts().informativeText()
    for line in ("Ctrl+F", "F5", "Del", "Ctrl+N", "Orders: Cancel order", "Help: Keyboard shortcuts"):
        assert line in text


def test_a_failing_worker_shows_a_generic_message_and_the_app_keeps_running(qtbot: QtBot, db: Database,
                                                                            make_ops: Callable[..., Operations]) -> None:
    ops = make_ops()
    window_errors: list[QMessageBox] = []

    def broken(uow: UnitOfWork) -> None:
        raise RuntimeError("disk on fire")

    ops.read(broken, lambda _r, error: window_errors.append(present_error(None, error)))
    qtbot.waitUntil(lambda: bool(window_errors))
    box = window_errors[0]
    assert box.text() == GENERIC and "disk on fire" not in box.text()
    assert [b.text() for b in box.buttons() if b.text() == "Open log folder"]
    box.close()
    results: list[object] = []
    ops.read(users.has_login_users, lambda result, _e: results.append(result))
    qtbot.waitUntil(lambda: results == [False])


def test_changed_by_someone_else_offers_reload(qtbot: QtBot) -> None:
    reloaded: list[bool] = []
    box = present_error(None, ConcurrencyError("Order P1001"), reload=lambda: reloaded.append(True))
    qtbot.addWidget(box)
    assert box.text() == "Order P1001 was changed by someone else. Reload and try again."
    next(b for b in box.buttons() if b.text() == "Reload").click()
    assert reloaded == [True]


def test_sign_in_refuses_a_wrong_password_and_accepts_the_right_one(qtbot: QtBot, db: Database, user,
                                                                    make_ops: Callable[..., Operations]) -> None:
    user("alice", "manager")
    dialog = LoginDialog(make_ops(SYSTEM), "alice")
    qtbot.addWidget(dialog)
    dialog.password.setText("wrong password")
    dialog.sign_in()
    qtbot.waitUntil(lambda: dialog.problem.text() == "Wrong user name or password.")
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        dialog.sign_in()
    assert dialog.actor is not None and dialog.actor.role.value == "manager"


def test_first_run_creates_the_admin_and_loads_demo_orders(qtbot: QtBot, db: Database, qsettings,
                                                           make_ops: Callable[..., Operations]) -> None:
    ops = make_ops(SYSTEM)
    dialog = FirstRunDialog(db, ops)
    qtbot.addWidget(dialog)
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText("something else")
    dialog.create()
    assert dialog.problem.text() == "The two passwords differ."
    dialog.repeat.setText(PASSWORD)
    dialog.demo.setChecked(True)
    dialog.demo_orders.setValue(150)
    with qtbot.waitSignal(dialog.demoLoaded, timeout=60000) as loaded:
        dialog.create()
    assert loaded.args == [150]
    assert dialog.actor is not None and dialog.actor.name == "admin"
    with db.uow(SYSTEM, write=False) as uow:
        assert users.authenticate(uow, "admin", PASSWORD).role.value == "admin"
    window = _window(qtbot, db, make_ops(dialog.actor), qsettings)
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == 150)


def test_settings_store_the_database_choice_for_the_next_start(qtbot: QtBot, db: Database, qsettings,
                                                               make_ops: Callable[..., Operations]) -> None:
    dialog = SettingsDialog(db, make_ops(SYSTEM), qsettings)
    qtbot.addWidget(dialog)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())][-1] == "Users"
    dialog.database.server.setChecked(True)
    dialog.database.host.setText("db.shop.lan")
    dialog.database.name.setText("shop")
    dialog.database.save()
    assert qsettings.value("database/url") == "postgresql+psycopg://packline@db.shop.lan:5432/shop"
    dialog.database.local.setChecked(True)
    dialog.database.path.setText("/srv/packline.sqlite3")
    dialog.database.save()
    assert qsettings.value("database/url") == "sqlite:////srv/packline.sqlite3"


def test_test_connection_reports_success_and_failure(qtbot: QtBot, db: Database, qsettings, tmp_path,
                                                     make_ops: Callable[..., Operations]) -> None:
    dialog = SettingsDialog(db, make_ops(SYSTEM), qsettings)
    qtbot.addWidget(dialog)
    dialog.database.local.setChecked(True)
    dialog.database.path.setText(str(tmp_path / "probe.sqlite3"))
    dialog.database.test()
    qtbot.waitUntil(lambda: dialog.database.result.text().startswith("Connected to sqlite"))
    dialog.database.server.setChecked(True)
    dialog.database.host.setText("127.0.0.1")
    dialog.database.port.setValue(1)
    dialog.database.test()
    qtbot.waitUntil(lambda: dialog.database.result.text().startswith("Cannot connect"), timeout=15000)


def test_admins_add_users_from_settings(qtbot: QtBot, db: Database, qsettings, user,
                                        make_ops: Callable[..., Operations]) -> None:
    admin = user("root", "admin")
    dialog = SettingsDialog(db, make_ops(admin), qsettings)
    qtbot.addWidget(dialog)
    page = dialog.users
    assert page is not None
    page.name.setText("chai")
    page.role.setCurrentIndex(page.role.findData("packer"))
    assert page.role.currentText() == "Packer"
    page.password.setText("short")
    page.add_user()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "errorBox") is not None)
    page.password.setText(PASSWORD)
    page.add_user()
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    assert [page.table.item(r, 1).text() for r in range(2)] == ["Packer", "Administrator"]


def test_packers_get_no_users_page(qtbot: QtBot, db: Database, qsettings, user,
                                   make_ops: Callable[..., Operations]) -> None:
    packer = user("chai", "packer")
    dialog = SettingsDialog(db, make_ops(packer), qsettings)
    qtbot.addWidget(dialog)
    assert "Users" not in [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert not dialog.general.company.isEnabled()


def test_the_settings_dialog_saves_the_email_page_with_the_rest(qtbot: QtBot, db: Database, qsettings,
                                                               make_ops: Callable[..., Operations]) -> None:
    ops = make_ops()
    dialog = SettingsDialog(db, ops, qsettings)
    qtbot.addWidget(dialog)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())][:4] == ["Database", "General", "Email",
                                                                               "Printers"]
    qtbot.waitUntil(lambda: dialog.email.previous is not None)
    dialog.email.smtp.host.setText("smtp.bottega.example")
    dialog.save()
    ops.wait()
    with db.uow(write=False) as uow:
        assert settings.get(uow, "smtp.host") == "smtp.bottega.example"


def test_the_logo_chosen_in_settings_is_the_shops_for_every_pc(qtbot: QtBot, db: Database, qsettings, tmp_path,
                                                                make_ops: Callable[..., Operations]) -> None:
    ops = make_ops()
    dialog = SettingsDialog(db, ops, qsettings)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.general.company.text() != "")
    dialog.general.logo.setText(str(tmp_path / "logo.png"))
    dialog.save()
    ops.wait()
    with db.uow(write=False) as uow:
        assert settings.get(uow, "shop.logo_path") == str(tmp_path / "logo.png")


def test_a_list_that_fails_to_load_shows_the_generic_message_not_a_traceback(
        qtbot: QtBot, shop: Database, qsettings, make_ops: Callable[..., Operations]) -> None:
    window = _window(qtbot, shop, make_ops(), qsettings)
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == 3)
    with shop.engine.begin() as connection:
        connection.exec_driver_sql("ALTER TABLE orders RENAME TO orders_gone")
    window.orders.refresh()
    qtbot.waitUntil(lambda: window.orders.findChild(QMessageBox, "errorBox") is not None)
    box = window.orders.findChild(QMessageBox, "errorBox")
    assert box.text() == GENERIC and "orders" not in box.text()
    assert window.orders.model.rowCount() == 0


def test_thousands_of_background_jobs_and_qt_calls_leave_none_alive(qtbot: QtBot, db: Database,
                                                                   make_ops: Callable[..., Operations]) -> None:
    """PySide6 6.12.0 drops a reference to None on every void call and every QRunnable run; the
    counts are taken right around the calls, after a collection, so other garbage cannot move them."""
    ops = make_ops()
    succeeded: list[bool] = []
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(3000):
        ops.read(lambda uow: None, lambda result, error: succeeded.append(error is None))
    qtbot.waitUntil(lambda: len(succeeded) == 3000, timeout=60000)
    label = QLabel()
    for _ in range(200_000):
        label.setText("")
    gc.collect()
    assert succeeded == [True] * 3000
    assert sys.getrefcount(None) >= before - 2_000, "this PySide6 drops a reference to None per call"


def test_a_long_job_shows_progress_after_half_a_second_and_cancel_stops_it(qtbot: QtBot) -> None:
    outcome: list[object] = []

    def job(progress: Progress) -> int:
        done = 0
        while True:
            done += 1
            progress.report(done % 100, 100)
            time.sleep(0.01)

    dialog = run_with_progress(None, "Working...", job, lambda result, error: outcome.append(error))
    qtbot.addWidget(dialog)
    assert not dialog.isVisible()
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    dialog.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: bool(outcome))
    assert isinstance(outcome[0], Cancelled)
    assert str(outcome[0]) == "Cancelled. The unfinished step was not saved."


def test_database_choice_prefers_the_command_line_then_the_environment_then_this_workstation(
        qsettings, monkeypatch) -> None:
    assert chosen_database_url(None, qsettings) is None
    qsettings.setValue("database/url", "postgresql+psycopg://packline@db.shop.lan:5432/shop")
    assert chosen_database_url(None, qsettings) == "postgresql+psycopg://packline@db.shop.lan:5432/shop"
    monkeypatch.setenv("PACKLINE_DATABASE_URL", "sqlite:////env.sqlite3")
    assert chosen_database_url(None, qsettings) == "sqlite:////env.sqlite3"
    assert chosen_database_url("sqlite:////flag.sqlite3", qsettings) == "sqlite:////flag.sqlite3"


def test_printer_page_saves_profiles_where_the_cli_reads_them_and_a_blank_page_does_not_block_ok(
        qtbot: QtBot, db: Database, qsettings, make_ops: Callable[..., Operations]) -> None:
    dialog = SettingsDialog(db, make_ops(SYSTEM), qsettings)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert PRINTERS.load() == {}
    page = dialog.printers
    assert page is not None
    page.editor.uri.setText("tcp://10.0.0.5:9100")
    assert not page.save()
    assert page.problem.text() == "A printer profile needs a name."
    page.editor.name.setText("Zebra at the pack bench")
    assert page.save()
    assert PRINTERS.load()["Zebra at the pack bench"]["transport_uri"] == "tcp://10.0.0.5:9100"
    page.label_default.setCurrentText("Zebra at the pack bench")
    assert page.save()
    assert default_printer(qsettings, "label") == "Zebra at the pack bench"
    assert default_printer(qsettings, "document") is None
    reopened = SettingsDialog(db, make_ops(SYSTEM), qsettings)
    qtbot.addWidget(reopened)
    assert reopened.printers.choice.currentText() == "Zebra at the pack bench"
    assert reopened.printers.editor.uri.text() == "tcp://10.0.0.5:9100"
    reopened.printers.remove()
    assert PRINTERS.load() == {} and default_printer(qsettings, "label") is None


def test_a_profile_added_by_the_cli_is_listed_and_its_test_label_is_printed_off_the_gui_thread(
        qtbot: QtBot, db: Database, qsettings, tmp_path, make_ops: Callable[..., Operations]) -> None:
    target = tmp_path / "test-label.zpl"
    PRINTERS.save("Bench", PrinterProfile("Bench", f"file://{target}").to_dict())
    dialog = SettingsDialog(db, make_ops(SYSTEM), qsettings)
    qtbot.addWidget(dialog)
    page = dialog.printers
    page.choice.setCurrentText("Bench")

    page.editor.test_button.click()

    qtbot.waitUntil(lambda: "sent to Bench" in page.result.text(), timeout=10000)
    assert b"^XA" in target.read_bytes()


def test_a_printer_named_in_arabic_prints_its_name_as_a_graphic_on_the_test_label(
        qtbot: QtBot, db: Database, qsettings, tmp_path, make_ops: Callable[..., Operations]) -> None:
    target = tmp_path / "test-label.zpl"
    PRINTERS.save("طابعة المستودع", PrinterProfile("طابعة المستودع", f"file://{target}").to_dict())
    dialog = SettingsDialog(db, make_ops(SYSTEM), qsettings)
    qtbot.addWidget(dialog)
    dialog.printers.choice.setCurrentText("طابعة المستودع")

    dialog.printers.editor.test_button.click()

    qtbot.waitUntil(lambda: "sent to" in dialog.printers.result.text(), timeout=10000)
    assert b"^GFA" in target.read_bytes() and "طابعة".encode() not in target.read_bytes()
