"""The one user-facing error taxonomy, and its messages as translatable templates.

Every error a user can act on is a :class:`UserError` whose message says what happened and what
to do. The CLI prints ``str(error)`` on one line and exits 1; the desktop client shows it in a
message box, translated. Anything that is not a ``UserError`` is a bug: it is logged with its
traceback and the user sees a generic apology, never the traceback.

A message is an English ``template`` with ``{name}`` placeholders and the ``params`` that fill
them (:class:`Text` for a piece of a message, :class:`UserError` for a whole one). ``str()`` is
the English text; :func:`render` with a ``translate`` function gives it in another language,
translating the template and every param that is itself a :class:`Text` or :class:`UserError`.
Other params are values the user gave or the data holds (SKUs, numbers, quantities, file names)
and appear as they are. Templates are string literals at the raise site, so
``python -m ui.common.collect_core_messages`` can list them for the translators; a template that
is not a literal (an f-string, another library's error text) is shown in English.

Formatting follows :meth:`str.format` (``{sku}``, ``{value!r}``, doubled braces for a literal
brace), but, as with :mod:`logging`, only when there are params: a template without params is
used exactly as written, so a plain sentence may contain braces.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

Translate = Callable[[str], str]


class Message(Protocol):
    """Anything with an English template and its params: a :class:`Text` or a :class:`UserError`."""

    template: str
    params: dict[str, object]


def english(template: str) -> str:
    """The identity :data:`Translate`: the template as written."""
    return template


def render(message: Message, translate: Translate = english) -> str:
    """``message`` as text: ``translate(template)`` filled with the params, nested messages
    rendered with the same ``translate`` and other values unchanged."""
    return _fill(message.template, message.params, translate)


def _fill(template: str, params: dict[str, object], translate: Translate) -> str:
    if not params:
        return translate(template)
    return translate(template).format(**{name: _filled(value, translate) for name, value in params.items()})


def _filled(value: object, translate: Translate) -> object:
    return render(value, translate) if isinstance(value, (Text, UserError)) else value


class Text(str):
    """A translatable piece of a message (a field name, a problem, a kind of record).

    It is its English text (a ``str``, so code that expects one keeps working) and keeps
    ``template`` and ``params`` for :func:`render`; string operations on it (``+``, slicing,
    formatting into an f-string) give plain English strings.
    """

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, **params: object) -> Text:
        text = super().__new__(cls, _fill(template, params, english))
        text.template, text.params = template, params
        return text


def translatable(template: str) -> str:
    """Mark a literal kept as a plain string (an enum value, say) as a template for the
    translators; returns it unchanged. Show it in a message as ``Text(value)``."""
    return template


def one_of(choices: Iterable[str]) -> Text:
    """The problem "must be one of a, b, c"; the choices are values and stay as they are."""
    return Text("must be one of {choices}", choices=", ".join(choices))


def _text(part: str | Text) -> Text:
    """A part given as a plain string is a template without params."""
    return part if isinstance(part, Text) else Text(part)


class UserError(Exception):
    """An error the user can act on. ``str(self)`` is the complete English message; ``template``
    and ``params`` let the window show it translated (:func:`render`)."""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(_fill(template, params, english))


class InvalidInput(UserError):
    """A value given by the user is wrong; names the field and the value. ``field`` and
    ``problem`` are kept as English strings."""

    def __init__(self, field: str | Text, value: object, problem: str | Text) -> None:
        self.field = str(field)
        self.value = value
        self.problem = str(problem)
        super().__init__("{field} {value!r}: {problem}", field=_text(field), value=value, problem=_text(problem))


class NotFound(UserError):
    """A referenced record (SKU, order number, bin, user...) does not exist. ``kind`` is kept as
    an English string."""

    def __init__(self, kind: str | Text, key: object) -> None:
        self.kind = str(kind)
        self.key = key
        super().__init__("{kind} {key!r} does not exist.", kind=_text(kind), key=key)


class InvalidTransition(UserError):
    """A document cannot move from its current state to the requested one."""


class InsufficientStock(UserError):
    """A move would take more stock than a location holds."""


class PermissionDenied(UserError):
    """The signed-in user's role does not allow the action."""


class ConcurrencyError(UserError):
    """Somebody else changed the record since it was read; the caller must reload."""

    def __init__(self, what: str | Text) -> None:
        super().__init__("{what} was changed by someone else. Reload and try again.", what=_text(what))


class AuthenticationFailed(UserError):
    """Wrong user name or password."""
