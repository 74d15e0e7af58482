"""The Reports tabs' table model: rows of plain values (tuples) under fixed headers, loaded by a
background read (GUI thread only). It is :class:`ui.common.rows.RowsModel` with one column per
tuple position; lists here are short (one period, one screen of exceptions or messages), so rows
are held in memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from ui.common.rows import RowsModel as _RowsModel
from ui.common.rows import display

__all__ = ["RowsModel", "display"]


class RowsModel(_RowsModel[tuple[Any, ...]]):
    """Rows of plain values under ``headers``; :meth:`set_rows` replaces them all."""

    def __init__(self, headers: Sequence[str]) -> None:
        self.headers = tuple(headers)
        super().__init__([(header, itemgetter(position)) for position, header in enumerate(self.headers)])
