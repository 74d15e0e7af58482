"""Reports: the dashboard with charts, the exceptions list with actions, and the outbox."""

from ui.reports.view import ReportsView

__all__ = ["ReportsView"]
