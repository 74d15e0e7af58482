"""Cycle counting by scanning (GUI thread only).

Start a count, scan a bin label, then scan every unit in it (each scan adds one); scanning
another bin label moves on. The table shows expected, counted and the difference of every line
(double-click a line to type a count); Post turns the differences into stock adjustments.
Writes go through ``ops`` on its one write thread, so scans are applied in the order they came.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout,
    QWidget,
)

from desktop.auth import Permission
from desktop.db.uow import UnitOfWork
from desktop.queries import inventory_list
from desktop.services import counts
from desktop.services.counts import CountLineView, CountSheet
from ui.common.errors import Confirm, present_error, user_message
from ui.common.rows import ROW_ROLE, RowsModel
from ui.ops import Operations

DIFFERENT = QColor("#fff3cd")


class CountedDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, line: CountLineView) -> int | None:
        translate = QCoreApplication.translate
        value, ok = QInputDialog.getInt(
            parent, translate("CountedDialog", "Counted"),
            translate("CountedDialog", "Units of {sku} counted in {location}:").format(sku=line.sku, location=line.location),
            line.counted, 0, 1_000_000)
        return value if ok else None


class CountPanel(QWidget):
    """``posted(session_id)`` fires once a count's differences are booked."""

    posted = Signal(int)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.sheet: CountSheet | None = None
        self.bin: str | None = None
        self.bins: list[str] = []
        self.start_button = QPushButton(self.tr("Start a new count"), objectName="startCount")
        self.start_button.clicked.connect(self.start)
        self.scan = QLineEdit(objectName="countScan", placeholderText=self.tr("Scan a bin label, then every unit in it"))
        self.scan.returnPressed.connect(self._submit)
        self.banner = QLabel(self.tr("Start a count, then scan a bin label."), objectName="countBanner", wordWrap=True)
        self.only_differences = QCheckBox(self.tr("Differences only"))
        self.only_differences.toggled.connect(self._show_sheet)
        self.model: RowsModel[CountLineView] = RowsModel([
            (self.tr("Bin"), lambda l: l.location), (self.tr("SKU"), lambda l: l.sku),
            (self.tr("Product"), lambda l: l.name), (self.tr("Expected"), lambda l: l.expected),
            (self.tr("Counted"), lambda l: l.counted), (self.tr("Difference"), lambda l: l.difference),
        ], tint=lambda l: DIFFERENT if l.difference else None)
        self.table = QTableView(objectName="countLines")
        self.table.setModel(self.model)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._edit)
        self.post_button = QPushButton(self.tr("Post differences"), objectName="postCount")
        self.post_button.clicked.connect(self.post)
        if not ops.actor.can(Permission.ADJUST_STOCK):
            self.post_button.setToolTip(self.tr("Only managers and admins post counts; ask one to review and post."))
        top = QHBoxLayout()
        top.addWidget(self.start_button)
        top.addWidget(self.scan, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.only_differences)
        bottom.addStretch(1)
        bottom.addWidget(self.post_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._keep_focus)
        self._update()

    def _keep_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new is not self.scan and self.isAncestorOf(new) and self.sheet is not None:
            self.scan.setFocus()

    def start(self) -> None:
        self.bin = None
        self.ops.read(inventory_list.bins, self._bins)
        self.ops.write(counts.start, self._sheet)

    def _bins(self, bins: list[str] | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
        self.bins = bins or []

    def _submit(self) -> None:
        code = self.scan.text().strip()
        self.scan.clear()
        if code:
            self.submit(code)

    def submit(self, code: str) -> None:
        """One scan: a bin label switches bins; anything else is one unit in the current bin."""
        if self.sheet is None or self.sheet.status != "open":
            self._say(self.tr("Start a new count first."), refused=True)
            return
        session_id = self.sheet.id
        label = self._bin_label(code)
        if label is not None:
            self.bin = label
            self._say(self.tr("Counting {bin}: scan every unit in it.").format(bin=label))
            self.ops.write(lambda uow: counts.count_bin(uow, session_id, label), self._sheet)
            return
        if self.bin is None:
            self._say(self.tr("{code} is not a bin label. Scan the bin first.").format(code=code), refused=True)
            return
        location = self.bin

        def run(uow: UnitOfWork) -> CountSheet:
            counts.scan_item(uow, session_id, location, code)
            return counts.sheet(uow, session_id)
        self.ops.write(run, self._scanned)

    def _bin_label(self, code: str) -> str | None:
        if code in self.bins:
            return code
        matches = [b for b in self.bins if b.split("/", 1)[1] == code]
        return matches[0] if len(matches) == 1 else None

    def _scanned(self, sheet: CountSheet | None, error: BaseException | None) -> None:
        if error is not None:
            self._say(user_message(error), refused=True)
            QApplication.beep()
            return
        self._sheet(sheet, None)

    def _sheet(self, sheet: CountSheet | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
            return
        self.sheet = sheet
        if sheet is not None and sheet.status == "open" and self.bin is None:
            self._say(self.tr("Count COUNT-{id} started. Scan a bin label.").format(id=sheet.id))
            self.scan.setFocus()
        self._show_sheet()

    def _show_sheet(self) -> None:
        lines = self.sheet.lines if self.sheet else ()
        if self.only_differences.isChecked():
            lines = tuple(l for l in lines if l.difference)
        self.model.set_rows(lines)
        self._update()

    def _edit(self, index: QModelIndex) -> None:
        line = index.data(ROW_ROLE)
        if self.sheet is None or self.sheet.status != "open" or line is None:
            return
        counted = CountedDialog.ask(self, line)
        if counted is None:
            return
        session_id = self.sheet.id

        def run(uow: UnitOfWork) -> CountSheet:
            counts.set_counted(uow, session_id, line.id, counted)
            return counts.sheet(uow, session_id)
        self.ops.write(run, self._sheet)

    def post(self) -> None:
        if self.sheet is None:
            return
        differences = len(self.sheet.differences)
        question = (self.tr("Post {n} difference of count COUNT-{id} as stock adjustments?") if differences == 1
                    else self.tr("Post {n} differences of count COUNT-{id} as stock adjustments?"))
        if not Confirm.ask(self, question.format(n=differences, id=self.sheet.id)):
            return
        session_id = self.sheet.id
        self.ops.write(lambda uow: counts.post(uow, session_id), self._posted)

    def _posted(self, sheet: CountSheet | None, error: BaseException | None) -> None:
        if error is not None:
            present_error(self, error)
            return
        assert sheet is not None
        self.sheet, self.bin = sheet, None
        self._show_sheet()
        self._say(self.tr("Count COUNT-{id} posted: {count} adjustment(s) booked.").format(
            id=sheet.id, count=len(sheet.differences)))
        self.posted.emit(sheet.id)

    def _say(self, text: str, refused: bool = False) -> None:
        self.banner.setText(text)
        self.banner.setProperty("refused", refused)
        self.banner.setStyleSheet("color: #c62828; font-weight: bold;" if refused else "")

    def _update(self) -> None:
        open_ = self.sheet is not None and self.sheet.status == "open"
        self.scan.setEnabled(open_)
        self.post_button.setEnabled(open_ and self.ops.actor.can(Permission.ADJUST_STOCK))
