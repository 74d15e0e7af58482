"""What documents are built from: plain frozen data gathered by :mod:`desktop.services.documents`
and turned into PDFs and labels by :mod:`reports.context`. No database, no Qt: both sides import
it. Money is Decimal in the order's currency (None for roles that may not see prices); weights
in kilograms.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop.address import Address


@dataclass(frozen=True)
class Shop:
    """The shop as printed: ``logo_path`` is a PNG/JPEG file on this PC or ""."""

    name: str
    address: Address
    logo_path: str
    email: str


@dataclass(frozen=True)
class SlipItem:
    """One line in the box; ``bins`` are ``WH/CODE`` labels. Prices None when not visible."""

    sku: str
    name: str
    quantity: int
    bins: tuple[str, ...]
    unit_price: Decimal | None
    line_total: Decimal | None


@dataclass(frozen=True)
class SlipData:
    """A packing slip. ``totals`` are (label, amount) pairs, the grand total last; empty when
    the user may not see prices. ``shows_prices`` is False for gifts, when the shop hides
    prices, or for users who may not see them."""

    number: str
    ordered_on: date
    ship_to: Address
    items: tuple[SlipItem, ...]
    currency: str
    totals: tuple[tuple[str, Decimal], ...]
    gift: bool
    shows_prices: bool
    note: str
    gift_message: str
    thank_you: str
    return_instructions: str


@dataclass(frozen=True)
class PickEntry:
    """Units of one SKU to take from one bin for one order. ``bin`` is "" when not allocated
    (then ``walk_order`` is ``UNALLOCATED_WALK`` so it sorts last)."""

    order_number: str
    sku: str
    name: str
    quantity: int
    bin: str
    walk_order: int


@dataclass(frozen=True)
class PickData:
    batch_id: str
    entries: tuple[PickEntry, ...]


@dataclass(frozen=True)
class ParcelData:
    """One package of a shipment: ``number`` of ``count``, weight in kg."""

    number: int
    count: int
    weight_kg: Decimal | None


@dataclass(frozen=True)
class LabelData:
    """Shipping-label inputs for an order's latest shipment. ``barcode_value`` is the tracking
    number, or the shipment number when there is none (own delivery). ``carrier_label`` is the
    label the carrier issued (bytes with ``carrier_label_mime``), when one was stored."""

    order_number: str
    shipment_number: str
    ship_from: Address
    ship_to: Address
    carrier: str
    service: str
    barcode_value: str
    tracking_url: str
    parcels: tuple[ParcelData, ...]
    carrier_label: bytes | None
    carrier_label_mime: str


@dataclass(frozen=True)
class ReturnItem:
    sku: str
    name: str
    quantity: int
    reason: str


@dataclass(frozen=True)
class ReturnData:
    rma_number: str
    order_number: str
    customer: Address
    return_to: Address
    items: tuple[ReturnItem, ...]
    instructions: str


@dataclass(frozen=True)
class ProductData:
    """A product label: ``barcode`` is the product's GTIN or code, or "" (then the SKU is used);
    ``price`` None when the user may not see prices."""

    sku: str
    name: str
    barcode: str
    price: Decimal | None
    currency: str


@dataclass(frozen=True)
class BinData:
    """A bin label: ``code`` is the ``WH/CODE`` label a scan resolves."""

    code: str
    description: str
