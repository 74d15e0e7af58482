"""``packline order|return|refund ...``."""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path

from desktop.cli.context import Context
from desktop.cli.parsing import day, money, sku_quantities, split_line, whole
from desktop.errors import InvalidInput, Text
from desktop.services import allocation, orders, queries, refunds, returns, shipping
from desktop.services.orders import Address, LineInput, OrderInput
from desktop.services.returns import ReceiptInput, ReturnRequest
from desktop.services.shipping import PackageInput


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    order = sub.add_parser("order", help="orders and their lifecycle")
    actions = order.add_subparsers(dest="action", required=True)
    p = actions.add_parser("create", parents=[common], help="enter an order by hand")
    p.add_argument("--number")
    p.add_argument("--channel", default="manual")
    p.add_argument("--customer", required=True)
    p.add_argument("--email", default="")
    p.add_argument("--phone", default="")
    p.add_argument("--country", required=True, help="two-letter ISO code")
    p.add_argument("--address", default="", help="street line")
    p.add_argument("--address2", default="")
    p.add_argument("--city", default="")
    p.add_argument("--region", default="")
    p.add_argument("--postcode", default="")
    p.add_argument("--currency", default="USD")
    p.add_argument("--line", action="append", required=True, metavar="SKU:QTY[:PRICE]")
    p.add_argument("--shipping", default="0")
    p.add_argument("--paid", default="0")
    p.add_argument("--note", default="")
    p.add_argument("--gift", action="store_true")
    p.add_argument("--ship-by")
    p.set_defaults(handler=_create)
    for name, handler, help_text in (
        ("allocate", _allocate, "reserve stock (backorders what is missing)"),
        ("pick", _pick, "mark as being picked"),
        ("pack", _pack, "mark as packed"),
        ("cancel", _cancel, "cancel and release reserved stock"),
        ("hold", _hold, "put on hold"),
        ("release", _release, "release a hold"),
        ("deliver", _deliver, "mark delivered"),
    ):
        p = actions.add_parser(name, parents=[common], help=help_text)
        p.add_argument("numbers", nargs="+", metavar="NUMBER")
        if name in ("cancel", "hold"):
            p.add_argument("--reason", default="")
        p.set_defaults(handler=handler)
    p = actions.add_parser("ship", parents=[common], help="ship allocated lines (all, or --line SKU:QTY)")
    p.add_argument("number")
    p.add_argument("--carrier", required=True)
    p.add_argument("--service", default="")
    p.add_argument("--tracking", required=True)
    p.add_argument("--line", action="append", metavar="SKU:QTY")
    p.add_argument("--cost", default="0", help="what the label cost the shop")
    p.add_argument("--package", action="append", metavar="KG[:LxWxH]",
                   help="a box: weight in kg, optional size in cm (repeat per box)")
    p.add_argument("--label", metavar="FILE", help="the carrier's label (.pdf or .zpl) to keep with the shipment")
    p.set_defaults(handler=_ship)
    p = actions.add_parser("show", parents=[common])
    p.add_argument("number")
    p.set_defaults(handler=_show)

    rma = sub.add_parser("return", help="returns (RMAs)")
    actions = rma.add_subparsers(dest="action", required=True)
    p = actions.add_parser("create", parents=[common], help="authorise a return of shipped items")
    p.add_argument("number", metavar="ORDER")
    p.add_argument("--line", action="append", required=True, metavar="SKU:QTY:REASON[:NOTE]")
    p.add_argument("--note", default="")
    p.set_defaults(handler=_return_create)
    p = actions.add_parser("receive", parents=[common], help="receive and inspect returned items")
    p.add_argument("rma", metavar="RMA")
    p.add_argument("--line", action="append", required=True, metavar="SKU:QTY:CONDITION:DISPOSITION[:BIN]")
    p.set_defaults(handler=_return_receive)

    refund = sub.add_parser("refund", help="refunds")
    actions = refund.add_subparsers(dest="action", required=True)
    p = actions.add_parser("create", parents=[common], help="refund by lines and/or amount")
    p.add_argument("number", metavar="ORDER")
    p.add_argument("--amount")
    p.add_argument("--line", action="append", metavar="SKU:QTY")
    p.add_argument("--shipping", default="0")
    p.add_argument("--restocking-fee", default="0")
    p.add_argument("--method", default="original", choices=["original", "store_credit", "cash"])
    p.add_argument("--reference", default="")
    p.add_argument("--reason", default="")
    p.set_defaults(handler=_refund_create)


def _create(ctx: Context, args: argparse.Namespace) -> None:
    lines = []
    for value in args.line:
        parts = split_line(value, (2, 3), "SKU:QTY or SKU:QTY:PRICE")
        lines.append(LineInput(sku=parts[0], quantity=whole("--line quantity", parts[1]),
                               unit_price=money("--line price", parts[2]) if len(parts) == 3 else None))
    data = OrderInput(
        customer_name=args.customer, number=args.number, channel=args.channel, email=args.email, phone=args.phone,
        ship_to=Address(name=args.customer, line1=args.address, line2=args.address2, city=args.city,
                        region=args.region, postal_code=args.postcode, country=args.country, phone=args.phone),
        lines=tuple(lines), currency=args.currency.upper(), shipping=money("--shipping", args.shipping) or Decimal(0),
        paid=money("--paid", args.paid) or Decimal(0), notes=args.note, gift=args.gift,
        ship_by=day("--ship-by", args.ship_by) if args.ship_by else None)
    with ctx.uow() as uow:
        order = orders.create_order(uow, data)
        uow.commit()
        detail = queries.order_detail(uow, order.number)
    ctx.emit(detail.as_json(), f"Order {detail.number} created: {detail.total} {detail.currency}.")


def _allocate(ctx: Context, args: argparse.Namespace) -> None:
    with ctx.uow() as uow:
        results = allocation.allocate(uow, args.numbers)
        uow.commit()
    text = "\n".join(f"{r.number}: {r.status}" + (f" ({r.backordered} backordered)" if r.backordered else "")
                     for r in results)
    ctx.emit({"orders": [r.as_json() for r in results]}, text)


def _simple(ctx: Context, args: argparse.Namespace, action, verb: str, *extra: object) -> None:
    with ctx.uow() as uow:
        done = action(uow, args.numbers, *extra)
        uow.commit()
    numbers = [o if isinstance(o, str) else o.number for o in done]
    ctx.emit({"orders": numbers, "action": verb}, f"{len(numbers)} order(s) {verb}: {', '.join(numbers)}.")


def _pick(ctx: Context, args: argparse.Namespace) -> None:
    _simple(ctx, args, orders.start_picking, "being picked")


def _pack(ctx: Context, args: argparse.Namespace) -> None:
    _simple(ctx, args, orders.pack, "packed")


def _cancel(ctx: Context, args: argparse.Namespace) -> None:
    _simple(ctx, args, orders.cancel, "cancelled", args.reason)


def _hold(ctx: Context, args: argparse.Namespace) -> None:
    _simple(ctx, args, orders.hold, "on hold", args.reason)


def _release(ctx: Context, args: argparse.Namespace) -> None:
    _simple(ctx, args, orders.release_hold, "released")


def _deliver(ctx: Context, args: argparse.Namespace) -> None:
    _simple(ctx, args, shipping.deliver, "delivered")


def _package(value: str) -> PackageInput:
    weight, _, size = value.partition(":")
    try:
        dims = [Decimal(d) for d in size.lower().split("x")] if size else [None, None, None]
        kilos = Decimal(weight)
    except ArithmeticError:
        raise InvalidInput("--package", value, "must be KG or KG:LxWxH, e.g. 1.2:30x20x10") from None
    if len(dims) != 3 or kilos <= 0 or any(d is not None and d <= 0 for d in dims):
        raise InvalidInput("--package", value, "must be KG or KG:LxWxH with positive numbers, e.g. 1.2:30x20x10")
    return PackageInput(kilos, *dims)


def _label(path: str | None) -> tuple[bytes | None, str]:
    if path is None:
        return None, ""
    mime = {".pdf": "application/pdf", ".zpl": "application/zpl"}.get(Path(path).suffix.lower())
    if mime is None:
        raise InvalidInput("--label", path, "must be a .pdf or .zpl file")
    try:
        return Path(path).read_bytes(), mime
    except OSError as error:
        raise InvalidInput("--label", path, Text("cannot be read ({reason})", reason=error.strerror)) from None


def _ship(ctx: Context, args: argparse.Namespace) -> None:
    packages = tuple(_package(v) for v in args.package or ())
    label, mime = _label(args.label)
    with ctx.uow() as uow:
        result = shipping.ship(uow, args.number, args.carrier, args.tracking, service=args.service,
                               lines=sku_quantities(args.line), cost=money("--cost", args.cost) or Decimal(0),
                               packages=packages, label=label, label_mime=mime)
        uow.commit()
    ctx.emit(result.as_json(), f"Order {result.order} {result.order_status.replace('_', ' ')}: "
                               f"{result.number} via {result.carrier}, tracking {result.tracking}.")


def _show(ctx: Context, args: argparse.Namespace) -> None:
    with ctx.uow(write=False) as uow:
        detail = queries.order_detail(uow, args.number)
    data = detail.as_json()
    text = [f"Order {detail.number} ({detail.channel}) {detail.status} - {detail.customer_name}",
            f"Total {data['total']} {detail.currency}, paid {data['paid']}, refunded {data['refunded']}"]
    text += [f"  {l.sku} x{l.quantity}: allocated {l.allocated}, shipped {l.shipped}, returned {l.returned}"
             for l in detail.lines]
    text += [f"  shipment {s.number}: {s.carrier} {s.tracking}" for s in detail.shipments]
    ctx.emit(data, "\n".join(text))


def _return_create(ctx: Context, args: argparse.Namespace) -> None:
    requests = []
    for value in args.line:
        parts = split_line(value, (3, 4), "SKU:QTY:REASON or SKU:QTY:REASON:NOTE")
        requests.append(ReturnRequest(parts[0], whole("--line quantity", parts[1]), parts[2],
                                      parts[3] if len(parts) == 4 else ""))
    with ctx.uow() as uow:
        rma = returns.create_rma(uow, args.number, requests, args.note)
        uow.commit()
    ctx.emit({"rma": rma.number, "order": args.number, "status": rma.status}, f"Return {rma.number} authorised.")


def _return_receive(ctx: Context, args: argparse.Namespace) -> None:
    receipts = []
    for value in args.line:
        parts = split_line(value, (4, 5), "SKU:QTY:CONDITION:DISPOSITION or SKU:QTY:CONDITION:DISPOSITION:BIN")
        receipts.append(ReceiptInput(parts[0], whole("--line quantity", parts[1]), parts[2], parts[3],
                                     parts[4] if len(parts) == 5 else None))
    with ctx.uow() as uow:
        rma = returns.receive_rma(uow, args.rma, receipts)
        uow.commit()
    ctx.emit({"rma": rma.number, "status": rma.status}, f"Return {rma.number} {rma.status.replace('_', ' ')}.")


def _refund_create(ctx: Context, args: argparse.Namespace) -> None:
    with ctx.uow() as uow:
        refund = refunds.create_refund(
            uow, args.number, amount=money("--amount", args.amount), lines=sku_quantities(args.line),
            shipping=money("--shipping", args.shipping) or Decimal(0),
            restocking_fee=money("--restocking-fee", args.restocking_fee) or Decimal(0),
            method=args.method, reference=args.reference, reason=args.reason)
        uow.commit()
    ctx.emit({"refund": refund.number, "order": args.number, "amount": refund.amount, "method": refund.method},
             f"Refund {refund.number}: {refund.amount} by {refund.method}.")
