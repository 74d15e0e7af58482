"""Cyclic garbage is collected on the GUI thread's timer, never by allocations on a worker thread."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QObject

from ui.gc_guard import MainThreadGarbageCollector


class Node:
    def __init__(self) -> None:
        self.me = self


def test_the_guard_turns_automatic_collection_off_and_collects_cycles_itself(qtbot) -> None:
    owner = QObject()
    guard = MainThreadGarbageCollector(owner, interval_ms=10)
    try:
        assert not gc.isenabled()
        cycle = Node()
        watch = weakref.ref(cycle)
        del cycle
        for _ in range(guard.thresholds[0] + 1):
            Node()
        qtbot.waitUntil(lambda: watch() is None, timeout=5000)
    finally:
        guard.timer.stop()
        gc.disable()
