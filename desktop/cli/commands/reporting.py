"""``packline orders exceptions``, ``packline tracking import|add``, ``packline report carriers|dashboard``."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path

from desktop.cli.context import Context
from desktop.cli.parsing import day
from desktop.errors import InvalidInput
from desktop.services import exceptions, reports, tracking_events


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser("orders", help="lists across orders")
    actions = group.add_subparsers(dest="action", required=True)
    p = actions.add_parser("exceptions", parents=[common],
                           help="orders about to break or breaking their delivery promise")
    p.add_argument("--today", help="YYYY-MM-DD (default: today in the shop's timezone)")
    p.set_defaults(handler=_exceptions)

    group = sub.add_parser("tracking", help="carrier tracking events")
    actions = group.add_subparsers(dest="action", required=True)
    p = actions.add_parser("import", parents=[common], help="import a carrier CSV export")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=_import)
    p = actions.add_parser("add", parents=[common], help="enter one event by hand")
    p.add_argument("shipment", metavar="SHIPMENT", help="shipment or tracking number")
    p.add_argument("status", metavar="STATUS",
                   help="in_transit, out_for_delivery, delivered, exception, lost, damaged, returned")
    p.add_argument("--at", help="when, ISO 8601 with offset (default: now)")
    p.add_argument("--location", default="")
    p.add_argument("--note", default="")
    p.set_defaults(handler=_add)

    group = sub.add_parser("report", help="carrier scorecard and dashboard figures")
    actions = group.add_subparsers(dest="action", required=True)
    for name, handler, help_text in (("carriers", _carriers, "carrier scorecard per service"),
                                     ("dashboard", _dashboard, "dashboard figures")):
        p = actions.add_parser(name, parents=[common], help=help_text)
        p.add_argument("--from", dest="start", required=True, metavar="DATE")
        p.add_argument("--to", dest="end", required=True, metavar="DATE")
        p.set_defaults(handler=handler)


def _today(ctx: Context, text: str | None) -> date:
    if text:
        return day("--today", text)
    with ctx.uow(write=False) as uow:
        return datetime.now(exceptions.promise_rules(uow).zoneinfo).date()


def _exceptions(ctx: Context, args: argparse.Namespace) -> None:
    today = _today(ctx, args.today)
    with ctx.uow(write=False) as uow:
        rows = exceptions.list_exceptions(uow, today)
    text = "\n".join(f"{r.number:<10} {r.kind:<25} ship by {r.ship_by or '-'}  {r.suggestion}" for r in rows)
    ctx.emit([r.as_json() for r in rows], text or "No exceptions: every promise is on track.")


def _import(ctx: Context, args: argparse.Namespace) -> None:
    if not args.file.is_file():
        raise InvalidInput("file", str(args.file), "does not exist")
    with ctx.uow() as uow:
        result = tracking_events.import_tracking(uow, args.file)
        uow.commit()
    problems = "".join(f"\nLine {p['line']}, {p['column']} {p['value']!r}: {p['message']}"
                       for p in result["problems"])
    ctx.emit(result, f"{result['events_new']} new event(s), {result['events_existing']} already known, "
                     f"{len(result['problems'])} problem(s).{problems}")


def _add(ctx: Context, args: argparse.Namespace) -> None:
    at = None
    if args.at:
        try:
            at = datetime.fromisoformat(args.at)
        except ValueError as error:
            raise InvalidInput("--at", args.at, "is not an ISO 8601 date and time") from error
    with ctx.uow() as uow:
        new = tracking_events.add_event(uow, args.shipment, args.status, at, args.location, args.note)
        uow.commit()
    ctx.emit({"shipment": args.shipment, "status": args.status, "new": new},
             f"Recorded {args.status} for {args.shipment}." if new else "That event was already recorded.")


def _carriers(ctx: Context, args: argparse.Namespace) -> None:
    with ctx.uow(write=False) as uow:
        scores = reports.carrier_scores(uow, day("--from", args.start), day("--to", args.end))
    text = "\n".join(f"{s.carrier:<14} {s.service:<14} {s.shipments:>5} shipped  on time "
                     f"{s.on_time_percent if s.on_time_percent is not None else '-'}%  transit "
                     f"{s.average_transit_days or '-'} d  lost {s.lost}  damaged {s.damaged}  "
                     f"{s.cost_per_shipment}/shipment" for s in scores)
    ctx.emit([reports.score_json(s) for s in scores], text or "No shipments in that period.")


def _dashboard(ctx: Context, args: argparse.Namespace) -> None:
    with ctx.uow(write=False) as uow:
        figures = reports.dashboard(uow, day("--from", args.start), day("--to", args.end))
    revenue = ", ".join(f"{amount} {currency}" for currency, amount in figures.revenue) or "0"
    ctx.emit(figures.as_json(),
             f"{figures.orders} orders, revenue {revenue}; free shipping "
             f"{figures.free_shipping_percent or 0}%; late shipments {figures.late_shipments_percent or 0}%.")
