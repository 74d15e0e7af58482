"""Exports in the background: real progress step by step, Cancel and failures leave no file (and an
existing file as it was), and the command line writes through the same atomic path.

Cancels are made deterministic without timing: either from the export's own step callback (the
worker calls it right before reporting that step), or by pressing Cancel while a PostgreSQL table
lock held by the test keeps the worker waiting inside a known step. Write failures are real: a
target that is a folder, and a file-size limit (``RLIMIT_FSIZE``, as a full disk) in a CLI process.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QProgressBar, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from desktop.auth import SYSTEM, Actor, Role
from desktop.db.uow import Database
from desktop.files import CannotWrite, atomic_write
from desktop.queries import order_list
from desktop.services import exports
from tests.bench.bench_intake import generate
from tests.exchange.helpers import import_file
from tests.factories import product
from ui.app import install_translations
from ui.common.list_export import ListExportPath, export_orders
from ui.common.progress import Cancelled, Progress
from ui.intake.export_dialog import ExportDialog, export_file, step_label
from ui.ops import Operations

REPO = Path(__file__).resolve().parents[2]
OLD = b"last quarter's export, which must survive\n"
ACCOUNTING, XERO_CREDITS = "Accounting workbook (.xlsx)", "Xero credit notes (.csv)"
PERIOD = (date(2025, 3, 1), date.today())  # the orders are from March 2025, their refund from today


@pytest.fixture
def ops(db: Database) -> Iterator[Operations]:
    yield from _operations(db)


@pytest.fixture
def pg_ops(pg_db: Database) -> Iterator[Operations]:
    yield from _operations(pg_db)


def _operations(db: Database) -> Iterator[Operations]:
    operations = Operations(db, Actor(None, "system", Role.ADMIN))
    yield operations
    operations.shutdown()


def _seed(db: Database) -> None:
    """Orders with lines, taxes and payments in March 2025, a refund made today, stock to value."""
    product(db, "MUG-1", stock_qty=4)
    import_file(db, "shop_v1.csv")
    import_file(db, "shop_v2.csv")


def _folder(tmp_path: Path, existing: str | None = None) -> Path:
    """An empty folder for the exports (the database file lives in ``tmp_path``), holding
    ``existing`` with :data:`OLD` as its content when given."""
    folder = tmp_path / "out"
    folder.mkdir()
    if existing:
        (folder / existing).write_bytes(OLD)
    return folder


def _dialog(qtbot: QtBot, ops: Operations, out: Path, kind: str = ACCOUNTING) -> ExportDialog:
    dialog = ExportDialog(ops)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.start.setDate(QDate(*PERIOD[0].timetuple()[:3]))
    dialog.end.setDate(QDate(*PERIOD[1].timetuple()[:3]))
    dialog.out.setText(str(out))
    return dialog


def test_the_dialog_shows_every_step_of_a_real_export_up_to_the_maximum(qtbot: QtBot, db: Database,
                                                                          ops: Operations, tmp_path: Path) -> None:
    _seed(db)
    out = _folder(tmp_path) / "books.xlsx"
    dialog = _dialog(qtbot, ops, out)
    dialog.export_button.click()
    progress = dialog.progress
    assert progress is not None and progress.labelText() == "Reading the orders…"
    seen: list[tuple[int, int, str]] = []
    progress.findChild(QProgressBar).valueChanged.connect(
        lambda value: seen.append((value, progress.maximum(), progress.labelText())))

    qtbot.waitUntil(lambda: "Saved" in dialog.status.text(), timeout=10000)

    steps = len(exports.STEPS)
    labels = [step_label(step, out) for step in (*exports.STEPS, exports.SAVING)]
    assert seen == [(done, steps, labels[done]) for done in range(1, steps + 1)]
    assert labels[1:3] == ["Reading the order lines and taxes…", "Reading the refunds…"]
    assert labels[-2:] == ["Writing books.xlsx…", "Saving books.xlsx…"]
    assert dialog.status.text() == f"Saved {out} (5 orders)."
    assert load_workbook(out)["Refunds"].max_row > 1
    assert os.listdir(out.parent) == ["books.xlsx"]


@pytest.mark.parametrize("kind", [ACCOUNTING, XERO_CREDITS])
@pytest.mark.parametrize("cancel_at", [*exports.STEPS, exports.SAVING])
def test_cancel_at_any_step_leaves_the_existing_file_as_it_was(qtbot: QtBot, db: Database, tmp_path: Path,
                                                               kind: str, cancel_at: str) -> None:
    """Cancel is clicked in the progress dialog right before the worker reports ``cancel_at``; at
    SAVING the new file is complete but not yet in place."""
    _seed(db)
    name = "books.xlsx" if kind == ACCOUNTING else "credits.csv"
    out = _folder(tmp_path, name) / name
    dialog = QProgressDialog()
    qtbot.addWidget(dialog)
    progress = Progress(dialog, lambda result, error: None)
    dialog.canceled.connect(progress.cancel)
    started: list[str] = []

    def step(current: str) -> None:
        started.append(current)
        if current == cancel_at:
            dialog.findChild(QPushButton).click()

    with db.uow(SYSTEM, write=False) as uow, pytest.raises(Cancelled):
        export_file(uow, kind, *PERIOD, out, progress, step)

    assert started == [*exports.STEPS, exports.SAVING][:len(started)] and started[-1] == cancel_at
    assert out.read_bytes() == OLD
    assert os.listdir(out.parent) == [name]


@pytest.mark.postgres
def test_cancel_pressed_while_the_refunds_are_read_stops_there_and_writes_nothing(
        qtbot: QtBot, pg_db: Database, pg_ops: Operations, tmp_path: Path) -> None:
    """The test locks the refunds table, so the export waits in its "refunds" step until Cancel
    has been pressed in the visible progress dialog; then the lock goes and the next step stops."""
    _seed(pg_db)
    out = _folder(tmp_path, "books.xlsx") / "books.xlsx"
    dialog = _dialog(qtbot, pg_ops, out)
    with pg_db.engine.connect() as locker:
        locker.execute(text("LOCK TABLE refunds IN ACCESS EXCLUSIVE MODE"))
        dialog.export_button.click()
        progress = dialog.progress
        assert progress is not None
        qtbot.waitUntil(lambda: progress.isVisible() and progress.value() == 2, timeout=10000)
        assert progress.labelText() == "Reading the refunds…"
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
        locker.rollback()

    qtbot.waitUntil(lambda: dialog.status.text() == str(Cancelled()), timeout=10000)
    assert out.read_bytes() == OLD and os.listdir(out.parent) == ["books.xlsx"]
    assert dialog.export_button.isEnabled() and not progress.isVisible()


@pytest.mark.postgres
def test_cancel_while_a_list_export_is_writing_leaves_no_file(
        qtbot: QtBot, pg_db: Database, pg_ops: Operations, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The test locks the orders table, so the export waits with its temporary file created, in the
    middle of writing; Cancel is pressed there, the export finishes its rows, sees the Cancel and
    keeps nothing."""
    _seed(pg_db)
    folder = _folder(tmp_path, "orders.xlsx")
    out = folder / "orders.xlsx"
    monkeypatch.setattr(ListExportPath, "ask", classmethod(lambda cls, parent, suggested: out))
    results: list[tuple[str | None, BaseException | None]] = []
    view = QWidget()
    qtbot.addWidget(view)
    with pg_db.engine.connect() as locker:
        locker.execute(text("LOCK TABLE orders IN ACCESS EXCLUSIVE MODE"))
        export_orders(pg_ops, view, order_list.OrderFilter(), 6, lambda *result: results.append(result))
        qtbot.waitUntil(lambda: len(os.listdir(folder)) == 2, timeout=10000)
        [partial] = set(os.listdir(folder)) - {"orders.xlsx"}
        assert partial.startswith(".orders.") and partial.endswith(".partial.xlsx")
        view.findChild(QProgressDialog).findChild(QPushButton).click()
        locker.rollback()

    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    assert isinstance(results[0][1], Cancelled)
    assert out.read_bytes() == OLD and os.listdir(folder) == ["orders.xlsx"]


def test_a_target_the_system_refuses_shows_why_and_leaves_no_partial_file(
        qtbot: QtBot, db: Database, ops: Operations, tmp_path: Path) -> None:
    """The whole file is written beside the target, then replacing the target fails: it is a folder."""
    _seed(db)
    folder = _folder(tmp_path)
    (folder / "books.xlsx").mkdir()
    dialog = _dialog(qtbot, ops, folder / "books.xlsx")
    dialog.export_button.click()
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=10000)
    assert dialog.status.text().startswith(f"Could not save {folder / 'books.xlsx'}: ")
    assert os.listdir(folder) == ["books.xlsx"] and os.listdir(folder / "books.xlsx") == []


@pytest.mark.parametrize(("language", "reading", "saving"), [
    ("it", "Lettura dei rimborsi…", "Salvataggio di q1.xlsx…"),
    ("ar", "جارٍ قراءة المبالغ المستردة…", "جارٍ حفظ q1.xlsx…"),
])
def test_the_progress_says_what_it_does_in_the_window_language(qapp: QApplication, language: str, reading: str,
                                                                saving: str) -> None:
    installed = install_translations(qapp, language)
    try:
        assert step_label("refunds", Path("q1.xlsx")) == reading
        assert step_label(exports.SAVING, Path("q1.xlsx")) == saving
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        install_translations(qapp, "en")


def test_atomic_write_puts_a_complete_file_in_place_with_the_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    target.write_bytes(OLD)
    with atomic_write(target) as temporary:
        assert temporary.parent == tmp_path and temporary.suffix == ".csv" and temporary.read_bytes() == b""
        temporary.write_text("new\n")
        assert target.read_bytes() == OLD
    umask = os.umask(0)
    os.umask(umask)
    assert target.read_text() == "new\n" and os.listdir(tmp_path) == ["report.csv"]
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_atomic_write_keeps_the_old_file_when_the_block_fails(tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    target.write_bytes(OLD)
    with pytest.raises(ZeroDivisionError), atomic_write(target) as temporary:
        temporary.write_text("half")
        1 / 0  # noqa: B018 - any failure in the middle of writing
    assert target.read_bytes() == OLD and os.listdir(tmp_path) == ["report.csv"]
    with pytest.raises(CannotWrite, match="No such file or directory"), atomic_write(tmp_path / "no" / "x.csv"):
        pass


CLI = """
import resource, signal, sys
from desktop.cli.main import main
limit = int(sys.argv.pop(1))
if limit:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # so that a write past the limit fails with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
sys.exit(main(sys.argv[1:]))
"""
LIMIT = 64 * 1024
EXPORTS: dict[str, Callable[[Path], list[str]]] = {
    "xero.csv": lambda out: ["export", "xero", "--from", "2025-01-01", "--to", "2025-01-02", "--out", str(out)],
    "orders.csv": lambda out: ["export", "orders", "--out", str(out)],
    "accounting.xlsx": lambda out: ["export", "accounting", "--from", "2025-01-01", "--to", "2025-01-02",
                                    "--out", str(out)],
}


def _cli(db: Database, *argv: str, limit: int = 0) -> subprocess.CompletedProcess[str]:
    """``packline --db ... argv`` in its own process, whose files cannot grow past ``limit`` bytes."""
    return subprocess.run([sys.executable, "-c", CLI, str(limit), "--db", db.url, *argv], cwd=REPO,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1"})


@pytest.fixture
def busy_day(any_db: Database, tmp_path: Path) -> Database:
    """750 orders placed on 2025-01-01: each export below is several times ``LIMIT``."""
    source = tmp_path / "orders_export.csv"
    generate(source, 1500)
    import_file(any_db, str(source))
    any_db.dispose()  # the CLI process is the only one using the database from here
    return any_db


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize("name", EXPORTS)
def test_the_cli_keeps_the_old_file_when_the_disk_fills_up_and_writes_whole_files(
        busy_day: Database, tmp_path: Path, name: str) -> None:
    """The CSVs fail half-way through the file itself; the workbook fails in openpyxl's own
    temporary files, before its file is opened, so it shows the message rather than atomicity."""
    out = _folder(tmp_path, name) / name

    failed = _cli(busy_day, *EXPORTS[name](out), limit=LIMIT)

    assert failed.returncode == 1 and f"Cannot write {out}: File too large." in failed.stderr
    assert out.read_bytes() == OLD and os.listdir(out.parent) == [name]

    done = _cli(busy_day, *EXPORTS[name](out), "--json")

    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > LIMIT and os.listdir(out.parent) == [name]
    if name == "xero.csv":
        with open(out, newline="", encoding="utf-8-sig") as handle:
            assert len({row["*InvoiceNumber"] for row in csv.DictReader(handle)}) == 750
