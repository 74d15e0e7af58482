"""Logging to a rotating file in the user log directory; tracebacks go there, never to users."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.config import log_dir

_configured: Path | None = None


def setup_logging() -> Path:
    """Configure once per process; returns the log file path."""
    global _configured
    if _configured is None:
        path = log_dir() / "packline.log"
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
        root = logging.getLogger()
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        logging.getLogger("alembic").setLevel(logging.WARNING)
        _configured = path
    return _configured
