"""What the Orders screen runs through ``ui.ops``: every function here runs on a worker thread (the
read pool or the write thread), takes the job's unit of work and returns plain data.

Each function imports the core modules it calls when it runs, on that worker thread: importing the
Orders screen must not import SQLAlchemy, so the window can appear before the data layer has loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.db.uow import UnitOfWork
    from desktop.queries.order_list import OrderFilter, OrderRow, Sort
    from desktop.services.allocation import AllocationResult
    from desktop.services.catalog import ProductView
    from desktop.services.orders import OrderInput
    from desktop.services.queries import OrderDetail
    from desktop.services.shipping import ShipmentResult
    from ui.common.paged_model import LoadPage, LoadRows
    from ui.orders.ship import ShipRequest


def list_source(flt: OrderFilter, sort: Sort, prices: bool) -> tuple[LoadPage, LoadRows]:
    """The paged model's source for the list filtered by ``flt`` in ``sort`` order (``prices``
    False leaves the money out): a keyset page reader and a reader of rows by id."""
    def load_page(uow: UnitOfWork, after: Any, limit: int) -> tuple[Sequence[OrderRow], Any]:
        from desktop.queries import order_list
        result = order_list.page(uow, flt, sort, after, limit, prices=prices)
        return result.rows, result.next

    def load_rows(uow: UnitOfWork, ids: list[int]) -> Sequence[OrderRow]:
        from desktop.queries import order_list
        return order_list.rows_by_ids(uow, ids, flt, prices=prices)
    return load_page, load_rows


def warm_up(uow: UnitOfWork) -> None:
    """Read the first page of the list the Orders view opens on and drop it. Run while the user
    types the password (see :mod:`ui.data_layer`): on a large database the first read of a new
    connection would otherwise fetch its index and table pages from disk after signing in."""
    from desktop.queries import order_list
    from ui.common.paged_model import PAGE_SIZE
    order_list.page(uow, order_list.OrderFilter(), order_list.Sort(), None, PAGE_SIZE)


def status_counts(uow: UnitOfWork, flt: OrderFilter) -> dict[str, int]:
    from desktop.queries import order_list
    return order_list.status_counts(uow, flt)


def channels(uow: UnitOfWork) -> list[str]:
    from desktop.queries import order_list
    return order_list.channels(uow)


def change_marker(uow: UnitOfWork) -> int:
    from desktop.queries import order_list
    return order_list.change_marker(uow)


def numbers(uow: UnitOfWork, ids: list[int]) -> list[str]:
    """Order numbers for ``ids``, in ascending id order."""
    from desktop.queries import order_list
    return order_list.numbers(uow, ids)


def order_detail(uow: UnitOfWork, order_id: int) -> OrderDetail:
    from desktop.services import queries
    return queries.order_detail(uow, numbers(uow, [order_id])[0])


def find_product(uow: UnitOfWork, code: str) -> ProductView | None:
    """The product with barcode (or else SKU) ``code``."""
    from desktop.services import catalog
    return catalog.find_by_barcode(uow, code)


def allocate(uow: UnitOfWork, order_numbers: list[str]) -> list[AllocationResult]:
    from desktop.services import allocation
    return allocation.allocate(uow, order_numbers)


def hold(uow: UnitOfWork, order_numbers: list[str]) -> int:
    from desktop.services import orders
    return len(orders.hold(uow, order_numbers))


def release_hold(uow: UnitOfWork, order_numbers: list[str]) -> int:
    from desktop.services import orders
    return len(orders.release_hold(uow, order_numbers))


def cancel(uow: UnitOfWork, order_numbers: list[str]) -> int:
    from desktop.services import orders
    return len(orders.cancel(uow, order_numbers))


def start_picking(uow: UnitOfWork, order_numbers: list[str]) -> int:
    from desktop.services import orders
    return len(orders.start_picking(uow, order_numbers))


def deliver(uow: UnitOfWork, order_numbers: list[str]) -> int:
    from desktop.services import shipping
    return len(shipping.deliver(uow, order_numbers))


def ship(uow: UnitOfWork, number: str, request: ShipRequest) -> ShipmentResult:
    from desktop.services import shipping
    return shipping.ship(uow, number, request.carrier, request.tracking, service=request.service,
                         lines=request.lines)


def create_order(uow: UnitOfWork, data: OrderInput) -> str:
    """The new order's number."""
    from desktop.services import orders
    return orders.create_order(uow, data).number


def edit_order(uow: UnitOfWork, number: str, version: int, data: OrderInput) -> str:
    """Save ``data`` over order ``number`` if it is still at ``version``; its number."""
    from desktop.services import orders
    return orders.edit_order(uow, number, version, data).number
