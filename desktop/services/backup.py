"""Consistent copies of a SQLite database while it is in use (SQLite's online backup API)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.db.uow import Database
from desktop.errors import UserError


def backup(db: Database, target: Path) -> Path:
    """Copy the database to ``target`` page by page under SQLite's backup lock; other
    connections may keep reading and writing meanwhile. PostgreSQL is backed up with pg_dump."""
    if not db.sqlite:
        raise UserError("db backup copies SQLite files; back up PostgreSQL with pg_dump on the server.")
    if target.exists():
        raise UserError("{path} already exists; choose a new file name.", path=target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    raw = db.engine.raw_connection()
    try:
        source: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination, pages=1024)
        finally:
            destination.close()
    finally:
        raw.close()
    partial.replace(target)
    return target
