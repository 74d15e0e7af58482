"""Start-up: the sign-in dialog shows before the data layer has loaded, which loads behind it."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event

from desktop.auth import SYSTEM, Actor
from desktop.db.uow import Database
from desktop.errors import UserError
from ui.app import add_script_fonts, interactive_actor, wait_until_loaded
from ui.data_layer import DataLayer, new_local_file
from ui.first_run import FirstRunDialog
from ui.login import LoginDialog
from ui.ops import Operations

from window_support import PASSWORD

REPO = Path(__file__).resolve().parents[2]


def test_the_window_path_imports_no_data_layer_before_the_sign_in_dialog() -> None:
    """What ``packline`` imports before showing the sign-in dialog: Qt and the light core only."""
    probe = ("import sys\n"
             "import desktop.cli.main, ui.app\n"
             "heavy = sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'"
             " or m.startswith(('desktop.db', 'desktop.models', 'desktop.services', 'ui.main_window')))\n"
             "print(','.join(heavy))\n")
    result = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


Answers = Callable[[dict[type, Callable[[QDialog], None]]], list[str]]


@pytest.fixture
def answer_dialogs(qapp: QApplication) -> Iterator[Answers]:
    """``answer_dialogs({DialogClass: answer})`` answers each modal dialog that opens during the
    test with the answer for its class (none: leave it open) and returns the class names of the
    dialogs seen, in order. Polling stops when the test ends."""
    timer = QTimer()
    timer.setInterval(10)

    def start(answers: dict[type, Callable[[QDialog], None]]) -> list[str]:
        seen: list[QDialog] = []
        names: list[str] = []

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QDialog) and dialog.isVisible() and all(d is not dialog for d in seen):
                seen.append(dialog)
                names.append(type(dialog).__name__)
                answers.get(type(dialog), lambda _d: None)(dialog)

        timer.timeout.connect(poll)
        timer.start()
        return names

    yield start
    timer.stop()


class ShownWhile(QObject):
    """Records ``state()`` each time a widget of ``kind`` is shown."""

    def __init__(self, kind: type, state: Callable[[], bool]) -> None:
        super().__init__()
        self.kind, self.state, self.states = kind, state, []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, self.kind):
            self.states.append(self.state())
        return False


def test_the_sign_in_dialog_is_shown_before_the_data_layer_has_loaded(qtbot: QtBot, db: Database, user,
                                                                       qsettings, answer_dialogs: Answers) -> None:
    user("alice", "packer")
    data = DataLayer(db.engine.url.render_as_string(hide_password=False))
    shown = ShownWhile(LoginDialog, lambda: data.done)
    QApplication.instance().installEventFilter(shown)

    def sign_in(dialog: QDialog) -> None:
        dialog.user.setText("alice")
        dialog.password.setText(PASSWORD)
        dialog.sign_in()

    seen = answer_dialogs({LoginDialog: sign_in})
    actor = interactive_actor(data, qsettings, None)
    QApplication.instance().removeEventFilter(shown)
    assert seen == ["LoginDialog"]
    assert shown.states == [False]
    assert isinstance(actor, Actor) and actor.name == "alice" and actor.role.value == "packer"
    assert qsettings.value("login/user") == "alice"
    data.result().db.dispose()


def test_a_database_nobody_can_sign_in_to_asks_for_the_first_admin_instead(db: Database, qsettings,
                                                                           answer_dialogs: Answers) -> None:
    data = DataLayer(db.engine.url.render_as_string(hide_password=False))
    seen = answer_dialogs({FirstRunDialog: QDialog.reject})
    assert interactive_actor(data, qsettings, None) is None
    assert seen[-1] == "FirstRunDialog"
    data.result().db.dispose()


def test_a_first_start_waits_for_the_new_local_file_and_asks_for_the_first_admin(tmp_path: Path, qsettings,
                                                                                 answer_dialogs: Answers) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    assert new_local_file(url)
    data = DataLayer(url)
    seen = answer_dialogs({FirstRunDialog: QDialog.reject, LoginDialog: QDialog.reject})
    assert interactive_actor(data, qsettings, None) is None
    assert seen == ["FirstRunDialog"]
    assert not new_local_file(url) and data.result().has_users is False
    data.result().db.dispose()


def test_a_database_that_cannot_be_opened_closes_the_sign_in_dialog_and_says_why(qapp: QApplication, tmp_path: Path,
                                                                                 qsettings) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database" * 100)
    data = DataLayer(f"sqlite:///{broken}")
    shown = ShownWhile(LoginDialog, lambda: data.done)
    QApplication.instance().installEventFilter(shown)
    with pytest.raises(UserError, match="Cannot open the database"):
        interactive_actor(data, qsettings, None)
    QApplication.instance().removeEventFilter(shown)
    assert shown.states == [False]


def test_jobs_queued_before_the_data_layer_has_loaded_run_once_it_has(qtbot: QtBot, db: Database) -> None:
    data = DataLayer(db.engine.url.render_as_string(hide_password=False))
    ops = Operations(data, SYSTEM)
    results: list[object] = []
    ops.read(lambda uow: uow.session.get_bind().dialect.name, lambda result, error: results.append(result or error))
    data.start()
    qtbot.waitUntil(lambda: results == ["sqlite"], timeout=20000)
    assert wait_until_loaded(data).db is ops.db
    ops.shutdown()
    data.result().db.dispose()


def test_arabic_and_thai_fonts_are_bundled_for_pcs_without_them(qapp) -> None:
    families = add_script_fonts()
    assert {"Noto Sans Arabic", "Noto Sans Thai"} <= set(families)
    assert "Noto Sans Thai" in QFontDatabase.families(QFontDatabase.WritingSystem.Thai)
    assert "Noto Sans Arabic" in QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)


def _orders_pages_read(engine_class: type) -> Callable[[], list[str]]:
    """Record which threads run the Orders list's page SELECT (its ORDER BY on the order date) on
    any engine; returns a function that stops recording and gives the thread names."""
    threads: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "FROM orders" in statement and "ORDER BY orders.ordered_at DESC" in statement:
            threads.append(threading.current_thread().name)

    event.listen(engine_class, "before_cursor_execute", seen)

    def stop() -> list[str]:
        event.remove(engine_class, "before_cursor_execute", seen)
        return threads
    return stop


def test_the_orders_list_is_read_while_the_password_is_typed(db: Database, user) -> None:
    user("alice", "packer")
    stop = _orders_pages_read(Engine)
    data = DataLayer(db.engine.url.render_as_string(hide_password=False))
    data.result().db.dispose()
    assert stop() == ["packline-data-layer"]


def test_a_database_nobody_can_sign_in_to_is_not_warmed_up(db: Database) -> None:
    stop = _orders_pages_read(Engine)
    data = DataLayer(db.engine.url.render_as_string(hide_password=False))
    assert data.result().has_users is False
    data.result().db.dispose()
    assert stop() == []
