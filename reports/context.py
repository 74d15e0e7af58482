"""From gathered document data to the renderers' inputs, and to finished bytes.

The inputs are the plain data classes of :mod:`desktop.document_data` (``SlipData``,
``PickData``, ``LabelData``, ``ReturnData``, ``ProductData``, ``BinData``, ``Shop``), which
``desktop.services.documents`` gathers; that module has no database or Qt dependency. Pure
functions; safe on any thread. ``label_bytes`` and ``slips_pdf`` are what the CLI and the print
dialog send to printers or files. Every ZPL label made here passes ``raster_text.rasterise`` to
``printing.zpl``, so Arabic, Thai and other lines the printer's font lacks print as graphics.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from desktop.document_data import BinData, LabelData, PickData, ProductData, ReturnData, Shop, SlipData
from printing import zpl
from printing.barcodes import Symbology, is_gtin
from printing.labels import BinLabel, Money, ProductLabel, RmaItem, RmaLabel, ShippingLabel
from printing.profiles import PrinterProfile
from reports import packing_slip as slip_pdf
from reports import raster_text
from reports import return_slip as return_slip_doc
from reports import shipping_label as label_pdf
from reports.document import Company
from reports.packing_slip import PackingSlip, SlipLine
from reports.pick_list import PickItem, PickList

ZPL_MIME = "application/zpl"
PDF_MIME = "application/pdf"
_GTIN_SYMBOLOGY = {13: Symbology.EAN13, 12: Symbology.UPCA, 8: Symbology.EAN8}


def company(shop: Shop) -> Company:
    """The shop's letterhead. The logo file is read here; a logo that cannot be read is left out
    so that a moved file never stops a slip from printing."""
    logo = None
    if shop.logo_path:
        try:
            logo = Path(shop.logo_path).read_bytes()
        except OSError:
            logo = None
    return Company(shop.name, shop.address, logo, shop.email)


def packing_slip(data: SlipData, shop: Shop) -> PackingSlip:
    """The slip; prices and totals are passed only when ``data.shows_prices``. Several bins of
    a line are printed one per line."""
    def money(value: Decimal | None) -> Money | None:
        return Money(value, data.currency) if value is not None and data.shows_prices else None

    lines = tuple(SlipLine(i.sku, i.name, i.quantity, "\n".join(i.bins), money(i.unit_price), money(i.line_total))
                  for i in data.items)
    totals = tuple((label, Money(amount, data.currency)) for label, amount in data.totals) if data.shows_prices else ()
    note = "\n".join(p for p in (data.gift_message, data.note) if p)
    return PackingSlip(company(shop), data.number, data.ordered_on, data.ship_to, lines, totals,
                       is_gift=data.gift, hide_prices=not data.shows_prices, customer_note=note,
                       thank_you=data.thank_you, return_instructions=data.return_instructions)


def pick_list(data: PickData, shop: Shop) -> PickList:
    items = tuple(PickItem(e.order_number, e.sku, e.name, e.quantity, e.bin, e.walk_order) for e in data.entries)
    return PickList(company(shop), data.batch_id, items)


def shipping_labels(data: LabelData) -> list[ShippingLabel]:
    """One label per parcel ("Package n of m")."""
    return [ShippingLabel(data.ship_from, data.ship_to, data.carrier, data.service, p.weight_kg,
                          data.order_number, data.barcode_value, p.number, p.count, data.tracking_url)
            for p in data.parcels]


def rma(data: ReturnData) -> RmaLabel:
    items = tuple(RmaItem(i.sku, i.name, i.quantity, i.reason) for i in data.items)
    return RmaLabel(data.rma_number, data.order_number, data.customer, data.return_to, items,
                    data.instructions)


def product_label(data: ProductData, with_price: bool = False) -> ProductLabel:
    """EAN-13, UPC-A or EAN-8 when the product's barcode is a valid GTIN of that length, else
    Code 128 of the barcode (or of the SKU when it has none). The price only ``with_price`` and
    when the user may see it."""
    code = data.barcode.strip() or data.sku
    symbology = _GTIN_SYMBOLOGY.get(len(code), Symbology.CODE128) if is_gtin(code) else Symbology.CODE128
    price = Money(data.price, data.currency) if with_price and data.price is not None else None
    return ProductLabel(data.name, data.sku, code, symbology, price)


def bin_label(data: BinData) -> BinLabel:
    return BinLabel(data.code, data.description)


def label_bytes(data: LabelData, fmt: str, size: str = "4x6", dpi: int = 203,
                profile: PrinterProfile | None = None) -> bytes:
    """The order's shipping label(s) as ZPL (one ``^XA..^XZ`` per parcel, at ``dpi``) or as a
    PDF (one page per parcel). A label the carrier issued in the same format is returned as
    stored, unchanged. Raises ValueError for an unknown format or size."""
    if fmt not in ("zpl", "pdf"):
        raise ValueError(f"Label format must be zpl or pdf, not {fmt!r}.")
    if data.carrier_label and data.carrier_label_mime == (ZPL_MIME if fmt == "zpl" else PDF_MIME):
        return data.carrier_label
    labels = shipping_labels(data)
    if fmt == "zpl":
        return b"".join(zpl.shipping_label(label, dpi, size, profile, raster_text.rasterise) for label in labels)
    out = io.BytesIO()
    label_pdf.build(labels, out, size)
    return out.getvalue()


def product_labels_zpl(items: Iterable[ProductLabel], dpi: int = 203, size: str = "2.25x1.25",
                       profile: PrinterProfile | None = None) -> bytes:
    """Product labels as ZPL, one ``^XA..^XZ`` per label, in the order given. Raises
    InvalidBarcode for a bad check digit, ValueError for an unknown size or dpi."""
    return b"".join(zpl.product_label(item, dpi, size, profile, raster_text.rasterise) for item in items)


def bin_labels_zpl(items: Iterable[BinLabel], dpi: int = 203, size: str = "2.25x1.25",
                   profile: PrinterProfile | None = None) -> bytes:
    """Bin labels as ZPL, one ``^XA..^XZ`` per label, in the order given."""
    return b"".join(zpl.bin_label(item, dpi, size, profile, raster_text.rasterise) for item in items)


def rma_label_zpl(data: ReturnData, dpi: int = 203, size: str = "4x6",
                  profile: PrinterProfile | None = None) -> bytes:
    """The return (RMA) label of one RMA as ZPL."""
    return zpl.rma_label(rma(data), dpi, size, profile, raster_text.rasterise)


def slips_pdf(slips: Iterable[SlipData], shop: Shop, paper: str = "a4") -> bytes:
    """Packing slips for several orders as one PDF, in the order given."""
    out = io.BytesIO()
    slip_pdf.build((packing_slip(s, shop) for s in slips), out, paper)
    return out.getvalue()


def return_slip_pdf(data: ReturnData, shop: Shop, paper: str = "a4") -> bytes:
    """The return slip of one RMA as a PDF (what the CLI writes and the customer email attaches)."""
    out = io.BytesIO()
    return_slip_doc.build(rma(data), company(shop), out, paper=paper)
    return out.getvalue()
