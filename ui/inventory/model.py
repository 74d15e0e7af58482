"""The product list model: rows fetched a page at a time through ``ops`` (GUI thread only).

Filtering and ordering happen in SQL (:mod:`desktop.queries.inventory_list`); the model only
holds the rows loaded so far and asks for the next page (keyset on SKU) when the view scrolls
near the end. A reload bumps a generation number so answers to an older filter are dropped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.queries import inventory_list
from desktop.queries.inventory_list import InventoryFilter, InventoryRow
from ui.common.column_width import BARCODE_SAMPLE, SKU_SAMPLE
from ui.ops import Operations

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("InventoryModel", "SKU"), "sku"), (QT_TRANSLATE_NOOP("InventoryModel", "Product"), "name"),
    (QT_TRANSLATE_NOOP("InventoryModel", "Barcode"), "barcode"),
    (QT_TRANSLATE_NOOP("InventoryModel", "On hand"), "on_hand"),
    (QT_TRANSLATE_NOOP("InventoryModel", "Reserved"), "reserved"),
    (QT_TRANSLATE_NOOP("InventoryModel", "Available"), "available"),
    (QT_TRANSLATE_NOOP("InventoryModel", "Incoming"), "incoming"),
    (QT_TRANSLATE_NOOP("InventoryModel", "Reorder at"), "reorder_point"),
)
SAMPLES = {0: SKU_SAMPLE, 2: BARCODE_SAMPLE}
"""Typical widest texts of the columns that must show whole, by column."""
LOW = QColor("#fde2e1")
KIT = QColor("#eef1f6")


class InventoryModel(QAbstractTableModel):
    """``loaded(total)`` fires when a reload's first page is in; ``failed(error)`` on errors."""

    loaded = Signal(int)
    failed = Signal(object)

    def __init__(self, ops: Operations, page_size: int = inventory_list.PAGE) -> None:
        super().__init__()
        self.ops = ops
        self.page_size = page_size
        self.filter = InventoryFilter()
        self.total = 0
        self._rows: list[InventoryRow] = []
        self._generation = 0
        self._fetching = False
        self._exhausted = True

    def reload(self, flt: InventoryFilter | None = None) -> None:
        if flt is not None:
            self.filter = flt
        self._generation += 1
        generation, current, size = self._generation, self.filter, self.page_size
        self._fetching = True
        self.ops.read(lambda uow: (inventory_list.count(uow, current), inventory_list.page(uow, current, None, size)),
                      lambda result, error: self._first(generation, result, error))

    def _first(self, generation: int, result: Any, error: BaseException | None) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if error is not None:
            self.failed.emit(error)
            return
        total, rows = result
        self.beginResetModel()
        self.total, self._rows = total, list(rows)
        self._exhausted = len(rows) < self.page_size
        self.endResetModel()
        self.loaded.emit(total)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent) or not self._rows:
            return
        self._fetching = True
        generation, current, size, after = self._generation, self.filter, self.page_size, self._rows[-1].sku
        self.ops.read(lambda uow: inventory_list.page(uow, current, after, size),
                      lambda result, error: self._more(generation, result, error))

    def _more(self, generation: int, rows: list[InventoryRow] | None, error: BaseException | None) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if error is not None or rows is None:
            self.failed.emit(error)
            return
        self._exhausted = len(rows) < self.page_size
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def row(self, index: int) -> InventoryRow:
        return self._rows[index]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return self.tr(COLUMNS[section][0])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(COLUMNS):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, COLUMNS[index.column()][1])
            if row.is_kit and index.column() >= 3 and index.column() != 7:
                return self.tr("kit") if index.column() == 3 else ""
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(LOW) if row.low else QBrush(KIT) if row.is_kit else None
        if role == Qt.ItemDataRole.ToolTipRole and row.low:
            return self.tr("Low stock: {available} available, reorder at {reorder_point}").format(
                available=row.available, reorder_point=row.reorder_point)
        return None
