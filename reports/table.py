"""A minimal canvas table: fixed columns, wrapped cells, rows measured before they are drawn.

Measuring first lets documents paginate (and print "page n of m") before drawing anything.
Units are points; ``y`` is the top of a row.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from reports import text

PAD = 3.0


@dataclass(frozen=True, slots=True)
class Column:
    """A column ``width`` points wide; ``align`` is "left" or "right" (numbers)."""

    title: str
    width: float
    align: str = "left"


@dataclass(frozen=True, slots=True)
class Row:
    """Wrapped cell lines and the row's height in points."""

    cells: tuple[tuple[str, ...], ...]
    height: float


class Table:
    """Columns at ``size`` points type; ``line`` is the line height in points."""

    def __init__(self, columns: list[Column], size: float = 9.0) -> None:
        self.columns = columns
        self.size = size
        self.line = size * 1.3
        self.width = sum(c.width for c in columns)

    def row(self, values: list[str]) -> Row:
        """Wrap ``values`` into their columns and measure the row."""
        cells = tuple(
            tuple(text.wrap(value, self.size, column.width - 2 * PAD) or [""])
            for value, column in zip(values, self.columns)
        )
        return Row(cells, max(len(c) for c in cells) * self.line + PAD)

    def draw_header(self, canvas: Canvas, x: float, y: float) -> float:
        """Draw the bold column titles with a rule below; return the y below the header."""
        left = x
        for column in self.columns:
            self._cell(canvas, left, y, column, column.title, bold=True)
            left += column.width
        bottom = y - self.line - 1
        canvas.setLineWidth(0.8)
        canvas.line(x, bottom, x + self.width, bottom)
        return bottom - PAD

    def draw_row(self, canvas: Canvas, x: float, y: float, row: Row) -> float:
        """Draw a measured row with a hairline below; return the y below it."""
        left = x
        for column, lines in zip(self.columns, row.cells):
            for index, line in enumerate(lines):
                self._cell(canvas, left, y - index * self.line, column, line)
            left += column.width
        bottom = y - row.height
        canvas.setLineWidth(0.3)
        canvas.line(x, bottom + PAD / 2, x + self.width, bottom + PAD / 2)
        return bottom

    def _cell(self, canvas: Canvas, left: float, y: float, column: Column, value: str,
              bold: bool = False) -> None:
        baseline = y - self.size
        right_aligned = column.align == "right" or text.is_rtl(value)
        if right_aligned:
            text.draw(canvas, left + column.width - PAD, baseline, value, self.size, bold=bold,
                      align="right")
        else:
            text.draw(canvas, left + PAD, baseline, value, self.size, bold=bold)
