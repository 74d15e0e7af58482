"""The window and its dialogs in Italian, Romanian, Arabic and Thai, English unchanged, and compiled
translations up to date."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout
from pytestqt.qtbot import QtBot

import factories
from desktop.auth import SYSTEM, Actor, Role
from desktop.db.uow import Database
from desktop.errors import Text
from desktop.queries.returns_list import ReturnableLine
from desktop.services import queries
from desktop.services.exceptions import SUGGESTIONS
from resources import TRANSLATIONS
from ui.common.errors import user_message
from ui.common.progress import Cancelled
from ui.common.value_labels import value_label
from ui.email_settings.smtp_form import SmtpForm
from ui.intake.export_dialog import ExportDialog
from ui.intake.import_dialog import ImportDialog
from ui.inventory import InventoryView
from ui.inventory.editor import ProductEditor
from ui.inventory.stock_dialogs import AdjustDialog, TransferDialog
from ui.main_window import MainWindow
from ui.ops import Operations
from ui.orders.detail import timeline_label
from ui.orders.entry import OrderEntryDialog
from ui.orders.ship import ShipDialog
from ui.printing.batch import BatchPrintDialog
from ui.printing.defaults import missing_notice
from ui.printing.profile_editor import PrinterProfileEditor
from ui.reports.exceptions_tab import ExceptionsTab
from ui.reports.outbox_tab import OutboxTab
from ui.returns.dialogs import CreateRmaDialog
from ui.returns.view import ReturnsView
from ui.settings.database import DatabasePage
from ui.settings.users import UsersPage

LANGUAGES = ("it", "ro", "ar", "th")


def _window(qtbot: QtBot, db: Database, ops: Operations, qsettings) -> MainWindow:
    window = MainWindow(db, ops, qsettings)
    qtbot.addWidget(window)
    window.orders.poll.stop()
    return window


def _tabs(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def _menus(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_italian_tabs_menus_and_columns(qtbot: QtBot, shop: Database, qsettings, language,
                                        make_ops: Callable[..., Operations]) -> None:
    language("it")
    window = _window(qtbot, shop, make_ops(), qsettings)
    assert _tabs(window) == ["Ordini", "Magazzino", "Imballaggio", "Resi", "Report"]
    assert _menus(window) == ["&File", "&Visualizza", "&Ordini", "&Aiuto"]
    assert window.actions.actions["orders.new"].text() == "&Nuovo ordine"
    assert window.orders.model.headerData(0, Qt.Orientation.Horizontal) == "Numero"
    assert window.orders.filters.status_buttons["on_hold"].text().startswith("In attesa")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    window.tabs.setCurrentIndex(2)
    assert window.views["pack"].banner.text().startswith("Scansiona il documento di trasporto")


def test_arabic_is_right_to_left(qtbot: QtBot, shop: Database, qsettings, language,
                                 make_ops: Callable[..., Operations]) -> None:
    language("ar")
    window = _window(qtbot, shop, make_ops(), qsettings)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert _tabs(window) == ["الطلبات", "المخزون", "محطة التغليف", "المرتجعات", "التقارير"]
    assert "&ملف" in _menus(window)


def test_english_needs_no_translation(qtbot: QtBot, shop: Database, qsettings, language,
                                      make_ops: Callable[..., Operations]) -> None:
    language("en")
    window = _window(qtbot, shop, make_ops(), qsettings)
    assert _tabs(window) == ["Orders", "Inventory", "Pack station", "Returns", "Reports"]
    assert _menus(window) == ["&File", "&View", "&Orders", "&Help"]
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def _form_labels(form: QFormLayout) -> list[str]:
    labels = (form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount()))
    return [label.widget().text() for label in labels if label is not None]


def test_order_dialogs_in_italian_and_romanian(qtbot: QtBot, shop: Database, language,
                                               make_ops: Callable[..., Operations]) -> None:
    number = factories.order(shop, {"MUG-RED": 2}, number="T-100")
    with shop.uow(SYSTEM, write=False) as uow:
        detail = queries.order_detail(uow, number)
    language("it")
    ship = ShipDialog(detail)
    qtbot.addWidget(ship)
    assert ship.windowTitle() == "Spedisci ordine T-100"
    assert _form_labels(ship.layout().itemAt(0).layout())[:3] == ["Corriere", "Servizio", "Tracking"]
    assert ship.tracking.placeholderText() == "Scansiona o digita il numero di tracking"
    batch = BatchPrintDialog(make_ops(), "label", [number])
    qtbot.addWidget(batch)
    assert batch.windowTitle() == "Stampa ordini (1)"
    assert [batch.ordering.itemText(i) for i in range(3)] == ["Numero d'ordine", "Ubicazione", "Corriere"]
    assert batch.retry_button.text() == "Riprova non riusciti"
    language("ro")
    entry = OrderEntryDialog(make_ops(), None, detail)
    qtbot.addWidget(entry)
    assert entry.windowTitle() == "Editare comandă T-100"
    assert entry.scan.placeholderText() == "Scanați un cod de bare sau tastați un SKU, apoi Enter"
    assert "Cod poștal" in _form_labels(entry.layout().itemAt(0).layout())
    assert missing_notice("label") == "Nu este configurată nicio imprimantă de etichete: Setări -> Imprimante"


def test_order_dialogs_stay_english(qtbot: QtBot, shop: Database, language,
                                    make_ops: Callable[..., Operations]) -> None:
    language("en")
    entry = OrderEntryDialog(make_ops())
    qtbot.addWidget(entry)
    assert entry.windowTitle() == "New order"
    assert [entry.lines.horizontalHeaderItem(i).text() for i in range(3)] == ["SKU", "Name", "Qty"]
    assert missing_notice("document") == "No document printer set up: Settings -> Printers"


def test_inventory_dialogs_in_thai_and_arabic(qtbot: QtBot, language) -> None:
    language("th")
    editor = ProductEditor(None, Actor(None, "system", Role.ADMIN), None)
    qtbot.addWidget(editor)
    assert editor.windowTitle() == "สินค้าใหม่"
    assert _form_labels(editor.layout())[:4] == ["SKU", "ชื่อ", "บาร์โค้ด", "ราคา"]
    assert editor.allow_negative.text() == "อนุญาตสต็อกติดลบ"
    language("ar")
    adjust = AdjustDialog(None, "MUG-RED", ["MAIN/A-01"])
    qtbot.addWidget(adjust)
    assert adjust.windowTitle() == "تسوية MUG-RED"
    assert _form_labels(adjust.form) == ["التغيير (+/-)", "السبب", "في", "ملاحظة"]
    transfer = TransferDialog(None, "MUG-RED", ["MAIN/A-01", "MAIN/A-02"])
    qtbot.addWidget(transfer)
    assert _form_labels(transfer.form) == ["الكمية", "من", "إلى"]


def test_returns_tables_in_italian_keep_filtering(qtbot: QtBot, shop: Database, language,
                                                  make_ops: Callable[..., Operations]) -> None:
    language("it")
    view = ReturnsView(make_ops())
    qtbot.addWidget(view)
    assert [view.rmas.headerData(i, Qt.Orientation.Horizontal) for i in range(4)] == ["RMA", "Ordine", "Cliente", "Stato"]
    assert view.refunds.headerData(6, Qt.Orientation.Horizontal) == "Pagamento ordine"
    assert [view.rma_status.itemText(i) for i in range(view.rma_status.count())] == [
        "Aperti", "Tutti", "Autorizzati", "Ricevuti in parte", "Ricevuti"]
    view.rma_status.setCurrentIndex(1)
    view.refund_status.setCurrentIndex(2)
    assert view.refund_status.currentText() == "Ordini rimborsati interamente"


def test_exceptions_and_outbox_headers_in_romanian(qtbot: QtBot, shop: Database, language,
                                                   make_ops: Callable[..., Operations]) -> None:
    language("ro")
    exceptions, outbox = ExceptionsTab(make_ops()), OutboxTab(make_ops())
    qtbot.addWidget(exceptions)
    qtbot.addWidget(outbox)
    assert exceptions.model.headers == ("Comandă", "Excepție", "Expediere până la", "Livrare până la", "Stare",
                                        "Acțiune sugerată")
    assert outbox.model.headers[6:] == ("Următoarea încercare", "Trimis", "Problemă")
    assert outbox.retry_button.text() == "Reîncearcă"


def test_settings_pages_in_italian(qtbot: QtBot, shop: Database, qsettings, language,
                                   make_ops: Callable[..., Operations]) -> None:
    language("it")
    database, users, smtp, printer = DatabasePage(qsettings), UsersPage(make_ops()), SmtpForm(), PrinterProfileEditor()
    for page in (database, users, smtp, printer):
        qtbot.addWidget(page)
    assert database.local.text() == "Solo questo computer (un file locale)"
    assert [users.table.horizontalHeaderItem(i).text() for i in range(3)] == ["Utente", "Ruolo", "Attivo"]
    assert smtp.title() == "Server SMTP" and smtp.test_button.text() == "Invia email di prova"
    assert smtp.security.itemText(2) == "Nessuna (non cifrata)" and smtp.security.itemData(2) == "none"
    assert printer.test_button.text() == "Stampa etichetta di prova"


def test_import_and_export_dialogs_in_thai_and_arabic(qtbot: QtBot, db: Database, language,
                                                      make_ops: Callable[..., Operations]) -> None:
    language("th")
    stock = ImportDialog(make_ops(), kind="stock")
    qtbot.addWidget(stock)
    assert stock.windowTitle() == "นำเข้าแถวสต็อก"
    assert stock.import_button.text() == "นำเข้าแถวสต็อกที่ถูกต้อง ข้ามส่วนที่ผิด"
    assert stock.format.itemText(0) == "ตั้งจำนวนตามไฟล์" and stock.format.itemData(0) == ("format", "set")
    assert str(Cancelled()) == "ยกเลิกแล้ว ขั้นตอนที่ยังไม่เสร็จไม่ได้บันทึก"
    language("ar")
    export = ExportDialog(make_ops())
    qtbot.addWidget(export)
    assert export.windowTitle() == "تصدير للمحاسب"
    assert export.kind.currentText() == "مصنف المحاسبة (.xlsx)"
    assert export.kind.currentData() == "Accounting workbook (.xlsx)"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_translation_is_complete_and_compiled(code: str, tmp_path: Path) -> None:
    """A .ts edited without running pyside6-lrelease (or with unfinished entries) fails here. The
    .qm is compared with a fresh compile rather than by file times, which a git checkout scrambles."""
    source, compiled = TRANSLATIONS / f"packline_{code}.ts", TRANSLATIONS / f"packline_{code}.qm"
    assert compiled.exists(), f"compile {source.name} with pyside6-lrelease"
    assert 'type="unfinished"' not in source.read_text(encoding="utf-8")
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / compiled.name
    subprocess.run([lrelease, str(source), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == compiled.read_bytes(), f"recompile {source.name} with pyside6-lrelease"


def test_stored_codes_show_in_the_windows_language_and_go_back_as_codes(qtbot: QtBot, language) -> None:
    language("it")
    dialog = CreateRmaDialog(None, "#1001", [ReturnableLine("MUG", "Mug", 2)])
    qtbot.addWidget(dialog)
    _line, quantity, reason = dialog.rows[0]
    assert [reason.itemText(i) for i in range(reason.count())] == [
        "Articolo sbagliato", "Danneggiato", "Non conforme alla descrizione", "Ripensamento", "Altro"]
    quantity.setValue(1)
    reason.setCurrentIndex(1)
    assert dialog.request().lines[0].reason == "damaged"
    assert (value_label("partially_refunded"), value_label("store_credit")) == ("Rimborsato in parte", "Credito negozio")
    assert value_label("on_hold_too_long") == "In sospeso da troppo tempo"
    assert user_message(Text(SUGGESTIONS["on_hold_too_long"][1])) == \
        "Sblocca l'ordine, oppure annullalo se non può procedere."
    language("th")
    assert (value_label("quarantine"), value_label("packer")) == ("กักกัน", "พนักงานแพ็ก")
    assert value_label("an_unknown_code") == "An unknown code"
    assert timeline_label("tracking.delivered") == "ติดตามพัสดุ: ส่งถึงแล้ว"
    language("ar")
    adjust = AdjustDialog(None, "MUG-RED", ["MAIN/A-01"])
    qtbot.addWidget(adjust)
    adjust.reason.setCurrentIndex(adjust.reason.findData("count"))
    assert adjust.reason.currentText() == "جرد دوري"


def test_a_disabled_buttons_reason_names_the_role_and_the_permission_in_the_windows_language(
        qtbot: QtBot, shop: Database, language, user, make_ops: Callable[..., Operations]) -> None:
    language("it")
    view = InventoryView(make_ops(user("bruno", "clerk")))
    qtbot.addWidget(view)
    permission = QApplication.translate("CoreMessages", "adjust stock")
    assert permission != "adjust stock"
    assert view.buttons["adjust"].toolTip() == f"Il tuo ruolo (Impiegato) non ha il permesso: {permission}."
    qtbot.waitUntil(lambda: view.total.text() == "2 prodotti")
