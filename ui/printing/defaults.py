"""This PC's default printers: which saved printer profile prints labels and which prints
documents (packing slips, pick lists). GUI thread only.

The profiles themselves live in ``desktop.workstation.PRINTERS`` (shared with the CLI's
``packline printer add/list`` and ``print --printer NAME``); the two choices are per workstation
and per user, so they are kept in QSettings under ``printers/label`` and ``printers/document``
as profile names. A name whose profile was removed counts as not set.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings

from desktop.workstation import PRINTERS

ROLES = {"label": QT_TRANSLATE_NOOP("Printers", "No label printer set up: Settings -> Printers"),
         "document": QT_TRANSLATE_NOOP("Printers", "No document printer set up: Settings -> Printers")}


def default_printer(settings: QSettings, role: str) -> str | None:
    """The saved profile name chosen for ``role`` ("label" or "document"), or None when unset."""
    name = str(settings.value(f"printers/{role}", "") or "")
    return name if name and name in PRINTERS.load() else None


def set_default_printer(settings: QSettings, role: str, name: str | None) -> None:
    """Choose (or with None/"" forget) the profile used for ``role`` on this PC."""
    if role not in ROLES:
        raise ValueError(f"Printer role must be one of {', '.join(ROLES)}, not {role!r}.")
    settings.setValue(f"printers/{role}", name or "")


def missing_notice(role: str) -> str:
    """What to tell the user when ``role`` has no printer set up."""
    return QCoreApplication.translate("Printers", ROLES[role])
