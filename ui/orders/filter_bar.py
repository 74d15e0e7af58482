"""The filter bar above the orders table: status buttons with counts, channel, dates, due, search.

GUI thread only. Emits ``changed`` with a new :class:`OrderFilter` whenever the user changes
anything; typing in the search box is debounced by 150 ms so a scanner's burst makes one query.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from desktop.models.orders import OrderStatus
from desktop.queries.order_list import OrderFilter
from ui.orders.columns import STATUS_COLOURS, status_label

DUE_CHOICES = ((QT_TRANSLATE_NOOP("FilterBar", "Any ship-by"), ""), (QT_TRANSLATE_NOOP("FilterBar", "Late"), "late"),
               (QT_TRANSLATE_NOOP("FilterBar", "Due today"), "today"))


class FilterBar(QWidget):
    """``exceptions`` is the badge button ("N exceptions"); the Orders view connects its click."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_buttons: dict[str, QPushButton] = {}
        statuses = QHBoxLayout()
        statuses.setSpacing(4)
        for status in OrderStatus:
            button = QPushButton(status_label(status.value))
            button.setCheckable(True)
            button.setObjectName(f"status_{status.value}")
            colour = STATUS_COLOURS[status.value]
            button.setStyleSheet(f"QPushButton {{ color: {colour}; padding: 2px 6px; }}"
                                 f"QPushButton:checked {{ background: {colour}; color: white; }}")
            button.toggled.connect(self._emit)
            statuses.addWidget(button)
            self.status_buttons[status.value] = button
        statuses.addStretch(1)
        self.exceptions = QPushButton(self.tr("Exceptions"))
        self.exceptions.setObjectName("exceptionsBadge")
        self.exceptions.setToolTip(self.tr("Orders about to break their delivery promise (Reports -> Exceptions)"))
        statuses.addWidget(self.exceptions)
        self.total = QLabel()
        self.total.setObjectName("total")
        statuses.addWidget(self.total)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search number, customer, email, SKU, tracking (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("All channels"), "")
        self.use_dates = QCheckBox(self.tr("From"))
        self.date_from = QDateEdit(QDate.currentDate().addDays(-30))
        self.date_to = QDateEdit(QDate.currentDate())
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._dates_changed)
        self.use_dates.toggled.connect(self.date_from.setEnabled)
        self.use_dates.toggled.connect(self.date_to.setEnabled)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self.due = QComboBox()
        for text, value in DUE_CHOICES:
            self.due.addItem(self.tr(text), value)
        row = QHBoxLayout()
        row.addWidget(self.search, 3)
        row.addWidget(self.channel)
        row.addWidget(self.use_dates)
        row.addWidget(self.date_from)
        row.addWidget(self.date_to)
        row.addWidget(self.due)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(statuses)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._emit)
        self.channel.currentIndexChanged.connect(self._emit)
        self.use_dates.toggled.connect(self._emit)
        self.due.currentIndexChanged.connect(self._emit)

    def set_channels(self, channels: list[str]) -> None:
        current = self.channel.currentData()
        self.channel.blockSignals(True)
        self.channel.clear()
        self.channel.addItem(self.tr("All channels"), "")
        for name in channels:
            self.channel.addItem(name, name)
        self.channel.setCurrentIndex(max(0, self.channel.findData(current)))
        self.channel.blockSignals(False)

    def set_counts(self, counts: dict[str, int]) -> None:
        for status, button in self.status_buttons.items():
            button.setText(f"{status_label(status)} {counts.get(status, 0):,}")

    def set_exceptions(self, count: int) -> None:
        text = self.tr("{count} exception") if count == 1 else self.tr("{count} exceptions")
        self.exceptions.setText(text.format(count=f"{count:,}"))
        self.exceptions.setStyleSheet("QPushButton { color: #b3261e; font-weight: 600; padding: 2px 6px; }"
                                      if count else "QPushButton { padding: 2px 6px; }")

    def current(self) -> OrderFilter:
        dates = self.use_dates.isChecked()
        return OrderFilter(
            statuses=tuple(s for s, b in self.status_buttons.items() if b.isChecked()),
            channel=self.channel.currentData() or "",
            date_from=self.date_from.date().toPython() if dates else None,
            date_to=self.date_to.date().toPython() if dates else None,
            due=self.due.currentData() or "", text=self.search.text().strip())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _dates_changed(self) -> None:
        if self.use_dates.isChecked():
            self._emit()

    def _emit(self) -> None:
        self._debounce.stop()
        self.changed.emit(self.current())
