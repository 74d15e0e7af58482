"""Display names of the codes the core stores (return reasons, item conditions, dispositions,
refund methods, RMA and payment statuses), in the window's language. The code stays in the data
and is what the window hands back to the services; only what is shown is translated.

GUI thread only (it reads the installed translators).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

CONTEXT = "StoredValues"
LABELS: dict[str, str] = {
    "wrong_item": QT_TRANSLATE_NOOP("StoredValues", "Wrong item"),
    "damaged": QT_TRANSLATE_NOOP("StoredValues", "Damaged"),
    "not_as_described": QT_TRANSLATE_NOOP("StoredValues", "Not as described"),
    "changed_mind": QT_TRANSLATE_NOOP("StoredValues", "Changed mind"),
    "other": QT_TRANSLATE_NOOP("StoredValues", "Other"),
    "new": QT_TRANSLATE_NOOP("StoredValues", "New"),
    "opened": QT_TRANSLATE_NOOP("StoredValues", "Opened"),
    "used": QT_TRANSLATE_NOOP("StoredValues", "Used"),
    "restock": QT_TRANSLATE_NOOP("StoredValues", "Restock"),
    "quarantine": QT_TRANSLATE_NOOP("StoredValues", "Quarantine"),
    "scrap": QT_TRANSLATE_NOOP("StoredValues", "Scrap"),
    "vendor": QT_TRANSLATE_NOOP("StoredValues", "Return to vendor"),
    "original": QT_TRANSLATE_NOOP("StoredValues", "Original payment"),
    "store_credit": QT_TRANSLATE_NOOP("StoredValues", "Store credit"),
    "cash": QT_TRANSLATE_NOOP("StoredValues", "Cash"),
    "authorised": QT_TRANSLATE_NOOP("StoredValues", "Authorised"),
    "partially_received": QT_TRANSLATE_NOOP("StoredValues", "Partially received"),
    "received": QT_TRANSLATE_NOOP("StoredValues", "Received"),
    "pending": QT_TRANSLATE_NOOP("StoredValues", "Pending"),
    "authorized": QT_TRANSLATE_NOOP("StoredValues", "Authorized"),
    "partially_paid": QT_TRANSLATE_NOOP("StoredValues", "Partially paid"),
    "paid": QT_TRANSLATE_NOOP("StoredValues", "Paid"),
    "partially_refunded": QT_TRANSLATE_NOOP("StoredValues", "Partially refunded"),
    "refunded": QT_TRANSLATE_NOOP("StoredValues", "Refunded"),
    "voided": QT_TRANSLATE_NOOP("StoredValues", "Voided"),
}
"""English names by code; one table, because no code means two different things."""


def value_label(code: str) -> str:
    """The display name of ``code``; a code without one shows as words ("some_code" -> "Some code")."""
    name = LABELS.get(code)
    return QCoreApplication.translate(CONTEXT, name) if name else code.replace("_", " ").capitalize()


def code_combo(codes: Iterable[str]) -> QComboBox:
    """A combo box showing ``codes`` by name; ``currentData()`` is the chosen code."""
    box = QComboBox()
    for code in codes:
        box.addItem(value_label(code), code)
    return box
