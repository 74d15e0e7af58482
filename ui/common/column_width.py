"""Column widths that fit a sample text in the table's own font, so that columns show their
usual texts whole on any PC's font, scaling and language. GUI thread only."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QStyle, QTableView

ORDER_NUMBER_SAMPLE = "113-1234567-1234567"
"""The longest usual order number: Amazon's."""
SKU_SAMPLE = "TSHIRT-BLK-XXL"
"""A long SKU."""
BARCODE_SAMPLE = "00012345678905"
"""The longest barcode: a GTIN-14."""


def fitted_width(table: QTableView, section: int, sample: str) -> int:
    """The width, in pixels, that shows ``sample`` in a cell of ``table``'s column ``section``
    without eliding it, as the style lays out an item's text (a focus-frame margin plus one pixel
    on each side; then the grid line, and two pixels for the laid-out text's fractional width),
    and the section's title whole, as the header sizes it."""
    text_margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    cell = table.fontMetrics().horizontalAdvance(sample) + 2 * text_margin + 3
    return max(cell, table.horizontalHeader().sectionSizeFromContents(section).width())


def fit_columns(table: QTableView, samples: Mapping[int, str]) -> None:
    """Size each column of ``samples`` (by position) to its sample; call once the model is set."""
    for section, sample in samples.items():
        table.setColumnWidth(section, fitted_width(table, section, sample))
