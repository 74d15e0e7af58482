"""Display names of the codes the core stores (return reasons, item conditions, dispositions,
refund methods, RMA and payment statuses, stock movements and their reasons, user roles,
exception kinds, email kinds and their sending states, shipment tracking states), in the window's
language. The code stays in the data and is what the window hands back to the services; only
what is shown is translated. Also the combo boxes that offer such codes, or plain texts.

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
    "receive": QT_TRANSLATE_NOOP("StoredValues", "Receipt"),
    "adjust": QT_TRANSLATE_NOOP("StoredValues", "Adjustment"),
    "transfer": QT_TRANSLATE_NOOP("StoredValues", "Transfer"),
    "ship": QT_TRANSLATE_NOOP("StoredValues", "Shipment"),
    "return": QT_TRANSLATE_NOOP("StoredValues", "Return"),
    "count": QT_TRANSLATE_NOOP("StoredValues", "Cycle count"),
    "lost": QT_TRANSLATE_NOOP("StoredValues", "Lost"),
    "found": QT_TRANSLATE_NOOP("StoredValues", "Found"),
    "expired": QT_TRANSLATE_NOOP("StoredValues", "Expired"),
    "theft": QT_TRANSLATE_NOOP("StoredValues", "Theft"),
    "correction": QT_TRANSLATE_NOOP("StoredValues", "Correction"),
    "admin": QT_TRANSLATE_NOOP("StoredValues", "Administrator"),
    "manager": QT_TRANSLATE_NOOP("StoredValues", "Manager"),
    "clerk": QT_TRANSLATE_NOOP("StoredValues", "Clerk"),
    "packer": QT_TRANSLATE_NOOP("StoredValues", "Packer"),
    "due_today": QT_TRANSLATE_NOOP("StoredValues", "Due today"),
    "late_to_ship": QT_TRANSLATE_NOOP("StoredValues", "Late to ship"),
    "at_risk": QT_TRANSLATE_NOOP("StoredValues", "At risk"),
    "backordered_past_promise": QT_TRANSLATE_NOOP("StoredValues", "Backordered past the promise"),
    "late_delivery": QT_TRANSLATE_NOOP("StoredValues", "Late delivery"),
    "on_hold_too_long": QT_TRANSLATE_NOOP("StoredValues", "On hold too long"),
    "order_received": QT_TRANSLATE_NOOP("StoredValues", "Order received"),
    "shipped": QT_TRANSLATE_NOOP("StoredValues", "Shipped"),
    "return_authorised": QT_TRANSLATE_NOOP("StoredValues", "Return authorised"),
    "refund_issued": QT_TRANSLATE_NOOP("StoredValues", "Refund issued"),
    "delayed": QT_TRANSLATE_NOOP("StoredValues", "Delayed"),
    "sending": QT_TRANSLATE_NOOP("StoredValues", "Sending"),
    "sent": QT_TRANSLATE_NOOP("StoredValues", "Sent"),
    "failed": QT_TRANSLATE_NOOP("StoredValues", "Failed"),
    "skipped": QT_TRANSLATE_NOOP("StoredValues", "Skipped"),
    "in_transit": QT_TRANSLATE_NOOP("StoredValues", "In transit"),
    "out_for_delivery": QT_TRANSLATE_NOOP("StoredValues", "Out for delivery"),
    "delivered": QT_TRANSLATE_NOOP("StoredValues", "Delivered"),
    "exception": QT_TRANSLATE_NOOP("StoredValues", "Carrier exception"),
    "returned": QT_TRANSLATE_NOOP("StoredValues", "Returned to sender"),
}
"""English names by code; one table, because no code means two different things."""


def value_label(code: str) -> str:
    """The display name of ``code``; a code without one shows as words ("some_code" -> "Some code")."""
    name = LABELS.get(code)
    return QCoreApplication.translate(CONTEXT, name) if name else code.replace("_", " ").capitalize()


def text_combo(texts: Iterable[str]) -> QComboBox:
    """A combo box offering ``texts`` as they are (bin codes, say)."""
    box = QComboBox()
    box.addItems(list(texts))
    return box


def code_combo(codes: Iterable[str], current: str = "") -> QComboBox:
    """A combo box showing ``codes`` by name, ``current`` chosen; ``currentData()`` is the chosen code."""
    box = QComboBox()
    for code in codes:
        box.addItem(value_label(code), code)
    if current:
        box.setCurrentIndex(box.findData(current))
    return box
