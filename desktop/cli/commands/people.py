"""``packline user ...`` and ``packline config ...``."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from desktop.cli.context import Context
from desktop.errors import UserError
from desktop.services import settings, users


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    user = sub.add_parser("user", help="user accounts")
    actions = user.add_subparsers(dest="action", required=True)
    p = actions.add_parser("add", parents=[common], help="add a user (password from stdin or a prompt)")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=["admin", "manager", "clerk", "packer"])
    p.set_defaults(handler=_add)
    p = actions.add_parser("list", parents=[common], help="list users")
    p.set_defaults(handler=_list)
    p = actions.add_parser("password", parents=[common], help="set a user's password (stdin or prompt)")
    p.add_argument("name")
    p.set_defaults(handler=_password)

    config = sub.add_parser("config", help="shop-wide settings shared by every PC")
    actions = config.add_subparsers(dest="action", required=True)
    p = actions.add_parser("get", parents=[common])
    p.add_argument("key")
    p.set_defaults(handler=_get)
    p = actions.add_parser("set", parents=[common])
    p.add_argument("key")
    p.add_argument("value")
    p.set_defaults(handler=_set)
    actions.add_parser("list", parents=[common]).set_defaults(handler=_config_list)


def read_password(prompt: str) -> str:
    """A password from a terminal prompt (asked twice) or the first line of standard input."""
    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if getpass.getpass("Again: ") != first:
            raise UserError("The two passwords differ.")
        return first
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        env = os.environ.get("PACKLINE_NEW_PASSWORD")
        if env:
            return env
        raise UserError("No password on standard input.")
    return line


def _add(ctx: Context, args: argparse.Namespace) -> None:
    password = read_password(f"Password for {args.name}: ")
    with ctx.uow() as uow:
        actor = users.add_user(uow, args.name, args.role, password)
        uow.commit()
    ctx.emit({"user": actor.name, "role": actor.role.value}, f"User {actor.name} ({actor.role.value}) added.")


def _list(ctx: Context, args: argparse.Namespace) -> None:
    with ctx.uow(write=False) as uow:
        rows = users.list_users(uow)
    ctx.emit({"users": [{"name": n, "role": r, "active": a} for n, r, a in rows]},
             "\n".join(f"{n}\t{r}\t{'active' if a else 'disabled'}" for n, r, a in rows))


def _password(ctx: Context, args: argparse.Namespace) -> None:
    password = read_password(f"New password for {args.name}: ")
    with ctx.uow() as uow:
        users.set_password(uow, args.name, password)
        uow.commit()
    ctx.emit({"user": args.name}, f"Password of {args.name} changed.")


def _get(ctx: Context, args: argparse.Namespace) -> None:
    with ctx.uow(write=False) as uow:
        value = settings.get(uow, args.key)
    ctx.emit({args.key: value}, value)


def _set(ctx: Context, args: argparse.Namespace) -> None:
    with ctx.uow() as uow:
        settings.set_value(uow, args.key, args.value)
        uow.commit()
    ctx.emit({args.key: args.value}, f"{args.key} = {args.value}")


def _config_list(ctx: Context, args: argparse.Namespace) -> None:
    with ctx.uow(write=False) as uow:
        values = settings.all_values(uow)
    ctx.emit(values, "\n".join(f"{k} = {v}" for k, v in sorted(values.items())))
