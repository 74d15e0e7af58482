"""Customer notifications without a database: templates, SMTP, tracking events, scorecards.

Nothing in this package imports ``desktop.db``, SQLAlchemy or PySide6; the outbox that stores
messages and the screens that show them build on these plain functions and dataclasses.
"""
