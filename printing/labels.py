"""Label data (plain frozen dataclasses) and label sizes shared by ZPL and PDF renderers."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from desktop.address import Address
from printing.barcodes import Symbology


@dataclass(frozen=True, slots=True)
class LabelSize:
    """A label's physical size in millimetres (width across the print head, height along feed)."""

    key: str
    width_mm: float
    height_mm: float

    @property
    def width_pt(self) -> float:
        """Width in PDF points (1/72 in)."""
        return self.width_mm * 72 / 25.4

    @property
    def height_pt(self) -> float:
        """Height in PDF points (1/72 in)."""
        return self.height_mm * 72 / 25.4

    def dots(self, dpi: int) -> tuple[int, int]:
        """Width and height in printer dots at ``dpi``, rounded to the nearest dot."""
        return round(self.width_mm * dpi / 25.4), round(self.height_mm * dpi / 25.4)


SIZES: dict[str, LabelSize] = {
    s.key: s
    for s in (
        LabelSize("4x6", 101.6, 152.4),
        LabelSize("4x3", 101.6, 76.2),
        LabelSize("a6", 105.0, 148.0),
        LabelSize("2.25x1.25", 57.15, 31.75),
        LabelSize("2x1", 50.8, 25.4),
    )
}
SHIPPING_SIZES = ("4x6", "4x3", "a6")
PRODUCT_SIZES = ("2.25x1.25", "2x1")


def label_size(key: str) -> LabelSize:
    """Return the size named ``key`` (e.g. "4x6", "a6", "2x1"); ValueError lists the known ones."""
    try:
        return SIZES[key.lower()]
    except KeyError:
        raise ValueError(f"Unknown label size {key!r}; use one of {', '.join(SIZES)}.") from None


@dataclass(frozen=True, slots=True)
class Money:
    """An amount with its ISO 4217 currency code; never a float."""

    amount: Decimal
    currency: str


@dataclass(frozen=True, slots=True)
class ShippingLabel:
    """A carrier or own-delivery shipping label.

    ``barcode_value`` is the tracking number, or the shipment id when the shop delivers itself;
    it is printed as Code 128. ``weight_kg`` is the package weight in kilograms, None when
    unknown (printed as "-").
    """

    ship_from: Address
    ship_to: Address
    carrier: str
    service: str
    weight_kg: Decimal | None
    order_ref: str
    barcode_value: str
    package_number: int = 1
    package_count: int = 1
    tracking_url: str = ""


@dataclass(frozen=True, slots=True)
class ProductLabel:
    """A shelf or product label: name, SKU, a barcode and an optional price."""

    name: str
    sku: str
    barcode_value: str
    symbology: Symbology = Symbology.CODE128
    price: Money | None = None


@dataclass(frozen=True, slots=True)
class BinLabel:
    """A storage location label; the bin code is printed as Code 128."""

    code: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class RmaItem:
    """One returned line: SKU, name, quantity and the customer's reason."""

    sku: str
    name: str
    quantity: int
    reason: str = ""


@dataclass(frozen=True, slots=True)
class RmaLabel:
    """A return merchandise authorisation: its number (printed as Code 128), where to send it."""

    rma_number: str
    order_ref: str
    customer: Address
    return_to: Address
    items: tuple[RmaItem, ...] = field(default_factory=tuple)
    instructions: str = ""


def weight_text(weight_kg: Decimal | None) -> str:
    """``1.25 kg``, or ``-`` when the weight is unknown (never a misleading 0 kg)."""
    return "-" if weight_kg is None else f"{weight_kg} kg"
