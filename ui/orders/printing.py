"""Printing from the Orders view: pick list (preview, then Print), packing slips and labels.

GUI thread only. The pick list is read and rendered to PDF on the read pool and shown in
:class:`ui.printing.PdfPreviewDialog`; when it is printed, the selected orders that are allocated
move to picking (``orders.start_picking`` on the write thread). Slips and labels open the batch
print dialog with this PC's default document or label printer preselected.

The core, the PDF builders and the print dialogs are imported where they are used (the rendering on
the worker thread), so importing this module imports neither SQLAlchemy nor reportlab.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QWidget

from ui.common.callbacks import alive
from ui.common.errors import present_error
from ui.orders import jobs
from ui.printing.defaults import default_printer

if TYPE_CHECKING:
    from desktop.db.uow import UnitOfWork
    from ui.ops import Operations


@dataclass(frozen=True)
class PickListDocument:
    """A rendered pick list and which of its orders are allocated (they move to picking)."""

    numbers: tuple[str, ...]
    allocated: tuple[str, ...]
    pdf: bytes


def render_pick_list(uow: UnitOfWork, ids: list[int]) -> PickListDocument:
    """Worker thread: the pick list of the orders ``ids`` as a PDF."""
    from desktop.queries import order_list
    from desktop.services import documents, settings
    from reports import context, pick_list
    rows = order_list.rows_by_ids(uow, ids)
    numbers = [row.number for row in rows]
    data = documents.pick_list(uow, numbers)
    out = io.BytesIO()
    pick_list.build(context.pick_list(data, documents.shop(uow)), out, settings.get(uow, "documents.paper"))
    return PickListDocument(tuple(numbers), tuple(r.number for r in rows if r.status == "allocated"),
                            out.getvalue())


class OrderPrinting(QObject):
    """Print actions for the orders a view has selected; ``changed()`` after picking started."""

    def __init__(self, ops: Operations, settings: QSettings | None, parent: QWidget,
                 message: Callable[[str], None], changed: Callable[[], None]) -> None:
        super().__init__(parent)
        self.ops, self.settings, self.parent_widget = ops, settings, parent
        self.message, self.changed = message, changed

    def pick_list(self, ids: list[int]) -> None:
        if not ids:
            self.message(self.tr("Select one or more orders first."))
            return
        self.ops.read(lambda uow: render_pick_list(uow, ids), alive(self, self._rendered))

    def _rendered(self, document: PickListDocument | None, error: BaseException | None) -> None:
        from ui.printing.preview import PdfPreviewDialog
        if error is not None:
            present_error(self.parent_widget, error)
            return
        assert document is not None
        title = self.tr("Pick list: {count} order(s)").format(count=len(document.numbers))
        if not PdfPreviewDialog.ask(document.pdf, title, self.parent_widget) or not document.allocated:
            return
        allocated = list(document.allocated)
        self.ops.write(lambda uow: jobs.start_picking(uow, allocated), alive(self, self._picking))

    def _picking(self, count: int | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self.parent_widget, error)
            return
        self.message(self.tr("{count} order(s) moved to picking").format(count=count))
        self.changed()

    def documents(self, kind: str, ids: list[int]) -> None:
        """Open the batch print dialog for ``kind`` ("packing_slip" or "label") on ``ids``."""
        if not ids:
            self.message(self.tr("Select one or more orders first."))
            return
        role = "label" if kind == "label" else "document"
        printer = default_printer(self.settings, role) if self.settings is not None else None
        self.ops.read(lambda uow: jobs.numbers(uow, ids),
                      alive(self, lambda numbers, error: self._print(kind, printer, numbers, error)))

    def _print(self, kind: str, printer: str | None, numbers: list[str] | None, error: BaseException | None) -> None:
        from ui.printing.batch import print_orders
        if error is not None:
            present_error(self.parent_widget, error)
            return
        print_orders(self.ops, self.parent_widget, kind, list(numbers or ()), printer=printer)
