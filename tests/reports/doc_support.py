"""Helpers for document tests: sample shop data in several scripts and PDF page rendering at
203 dpi (pypdfium2) with barcode reading (zxing-cpp)."""

from __future__ import annotations

import io
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image, ImageDraw

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # the repo is not installed; pytest only adds the test dirs

from desktop.address import Address
from printing.labels import Money
from reports.document import Company
from reports.packing_slip import PackingSlip, SlipLine

SHOP = Address(name="Packline Demo Shop", line1="Via Roma 12", city="Milano", region="MI", postal_code="20121",
               country="IT")
ARABIC = Address(name="محمد عبد الله", line1="شارع الملك فهد 123، حي العليا", line2="Flat 4B, برج النخيل",
                 city="الرياض", region="منطقة الرياض", postal_code="12345", country="SA")
THAI = Address(name="สมชาย ใจดี", line1="99/1 ถนนสุขุมวิท แขวงคลองเตย", city="กรุงเทพมหานคร", region="เขตคลองเตย",
               postal_code="10110", country="TH")
ROMANIAN = Address(name="Ana-Maria Ștefănescu", line1="Strada Mihai Eminescu 5", city="București",
                   postal_code="010011", country="RO")


def eur(amount: str) -> Money:
    return Money(Decimal(amount), "EUR")


def _logo() -> bytes:
    buffer = io.BytesIO()
    image = Image.new("RGB", (120, 60), "white")
    ImageDraw.Draw(image).rectangle([5, 5, 115, 55], outline="black", width=4)
    image.save(buffer, "PNG")
    return buffer.getvalue()


COMPANY = Company("Packline Demo Shop", SHOP, _logo(), "hello@example.com", "+39 02 1234567")


def slip(ship_to: Address, lines: tuple[SlipLine, ...], **changes) -> PackingSlip:
    values = dict(
        company=COMPANY, order_number="#1042", order_date=date(2024, 5, 17), ship_to=ship_to,
        lines=lines, totals=(("Subtotal", eur("59.40")), ("Total", eur("64.30"))),
        customer_note="Please leave at the door.", thank_you="Thank you! Grazie, Mulțumim.",
        return_instructions="Return within 30 days with this slip.")
    values.update(changes)
    return PackingSlip(**values)


def render_pages(pdf: bytes, dpi: int = 203) -> list[Image.Image]:
    """Every page of ``pdf`` as a greyscale image at ``dpi``."""
    document = pdfium.PdfDocument(pdf)
    return [page.render(scale=dpi / 72, grayscale=True).to_pil() for page in document]


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [tuple(page.get_size()) for page in pdfium.PdfDocument(pdf)]


def decoded(image: Image.Image) -> list[tuple[str, str]]:
    return sorted((b.format.name, b.text) for b in zxingcpp.read_barcodes(image))
