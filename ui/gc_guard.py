"""Cyclic garbage collection on the GUI thread only.

Python runs its cyclic collector on whichever thread happens to allocate when a threshold is
crossed. If that is a worker thread (a database read in ``ui.ops``), a Qt wrapper caught in a
reference cycle is finalised there and deletes its C++ widget outside the GUI thread, which
crashes Qt. :class:`MainThreadGarbageCollector` turns the automatic collector off and runs the
same generational collection from a GUI-thread timer instead. Create it once, on the GUI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadGarbageCollector(QObject):
    """Collects generation by generation every ``interval_ms`` on the GUI thread, with Python's
    own thresholds; owned by the application object."""

    def __init__(self, parent: QObject, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(interval_ms)

    def collect(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return
