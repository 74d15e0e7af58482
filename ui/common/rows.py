"""A read-only table model over a list of plain rows (GUI thread only).

Each column is a header and a function from the row to its value; ``ROW_ROLE`` hands the row
object itself to views and proxies, so nothing ever parses display text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

T = TypeVar("T")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Column = tuple[str, Callable[[T], object]]


def display(value: object) -> str:
    """How a plain value reads in a table cell: text as it is (codes are given their names by
    whoever builds the rows, see :mod:`ui.common.value_labels`), times in local time, days as ISO
    dates."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    return str(value)


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows replaced as a whole by :meth:`set_rows`; ``tint`` gives a row background or None."""

    def __init__(self, columns: Sequence[Column[T]], tint: Callable[[T], QColor | None] | None = None) -> None:
        super().__init__()
        self.columns = list(columns)
        self.tint = tint
        self.rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def shown(self) -> tuple[list[str], list[tuple[object, ...]]]:
        """What the table shows, to export it: the headers, and each row's values as its columns
        give them (numbers and times as such, not their display text), in the table's order."""
        return ([title for title, _value in self.columns],
                [tuple(value(row) for _title, value in self.columns) for row in self.rows])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.columns[section][0]
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or not 0 <= index.column() < len(self.columns):
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return display(self.columns[index.column()][1](row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            value = self.columns[index.column()][1](row)
            if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.tint is not None:
            colour = self.tint(row)
            return QBrush(colour) if colour is not None else None
        return None
