"""Plain data for printed documents, gathered from the database (Qt-free, no rendering).

Every function reads inside the caller's unit of work and returns frozen dataclasses that may
cross threads: packing slips, pick lists, shipping labels, return slips, product and bin labels.
``reports.context`` turns them into the renderers' inputs. Money is ``Decimal`` in the order's
currency and is None wherever the acting user may not see prices (packers). Weights are in
kilograms. ``record_printed`` is the one write: who printed which document of which order, and
whether it was a reprint.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from desktop.auth import Permission
from desktop.document_data import (
    BinData, LabelData, ParcelData, PickData, PickEntry, ProductData, ReturnData, ReturnItem, Shop, SlipData, SlipItem,
)
from desktop.db.uow import UnitOfWork
from desktop.errors import InvalidInput, Text, UserError, one_of
from desktop.models import Allocation, Location, Order, PrintRecord, Product, Shipment, ShipmentLine, StockMove
from desktop.notify.carriers import tracking_url
from desktop.services import settings
from desktop.services.lookup import location_by_code, order_by_number, product_by_sku, rma_by_number
from desktop.money import q
from desktop.services.orders import Address, address_of

DOCUMENTS = ("label", "packing_slip", "pick_list", "return_slip")
UNALLOCATED_WALK = 10**9


@dataclass(frozen=True)
class OrderKeys:
    """What a batch can be sorted by: order number, first bin on the walk, carrier."""

    number: str
    walk_order: int
    bin: str
    carrier: str


def shop(uow: UnitOfWork) -> Shop:
    """The shop from settings. ``shop.address`` is street, [more lines...,] "postcode city",
    separated by commas or new lines."""
    parts = [p.strip() for p in settings.get(uow, "shop.address").replace("\n", ",").split(",") if p.strip()]
    name = settings.get(uow, "shop.name")
    address = Address(name=name, line1=parts[0] if parts else "", line2=", ".join(parts[1:-1]),
                      city=parts[-1] if len(parts) > 1 else "", country=settings.get(uow, "shop.country"))
    return Shop(name, address, settings.get(uow, "shop.logo_path"), settings.get(uow, "mail.from"))


def _bin_labels(uow: UnitOfWork, line_ids: list[int]) -> dict[int, list[Location]]:
    """Order line id -> the bins its allocations reserve stock in."""
    rows = uow.session.execute(select(Allocation.order_line_id, Location).join(Location, Allocation.location)
                           .where(Allocation.order_line_id.in_(line_ids))).all()
    found: dict[int, list[Location]] = {}
    for line_id, location in rows:
        found.setdefault(line_id, []).append(location)
    return found


def _walk(locations: Iterable[Location]) -> tuple[str, ...]:
    ordered = sorted(locations, key=lambda l: (l.warehouse_id or 0, l.walk_order, l.code))
    return tuple(dict.fromkeys(l.label for l in ordered))


def _latest_shipment(uow: UnitOfWork, order: Order) -> Shipment | None:
    return uow.session.scalars(select(Shipment).where(Shipment.order_id == order.id)
                               .order_by(Shipment.id.desc()).limit(1)).first()


def _shipped_bins(uow: UnitOfWork, shipment: Shipment) -> dict[int, tuple[str, ...]]:
    """Order line id -> bins the shipment's stock moves came from."""
    by_line: dict[int, tuple[str, ...]] = {}
    for shipment_line in shipment.lines:
        sources = uow.session.scalars(
            select(Location).join(StockMove, StockMove.from_location_id == Location.id)
            .where(StockMove.doc_type == "shipment_line", StockMove.doc_id == shipment_line.id)).all()
        by_line[shipment_line.order_line_id] = _walk(sources)
    return by_line


def packing_slip(uow: UnitOfWork, number: str) -> SlipData:
    """Slip inputs for ``number``: the lines still to ship with their allocated bins, or, when
    everything has shipped, the latest shipment's lines with the bins they were taken from."""
    order = order_by_number(uow.session, number)
    prices = uow.actor.can(Permission.SEE_PRICES)
    pending = [(l, l.quantity - l.quantity_shipped) for l in order.lines if l.quantity > l.quantity_shipped]
    if pending:
        bins = {k: _walk(v) for k, v in _bin_labels(uow, [l.id for l, _ in pending]).items()}
        chosen = [(l, n, bins.get(l.id, ())) for l, n in pending]
    else:
        shipment = _latest_shipment(uow, order)
        moved = _shipped_bins(uow, shipment) if shipment else {}
        chosen = [(s.order_line, s.quantity, moved.get(s.order_line_id, ()))
                  for s in (shipment.lines if shipment else [])]
    items = tuple(
        SlipItem(line.sku, line.name, quantity, line_bins, line.unit_price if prices else None,
                 q(line.unit_price * quantity - line.discount * quantity / line.quantity) if prices else None)
        for line, quantity, line_bins in chosen)
    hidden = settings.get(uow, "documents.hide_prices").strip().lower() in ("true", "1", "yes")
    return SlipData(order.number, order.ordered_at.date(), address_of(order, "ship"), items, order.currency,
                    _totals(order) if prices else (), order.gift, prices and not order.gift and not hidden,
                    order.notes, order.gift_message, settings.get(uow, "documents.thank_you"),
                    settings.get(uow, "documents.return_instructions"))


def _totals(order: Order) -> tuple[tuple[str, Decimal], ...]:
    totals: list[tuple[str, Decimal]] = [("Subtotal", order.subtotal)]
    if order.discount_total:
        totals.append(("Discount", -order.discount_total))
    totals.append(("Shipping", order.shipping))
    if order.tax_total:
        totals.append(("Tax included" if order.taxes_included else "Tax", order.tax_total))
    totals.append(("Total", order.total))
    return tuple(totals)


def pick_list(uow: UnitOfWork, numbers: list[str]) -> PickData:
    """Pick inputs for orders: one entry per allocation (kits as their components), plus the
    unallocated rest of each unshipped line without a bin. Unknown numbers raise NotFound."""
    if not numbers:
        raise InvalidInput("orders", "", "name at least one order")
    orders = list({o.id: o for o in (order_by_number(uow.session, n) for n in numbers)}.values())
    entries: list[PickEntry] = []
    for order in orders:
        line_ids = [l.id for l in order.lines]
        allocations = uow.session.execute(
            select(Allocation, Product).join(Product, Product.id == Allocation.product_id)
            .where(Allocation.order_line_id.in_(line_ids))).all()
        covered: dict[int, int] = {}
        for allocation, product in allocations:
            location = allocation.location
            entries.append(PickEntry(order.number, product.sku, product.name, allocation.quantity, location.label,
                                     location.walk_order))
            covered[allocation.order_line_id] = covered.get(allocation.order_line_id, 0) + allocation.quantity
        for line in order.lines:
            missing = line.quantity - line.quantity_shipped - covered.get(line.id, 0)
            if missing > 0 and not line.product.is_kit:
                entries.append(PickEntry(order.number, line.sku, line.name, missing, "", UNALLOCATED_WALK))
    first = orders[0].number
    batch = first if len(orders) == 1 else f"{first} +{len(orders) - 1}"
    return PickData(batch, tuple(entries))


def _carrier_urls(uow: UnitOfWork) -> dict[str, str]:
    raw = settings.get(uow, "notify.carrier_urls") or "{}"
    try:
        return dict(json.loads(raw))
    except (ValueError, TypeError) as error:
        raise UserError("The setting notify.carrier_urls is not a JSON object ({error}); fix it in Settings.",
                        error=error) from None


def _shipped_weight(uow: UnitOfWork, shipment: Shipment) -> Decimal:
    """The products' weight times the quantities in ``shipment`` (0 when no product has a weight)."""
    lines = uow.session.scalars(select(ShipmentLine).where(ShipmentLine.shipment_id == shipment.id))
    return sum(((s.order_line.product.weight_kg or Decimal("0")) * s.quantity for s in lines), Decimal("0"))


def shipping_label(uow: UnitOfWork, number: str) -> LabelData:
    """Label inputs for the order's latest shipment: one parcel per package, "n of m". A package's
    weight is its own; when the shipment has no packages, or a package has no weight, the shipped
    products' weights are used instead (split evenly over the packages). Raises InvalidInput when
    the order is not shipped yet."""
    order = order_by_number(uow.session, number)
    shipment = _latest_shipment(uow, order)
    if shipment is None:
        raise InvalidInput("order", order.number, "has no shipment yet; ship it first "
                           "(packline order ship) to print its shipping label")
    packages = list(shipment.packages)
    if packages and all(p.weight_kg for p in packages):
        weights = [p.weight_kg for p in packages]
    else:
        count = max(len(packages), 1)
        weights = [_shipped_weight(uow, shipment) / count] * count
    parcels = tuple(ParcelData(i, len(weights), w.quantize(Decimal("0.01")) if w else None)
                    for i, w in enumerate(weights, start=1))
    url = tracking_url(shipment.carrier, shipment.tracking, _carrier_urls(uow)) if shipment.tracking else None
    return LabelData(order.number, shipment.number, shop(uow).address, address_of(order, "ship"),
                     shipment.carrier, shipment.service, shipment.tracking or shipment.number, url or "",
                     parcels, shipment.label, shipment.label_mime)


def return_slip(uow: UnitOfWork, rma_number: str) -> ReturnData:
    """Return slip inputs: the RMA's lines and reasons, the customer, the shop's address."""
    rma = rma_by_number(uow.session, rma_number)
    order = uow.session.get(Order, rma.order_id)
    items = tuple(ReturnItem(l.order_line.sku, l.order_line.name, l.quantity, l.reason.replace("_", " "))
                  for l in rma.lines)
    return ReturnData(rma.number, order.number, address_of(order, "ship"), shop(uow).address, items,
                      settings.get(uow, "documents.return_instructions"))


def product_labels(uow: UnitOfWork, skus: list[str]) -> list[ProductData]:
    """Label inputs per SKU, in the order given (a SKU given twice gives two labels)."""
    if not skus:
        raise InvalidInput("SKU", "", "name at least one product")
    prices = uow.actor.can(Permission.SEE_PRICES)
    currency = settings.get(uow, "shop.currency")
    result = []
    for sku in skus:
        product = product_by_sku(uow.session, sku)
        result.append(ProductData(product.sku, product.name, product.barcode or "",
                                  product.price if prices else None, currency))
    return result


def bin_labels(uow: UnitOfWork, codes: list[str]) -> list[BinData]:
    """Label inputs per bin code (``WH/CODE`` or a bare code unique across warehouses)."""
    if not codes:
        raise InvalidInput("bin", "", "name at least one bin")
    result = []
    for code in codes:
        location = location_by_code(uow.session, code, Text("bin"))
        name = location.warehouse.name if location.warehouse else ""
        result.append(BinData(location.label, name))
    return result


def order_keys(uow: UnitOfWork, numbers: list[str]) -> list[OrderKeys]:
    """Sort keys of orders (unknown numbers raise NotFound): the first allocated bin on the
    walk (else the first bin shipped from), and the carrier of the latest shipment."""
    keys = []
    for number in numbers:
        order = order_by_number(uow.session, number)
        locations = [l for ls in _bin_labels(uow, [l.id for l in order.lines]).values() for l in ls]
        shipment = _latest_shipment(uow, order)
        if not locations and shipment is not None:
            locations = list(uow.session.scalars(
                select(Location).join(StockMove, StockMove.from_location_id == Location.id)
                .where(StockMove.doc_type == "shipment_line",
                       StockMove.doc_id.in_([s.id for s in shipment.lines]))))
        first = min(locations, key=lambda l: (l.warehouse_id or 0, l.walk_order, l.code), default=None)
        keys.append(OrderKeys(order.number, first.walk_order if first else UNALLOCATED_WALK,
                              first.label if first else "", shipment.carrier if shipment else ""))
    return keys


def record_printed(uow: UnitOfWork, order_numbers: Iterable[str], document: str, printer: str) -> dict[str, bool]:
    """Record that ``document`` of each order was printed on ``printer`` by the acting user.
    Returns order number -> True when it had been printed before (a reprint). Audited per order."""
    if document not in DOCUMENTS:
        raise InvalidInput("document", document, one_of(DOCUMENTS))
    result: dict[str, bool] = {}
    for number in order_numbers:
        order = order_by_number(uow.session, number)
        if order.number in result:
            continue
        earlier = uow.session.scalars(select(PrintRecord.id).where(
            PrintRecord.order_id == order.id, PrintRecord.document == document).limit(1)).first()
        reprint = earlier is not None
        uow.session.add(PrintRecord(order_id=order.id, document=document, reprint=reprint,
                                    printer=printer[:255], user_id=uow.actor.id))
        uow.audit("order.print", "order", order.id, order.number,
                  {"document": document, "printer": printer, "reprint": reprint})
        result[order.number] = reprint
    uow.flush()
    return result


def print_history(uow: UnitOfWork, number: str) -> list[tuple[str, bool, str, int | None]]:
    """(document, reprint, printer, user id) of every print of an order, oldest first."""
    order = order_by_number(uow.session, number)
    return [(r.document, r.reprint, r.printer, r.user_id) for r in uow.session.scalars(
        select(PrintRecord).where(PrintRecord.order_id == order.id).order_by(PrintRecord.id))]

