"""Entry point of the ``packline`` command.

Exit codes: 0 success, 1 a user error (one line on stderr, never a traceback), 2 bad usage.
With no command, the desktop window opens; that path imports neither the commands nor the data
layer here, so the window can show before they have loaded (see ``ui.app``).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys
from collections.abc import Sequence

from desktop.cli import commands
from desktop.errors import UserError
from desktop.logs import setup_logging


def command_modules() -> list[object]:
    """Every module in :mod:`desktop.cli.commands`, in name order; each registers its group."""
    return [importlib.import_module(f"{commands.__name__}.{info.name}")
            for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name)]


def top_level_options() -> argparse.ArgumentParser:
    """The options that come before any command; with nothing else they open the window."""
    parser = argparse.ArgumentParser(prog="packline", add_help=False)
    parser.add_argument("--db", metavar="URL", help="database URL (default: PACKLINE_DATABASE_URL or the local file)")
    parser.add_argument("--user", metavar="NAME", help="sign in as NAME (password: PACKLINE_PASSWORD or prompt)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--screenshot", metavar="FILE", help="render the window to a PNG and exit")
    parser.add_argument("--view", choices=["orders", "inventory", "pack", "returns", "reports"], default="orders")
    return parser


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON object")
    common.add_argument("--db", default=argparse.SUPPRESS, metavar="URL", help=argparse.SUPPRESS)
    common.add_argument("--user", default=argparse.SUPPRESS, metavar="NAME", help=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog="packline", description="Packline: orders, inventory, pick-pack-ship, returns and refunds.",
        parents=[top_level_options()])
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in command_modules():
        module.register(sub, common)  # type: ignore[attr-defined]
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    window, rest = top_level_options().parse_known_args(argv)
    if not rest:
        from ui.app import run_app  # the window is the only part that needs Qt

        return run_app(window)
    args = build_parser().parse_args(argv)
    from desktop.cli.context import Context, open_database, sign_in

    setup_logging()
    try:
        raw = getattr(args, "raw_db", False)
        db = open_database(args.db, migrate=not raw)
        try:
            actor = sign_in(db, args.user) if not raw else None
            ctx = Context(db=db, actor=actor, json=args.json)  # type: ignore[arg-type]
            code = args.handler(ctx, args)
        finally:
            db.dispose()
    except UserError as error:
        print(f"packline: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("packline: interrupted; nothing was changed by the unfinished step.", file=sys.stderr)
        return 1
    except Exception:
        logging.getLogger("packline").exception("unexpected error in %s", args.command)
        print("packline: an unexpected error happened; details are in the log file "
              f"({setup_logging()}). Nothing was changed by the failed step.", file=sys.stderr)
        return 1
    return code or 0


if __name__ == "__main__":
    sys.exit(main())
