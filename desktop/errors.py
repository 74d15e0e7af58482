"""The one user-facing error taxonomy.

Every error a user can act on is a :class:`UserError` whose message says what happened and what
to do. The CLI prints ``str(error)`` on one line and exits 1; the desktop client shows it in a
message box. Anything that is not a ``UserError`` is a bug: it is logged with its traceback and
the user sees a generic apology, never the traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """An error the user can act on. ``str(self)`` is the complete message."""


class InvalidInput(UserError):
    """A value given by the user is wrong; names the field and the value."""

    def __init__(self, field: str, value: object, problem: str) -> None:
        self.field = field
        self.value = value
        self.problem = problem
        super().__init__(f"{field} {value!r}: {problem}")


class NotFound(UserError):
    """A referenced record (SKU, order number, bin, user...) does not exist."""

    def __init__(self, kind: str, key: object) -> None:
        self.kind = kind
        self.key = key
        super().__init__(f"{kind} {key!r} does not exist.")


class InvalidTransition(UserError):
    """A document cannot move from its current state to the requested one."""


class InsufficientStock(UserError):
    """A move would take more stock than a location holds."""


class PermissionDenied(UserError):
    """The signed-in user's role does not allow the action."""


class ConcurrencyError(UserError):
    """Somebody else changed the record since it was read; the caller must reload."""

    def __init__(self, what: str) -> None:
        super().__init__(f"{what} was changed by someone else. Reload and try again.")


class AuthenticationFailed(UserError):
    """Wrong user name or password."""
