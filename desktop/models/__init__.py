"""ORM models, one module per area. Importing this package registers every table on ``Base``."""

from desktop.models.users import AuditEntry, Setting, User
from desktop.models.counters import Counter
from desktop.models.catalog import KitComponent, Product
from desktop.models.locations import Location, LocationKind, Warehouse
from desktop.models.stock import (
    Allocation,
    CountLine,
    CountSession,
    PurchaseOrder,
    PurchaseOrderLine,
    StockLevel,
    StockMove,
)
from desktop.models.orders import Order, OrderLine, OrderStatus
from desktop.models.shipments import Package, PrintRecord, Shipment, ShipmentLine
from desktop.models.returns import Refund, RefundLine, ReturnLine, ReturnReceipt, Rma
from desktop.models.notifications import OutboxAttachment, OutboxMessage, TrackingEvent

__all__ = [
    "Allocation", "AuditEntry", "Counter", "CountLine", "CountSession", "KitComponent", "Location",
    "LocationKind", "Order", "OrderLine", "OrderStatus", "OutboxAttachment", "OutboxMessage", "Package", "PrintRecord", "Product",
    "PurchaseOrder", "PurchaseOrderLine", "Refund", "RefundLine", "ReturnLine", "ReturnReceipt", "Rma", "Setting",
    "Shipment", "ShipmentLine", "StockLevel", "StockMove", "TrackingEvent", "User", "Warehouse",
]
