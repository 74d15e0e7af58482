"""Export this list: what a view shows, with its filters, to XLSX or CSV (File -> Export this list).

``export_orders`` and ``export_inventory`` ask for a file, then stream the rows from
``desktop.services.exports`` into ``reports.spreadsheets.table_export.write`` on the read pool
(``read_with_progress``: a dialog after 0.5 s, with Cancel). ``done(message, error)`` runs on the
GUI thread. Filters the export query has no parameter for (the search text and the ship-by choice
of the Orders list, the search text and warehouse of the Inventory list) are applied to the
streamed rows, so the file holds exactly the rows the list shows. ``export_shown`` writes a list
the window already holds (a product's ledger history, the returns and refunds lists) the same
way, from its model's rows. The file is written through
``desktop.files.atomic_write``: a failure or a Cancel, even one pressed while the file is being
saved, leaves no file and an existing one as it was.

The core and the spreadsheet writer are imported on the worker thread that uses them, so importing
this module imports neither SQLAlchemy nor openpyxl.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.files import atomic_write
from ui.common.progress import Progress, read_with_progress

if TYPE_CHECKING:
    from desktop.db.uow import UnitOfWork
    from desktop.queries.inventory_list import InventoryFilter
    from desktop.queries.order_list import OrderFilter
    from ui.common.rows import RowsModel
    from ui.ops import Operations

Done = Callable[[str | None, BaseException | None], None]
Table = tuple[Sequence[Any], Iterable[Sequence[object]]]
"""An export's columns (from ``desktop.services.exports``) and its rows."""
PAGE = 1000


class ListExportPath:
    """Asks where to save (XLSX or CSV); tests replace :meth:`ask`."""

    @classmethod
    def ask(cls, parent: QWidget, suggested: str) -> Path | None:
        title = QCoreApplication.translate("ListExport", "Export this list")
        name, chosen = QFileDialog.getSaveFileName(parent, title, suggested, "Excel (*.xlsx);;CSV (*.csv)")
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
        return path


def _counted(rows: Iterable[Sequence[object]], progress: Progress, total: int) -> Iterator[Sequence[object]]:
    for count, row in enumerate(rows, start=1):
        if count % 200 == 0:
            progress.report(count, total)
        yield row


def _numbers(uow: UnitOfWork, flt: OrderFilter) -> set[str]:
    """Every order number the Orders list shows for ``flt`` (read page by page)."""
    from desktop.queries import order_list
    numbers: set[str] = set()
    after = None
    while True:
        page = order_list.page(uow, flt, order_list.Sort(), after, PAGE, prices=False)
        numbers.update(row.number for row in page.rows)
        if page.next is None:
            return numbers
        after = page.next


def order_rows(uow: UnitOfWork, flt: OrderFilter) -> Iterator[tuple[object, ...]]:
    """The export rows of the orders the list shows for ``flt`` (worker thread)."""
    from desktop.services import exports
    rows = exports.order_rows(uow, exports.OrderFilter(flt.statuses, flt.date_from, flt.date_to, flt.channel))
    if not (flt.text or flt.due):
        return iter(rows)
    shown = _numbers(uow, flt)
    return (row for row in rows if row[0] in shown)


def inventory_rows(uow: UnitOfWork, flt: InventoryFilter) -> Iterator[tuple[object, ...]]:
    """The export rows (per product and location) of the products the list shows for ``flt``."""
    from desktop.services import exports
    text = flt.text.casefold()
    prefix = f"{flt.warehouse}/" if flt.warehouse else ""
    for row in exports.inventory_rows(uow, low_only=flt.low_stock):
        sku, name, location = str(row[0]), str(row[1]), str(row[2])
        if text and not (sku.casefold().startswith(text) or text in name.casefold()):
            continue
        if prefix and not location.startswith(prefix):
            continue
        yield row


def _order_table(uow: UnitOfWork, flt: OrderFilter) -> Table:
    from desktop.services import exports
    return exports.ORDER_COLUMNS, order_rows(uow, flt)


def _inventory_table(uow: UnitOfWork, flt: InventoryFilter) -> Table:
    from desktop.services import exports
    return exports.INVENTORY_COLUMNS, inventory_rows(uow, flt)


def _export(ops: Operations, parent: QWidget, stem: str, total: int, table: Callable[[UnitOfWork], Table],
            done: Done) -> None:
    """Ask for a file, then write ``table(uow)`` to it on the read pool (``total`` rows expected)."""
    path = ListExportPath.ask(parent, f"{stem}.xlsx")
    if path is None:
        return

    exported = QCoreApplication.translate("ListExport", "{count} rows exported to {path}.")

    def write(uow: UnitOfWork, progress: Progress) -> str:
        from reports.spreadsheets import table_export
        columns, rows = table(uow)
        with atomic_write(path) as temporary:
            count = table_export.write(_counted(rows, progress, total), columns, temporary,
                                       title=stem.capitalize())
            progress.check()
        return exported.format(count=f"{count:,}", path=path)
    label = QCoreApplication.translate("ListExport", "Exporting to {name}…").format(name=path.name)
    read_with_progress(ops, parent, label, write, done)


def export_orders(ops: Operations, parent: QWidget, flt: OrderFilter, total: int, done: Done) -> None:
    """Ask for a file and export the orders shown for ``flt`` (``total`` of them, for progress)."""
    _export(ops, parent, "orders", total, lambda uow: _order_table(uow, flt), done)


def export_inventory(ops: Operations, parent: QWidget, flt: InventoryFilter, done: Done) -> None:
    """Ask for a file and export stock per product and location for the products shown for ``flt``."""
    _export(ops, parent, "inventory", 0, lambda uow: _inventory_table(uow, flt), done)


def export_shown(ops: Operations, parent: QWidget, model: RowsModel[Any], stem: str, done: Done) -> None:
    """Ask for a file and export what ``model`` shows: a list the window already holds (a
    product's ledger history, the returns and refunds lists), its rows as they are on screen."""
    headers, rows = model.shown()
    _export(ops, parent, stem, len(rows), lambda _uow: (headers, rows), done)
