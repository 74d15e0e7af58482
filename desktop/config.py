"""Where the database lives: ``--db URL``, else ``PACKLINE_DATABASE_URL``, else a SQLite file in
the user data directory (created on first start)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_path, user_data_path, user_log_path

APP_NAME = "Packline"


def data_dir() -> Path:
    path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = user_log_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'packline.sqlite3'}"


def database_url(explicit: str | None = None) -> str:
    return explicit or os.environ.get("PACKLINE_DATABASE_URL") or default_database_url()


def email_templates_dir() -> Path:
    """Where this PC keeps edited customer-email templates (the built-in ones are the fallback)."""
    return user_config_path(APP_NAME, appauthor=False) / "email-templates"
