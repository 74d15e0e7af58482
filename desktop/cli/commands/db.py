"""``packline db upgrade|check|backup``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.context import Context
from desktop.db.migrate import upgrade
from desktop.errors import UserError
from desktop.services.backup import backup
from desktop.services.checks import run_checks


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    db = sub.add_parser("db", help="create, upgrade, check and back up the database")
    actions = db.add_subparsers(dest="action", required=True)
    actions.add_parser("upgrade", parents=[common], help="create or upgrade the schema").set_defaults(
        handler=_upgrade, raw_db=True)
    actions.add_parser("check", parents=[common], help="prove the invariants; exit 1 listing breaches").set_defaults(
        handler=_check)
    p = actions.add_parser("backup", parents=[common], help="consistent copy of a SQLite database in use")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=_backup)


def _upgrade(ctx: Context, args: argparse.Namespace) -> None:
    changed = upgrade(ctx.db.engine)
    ctx.emit({"upgraded": changed},
             "Database upgraded to the newest schema." if changed else "Database already up to date.")


def _check(ctx: Context, args: argparse.Namespace) -> int:
    breaches = run_checks(ctx.db)
    ctx.emit({"ok": not breaches, "breaches": [{"check": b.check, "message": b.message} for b in breaches]},
             "All invariants hold." if not breaches else "\n".join(f"{b.check}: {b.message}" for b in breaches))
    if breaches and not ctx.json:
        print(f"{len(breaches)} breach(es) found.", file=sys.stderr)
    return 1 if breaches else 0


def _backup(ctx: Context, args: argparse.Namespace) -> None:
    target = backup(ctx.db, args.file)
    if not target.exists():
        raise UserError("Backup to {path} failed.", path=target)
    ctx.emit({"backup": str(target)}, f"Backed up to {target}.")
