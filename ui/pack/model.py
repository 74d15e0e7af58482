"""The table of units expected in the box (GUI thread only)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt)
from PySide6.QtGui import QBrush, QColor

from desktop.services.pack import PackItem
from ui.common.column_width import BARCODE_SAMPLE, SKU_SAMPLE

SKU_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (QT_TRANSLATE_NOOP("PackItemsModel", "SKU"), QT_TRANSLATE_NOOP("PackItemsModel", "Product"),
           QT_TRANSLATE_NOOP("PackItemsModel", "Barcode"), QT_TRANSLATE_NOOP("PackItemsModel", "Verified"),
           QT_TRANSLATE_NOOP("PackItemsModel", "Expected"))
SAMPLES = {0: SKU_SAMPLE, 2: BARCODE_SAMPLE}
"""Typical widest texts of the columns the packer reads off the screen, by column."""
DONE = QColor("#d8f0d8")


class PackItemsModel(QAbstractTableModel):
    """Rows are the order's :class:`PackItem` values; ``SKU_ROLE`` carries the SKU. No prices."""

    def __init__(self) -> None:
        super().__init__()
        self._items: tuple[PackItem, ...] = ()

    def set_items(self, items: tuple[PackItem, ...]) -> None:
        if len(items) == len(self._items) and [i.sku for i in items] == [i.sku for i in self._items]:
            self._items = items
            if items:
                self.dataChanged.emit(self.index(0, 0), self.index(len(items) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("PackItemsModel", COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.sku, item.name, item.barcode or "", str(item.verified), str(item.expected))[index.column()]
        if role == SKU_ROLE:
            return item.sku
        if role == Qt.ItemDataRole.BackgroundRole and item.verified >= item.expected:
            return QBrush(DONE)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
