"""ZPL II output for every label type, at 203 or 300 dpi.

Each function returns the bytes of one complete label (``^XA``..``^XZ``), UTF-8 encoded with
``^CI28``. Dimensions come from the label size (``^PW``/``^LL`` in dots), home offsets (``^LH``)
and darkness (``~SD``) from the printer profile when one is given. Barcodes use the printer's own
commands (``^BC`` Code 128, ``^BE`` EAN-13, ``^BQ`` QR). EAN-8 is
drawn as ``^GB`` bars at whole-dot modules from the encoded pattern (exact on any ZPL printer). UPC-A is sent as ``^BE``
with a leading zero: the bars are identical (UPC-A is EAN-13 with a leading 0), and unlike ``^BU``
this renders in the independent renderer the tests use, so every label we send is proven to scan. User text
goes through ``^FH`` with ``^``, ``~``, ``_`` and control characters hex-escaped, so no text can
inject commands.

The printer's built-in font only has Latin glyphs. Every function takes an optional ``raster``
(a ``layout.Rasteriser``, provided by ``reports.raster_text``): a text line with any character
the printer font cannot show (see ``printer_font_shows``) is then sent as a ``^GFA`` graphic
field of that line, shaped by our own fonts at the label's dpi, placed in the line's text box
(right-aligned when it reads right to left), the type as tall as the printer font's would have
been. Without ``raster``, or for lines the printer font shows, text is sent as text, exactly as
it always was. Pure functions (given a pure ``raster``); safe to call from any thread.
"""

from __future__ import annotations

from printing import layout
from printing.barcodes import Symbology, encode, qr_matrix
from printing.labels import BinLabel, ProductLabel, RmaLabel, ShippingLabel, label_size
from printing.profiles import PrinterProfile

_MODULE_DOTS = {203: 3, 300: 4}
_PRINTER_FONT_RANGES = ((0x0000, 0x024F), (0x2000, 0x206F), (0x20A0, 0x20CF))


def printer_font_shows(text: str) -> bool:
    """True if every character of ``text`` is one the printer's built-in font has: Basic Latin,
    Latin-1 Supplement, Latin Extended-A and -B (U+0000-U+024F), General Punctuation
    (U+2000-U+206F) and Currency Symbols (U+20A0-U+20CF). Anything else (Arabic, Thai,
    combining marks, CJK, ...) must be rasterised."""
    return all(any(low <= ord(char) <= high for low, high in _PRINTER_FONT_RANGES) for char in text)


def graphic_field(bitmap: layout.Bitmap) -> str:
    """``bitmap`` as a ZPL ``^GFA`` command (uncompressed ASCII hex, one byte = 8 dots)."""
    total = len(bitmap.rows)
    return f"^GFA,{total},{total},{bitmap.bytes_per_row},{bitmap.rows.hex().upper()}"


def escape(text: str) -> str:
    """Hex-escape characters that ZPL would interpret (for use after ``^FH``, escape ``_``)."""
    out = []
    for char in text:
        if char in "^~_" or ord(char) < 0x20 or ord(char) == 0x7F:
            out.append("".join(f"_{b:02X}" for b in char.encode("utf-8")))
        else:
            out.append(char)
    return "".join(out)


class _Dots:
    """Millimetre-to-dot conversion at one resolution."""

    def __init__(self, dpi: int) -> None:
        if dpi not in _MODULE_DOTS:
            raise ValueError(f"ZPL resolution must be 203 or 300 dpi, not {dpi}.")
        self.dpi = dpi

    def __call__(self, mm: float) -> int:
        return round(mm * self.dpi / 25.4)


def _module_dots(symbology: Symbology, value: str, width_dots: int, dpi: int) -> int:
    """Largest module width (dots) up to the preferred one at which the code plus quiet zones fits."""
    code = encode(symbology, value)
    fit = width_dots // (len(code.modules) + 2 * code.quiet_zone)
    if fit < 1:
        raise ValueError(f"Barcode {value!r} is too long to fit on this label.")
    return min(_MODULE_DOTS[dpi], fit)


def _barcode(item: layout.Barcode, dots: _Dots) -> str:
    width = dots(item.width)
    module = _module_dots(item.symbology, item.value, width, dots.dpi)
    code = encode(item.symbology, item.value)
    quiet = code.quiet_zone * module
    x = dots(item.x) + quiet
    height = dots(item.height)
    head = f"^BY{module},3,{height}^FO{x},{dots(item.y)}"
    if item.symbology is Symbology.CODE128:
        return f"{head}^BCN,{height},Y,N,N,A^FH^FD{escape(code.value)}^FS"
    if item.symbology is Symbology.EAN8:
        return _graphic_bars(code.bars(), code.value, x, dots(item.y), module, height, dots)
    digits = code.value if item.symbology is Symbology.EAN13 else "0" + code.value
    return f"{head}^BEN,{height},Y,N^FD{digits[:12]}^FS"


def _graphic_bars(bars: list[tuple[int, int]], value: str, x: int, y: int, module: int,
                  height: int, dots: _Dots) -> str:
    """Bars as ``^GB`` boxes at whole-dot module widths, value centred below in font 0."""
    boxes = [f"^FO{x + start * module},{y}^GB{length * module},{height},{length * module}^FS"
             for start, length in bars]
    text_height = dots(layout.BARCODE_TEXT * 0.8)
    width = (bars[-1][0] + bars[-1][1]) * module
    boxes.append(f"^FO{x},{y + height + 4}^A0N,{text_height},{text_height}^FB{width},1,0,C^FD{value}^FS")
    return "\n".join(boxes)


def _qr(item: layout.Qr, dots: _Dots) -> str:
    modules = len(qr_matrix(item.value)) + 8
    magnification = max(1, min(10, dots(item.size) // modules))
    quiet = 4 * magnification
    return (
        f"^FO{dots(item.x) + quiet},{dots(item.y) + quiet}"
        f"^BQN,2,{magnification}^FH^FDMA,{escape(item.value)}^FS"
    )


def _text(item: layout.Text, dots: _Dots, raster: layout.Rasteriser | None) -> str:
    if raster is None or printer_font_shows(item.text):
        height = dots(item.height)
        return (
            f"^FO{dots(item.x)},{dots(item.y)}^A0N,{height},{round(height * (0.95 if item.bold else 0.8))}"
            f"^FH^FD{escape(item.text)}^FS"
        )
    bitmap = raster(item.text, item.height, item.bold, dots.dpi, item.width)
    x = dots(item.x) + (max(0, dots(item.width) - bitmap.width) if bitmap.right_to_left else 0)
    return f"^FO{x},{max(0, dots(item.y) + bitmap.top)}{graphic_field(bitmap)}^FS"


def _element(item: layout.Element, dots: _Dots, raster: layout.Rasteriser | None) -> str:
    if isinstance(item, layout.Text):
        return _text(item, dots, raster)
    if isinstance(item, layout.Rule):
        width, height = max(1, dots(item.width)), max(1, dots(item.height))
        thickness = max(2, dots(0.4)) if item.frame else min(width, height)
        return f"^FO{dots(item.x)},{dots(item.y)}^GB{width},{height},{thickness}^FS"
    if isinstance(item, layout.Barcode):
        return _barcode(item, dots)
    return _qr(item, dots)


def render(items: list[layout.Element], size_key: str, dpi: int = 203,
           profile: PrinterProfile | None = None, raster: layout.Rasteriser | None = None) -> bytes:
    """Render layout elements to one ZPL label of ``size_key`` at ``dpi``; lines the printer
    font cannot show become graphics when ``raster`` is given."""
    dots = _Dots(dpi)
    width, height = label_size(size_key).dots(dpi)
    offset_x, offset_y = profile.offset_dots() if profile else (0, 0)
    parts = []
    if profile is not None:
        parts.append(f"~SD{profile.darkness:02d}")
    parts.append(f"^XA^CI28^PW{width}^LL{height}^LH{offset_x},{offset_y}")
    parts.extend(_element(item, dots, raster) for item in items)
    parts.append("^PQ1^XZ\n")
    return "\n".join(parts).encode("utf-8")


def shipping_label(data: ShippingLabel, dpi: int = 203, size: str = "4x6",
                   profile: PrinterProfile | None = None, raster: layout.Rasteriser | None = None) -> bytes:
    """ZPL for a shipping label (4x6, 4x3 or A6). Raises InvalidBarcode for a bad barcode."""
    return render(layout.shipping_label(data, label_size(size)), size, dpi, profile, raster)


def product_label(data: ProductLabel, dpi: int = 203, size: str = "2.25x1.25",
                  profile: PrinterProfile | None = None, raster: layout.Rasteriser | None = None) -> bytes:
    """ZPL for a product label (2.25x1.25 or 2x1 in). Check digits are validated first."""
    return render(layout.product_label(data, label_size(size)), size, dpi, profile, raster)


def bin_label(data: BinLabel, dpi: int = 203, size: str = "2.25x1.25",
              profile: PrinterProfile | None = None, raster: layout.Rasteriser | None = None) -> bytes:
    """ZPL for a bin label of any known size."""
    return render(layout.bin_label(data, label_size(size)), size, dpi, profile, raster)


def rma_label(data: RmaLabel, dpi: int = 203, size: str = "4x6",
              profile: PrinterProfile | None = None, raster: layout.Rasteriser | None = None) -> bytes:
    """ZPL for a return (RMA) label (4x6, 4x3 or A6)."""
    return render(layout.rma_label(data, label_size(size)), size, dpi, profile, raster)


def test_label(profile: PrinterProfile, raster: layout.Rasteriser | None = None) -> bytes:
    """Calibration label for ``profile``: its size, dpi, offsets and darkness, with a frame 1 mm
    inside the label edges and 10 mm ticks, so offset and size errors are visible."""
    details = [
        f"{profile.label_size} at {profile.dpi} dpi, darkness {profile.darkness}",
        f"offset x {profile.offset_x_mm} mm, y {profile.offset_y_mm} mm",
        profile.transport_uri,
    ]
    size = label_size(profile.label_size)
    items = layout.test_label(f"Packline test: {profile.name}", details, size)
    return render(items, profile.label_size, profile.dpi, profile, raster)
