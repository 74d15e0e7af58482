"""Run work right after a widget has been painted, so that it does not delay what is being shown.

A read started on the pool while the GUI thread paints competes with the paint for the GIL (every
cell asks the model in Python); starting it just after the paint keeps the paint as fast as the
GUI thread alone makes it. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 250
"""A visible widget that is not painted within this time (a minimised window) runs the work anyway."""


class _AfterPaint(QObject):
    """Watches ``widget`` for its next paint event, then runs ``callback`` once and removes itself."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget: QWidget | None = widget
        self._callback = callback
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._run)  # queued: runs once this paint has finished
        return False

    def _run(self) -> None:
        if self._widget is None:
            return
        self._widget.removeEventFilter(self)
        self._widget = None
        self.deleteLater()
        self._callback()


def after_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, just after ``widget``'s next paint has finished; at once if
    ``widget`` is hidden (it will not be painted), and after :data:`FALLBACK_MS` at the latest."""
    if widget.isVisible():
        _AfterPaint(widget, callback)
    else:
        callback()
