"""Pausing Python's cyclic garbage collector while a file is read or imported.

Reading and importing a large export builds millions of small objects, most of which stay
alive until the import ends; each automatic collection would walk every one of them again,
which costs more than the work itself. Reference counting still frees everything as usual; only
the search for reference cycles waits until the pause ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable automatic cyclic collection inside the block when it is enabled, and enable it
    again afterwards. Where it is already off (the desktop app collects on the GUI thread
    instead, see ``ui.gc_guard``) nothing changes.

    The objects alive when the pause ends are moved to the oldest generation, as if they had
    survived the collections the pause skipped (``gc.freeze()`` then ``gc.unfreeze()``, both
    constant time): otherwise the first young collections after it would walk every one of
    them. Later full collections still examine them like any other long-lived object (objects
    frozen by other code would be unfrozen too; Packline freezes nothing else)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        gc.enable()
