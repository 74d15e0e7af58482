"""``packline product|stock|location|po ...``."""

from __future__ import annotations

import argparse
from decimal import Decimal

from desktop.cli.context import Context
from desktop.cli.parsing import money, split_line, whole
from desktop.errors import InvalidInput
from desktop.services import catalog, stock
from desktop.services.catalog import ProductInput


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    product = sub.add_parser("product", help="catalogue")
    actions = product.add_subparsers(dest="action", required=True)
    p = actions.add_parser("add", parents=[common], help="add a product or kit")
    p.add_argument("sku")
    p.add_argument("--name", required=True)
    p.add_argument("--barcode")
    p.add_argument("--price")
    p.add_argument("--cost")
    p.add_argument("--weight", help="kilograms")
    p.add_argument("--reorder-point", default="0")
    p.add_argument("--reorder-qty", default="0")
    p.add_argument("--component", action="append", metavar="SKU:QTY", help="makes it a kit")
    p.add_argument("--allow-negative", action="store_true")
    p.set_defaults(handler=_product_add)
    p = actions.add_parser("show", parents=[common])
    p.add_argument("sku")
    p.set_defaults(handler=_product_show)

    st = sub.add_parser("stock", help="receive, adjust, transfer, show")
    actions = st.add_subparsers(dest="action", required=True)
    p = actions.add_parser("receive", parents=[common], help="book stock in")
    p.add_argument("sku")
    p.add_argument("qty")
    p.add_argument("--location", metavar="BIN")
    p.add_argument("--cost")
    p.add_argument("--po", metavar="NUMBER", help="receive against this purchase order")
    p.set_defaults(handler=_receive)
    p = actions.add_parser("adjust", parents=[common], help="correct on hand (managers)")
    p.add_argument("sku")
    p.add_argument("delta")
    p.add_argument("--reason", required=True, choices=stock.ADJUST_REASONS)
    p.add_argument("--location", metavar="BIN")
    p.add_argument("--note", default="")
    p.set_defaults(handler=_adjust)
    p = actions.add_parser("transfer", parents=[common], help="move between bins")
    p.add_argument("sku")
    p.add_argument("qty")
    p.add_argument("--from", dest="source", required=True, metavar="BIN")
    p.add_argument("--to", dest="target", required=True, metavar="BIN")
    p.set_defaults(handler=_transfer)
    p = actions.add_parser("show", parents=[common])
    p.add_argument("sku")
    p.set_defaults(handler=_show)

    loc = sub.add_parser("location", help="warehouses and bins")
    actions = loc.add_subparsers(dest="action", required=True)
    p = actions.add_parser("add-warehouse", parents=[common])
    p.add_argument("code")
    p.add_argument("--name", default="")
    p.add_argument("--country", default="")
    p.set_defaults(handler=_add_warehouse)
    p = actions.add_parser("add-bin", parents=[common])
    p.add_argument("code")
    p.add_argument("--warehouse", default="MAIN")
    p.add_argument("--walk-order", type=int)
    p.set_defaults(handler=_add_bin)

    po = sub.add_parser("po", help="purchase orders")
    actions = po.add_subparsers(dest="action", required=True)
    p = actions.add_parser("create", parents=[common])
    p.add_argument("supplier")
    p.add_argument("--line", action="append", required=True, metavar="SKU:QTY[:COST]")
    p.set_defaults(handler=_po_create)


def _product_add(ctx: Context, args: argparse.Namespace) -> None:
    components = []
    for value in args.component or []:
        sku, qty = split_line(value, (2,), "SKU:QTY")
        components.append((sku, whole("--component", qty)))
    weight = None
    if args.weight is not None:
        try:
            weight = Decimal(args.weight)
        except ArithmeticError:
            raise InvalidInput("--weight", args.weight, "must be kilograms like 0.25") from None
    data = ProductInput(sku=args.sku, name=args.name, barcode=args.barcode, price=money("--price", args.price) or Decimal(0),
                        cost=money("--cost", args.cost) or Decimal(0), weight_kg=weight,
                        reorder_point=whole("--reorder-point", args.reorder_point, allow_zero=True),
                        reorder_qty=whole("--reorder-qty", args.reorder_qty, allow_zero=True),
                        allow_negative=args.allow_negative, components=tuple(components))
    with ctx.uow() as uow:
        view = catalog.add_product(uow, data)
        uow.commit()
    ctx.emit(_product_json(view), f"Product {view.sku} added.")


def _product_json(view: catalog.ProductView) -> dict[str, object]:
    return {"sku": view.sku, "name": view.name, "barcode": view.barcode, "price": view.price, "cost": view.cost,
            "weight_kg": view.weight_kg, "is_kit": view.is_kit,
            "components": [{"sku": s, "quantity": q} for s, q in view.components]}


def _product_show(ctx: Context, args: argparse.Namespace) -> None:
    with ctx.uow(write=False) as uow:
        view = catalog.get_product(uow, args.sku)
    ctx.emit(_product_json(view), "\n".join(f"{k}: {v}" for k, v in _product_json(view).items()))


def _print_stock(ctx: Context, view: stock.StockView, headline: str) -> None:
    lines = [headline, f"{view.sku}: on hand {view.on_hand}, reserved {view.reserved}, available {view.available}"]
    lines += [f"  {l.location}: {l.on_hand} on hand, {l.reserved} reserved" for l in view.locations]
    ctx.emit(view.as_json(), "\n".join(line for line in lines if line))


def _receive(ctx: Context, args: argparse.Namespace) -> None:
    with ctx.uow() as uow:
        view = stock.receive(uow, args.sku, whole("qty", args.qty), args.location, money("--cost", args.cost), args.po)
        uow.commit()
    _print_stock(ctx, view, f"Received {args.qty} x {args.sku}.")


def _adjust(ctx: Context, args: argparse.Namespace) -> None:
    with ctx.uow() as uow:
        view = stock.adjust(uow, args.sku, whole("delta", args.delta, positive=False), args.reason, args.location,
                            args.note)
        uow.commit()
    _print_stock(ctx, view, f"Adjusted {args.sku} by {args.delta}.")


def _transfer(ctx: Context, args: argparse.Namespace) -> None:
    with ctx.uow() as uow:
        view = stock.transfer(uow, args.sku, whole("qty", args.qty), args.source, args.target)
        uow.commit()
    _print_stock(ctx, view, f"Moved {args.qty} x {args.sku} from {args.source} to {args.target}.")


def _show(ctx: Context, args: argparse.Namespace) -> None:
    with ctx.uow(write=False) as uow:
        view = stock.stock_view(uow, args.sku)
    _print_stock(ctx, view, "")


def _add_warehouse(ctx: Context, args: argparse.Namespace) -> None:
    with ctx.uow() as uow:
        code = stock.add_warehouse(uow, args.code, args.name, args.country)
        uow.commit()
    ctx.emit({"warehouse": code}, f"Warehouse {code} added with QUARANTINE and SCRAP locations.")


def _add_bin(ctx: Context, args: argparse.Namespace) -> None:
    with ctx.uow() as uow:
        label = stock.add_bin(uow, args.code, args.warehouse, args.walk_order)
        uow.commit()
    ctx.emit({"bin": label}, f"Bin {label} added.")


def _po_create(ctx: Context, args: argparse.Namespace) -> None:
    lines = []
    for value in args.line:
        parts = split_line(value, (2, 3), "SKU:QTY or SKU:QTY:COST")
        lines.append((parts[0], whole("--line", parts[1]),
                      money("--line cost", parts[2]) if len(parts) == 3 else Decimal(0)))
    with ctx.uow() as uow:
        number = stock.create_purchase_order(uow, args.supplier, lines)
        uow.commit()
    ctx.emit({"purchase_order": number}, f"Purchase order {number} created.")
