"""``packline import orders|products|stock`` and ``packline export accounting|xero|quickbooks|orders|inventory``.

Imports run in one transaction committed at the end: a killed process leaves the database as
it was. Exit code 1 when problems stop the import (nothing written) or a dry run would stop.
Exports write through :func:`desktop.files.atomic_write`: a failed or killed export leaves
``--out`` as it was (exit code 1 with "Cannot write ...").
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.context import Context
from desktop.cli.parsing import day
from desktop.db.uow import UnitOfWork
from desktop.errors import InvalidInput, Text
from desktop.files import atomic_write
from desktop.intake import ORDER_FORMATS, PRODUCT_FORMATS, ColumnMapping, parse_orders, parse_products, parse_stock
from desktop.models.orders import OrderStatus
from desktop.services import exports, intake
from desktop.services.intake import ImportReport
from desktop.workstation import IMPORT_MAPPINGS
from reports.spreadsheets import table_export



def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    imp = sub.add_parser("import", help="orders, products or stock from CSV/TSV/XLSX files")
    actions = imp.add_subparsers(dest="action", required=True)
    p = actions.add_parser("orders", parents=[common], help="marketplace order export")
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=[*ORDER_FORMATS, "auto"], default="auto")
    p.add_argument("--mapping", metavar="NAME|FILE.json", help="column-mapping profile (saved in the app) or file")
    _import_flags(p)
    p.set_defaults(handler=_import_orders)
    p = actions.add_parser("products", parents=[common], help="catalogue export (Shopify, WooCommerce)")
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=[*PRODUCT_FORMATS, "auto"], default="auto")
    _import_flags(p)
    p.set_defaults(handler=_import_products)
    p = actions.add_parser("stock", parents=[common], help="SKU + quantity (+ bin) sheet")
    p.add_argument("file", type=Path)
    p.add_argument("--mode", choices=["set", "add"], default="set")
    _import_flags(p)
    p.set_defaults(handler=_import_stock)

    exp = sub.add_parser("export", help="accounting workbook, Xero/QuickBooks CSV, lists")
    actions = exp.add_subparsers(dest="action", required=True)
    for name, help_text, flag in (("accounting", "accounting workbook (.xlsx)", None),
                                  ("xero", "Xero sales invoices CSV", "--credit-notes"),
                                  ("quickbooks", "QuickBooks Online invoices CSV", "--credit-memos")):
        p = actions.add_parser(name, parents=[common], help=help_text)
        p.add_argument("--from", dest="start", required=True, metavar="DATE")
        p.add_argument("--to", dest="end", required=True, metavar="DATE")
        p.add_argument("--out", required=True, type=Path)
        if flag:
            p.add_argument(flag, dest="credits", action="store_true")
        p.set_defaults(handler=_export_period, kind=name, credits=False)
    p = actions.add_parser("orders", parents=[common], help="the orders list (.xlsx or .csv)")
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--status", action="append", choices=[s.value for s in OrderStatus])
    p.add_argument("--from", dest="start", metavar="DATE")
    p.add_argument("--to", dest="end", metavar="DATE")
    p.add_argument("--channel", default="")
    p.set_defaults(handler=_export_orders)
    p = actions.add_parser("inventory", parents=[common], help="stock per product and bin (.xlsx or .csv)")
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--low", action="store_true", help="only products at or below their reorder point")
    p.add_argument("--location", default="", metavar="BIN")
    p.set_defaults(handler=_export_inventory)


def _import_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    p.add_argument("--skip-bad", action="store_true", help="import the good records, list the bad ones")


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise InvalidInput("file", str(path), "does not exist")
    return path


def load_mapping(name: str) -> ColumnMapping:
    """A mapping profile from a JSON file, else the profile ``name`` saved by the import dialog."""
    path = Path(name)
    try:
        if path.suffix.lower() == ".json" and path.is_file():
            return ColumnMapping.from_json(path.read_text(encoding="utf-8"))
        return ColumnMapping.from_json(IMPORT_MAPPINGS.get(name, "--mapping")["json"])
    except (ValueError, TypeError) as error:
        raise InvalidInput("--mapping", name, Text("is not a valid mapping profile ({error})", error=error)) from None


def _finish(ctx: Context, report: ImportReport, uow: UnitOfWork) -> int:
    if report.applied:
        uow.commit()
    ctx.emit(report.as_json(), _text(report))
    return 1 if report.stopped else 0


def _import_orders(ctx: Context, args: argparse.Namespace) -> int:
    mapping = load_mapping(args.mapping) if args.mapping else None
    parsed = parse_orders(_existing(args.file), args.format, mapping=mapping)
    with ctx.uow() as uow:
        report = intake.import_orders(uow, parsed, skip_bad=args.skip_bad, dry_run=args.dry_run,
                                      file=args.file.name)
        return _finish(ctx, report, uow)


def _import_products(ctx: Context, args: argparse.Namespace) -> int:
    parsed = parse_products(_existing(args.file), args.format)
    with ctx.uow() as uow:
        report = intake.import_products(uow, parsed, skip_bad=args.skip_bad, dry_run=args.dry_run,
                                        file=args.file.name)
        return _finish(ctx, report, uow)


def _import_stock(ctx: Context, args: argparse.Namespace) -> int:
    parsed = parse_stock(_existing(args.file), mode=args.mode)
    with ctx.uow() as uow:
        report = intake.import_stock(uow, parsed, skip_bad=args.skip_bad, dry_run=args.dry_run,
                                     file=args.file.name)
        return _finish(ctx, report, uow)


def _text(report: ImportReport) -> str:
    status = "dry run, nothing written" if report.dry_run else ("imported" if report.applied else "nothing imported")
    lines = [f"{report.format}: {report.count('new')} new, {report.count('updated')} updated, "
             f"{report.count('unchanged')} unchanged, {report.count('rejected')} rejected {report.kind} ({status})"]
    lines += [f"  {p.severity}: {p.file}:{p.line} {p.column} {p.value!r}: {p.message}" for p in report.problems]
    lines += [f"  not applied: {p.file}:{p.line} {p.message}" for p in report.not_applied]
    return "\n".join(lines)


def _export_period(ctx: Context, args: argparse.Namespace) -> None:
    start, end = day("--from", args.start), day("--to", args.end)
    if args.kind == "accounting":
        _suffix(args.out, ".xlsx")
    with ctx.uow(write=False) as uow:
        done = exports.export_period(uow, args.kind, start, end, args.out, credits=args.credits)
    ctx.emit({"out": str(args.out), "orders": done.orders, "refunds": done.refunds, "rows": done.rows},
             f"{args.out}: {done.orders} orders, {done.refunds} refunds ({start} to {end})")


def _suffix(out: Path, *allowed: str) -> None:
    if out.suffix.lower() not in allowed:
        raise InvalidInput("--out", str(out), Text("must end in {suffixes}", suffixes=" or ".join(allowed)))


def _export_orders(ctx: Context, args: argparse.Namespace) -> None:
    _suffix(args.out, ".xlsx", ".csv")
    filters = exports.OrderFilter(tuple(args.status or ()), day("--from", args.start) if args.start else None,
                                  day("--to", args.end) if args.end else None, args.channel)
    with ctx.uow(write=False) as uow, atomic_write(args.out) as temporary:
        count = table_export.write(exports.order_rows(uow, filters), exports.ORDER_COLUMNS, temporary,
                                   title="Orders")
    ctx.emit({"out": str(args.out), "rows": count}, f"{args.out}: {count} orders")


def _export_inventory(ctx: Context, args: argparse.Namespace) -> None:
    _suffix(args.out, ".xlsx", ".csv")
    with ctx.uow(write=False) as uow, atomic_write(args.out) as temporary:
        rows = exports.inventory_rows(uow, low_only=args.low, location=args.location)
        count = table_export.write(rows, exports.INVENTORY_COLUMNS, temporary, title="Inventory")
    ctx.emit({"out": str(args.out), "rows": count}, f"{args.out}: {count} stock rows")
