"""The Reports view embedded by the main window: Dashboard, Exceptions and Outbox tabs.

GUI thread only; every database access goes through ``ops``. "Today" is the shop-local date
(``PromiseRules.timezone``) read when the view refreshes.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.promises import PromiseRules
from ui.ops import Operations
from ui.reports.dashboard import DashboardTab
from ui.reports.exceptions_tab import ExceptionsTab
from ui.reports.outbox_tab import OutboxTab


class ReportsView(QWidget):
    """Dashboard with charts, the exceptions list with actions, and the customer-email outbox."""

    title = "Reports"

    def __init__(self, ops: Operations, parent: QWidget | None = None,
                 rules: PromiseRules | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.rules = rules or PromiseRules()
        self.dashboard = DashboardTab(ops, self.today())
        self.exceptions = ExceptionsTab(ops, self.today)
        self.outbox = OutboxTab(ops)
        self.tabs = QTabWidget()
        for tab in (self.dashboard, self.exceptions, self.outbox):
            self.tabs.addTab(tab, tab.title)
        QVBoxLayout(self).addWidget(self.tabs)

    def today(self) -> date:
        return datetime.now(self.rules.zoneinfo).date()

    def refresh(self) -> None:
        """Reload every tab from the database (asynchronously)."""
        self.dashboard.refresh()
        self.exceptions.refresh()
        self.outbox.refresh()
