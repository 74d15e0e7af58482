"""Callbacks that outlive nothing: results for a widget that was closed meanwhile are dropped."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject


def alive(owner: QObject, callback: Callable[..., None]) -> Callable[..., None]:
    """``callback``, called only while ``owner``'s C++ object still exists (GUI thread)."""
    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            callback(*args)
    return call
