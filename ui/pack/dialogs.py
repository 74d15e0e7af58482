"""Dialogs of the pack station (GUI thread only); tests replace :meth:`ask`."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWidget


class OverrideDialog:
    """Asks a manager why the order is packed without scanning every unit."""

    @classmethod
    def ask(cls, parent: QWidget | None, order: str, missing: str) -> str | None:
        """The reason typed, or None when cancelled."""
        text, ok = QInputDialog.getText(
            parent, "Override verification",
            f"Pack order {order} without scanning {missing}?\nThis is logged with your name. Reason:")
        return text if ok and text.strip() else None
