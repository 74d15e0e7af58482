"""Benchmark of document generation (a plain script, not collected by pytest).

Run: .venv/bin/python tests/bench/bench_documents.py
Reports: 1,000 ZPL shipping labels (target < 2 s); 1,000 packing slips as one PDF (target >= 50
pages/s and <= 2x a bare reportlab canvas drawing the same text, table and barcode in the same
run); tracemalloc peak when streaming slips one PDF per order for 100 vs 1,000 orders (flat).
"""

from __future__ import annotations

import io
import sys
import time
import tracemalloc
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from desktop.address import Address  # noqa: E402
from printing import zpl  # noqa: E402
from printing.barcodes import Symbology, encode  # noqa: E402
from printing.labels import Money, ShippingLabel  # noqa: E402
from reports import fonts, packing_slip  # noqa: E402
from reports.document import Company  # noqa: E402
from reports.packing_slip import PackingSlip, SlipLine  # noqa: E402

N = 1000
SHOP = Address(name="Packline Demo Shop", line1="Via Roma 12", city="Milano", postal_code="20121", country="IT")
TO = Address(name="Ana-Maria Ștefănescu", line1="Strada Mihai Eminescu 5", city="București", postal_code="010011",
             country="RO")
EUR = Money(Decimal("9.90"), "EUR")


def _slip(n: int) -> PackingSlip:
    lines = tuple(SlipLine(f"SKU-{i:03d}", f"Product {i} cotton", 1, f"A-{i:02d}", EUR, EUR) for i in range(6))
    return PackingSlip(Company("Packline Demo Shop", SHOP), f"#{10000 + n}", date(2024, 5, 17), TO, lines,
                       (("Total", EUR),), thank_you="Thank you!", return_instructions="30 days.")


def bench_zpl() -> float:
    labels = [ShippingLabel(SHOP, TO, "DHL", "Express", Decimal("1.2"), f"#{n}", f"JD01460000{n:010d}")
              for n in range(N)]
    start = time.perf_counter()
    for label in labels:
        zpl.shipping_label(label)
    return time.perf_counter() - start


def bench_slips() -> float:
    slips = [_slip(n) for n in range(N)]
    start = time.perf_counter()
    packing_slip.build(slips, io.BytesIO())
    return time.perf_counter() - start


def bench_bare() -> float:
    """A bare canvas drawing the same header text, address, 6-row table and Code 128 per page."""
    fonts.register()
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1, pageCompression=1)
    start = time.perf_counter()
    for n in range(N):
        canvas.setFont("Sans-Bold", 12)
        canvas.drawString(36, 800, "Packline Demo Shop")
        canvas.drawRightString(559, 800, "Packing slip")
        canvas.setFont("Sans", 9)
        for i, line in enumerate(("Via Roma 12", "20121 Milano", TO.name, TO.line1, "010011 București", "ROMANIA")):
            canvas.drawString(36, 780 - i * 12, line)
        for row in range(6):
            y = 680 - row * 14
            for x, cell in ((36, f"SKU-{row:03d}"), (130, f"Product {row} cotton"), (330, f"A-{row:02d}"),
                            (400, "1"), (450, "€9.90"), (520, "€9.90")):
                canvas.drawString(x, y, cell)
            canvas.line(36, y - 3, 559, y - 3)
        path = canvas.beginPath()
        for start_module, width in encode(Symbology.CODE128, f"#{10000 + n}").bars():
            path.rect(400 + start_module * 0.7, 760, width * 0.7, 28)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.showPage()
    canvas.save()
    return time.perf_counter() - start


def streaming_peak(count: int) -> int:
    tracemalloc.start()
    for n in range(count):
        packing_slip.build(_slip(n), io.BytesIO())
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main() -> None:
    packing_slip.build(_slip(0), io.BytesIO())
    zpl_time = bench_zpl()
    slips = bench_slips()
    bare = bench_bare()
    small, large = streaming_peak(100), streaming_peak(N)
    print(f"ZPL: {N} shipping labels in {zpl_time:.3f} s (target < 2 s)")
    print(f"PDF: {N} packing slips in {slips:.2f} s = {N / slips:.0f} pages/s (target >= 50)")
    print(f"bare canvas: {bare:.2f} s; ratio slips/bare = {slips / bare:.2f} (target <= 2)")
    print(f"streaming peak: {small / 1e6:.1f} MB for 100, {large / 1e6:.1f} MB for {N}; "
          f"ratio {large / small:.2f} (flat ~1)")


if __name__ == "__main__":
    main()
