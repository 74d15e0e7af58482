"""The main window: Orders plus the other screens as tabs, menus, the status bar and Help.

GUI thread only. It owns the :class:`Operations` it is given and drains it in :meth:`shutdown`
(on close, and by the app on exit). Views from other packages are built the first time their tab
is shown (``ui.inventory``, ``ui.pack``, ``ui.returns``, ``ui.reports``); each is a QWidget with
``title`` and ``refresh()`` taking ``(ops, actions)``. A view is refreshed whenever its tab is
shown again and, while shown, when the Orders poll sees a change made elsewhere.

Wiring done here: the pack station prints the packing slip when an order is verified and the
label when it is shipped (``ui.printing.station``), then Orders and Inventory refresh; the
outbox sender (``ui.common.outbox_sender``) runs 1.5 s after the window opens (not while the first
page is read and painted), every minute, and right after actions that queue an email; the Orders
exceptions badge opens Reports -> Exceptions; File imports and exports.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from desktop.db.uow import Database
from ui.common.actions import ActionRegistry
from ui.common.errors import open_log_folder, present_error
from ui.common.outbox_sender import OutboxSender
from ui.common.value_labels import value_label
from ui.ops import Operations
from ui.orders import OrdersView

log = logging.getLogger("packline.ui")
OTHER_VIEWS = (("inventory", "ui.inventory", "InventoryView", QT_TRANSLATE_NOOP("MainWindow", "Inventory")),
               ("pack", "ui.pack", "PackStationView", QT_TRANSLATE_NOOP("MainWindow", "Pack station")),
               ("returns", "ui.returns", "ReturnsView", QT_TRANSLATE_NOOP("MainWindow", "Returns")),
               ("reports", "ui.reports", "ReportsView", QT_TRANSLATE_NOOP("MainWindow", "Reports")))


def _available(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ImportError:
        return False


class MainWindow(QMainWindow):
    def __init__(self, db: Database, ops: Operations, settings: QSettings, view: str = "orders") -> None:
        super().__init__()
        self.db, self.ops, self.settings = db, ops, settings
        actor = ops.actor
        self.setWindowTitle(f"Packline - {actor.name} ({value_label(actor.role.value)})")
        self.actions = ActionRegistry()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.orders = OrdersView(ops, self.actions, settings=settings)
        self.orders.message.connect(self.show_message)
        self.orders.message.connect(lambda _text: self.sender.kick())
        self.orders.externalChange.connect(self._refresh_current)
        self.orders.exceptionsRequested.connect(self.show_exceptions)
        self.views: dict[str, QWidget] = {"orders": self.orders}
        self.tabs.addTab(self.orders, self.orders.title)
        self._lazy: dict[str, tuple[str, str]] = {}
        for key, module, name, title in OTHER_VIEWS:
            if _available(module):
                placeholder = QWidget()
                self._lazy[key] = (module, name)
                self.views[key] = placeholder
                self.tabs.addTab(placeholder, self.tr(title))
        self.tabs.currentChanged.connect(self._tab_shown)
        who = QLabel(f"{actor.name} ({value_label(actor.role.value)})  |  "
                     f"{db.engine.url.render_as_string(hide_password=True)}")
        self.statusBar().addPermanentWidget(who)
        self.sender = OutboxSender(ops, parent=self)
        self.sender.sent.connect(self._outbox_sent)
        self._menus()
        self.notice = ""
        self._closed = False
        self.show_view(view)
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        self.sender.start()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def show_view(self, key: str) -> QWidget:
        """Switch to the view ``key``; an unknown or not-yet-built one falls back to Orders with a notice."""
        widget = self.views.get(key)
        if widget is None:
            widget = self.orders
            self.notice = self.tr("The {key} view is not available in this version; showing Orders.").format(key=key)
            self.statusBar().showMessage(self.notice, 15000)
        self.tabs.setCurrentWidget(widget)
        return self.views.get(key, self.orders)

    def view(self, key: str) -> QWidget | None:
        """The built view ``key`` (building it now if it was not yet), or None when unavailable."""
        if key in self._lazy:
            self._build(key)
        return self.views.get(key)

    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        key = next((k for k, w in self.views.items() if w is widget), None)
        if key in self._lazy:
            self._build(key)
        elif widget is not None and widget is not self.orders:
            widget.refresh()  # type: ignore[attr-defined]

    def _refresh_current(self) -> None:
        """The poll saw a change made elsewhere: the visible view (Orders refreshes itself) reloads."""
        widget = self.tabs.currentWidget()
        if widget is not self.orders and widget not in (w for k, w in self.views.items() if k in self._lazy):
            widget.refresh()  # type: ignore[attr-defined]

    def _build(self, key: str) -> None:
        """Import and build the view ``key`` in place of its placeholder (start-up pays only for
        Orders); the current tab stays the current tab."""
        module, name = self._lazy.pop(key)
        placeholder = self.views[key]
        try:
            view = getattr(importlib.import_module(module), name)(self.ops, self.actions)
        except Exception as error:  # a broken screen must not take the window down
            log.exception("cannot build the %s view", key)
            present_error(self, error)
            return
        index = self.tabs.indexOf(placeholder)
        was_current = self.tabs.currentIndex() == index
        self.views[key] = view
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, view, getattr(view, "title", key.capitalize()))
        if was_current:
            self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        self._wire(key, view)

    def _wire(self, key: str, view: QWidget) -> None:
        if key == "pack":
            from ui.printing.station import StationPrinting

            printing = StationPrinting(self.ops, self.settings, view)
            printing.notice.connect(view.show_notice)  # type: ignore[attr-defined]
            view.verified.connect(printing.packing_slip)  # type: ignore[attr-defined]
            view.shipped.connect(printing.label)  # type: ignore[attr-defined]
            view.shipped.connect(self._stock_changed)  # type: ignore[attr-defined]
            view.shipped.connect(lambda *_args: self.sender.kick())  # type: ignore[attr-defined]
        elif key == "returns":
            view.changed.connect(self.sender.kick)  # type: ignore[attr-defined]
        elif key == "reports":
            view.queued.connect(self.sender.kick)  # type: ignore[attr-defined]

    def _stock_changed(self, *_args: object) -> None:
        """After a shipment or an import: Orders (and Inventory, when built) read again."""
        self.orders.refresh()
        if "inventory" not in self._lazy and "inventory" in self.views:
            self.views["inventory"].refresh()  # type: ignore[attr-defined]

    def _outbox_sent(self, report: object) -> None:
        sent, failed = getattr(report, "sent", 0), getattr(report, "failed", 0)
        text = self.tr("Emails: {sent} sent, {failed} failed (Reports -> Outbox)") if failed else \
            self.tr("Emails: {sent} sent")
        self.show_message(text.format(sent=sent, failed=failed))
        if "reports" not in self._lazy and "reports" in self.views:
            self.views["reports"].outbox.refresh()  # type: ignore[attr-defined]

    def show_exceptions(self) -> None:
        reports = self.view("reports")
        if reports is None:
            return
        self.tabs.setCurrentWidget(reports)
        reports.show_exceptions()  # type: ignore[attr-defined]

    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.actions.add(self, self.tr("File"), "file.import_orders", self.tr("&Import orders…"),
                                             self.import_orders, "Ctrl+I"))
        file_menu.addAction(self.actions.add(self, self.tr("File"), "file.import_products",
                                             self.tr("Import &products…"),
                                             lambda: self.import_catalog("products")))
        file_menu.addAction(self.actions.add(self, self.tr("File"), "file.import_stock", self.tr("Import &stock…"),
                                             lambda: self.import_catalog("stock")))
        file_menu.addAction(self.actions.add(self, self.tr("File"), "file.export_accounting",
                                             self.tr("Export &accounting / Xero / QuickBooks…"),
                                             self.export_accounting))
        file_menu.addAction(self.actions.add(self, self.tr("File"), "file.export_list",
                                             self.tr("Export this &list (XLSX/CSV)…"),
                                             self.export_list))
        file_menu.addSeparator()
        file_menu.addAction(self.actions.add(self, self.tr("Window"), "app.settings", self.tr("&Settings..."),
                                             self.open_settings,
                                             "Ctrl+,"))
        file_menu.addSeparator()
        file_menu.addAction(self.actions.add(self, self.tr("Window"), "app.quit", self.tr("&Quit"), self.close,
                                             "Ctrl+Q"))
        view_menu = bar.addMenu(self.tr("&View"))
        for position, (key, _widget) in enumerate(list(self.views.items()), start=1):
            view_menu.addAction(self.actions.add(self, self.tr("Window"), f"view.{key}",
                                                 self.tabs.tabText(position - 1), lambda k=key: self.show_view(k),
                                                 f"Ctrl+{position}"))
        orders_menu = bar.addMenu(self.tr("&Orders"))
        orders_menu.addActions(self.orders.actions_list)
        self.tabs.currentChanged.connect(
            lambda _index: orders_menu.menuAction().setVisible(self.tabs.currentWidget() is self.orders))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.actions.add(self, self.tr("Help"), "help.shortcuts", self.tr("&Keyboard shortcuts"),
                                             self.show_shortcuts, "F1"))
        help_menu.addAction(self.actions.add(self, self.tr("Help"), "help.logs", self.tr("Open &log folder"),
                                             open_log_folder))

    def import_orders(self) -> None:
        from ui.intake import ImportDialog

        if ImportDialog.ask(self.ops, self) is not None:
            self.orders.refresh()
            self.sender.kick()

    def import_catalog(self, kind: str) -> None:
        """Import a catalogue ("products") or a stock sheet ("stock"); Inventory shows the result."""
        from ui.intake import ImportDialog

        if ImportDialog.ask(self.ops, self, kind) is not None:
            self._stock_changed()

    def export_accounting(self) -> None:
        from ui.intake import ExportDialog

        ExportDialog.ask(self.ops, self)

    def export_list(self) -> None:
        """Export the list the current tab shows (Orders, Inventory or Returns)."""
        export = getattr(self.tabs.currentWidget(), "export_list", None)
        if export is None:
            self.show_message(self.tr("Export this list works on the Orders, Inventory and Returns lists."))
            return
        export()

    def show_shortcuts(self) -> QMessageBox:
        """Every screen's shortcuts: screens not opened yet are built first so theirs are listed."""
        for key in list(self._lazy):
            self._build(key)
        title = self.tr("Keyboard shortcuts")
        box = QMessageBox(QMessageBox.Icon.Information, title, title, parent=self)
        box.setObjectName("shortcutsBox")
        box.setInformativeText(self.actions.as_text())
        box.setStyleSheet("QLabel { font-family: monospace; }")
        box.open()
        return box

    def open_settings(self) -> None:
        from ui.settings import SettingsDialog

        SettingsDialog(self.db, self.ops, self.settings, self).exec()
        self.sender.kick()

    def shutdown(self) -> None:
        """Stop polling and sending, and wait for every background job (idempotent)."""
        if self._closed:
            return
        self._closed = True
        self.orders.poll.stop()
        self.sender.shutdown()
        self.ops.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.shutdown()
        super().closeEvent(event)
