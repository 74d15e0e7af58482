"""The Reports view embedded by the main window: Dashboard, Exceptions and Outbox tabs.

GUI thread only; every database access goes through ``ops``. "Today" is the shop's date: the
promise rules' timezone is read once (``promise_rules``) and the dashboard's default period ends
on that date; the exceptions list computes its own "today" the same way when it loads. The
dashboard scrolls, so the view fits a 1280x800 screen. ``loaded`` fires after each time the
dashboard has shown its figures (the screenshot waits for it).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from desktop.promises import PromiseRules
from desktop.services.exceptions import promise_rules
from ui.common.actions import ActionRegistry
from ui.common.callbacks import alive
from ui.common.errors import present_error
from ui.ops import Operations
from ui.reports.dashboard import DashboardTab
from ui.reports.exceptions_tab import ExceptionsTab
from ui.reports.outbox_tab import OutboxTab


class ReportsView(QWidget):
    """Dashboard with charts, the exceptions list with actions, and the customer-email outbox.
    ``queued`` fires after an action here queued a customer email; ``ready`` is True once the
    dashboard has shown figures."""

    loaded = Signal()
    queued = Signal()

    def __init__(self, ops: Operations, actions: ActionRegistry | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Reports")
        self.ops = ops
        self.rules: PromiseRules | None = None
        self.ready = False
        self.loaded.connect(lambda: setattr(self, "ready", True))
        self.dashboard = DashboardTab(ops, date.today())
        self.dashboard.shown.connect(self.loaded)
        self.exceptions = ExceptionsTab(ops)
        self.outbox = OutboxTab(ops)
        for tab in (self.exceptions, self.outbox):
            tab.queued.connect(self.queued)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.dashboard)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Dashboard"))
        self.tabs.addTab(self.exceptions, self.tr("Exceptions"))
        self.tabs.addTab(self.outbox, self.tr("Outbox"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        (actions or ActionRegistry()).add(self, self.title, "reports.refresh", self.tr("Refresh"), self.refresh, "F5") \
            .setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.ops.read(promise_rules, alive(self, self._rules_read))

    def today(self) -> date:
        """The shop's date (the PC's date until the promise rules have been read)."""
        return datetime.now(self.rules.zoneinfo).date() if self.rules else date.today()

    def _rules_read(self, rules: PromiseRules | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
        self.rules = rules
        self.dashboard.set_period_ending(self.today())
        self.refresh()

    def show_exceptions(self) -> None:
        self.tabs.setCurrentWidget(self.exceptions)

    def refresh(self) -> None:
        """Reload every tab from the database (asynchronously); the dashboard waits for the rules."""
        if self.rules is not None:
            self.dashboard.refresh()
        self.exceptions.refresh()
        self.outbox.refresh()
