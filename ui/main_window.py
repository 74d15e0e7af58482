"""The main window: Orders plus the other screens as tabs, menus, the status bar and Help.

GUI thread only. It owns the :class:`Operations` it is given and drains it on close. Views from
other packages are added when they are importable (``ui.inventory``, ``ui.pack``, ``ui.returns``,
``ui.reports``); each is a QWidget with ``title`` and ``refresh()``.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from desktop.db.uow import Database
from ui.common.actions import ActionRegistry
from ui.common.errors import open_log_folder, present_error
from ui.ops import Operations
from ui.orders import OrdersView

log = logging.getLogger("packline.ui")
OTHER_VIEWS = (("inventory", "ui.inventory", "InventoryView", "Inventory"),
               ("pack", "ui.pack", "PackStationView", "Pack station"),
               ("returns", "ui.returns", "ReturnsView", "Returns"),
               ("reports", "ui.reports", "ReportsView", "Reports"))


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
        self.setWindowTitle(f"Packline - {actor.name} ({actor.role.value})")
        self.actions = ActionRegistry()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.orders = OrdersView(ops, self.actions)
        self.orders.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.views: dict[str, QWidget] = {"orders": self.orders}
        self.tabs.addTab(self.orders, self.orders.title)
        self._lazy: dict[str, tuple[str, str]] = {}
        for key, module, name, title in OTHER_VIEWS:
            if _available(module):
                placeholder = QWidget()
                self._lazy[key] = (module, name)
                self.views[key] = placeholder
                self.tabs.addTab(placeholder, title)
        self.tabs.currentChanged.connect(lambda index: self._build(self.tabs.widget(index)))
        who = QLabel(f"{actor.name} ({actor.role.value})  |  {db.engine.url.render_as_string(hide_password=True)}")
        self.statusBar().addPermanentWidget(who)
        self._menus()
        self.notice = ""
        self.show_view(view)
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)

    def show_view(self, key: str) -> QWidget:
        """Switch to the view ``key``; an unknown or not-yet-built one falls back to Orders with a notice."""
        widget = self.views.get(key)
        if widget is None:
            widget = self.orders
            self.notice = f"The {key} view is not available in this version; showing Orders."
            self.statusBar().showMessage(self.notice, 15000)
        self.tabs.setCurrentWidget(widget)
        return self.views.get(key, self.orders)

    def _build(self, placeholder: QWidget) -> None:
        """Views other than Orders are imported and built the first time their tab is shown
        (start-up pays only for Orders)."""
        key = next((k for k, w in self.views.items() if w is placeholder and k in self._lazy), None)
        if key is None:
            return
        module, name = self._lazy.pop(key)
        try:
            view = getattr(importlib.import_module(module), name)(self.ops)
        except Exception as error:  # a broken screen must not take the window down
            log.exception("cannot build the %s view", key)
            present_error(self, error)
            return
        index = self.tabs.indexOf(placeholder)
        self.views[key] = view
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, view, getattr(view, "title", key.capitalize()))
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()

    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.actions.add(self, "Window", "app.settings", "&Settings...", self.open_settings,
                                             "Ctrl+,"))
        file_menu.addSeparator()
        file_menu.addAction(self.actions.add(self, "Window", "app.quit", "&Quit", self.close, "Ctrl+Q"))
        view_menu = bar.addMenu("&View")
        for position, (key, widget) in enumerate(list(self.views.items()), start=1):
            view_menu.addAction(self.actions.add(self, "Window", f"view.{key}", self.tabs.tabText(position - 1),
                                                 lambda k=key: self.show_view(k), f"Ctrl+{position}"))
        orders_menu = bar.addMenu("&Orders")
        orders_menu.addActions(self.orders.actions_list)
        self.tabs.currentChanged.connect(
            lambda _index: orders_menu.menuAction().setVisible(self.tabs.currentWidget() is self.orders))
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.actions.add(self, "Help", "help.shortcuts", "&Keyboard shortcuts",
                                             self.show_shortcuts, "F1"))
        help_menu.addAction(self.actions.add(self, "Help", "help.logs", "Open &log folder", open_log_folder))

    def show_shortcuts(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, "Keyboard shortcuts", "Keyboard shortcuts", parent=self)
        box.setObjectName("shortcutsBox")
        box.setInformativeText(self.actions.as_text())
        box.setStyleSheet("QLabel { font-family: monospace; }")
        box.open()
        return box

    def open_settings(self) -> None:
        from ui.settings import SettingsDialog

        SettingsDialog(self.db, self.ops, self.settings, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.orders.poll.stop()
        self.ops.shutdown()
        super().closeEvent(event)
