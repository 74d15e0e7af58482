"""Buttons gated by the signed-in role: one the role may not use is shown disabled, with a
tooltip naming the role and what it may not do, in the window's language. GUI thread only."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from desktop.auth import Actor, Permission
from ui.common.errors import user_message
from ui.common.value_labels import value_label

ButtonSpec = tuple[str, str, Callable[[], None], Permission | None]
"""A button's name (its object name is ``<name>Button``), text, handler and the permission it
needs (None: any role)."""


def gated_buttons(actor: Actor, specs: Iterable[ButtonSpec]) -> dict[str, QPushButton]:
    """The buttons of ``specs`` by name, those ``actor`` may not use disabled with the reason."""
    buttons: dict[str, QPushButton] = {}
    for name, text, handler, permission in specs:
        button = QPushButton(text, objectName=f"{name}Button")
        button.clicked.connect(handler)
        if permission is not None and not actor.can(permission):
            button.setEnabled(False)
            button.setToolTip(QCoreApplication.translate("RoleGate", "Your role ({role}) may not {permission}.").format(
                role=value_label(actor.role.value), permission=user_message(permission.text)))
        buttons[name] = button
    return buttons
