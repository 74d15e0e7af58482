"""Every window action with its shortcut, in one registry that the Help menu lists (GUI thread)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Entry:
    area: str
    text: str
    shortcut: str


class ActionRegistry:
    """Creates QActions on ``host`` (so their shortcuts work while it is visible) and remembers them."""

    def __init__(self) -> None:
        self._entries: list[Entry] = []
        self.actions: dict[str, QAction] = {}

    def add(self, host: QWidget, area: str, name: str, text: str, handler: Callable[[], None],
            shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, host)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: handler())
        host.addAction(action)
        self.actions[name] = action
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self._entries.append(Entry(area, text.replace("&", ""), keys))
        return action

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def as_text(self) -> str:
        """The shortcut list shown in Help -> Keyboard shortcuts."""
        lines = []
        for entry in self._entries:
            if entry.shortcut:
                lines.append(f"{entry.shortcut:<14} {entry.area}: {entry.text}")
        return "\n".join(lines)
