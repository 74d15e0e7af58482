"""What every command gets: the open database, the acting user and output helpers."""

from __future__ import annotations

import getpass
import json
import os
import sys
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop.auth import SYSTEM, Actor
from desktop.config import database_url
from desktop.db.migrate import current_revision, head_revision, upgrade
from desktop.db.uow import Database, UnitOfWork
from desktop.errors import InvalidInput, UserError
from desktop.services import users


@dataclass
class Context:
    db: Database
    actor: Actor
    json: bool

    def uow(self, *, write: bool = True) -> UnitOfWork:
        return self.db.uow(self.actor, write=write)

    def emit(self, payload: Any, text: str) -> None:
        """Print ``payload`` as one JSON object with ``--json``, else the human ``text``."""
        if self.json:
            print(json.dumps(payload, default=_json_default, ensure_ascii=False))
        elif text:
            print(text)


def _json_default(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[no-any-return]
    raise TypeError(f"cannot serialise {type(value).__name__}")


def open_database(url: str | None, *, migrate: bool = True) -> Database:
    """Open the database; a brand-new one is created at the newest schema, an older schema is
    refused with the command that upgrades it (so one PC never upgrades a shared server by accident)."""
    db = Database(database_url(url))
    if not migrate:
        return db
    try:
        current = current_revision(db.engine)
    except Exception as exc:  # the driver's own exception types differ per database
        raise UserError("Cannot open the database {url}: {error}", url=db.engine.url.render_as_string(hide_password=True),
                        error=str(exc).splitlines()[0]) from exc
    if current is None:
        upgrade(db.engine)
    elif current != head_revision():
        raise UserError("The database schema is older than this version of Packline. "
                        "Run `packline db upgrade` (back it up first).")
    return db


def sign_in(db: Database, name: str | None) -> Actor:
    """The acting user. Until a user with a password exists, the system actor acts. After that
    ``--user`` (or ``PACKLINE_USER``) is required, with the password from ``PACKLINE_PASSWORD``
    or a prompt."""
    name = name or os.environ.get("PACKLINE_USER")
    with db.uow(SYSTEM, write=False) as uow:
        if not users.has_login_users(uow):
            if name:
                raise InvalidInput("--user", name, "no users can sign in yet; create one with `packline user add`")
            return SYSTEM
        if not name:
            raise UserError("Sign in: pass --user NAME (password from PACKLINE_PASSWORD or the prompt).")
        password = os.environ.get("PACKLINE_PASSWORD")
        if password is None:
            if not sys.stdin.isatty():
                raise UserError("No password: set PACKLINE_PASSWORD or run in a terminal to be asked.")
            password = getpass.getpass(f"Password for {name}: ")
        return users.authenticate(uow, name, password)
