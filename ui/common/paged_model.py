"""A table model over row ids that loads pages on demand, for lists of millions of rows.

The owner gives a ``load_page(uow, after, limit) -> (rows, next)`` function (keyset paging: ``after``
is None for the first page, ``next`` None after the last) and ``load_rows(uow, ids) -> rows`` to
re-read rows in place. Both run on the read pool of :class:`ui.ops.Operations`; every method of the
model runs on the GUI thread. Rows are frozen dataclasses with an ``id``.

A new source (:meth:`PagedTableModel.set_source`) replaces the rows in one reset when its first
page arrives; until then the old rows stay on screen, so the table is laid out and painted once
per change, not emptied first and filled again.

Memory: all loaded ids are kept (8 bytes each, in an ``array``); row data only for the most recently
used ``cache_pages`` pages. A row whose page was evicted shows blank until it is read again.
A row's texts and colours are worked out once, the first time it is painted, and kept with its
page; :class:`PagedItemDelegate` paints a cell from them with one call into Python, where the
standard delegate asks :meth:`PagedTableModel.data` once for each of seven roles.
Sorting and filtering happen in SQL: :meth:`sort` hands the column's sort key to ``on_sort``.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

if TYPE_CHECKING:
    from desktop.db.uow import UnitOfWork
    from ui.ops import Operations

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RAW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _FOREGROUND, ID_ROLE, RAW_ROLE})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LoadPage = Callable[["UnitOfWork", Any, int], tuple[Sequence[Any], Any]]
LoadRows = Callable[["UnitOfWork", list[int]], Sequence[Any]]
PAGE_SIZE = 200
"""Rows per page unless the owner asks for another size."""
Shown = tuple[tuple[str, QColor | None], ...]
"""A painted row: per column its text and its foreground colour (None: the default)."""


@dataclass(frozen=True)
class Column:
    """``text(row)`` is shown; ``raw(row)`` is served under RAW_ROLE; ``sort_key`` None means not
    sortable. ``sample`` is a typical widest text: the view makes the column wide enough for it
    and for the title in its own font (:func:`ui.common.column_width.fitted_width`), whatever the
    PC's font and scale."""

    title: str
    text: Callable[[Any], str]
    raw: Callable[[Any], Any] | None = None
    sort_key: str | None = None
    right: bool = False
    colour: Callable[[Any], QColor | None] | None = None
    sample: str = ""


class _Page:
    """One page of rows (None: a row being read again) and, per row once painted, its :data:`Shown`."""

    __slots__ = ("rows", "shown")

    def __init__(self, rows: list[Any]) -> None:
        self.rows = rows
        self.shown: list[Shown | None] = [None] * len(rows)


class PagedTableModel(QAbstractTableModel):
    pageLoaded = Signal(int)
    loadFailed = Signal(object)

    def __init__(self, ops: Operations, columns: Sequence[Column], page_size: int = PAGE_SIZE,
                 cache_pages: int = 40) -> None:
        super().__init__()
        self.ops = ops
        self.columns = list(columns)
        self._alignments = self._column_alignments()
        self.page_size = page_size
        self.cache_pages = cache_pages
        self.on_sort: Callable[[str, bool], None] | None = None
        self._load_page: LoadPage | None = None
        self._load_rows: LoadRows | None = None
        self._ids = array("q")
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._pending: set[int] = set()
        self._cursor: Any = None
        self._more = False
        self._loading = False
        self._generation = 0

    def set_source(self, load_page: LoadPage, load_rows: LoadRows) -> None:
        """Read the first page of a new source; when it arrives it replaces every row (one reset).

        Until then the old rows stay, ``id_at`` and ``row_at`` keep answering for them, ``loading``
        is True and no more pages of the old source are fetched. Results of reads made for the old
        rows are dropped. If the first page fails, the list is emptied and ``loadFailed`` emitted.
        """
        self._generation += 1
        self._loading = True
        generation, size = self._generation, self.page_size
        self.ops.read(lambda uow: load_page(uow, None, size),
                      lambda result, error: self._first_page_arrived(generation, load_page, load_rows, result, error))

    def _first_page_arrived(self, generation: int, load_page: LoadPage, load_rows: LoadRows, result: Any,
                            error: BaseException | None) -> None:
        if generation != self._generation:
            return
        rows, cursor = result if error is None else ((), None)
        self.beginResetModel()
        self._generation += 1
        self._load_page, self._load_rows = load_page, load_rows
        self._ids = array("q", (row.id for row in rows))
        self._pages.clear()
        self._pending.clear()
        if rows:
            self._remember(0, list(rows))
        self._cursor, self._more, self._loading = cursor, cursor is not None, False
        self.endResetModel()
        if error is not None:
            self.loadFailed.emit(error)
            return
        self.pageLoaded.emit(len(self._ids))

    @property
    def loading(self) -> bool:
        return self._loading

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more and not self._loading and self._load_page is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        load, cursor, size, generation = self._load_page, self._cursor, self.page_size, self._generation
        assert load is not None
        self.ops.read(lambda uow: load(uow, cursor, size),
                      lambda result, error: self._page_arrived(generation, result, error))

    def _page_arrived(self, generation: int, result: Any, error: BaseException | None) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if error is not None:
            self._more = False
            self.loadFailed.emit(error)
            return
        rows, cursor = result
        first = len(self._ids)
        self._cursor, self._more = cursor, cursor is not None
        if rows:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._ids.extend(row.id for row in rows)
            self._remember(first // self.page_size, list(rows))
            self.endInsertRows()
        self.pageLoaded.emit(len(self._ids))

    def _remember(self, page: int, rows: list[Any]) -> None:
        self._pages[page] = _Page(rows)
        self._pages.move_to_end(page)
        while len(self._pages) > self.cache_pages:
            self._pages.popitem(last=False)

    def _page_of(self, row: int) -> tuple[_Page, int] | None:
        """The cached page holding ``row`` and the row's offset in it; None (and a read of the
        page is started) when the page was evicted."""
        number, offset = divmod(row, self.page_size)
        page = self._pages.get(number)
        if page is None:
            self._reload_page(number)
            return None
        self._pages.move_to_end(number)
        return (page, offset) if offset < len(page.rows) else None

    def row_at(self, row: int) -> Any | None:
        """The loaded row data at ``row``, or None while it is being read again."""
        found = self._page_of(row)
        return found[0].rows[found[1]] if found else None

    def shown(self, row: int) -> Shown | None:
        """What ``row`` shows, worked out on its first call; None while the row is being read again."""
        found = self._page_of(row)
        if found is None:
            return None
        page, offset = found
        shown = page.shown[offset]
        if shown is None and page.rows[offset] is not None:
            shown = page.shown[offset] = self._show(page.rows[offset])
        return shown

    def _show(self, data: Any) -> Shown:
        return tuple((column.text(data), column.colour(data) if column.colour else None) for column in self.columns)

    def alignment(self, column: int) -> int | None:
        """The text alignment of ``column`` (None: the view's default)."""
        return self._alignments[column]

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def cached_rows(self) -> int:
        return sum(len(page.rows) for page in self._pages.values())

    def _reload_page(self, page: int) -> None:
        if page in self._pending or self._load_rows is None:
            return
        ids = list(self._ids[page * self.page_size:(page + 1) * self.page_size])
        if not ids:
            return
        self._pending.add(page)
        load, generation = self._load_rows, self._generation
        self.ops.read(lambda uow: load(uow, ids),
                      lambda rows, error: self._page_reread(generation, page, ids, rows, error))

    def _page_reread(self, generation: int, page: int, ids: list[int], rows: Any, error: BaseException | None) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        if error is not None:
            self.loadFailed.emit(error)
            return
        if list(self._ids[page * self.page_size:(page + 1) * self.page_size]) != ids:
            return
        found = {row.id: row for row in rows}
        old = self._pages.get(page)
        merged = [found.get(i, old.rows[n] if old and n < len(old.rows) else None) for n, i in enumerate(ids)]
        self._remember(page, merged)
        first = page * self.page_size
        self.dataChanged.emit(self.index(first, 0), self.index(first + len(ids) - 1, len(self.columns) - 1))

    def refresh_ids(self, ids: Sequence[int]) -> None:
        """Read the rows of ``ids`` again where they are loaded (after an action changed them)."""
        wanted = set(ids)
        for page in list(self._pages):
            if any(self._ids[i] in wanted for i in range(page * self.page_size,
                                                         min(len(self._ids), (page + 1) * self.page_size))):
                self._reload_page(page)

    def refresh_cached(self) -> None:
        """Read every cached page again (another PC changed something)."""
        for page in list(self._pages):
            self._reload_page(page)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        """Called for every role of every painted cell, so it does as little as possible."""
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if row >= len(self._ids):
            return None
        if role == _ALIGNMENT:
            return self._alignments[column]
        if role == ID_ROLE:
            return self._ids[row]
        shown = self.shown(row)
        if shown is None:
            return None
        if role == _DISPLAY:
            return shown[column][0]
        if role == _FOREGROUND:
            return shown[column][1]
        raw = self.columns[column].raw
        return raw(self.row_at(row)) if raw else shown[column][0]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns) and self.columns[column].sort_key and self.on_sort:
            self.on_sort(self.columns[column].sort_key or "", order == Qt.SortOrder.DescendingOrder)

    def set_columns(self, columns: Sequence[Column]) -> None:
        """Change which columns show (role gating); keeps the loaded rows."""
        self.beginResetModel()
        self.columns = list(columns)
        self._alignments = self._column_alignments()
        for page in self._pages.values():
            page.shown = [None] * len(page.rows)
        self.endResetModel()

    def _column_alignments(self) -> tuple[int | None, ...]:
        return tuple(_RIGHT if column.right else None for column in self.columns)


class PagedItemDelegate(QStyledItemDelegate):
    """Paints the cells of a :class:`PagedTableModel` from :meth:`PagedTableModel.shown`, as the
    standard delegate would from ``data`` (the style draws them; same pixels) but with one call
    into Python per cell instead of one per cell and role. GUI thread only."""

    def __init__(self, model: PagedTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        option.index = index
        option.styleObject = None
        shown = self._model.shown(index.row()) if index.isValid() else None
        if shown is None:
            return
        column = index.column()
        text, colour = shown[column]
        option.text = text
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        alignment = self._model.alignment(column)
        if alignment is not None:
            option.displayAlignment = Qt.AlignmentFlag(alignment)
        if colour is not None:
            palette = option.palette
            palette.setColor(QPalette.ColorRole.Text, colour)
            option.palette = palette
