"""``packline notify send-pending`` and ``packline outbox list|retry``: the customer-email outbox."""

from __future__ import annotations

import argparse
import socket
from datetime import datetime, timezone

from desktop.cli.context import Context
from desktop.cli.parsing import whole
from desktop.services import outbox

STATUSES = ("pending", "sending", "sent", "failed", "skipped")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    notify = sub.add_parser("notify", help="send customer emails")
    actions = notify.add_subparsers(dest="action", required=True)
    p = actions.add_parser("send-pending", parents=[common],
                           help="send due outbox messages once (for a scheduled task)")
    p.add_argument("--limit", default="100", help="at most this many messages (default 100)")
    p.add_argument("--worker", default="", help="sender name shown on claimed messages (default: host name)")
    p.set_defaults(handler=_send_pending)

    box = sub.add_parser("outbox", help="customer messages waiting, sent, failed or skipped")
    actions = box.add_subparsers(dest="action", required=True)
    p = actions.add_parser("list", parents=[common], help="newest messages first")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--order", metavar="NUMBER", help="only this order's messages")
    p.add_argument("--limit", default="200")
    p.set_defaults(handler=_list)
    p = actions.add_parser("retry", parents=[common], help="send a failed message again")
    p.add_argument("id", metavar="ID")
    p.set_defaults(handler=_retry)


def _send_pending(ctx: Context, args: argparse.Namespace) -> None:
    with ctx.uow(write=False) as uow:
        smtp = outbox.smtp_settings(uow)
    worker = args.worker or f"{socket.gethostname()}:cli"
    report = outbox.send_pending(ctx.db, smtp, datetime.now(timezone.utc), worker,
                                 whole("--limit", args.limit))
    ctx.emit({"claimed": report.claimed, "sent": report.sent, "failed": report.failed},
             f"{report.sent} sent, {report.failed} failed (of {report.claimed} due)."
             + (" Failed messages: `packline outbox list --status failed`." if report.failed else ""))


def _list(ctx: Context, args: argparse.Namespace) -> None:
    with ctx.uow(write=False) as uow:
        rows = outbox.list_messages(uow, args.status, args.order, whole("--limit", args.limit))
    text = "\n".join(f"{r.id:>6}  {r.status:<8} {r.kind:<18} {r.order_number:<10} {r.to_address or '(no email)'}"
                     + (f"  {r.last_error}" if r.last_error else "") for r in rows)
    ctx.emit([r.as_json() for r in rows], text or "The outbox is empty.")


def _retry(ctx: Context, args: argparse.Namespace) -> None:
    with ctx.uow() as uow:
        row = outbox.retry(uow, whole("ID", args.id), datetime.now(timezone.utc))
        uow.commit()
    ctx.emit(row.as_json(), f"Message {row.id} ({row.kind}, order {row.order_number}) will be sent "
                            "by the next `packline notify send-pending`.")
