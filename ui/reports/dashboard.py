"""The dashboard tab: a period, the key numbers and charts (QtCharts), each exportable to XLSX.

GUI thread only; figures are computed by :func:`desktop.services.reports.dashboard` on the read
pool and arrive as a frozen :class:`~desktop.services.reports.Dashboard`.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCharts import (QAbstractBarSeries, QBarCategoryAxis, QBarSet, QBarSeries, QChart, QChartView,
                              QPieSeries, QStackedBarSeries, QValueAxis)
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (QDateEdit, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
                               QTableView, QVBoxLayout, QWidget)

from desktop.services.reports import Dashboard, dashboard
from ui.common.amounts import money_text
from ui.common.errors import present_error
from ui.common.value_labels import value_label
from ui.ops import Operations
from ui.reports.export import export_table
from ui.reports.rows_model import RowsModel


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def money(pairs: tuple[tuple[str, Decimal], ...]) -> str:
    """Amounts per currency, a line each, with thousands separators ("1,120.00 EUR\n80.00 USD");
    currencies are never added together."""
    return "\n".join(money_text(amount, currency) for currency, amount in pairs) or "0"


NUMBER_STYLE = "font-size: {size}pt; font-weight: 600;"
BIG_PT, SMALL_PT = 15, 11
"""A key number's size, and the smaller size of one that takes more than two lines (amounts in
several currencies), so that every number stays on screen."""


def _percent(value: Decimal | None) -> str:
    return "-" if value is None else f"{value}%"


class ChartBox(QWidget):
    """A chart with an Export button for the table behind it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.figures: Dashboard | None = None
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(260)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.export_button, alignment=Qt.AlignmentFlag.AlignRight)

    def show_figures(self, figures: Dashboard) -> None:
        self.figures = figures
        self.export_button.setEnabled(True)

    def export(self) -> None:
        if self.figures is not None:
            export_table(self, self.figures.tables()[self.name], self.name)


class DashboardTab(QWidget):
    """Period selector, numbers and charts; ``shown`` fires after figures are displayed."""

    shown = Signal()

    def __init__(self, ops: Operations, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.figures: Dashboard | None = None
        self.start = QDateEdit(_qdate(today - timedelta(days=29)))
        self.end = QDateEdit(_qdate(today))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.refresh_button = QPushButton(self.tr("Show"))
        self.refresh_button.clicked.connect(self.refresh)
        period = QHBoxLayout()
        for widget in (QLabel(self.tr("From")), self.start, QLabel(self.tr("to")), self.end, self.refresh_button):
            period.addWidget(widget)
        period.addStretch(1)

        self.numbers: dict[str, QLabel] = {}
        grid = QGridLayout()
        for index, (key, caption) in enumerate((
                ("orders", self.tr("Orders")), ("revenue", self.tr("Revenue")), ("aov", self.tr("Average order")),
                ("free", self.tr("Free shipping")), ("below", self.tr("Just below free shipping")),
                ("late", self.tr("Late shipments")), ("refunds", self.tr("Refunds")),
                ("stock", self.tr("Stock-outs / low")))):
            label = QLabel("-")
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setObjectName(f"number_{key}")
            label.setStyleSheet(NUMBER_STYLE.format(size=BIG_PT))
            grid.setColumnStretch(index % 4, 1)
            grid.addWidget(QLabel(caption), 0 if index < 4 else 2, index % 4)
            grid.addWidget(label, 1 if index < 4 else 3, index % 4)
            self.numbers[key] = label

        self.per_day = ChartBox("orders_per_day")
        self.per_day.chart.setTitle(self.tr("Orders per day"))
        self.reasons = ChartBox("returns_by_reason")
        self.reasons.chart.setTitle(self.tr("Returns by reason"))
        self.shipping = ChartBox("shipping")
        self.shipping.chart.setTitle(self.tr("Shipping charged vs label cost"))
        self.stock_model = RowsModel((self.tr("SKU"), self.tr("Product"), self.tr("Available"), self.tr("Reorder point")))
        self.stock_table = QTableView()
        self.stock_table.setModel(self.stock_model)
        self.stock_table.setMinimumHeight(160)
        self.stock_table.horizontalHeader().setStretchLastSection(True)
        self.stock_export = QPushButton(self.tr("Export stock-outs to Excel…"))
        self.stock_export.clicked.connect(self._export_stock)

        charts = QGridLayout()
        charts.addWidget(self.per_day, 0, 0, 1, 2)
        charts.addWidget(self.reasons, 1, 0)
        charts.addWidget(self.shipping, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addLayout(grid)
        layout.addLayout(charts, 1)
        layout.addWidget(QLabel(self.tr("Stock-outs and low stock")))
        layout.addWidget(self.stock_table)
        layout.addWidget(self.stock_export, alignment=Qt.AlignmentFlag.AlignRight)

    def set_period_ending(self, today: date) -> None:
        """The last 30 days up to ``today`` (the shop's date)."""
        self.start.setDate(_qdate(today - timedelta(days=29)))
        self.end.setDate(_qdate(today))

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def refresh(self) -> None:
        start, end = self.period()
        self.refresh_button.setEnabled(False)
        self.ops.read(lambda uow: dashboard(uow, start, end), self._shown, latest=True)

    def _shown(self, figures: Dashboard | None, error: BaseException | None) -> None:
        self.refresh_button.setEnabled(True)
        if error is not None:
            present_error(self, error)
            return
        assert figures is not None
        self.figures = figures
        texts = {
            "orders": f"{figures.orders:,}", "revenue": money(figures.revenue),
            "aov": money(figures.average_order_value), "free": _percent(figures.free_shipping_percent),
            "below": self.tr("{count} under {threshold}").format(count=f"{figures.just_below_threshold:,}",
                                                                 threshold=f"{figures.free_threshold:,.2f} "
                                                                 f"{figures.free_threshold_currency}"),
            "late": _percent(figures.late_shipments_percent),
            "refunds": "\n".join(f"{money_text(amount, currency)} ({count:,})"
                                  for currency, count, amount in figures.refunds) or "0",
            "stock": f"{len(figures.stock_outs):,} / {len(figures.low_stock):,}",
        }
        for key, text in texts.items():
            label = self.numbers[key]
            label.setText(text)
            label.setStyleSheet(NUMBER_STYLE.format(size=BIG_PT if text.count("\n") < 2 else SMALL_PT))
        self.stock_model.set_rows(figures.stock_outs + figures.low_stock)
        self._draw_per_day(figures)
        self._draw_reasons(figures)
        self._draw_shipping(figures)
        for box in (self.per_day, self.reasons, self.shipping):
            box.show_figures(figures)
        self.shown.emit()

    def _export_stock(self) -> None:
        if self.figures is not None:
            export_table(self, self.figures.tables()["stock_outs"], "stock_outs")

    def _draw_per_day(self, figures: Dashboard) -> None:
        """One bar a day, its orders stacked by currency."""
        days = sorted({row[0] for row in figures.per_day})
        currencies = sorted({row[1] for row in figures.per_day})
        counts = {(day, currency): orders for day, currency, orders, _revenue in figures.per_day}
        series = QStackedBarSeries()
        for currency in currencies:
            bars = QBarSet(currency)
            bars.append([counts.get((day, currency), 0) for day in days])
            series.append(bars)
        self._replace(self.per_day.chart, series, [day.strftime("%d") for day in days],
                      max([sum(counts.get((d, c), 0) for c in currencies) for d in days], default=1))

    def _draw_reasons(self, figures: Dashboard) -> None:
        series = QPieSeries()
        for reason, units in figures.returns_by_reason:
            series.append(f"{value_label(reason)} ({units})", units)
        series.setLabelsVisible(True)
        chart = self.reasons.chart
        chart.removeAllSeries()
        chart.addSeries(series)

    def _draw_shipping(self, figures: Dashboard) -> None:
        charged, labels = QBarSet(self.tr("Charged")), QBarSet(self.tr("Label cost"))
        for _currency, shipped, cost in figures.shipping_vs_labels:
            charged.append(float(shipped))
            labels.append(float(cost))
        series = QBarSeries()
        series.append(charged)
        series.append(labels)
        top = max([float(v) for row in figures.shipping_vs_labels for v in row[1:]], default=1.0)
        self._replace(self.shipping.chart, series, [row[0] for row in figures.shipping_vs_labels], top)

    @staticmethod
    def _replace(chart: QChart, series: QAbstractBarSeries, categories: list[str], top: float) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(categories)
        y_axis = QValueAxis()
        y_axis.setRange(0, max(top, 1) * 1.1)
        y_axis.applyNiceNumbers()
        y_axis.setLabelFormat("%.0f")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
