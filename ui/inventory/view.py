"""The Inventory view embedded by the main window (GUI thread only)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.ops import Operations


class InventoryView(QWidget):
    """Embedded by the main window; every database access goes through ``ops``."""

    title = "Inventory"

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        QVBoxLayout(self)

    def refresh(self) -> None:
        """Reload what the view shows from the database (asynchronously)."""
