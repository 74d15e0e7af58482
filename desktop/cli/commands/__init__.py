"""One module per command group; each has ``register(subparsers, common)``.

A handler is ``handler(ctx, args) -> int | None`` (an exit code, None meaning 0); it raises :class:`desktop.errors.UserError` for
anything the user can fix. Handlers whose ``needs_db`` is False get ``ctx`` None.
"""
