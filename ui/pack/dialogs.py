"""Dialogs of the pack station (GUI thread only); tests replace :meth:`ask`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget


class OverrideDialog:
    """Asks a manager why the order is packed without scanning every unit."""

    @classmethod
    def ask(cls, parent: QWidget | None, order: str, missing: str) -> str | None:
        """The reason typed, or None when cancelled."""
        text, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("OverrideDialog", "Override verification"),
            QCoreApplication.translate("OverrideDialog", "Pack order {order} without scanning {missing}?\n"
                                                         "This is logged with your name. Reason:").format(
                order=order, missing=missing))
        return text if ok and text.strip() else None
