"""Label layouts as format-neutral primitives, shared by the ZPL and PDF renderers.

Coordinates and sizes are millimetres from the label's top-left corner, y growing downwards
(the ZPL convention; the PDF renderer flips it). ``Text.y`` is the top of the text's cell.
Text that would overflow its width is shortened with an ellipsis using a conservative width
estimate (``CHAR_WIDTH`` x height per character), so both renderers print the same words.
Renderers that cannot draw every script themselves take a ``Rasteriser`` that turns one line of
text into a ``Bitmap`` in printer dots.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from printing.address import format_address
from printing.barcodes import Symbology, validate
from printing.labels import BinLabel, LabelSize, ProductLabel, RmaLabel, ShippingLabel, weight_text
from printing.money import format_money

CHAR_WIDTH = 0.62
MARGIN = 3.0
BARCODE_TEXT = 3.0


@dataclass(frozen=True, slots=True)
class Text:
    """A single line of text; ``height`` is the font's cap-to-descender height in mm."""

    x: float
    y: float
    height: float
    text: str
    width: float
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    """A filled rectangle (a line when thin, a frame when ``frame`` is True)."""

    x: float
    y: float
    width: float
    height: float
    frame: bool = False


@dataclass(frozen=True, slots=True)
class Barcode:
    """A linear barcode: bars ``height`` mm tall, human-readable text below (BARCODE_TEXT mm),
    fitted into ``width`` mm including quiet zones."""

    x: float
    y: float
    height: float
    width: float
    symbology: Symbology
    value: str


@dataclass(frozen=True, slots=True)
class Qr:
    """A QR code of at most ``size`` mm square (quiet zone included)."""

    x: float
    y: float
    size: float
    value: str


Element = Text | Rule | Barcode | Qr


@dataclass(frozen=True, slots=True)
class Bitmap:
    """A 1-bit image of one text line, measured in printer dots: ``rows`` holds ``height`` rows
    of ``bytes_per_row`` bytes each, most significant bit leftmost, a set bit is black. ``top`` is
    the offset of its first row below the top of the line's text box (negative when marks rise
    above the box). ``right_to_left`` is True when the line reads right to left, so renderers
    align the bitmap to the right edge of the text box, else to its left edge."""

    width: int
    height: int
    top: int
    rows: bytes
    right_to_left: bool = False

    @property
    def bytes_per_row(self) -> int:
        return (self.width + 7) // 8


Rasteriser = Callable[[str, float, bool, int, float], Bitmap]
"""``(text, height_mm, bold, dpi, max_width_mm) -> Bitmap``: one line of text drawn as it would
be in the text box of a ``Text`` element ``height_mm`` tall (the type fills the box as the
printer font's would) and at most ``round(max_width_mm * dpi / 25.4)`` dots wide. The bitmap
is trimmed to the rows that carry ink, so marks above or below the box are kept, not cut."""


def fit(text: str, height: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis so it fits ``width`` mm at ``height`` mm type."""
    text = " ".join(text.split())
    limit = max(1, int(width / (height * CHAR_WIDTH)))
    return text if len(text) <= limit else text[: max(0, limit - 1)].rstrip() + "…"


def wrap(text: str, height: float, width: float, max_lines: int) -> list[str]:
    """Break ``text`` at spaces into at most ``max_lines`` lines that fit ``width`` mm at
    ``height`` mm type (a word longer than a line is split); the last line is shortened with an
    ellipsis only when even ``max_lines`` lines cannot hold the text."""
    limit = max(1, int(width / (height * CHAR_WIDTH)))
    lines: list[str] = []
    line = ""
    for word in text.split():
        while len(word) > limit:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:limit])
            word = word[limit:]
        candidate = f"{line} {word}" if line else word
        if len(candidate) <= limit:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        lines = lines[: max_lines - 1] + [fit(" ".join(lines[max_lines - 1:]), height, width)]
    return lines


class _Flow:
    """Stacks elements downwards from the top margin; ``y`` is the next free position in mm."""

    def __init__(self, size: LabelSize) -> None:
        self.size = size
        self.width = size.width_mm - 2 * MARGIN
        self.y = MARGIN
        self.items: list[Element] = []

    def text(self, text: str, height: float, *, bold: bool = False, x: float = MARGIN,
             width: float | None = None, gap: float = 0.25) -> None:
        room = width if width is not None else self.width - (x - MARGIN)
        self.items.append(Text(x, self.y, height, fit(text, height, room), room, bold))
        self.y += height * (1 + gap)

    def wrapped(self, text: str, height: float, max_lines: int, *, bold: bool = False,
                width: float | None = None) -> None:
        """``text`` wrapped onto up to ``max_lines`` lines instead of being cut."""
        room = width if width is not None else self.width
        for line in wrap(text, height, room, max_lines):
            self.text(line, height, bold=bold, width=room)

    def rule(self) -> None:
        self.y += 0.8
        self.items.append(Rule(MARGIN, self.y, self.width, 0.4))
        self.y += 1.4

    def barcode(self, symbology: Symbology, value: str, height: float) -> None:
        self.items.append(Barcode(MARGIN, self.y, height, self.width, symbology, value))
        self.y += height + BARCODE_TEXT + 1.0


def shipping_label(data: ShippingLabel, size: LabelSize) -> list[Element]:
    """Layout of a shipping label for 4x6, A6 (full) or 4x3 (compact). Validates the barcode.

    Full labels use the whole height: ship-from; a large ship-to whose long lines wrap onto up
    to four lines of smaller type instead of being cut; carrier and service, package n of m and
    weight in large type; the order reference; and a Code 128 as tall as the space left (at most
    40 mm) standing on the bottom margin."""
    validate(Symbology.CODE128, data.barcode_value)
    if size.height_mm < 100:
        return _compact_shipping_label(data, size)
    f = _Flow(size)
    f.text("FROM", 2.2, bold=True)
    for line in format_address(data.ship_from, data.ship_from.country)[:5]:
        f.wrapped(line, 2.8, 2)
    f.rule()
    qr_size = 24.0 if data.tracking_url else 0.0
    to_top = f.y
    if qr_size:
        f.items.append(Qr(size.width_mm - MARGIN - qr_size, to_top, qr_size, data.tracking_url))
    f.text("SHIP TO", 2.4, bold=True)
    beside_qr = f.width - qr_size - 2.0 if qr_size else f.width
    for index, line in enumerate(format_address(data.ship_to, data.ship_from.country)[:8]):
        width = beside_qr if f.y < to_top + qr_size else f.width
        height = 5.6 if len(wrap(line, 5.6, width, 3)) <= 2 else 4.4
        f.wrapped(line, height, 4, bold=index == 0 or line.isupper(), width=width)
    f.y = max(f.y, to_top + qr_size)
    f.rule()
    f.wrapped(f"{data.carrier} {data.service}".strip(), 6.0, 2, bold=True)
    f.text(f"Package {data.package_number} of {data.package_count}", 6.0, bold=True)
    f.text(f"Weight {weight_text(data.weight_kg)}", 4.2)
    f.wrapped(f"Order {data.order_ref}", 4.2, 2)
    f.rule()
    room = size.height_mm - MARGIN - f.y - BARCODE_TEXT - 1.0
    bar_height = max(12.0, min(40.0, room))
    f.y += max(0.0, room - bar_height)
    f.barcode(Symbology.CODE128, data.barcode_value, bar_height)
    return f.items


def _compact_shipping_label(data: ShippingLabel, size: LabelSize) -> list[Element]:
    """The 4x3 layout: one-line sender, ship-to, carrier, details and a short barcode."""
    f = _Flow(size)
    f.text("FROM: " + ", ".join(format_address(data.ship_from, data.ship_from.country)), 2.4)
    f.rule()
    qr_size = 18.0 if data.tracking_url else 0.0
    to_top = f.y
    if qr_size:
        f.items.append(Qr(size.width_mm - MARGIN - qr_size, to_top, qr_size, data.tracking_url))
    f.text("SHIP TO", 2.2, bold=True)
    text_width = f.width - qr_size - (2.0 if qr_size else 0.0)
    for index, line in enumerate(format_address(data.ship_to, data.ship_from.country)[:7]):
        f.text(line, 3.6, bold=index == 0 or line.isupper(), width=text_width)
    f.y = max(f.y, to_top + qr_size)
    f.rule()
    f.text(f"{data.carrier} {data.service}".strip(), 3.4, bold=True)
    f.text(f"{weight_text(data.weight_kg)}   Package {data.package_number} of {data.package_count}"
           f"   Order {data.order_ref}", 2.6)
    f.rule()
    f.barcode(Symbology.CODE128, data.barcode_value, 11.0)
    return f.items


def product_label(data: ProductLabel, size: LabelSize) -> list[Element]:
    """Layout of a product label (2.25x1.25 in, 2x1 in or larger). Validates the barcode."""
    validate(data.symbology, data.barcode_value)
    small = size.height_mm < 28
    f = _Flow(size)
    f.y = 1.5
    f.text(data.name, 2.6 if small else 3.0, bold=True)
    detail = data.sku if data.price is None else f"{data.sku}   {format_money(data.price)}"
    f.text(detail, 2.3 if small else 2.6)
    bar_height = size.height_mm - f.y - BARCODE_TEXT - 1.5
    f.barcode(data.symbology, data.barcode_value, bar_height)
    return f.items


def bin_label(data: BinLabel, size: LabelSize) -> list[Element]:
    """Layout of a bin label: the code large, the description, a Code 128 of the code."""
    validate(Symbology.CODE128, data.code)
    small = size.height_mm < 40
    f = _Flow(size)
    f.y = 1.5 if small else MARGIN
    f.text(data.code, 4.5 if small else 12.0, bold=True)
    if data.description:
        f.text(data.description, 2.3 if small else 4.0)
    bar_height = min(size.height_mm - f.y - BARCODE_TEXT - 1.5, 30.0)
    f.barcode(Symbology.CODE128, data.code, bar_height)
    return f.items


def rma_label(data: RmaLabel, size: LabelSize) -> list[Element]:
    """Layout of a return (RMA) label for 4x6, A6 or 4x3. Validates the RMA number."""
    validate(Symbology.CODE128, data.rma_number)
    compact = size.height_mm < 100
    f = _Flow(size)
    f.text(f"RETURN  {data.rma_number}", 4.0 if compact else 6.0, bold=True)
    f.text(f"Order {data.order_ref}", 2.6)
    f.text("FROM: " + ", ".join(format_address(data.customer, data.return_to.country)), 2.4)
    f.rule()
    f.text("RETURN TO", 2.2, bold=True)
    for line in format_address(data.return_to, data.customer.country)[:6]:
        f.text(line, 3.6 if compact else 5.0, bold=True)
    f.rule()
    shown = 2 if compact else 6
    for item in data.items[:shown]:
        reason = f" - {item.reason}" if item.reason else ""
        f.text(f"{item.quantity} x {item.sku} {item.name}{reason}", 2.6)
    if len(data.items) > shown:
        f.text(f"+ {len(data.items) - shown} more items", 2.6)
    f.barcode(Symbology.CODE128, data.rma_number, 10.0 if compact else 20.0)
    return f.items


def test_label(title: str, details: list[str], size: LabelSize) -> list[Element]:
    """Calibration label: a frame 1 mm inside the edges, 10 mm ticks along the top and left
    edges, the profile's details and a test barcode; misplaced frames show offset errors."""
    items: list[Element] = [Rule(1.0, 1.0, size.width_mm - 2.0, size.height_mm - 2.0, frame=True)]
    for x in range(10, int(size.width_mm) - 1, 10):
        items.append(Rule(float(x), 1.0, 0.3, 3.0 if x % 50 else 5.0))
    for y in range(10, int(size.height_mm) - 1, 10):
        items.append(Rule(1.0, float(y), 3.0 if y % 50 else 5.0, 0.3))
    f = _Flow(size)
    f.y = 6.0
    f.text(title, 3.5 if size.height_mm < 40 else 5.0, bold=True, x=6.0, width=f.width - 6.0)
    for line in details:
        if f.y + 2.6 + 8.0 + BARCODE_TEXT > size.height_mm - 2.0:
            break
        f.text(line, 2.4, x=6.0, width=f.width - 6.0)
    bar_height = min(size.height_mm - f.y - BARCODE_TEXT - 4.0, 15.0)
    f.items.append(Barcode(6.0, f.y, bar_height, size.width_mm - 12.0, Symbology.CODE128, "PACKLINE"))
    return items + f.items
