"""``packline count start|bin|add|set|show|post``: cycle counts from the command line."""

from __future__ import annotations

import argparse

from desktop.cli.context import Context
from desktop.cli.parsing import whole
from desktop.services import counts
from desktop.services.counts import CountSheet


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    count = sub.add_parser("count", help="cycle counts: snapshot bins, enter what is there, post the differences")
    actions = count.add_subparsers(dest="action", required=True)
    actions.add_parser("start", parents=[common], help="open a count session").set_defaults(handler=_start)
    p = actions.add_parser("bin", parents=[common], help="snapshot what a bin should hold (all counted 0)")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("bin", metavar="BIN")
    p.set_defaults(handler=_bin)
    p = actions.add_parser("add", parents=[common], help="add counted units of a SKU or barcode in a bin")
    p.add_argument("session", metavar="SESSION")
    p.add_argument("bin", metavar="BIN")
    p.add_argument("code", metavar="SKU_OR_BARCODE")
    p.add_argument("qty", nargs="?", default="1")
    p.set_defaults(handler=_add)
    p = actions.add_parser("show", parents=[common], help="the sheet with differences")
    p.add_argument("session", metavar="SESSION")
    p.set_defaults(handler=_show)
    p = actions.add_parser("post", parents=[common], help="post every difference as an adjustment (managers)")
    p.add_argument("session", metavar="SESSION")
    p.set_defaults(handler=_post)


def _emit(ctx: Context, sheet: CountSheet, headline: str) -> None:
    lines = [headline] + [f"  {l.location} {l.sku}: expected {l.expected}, counted {l.counted}"
                          + (f" ({l.difference:+d})" if l.difference else "") for l in sheet.lines]
    ctx.emit({"session": sheet.id, "status": sheet.status,
              "lines": [{"location": l.location, "sku": l.sku, "expected": l.expected, "counted": l.counted,
                         "difference": l.difference} for l in sheet.lines]}, "\n".join(lines))


def _run(ctx: Context, action, headline: str, *args: object) -> None:
    with ctx.uow() as uow:
        action(uow, *args)
        uow.commit()
        session_id = args[0] if args else None
    with ctx.uow(write=False) as uow:
        sheet = counts.sheet(uow, session_id) if session_id is not None else None
    if sheet is not None:
        _emit(ctx, sheet, headline.format(id=sheet.id))


def _start(ctx: Context, args: argparse.Namespace) -> None:
    with ctx.uow() as uow:
        sheet = counts.start(uow)
        uow.commit()
    _emit(ctx, sheet, f"Count session {sheet.id} started: `packline count bin {sheet.id} BIN`.")


def _bin(ctx: Context, args: argparse.Namespace) -> None:
    _run(ctx, counts.count_bin, "Count {id}: " + f"{args.bin} snapshot taken.",
         whole("SESSION", args.session), args.bin)


def _add(ctx: Context, args: argparse.Namespace) -> None:
    _run(ctx, counts.scan_item, "Count {id}:", whole("SESSION", args.session), args.bin, args.code,
         whole("qty", args.qty))


def _show(ctx: Context, args: argparse.Namespace) -> None:
    with ctx.uow(write=False) as uow:
        sheet = counts.sheet(uow, whole("SESSION", args.session))
    _emit(ctx, sheet, f"Count {sheet.id} ({sheet.status}):")


def _post(ctx: Context, args: argparse.Namespace) -> None:
    _run(ctx, counts.post, "Count {id} posted.", whole("SESSION", args.session))
