"""Customer emails rendered from Jinja2 templates, one HTML and one plain-text file per message.

Templates live in ``resources/templates/email/<language>/<message>.<kind>.j2`` (kind ``html`` or
``txt``). A user directory with the same layout overrides single files; the Settings editor writes
there. The plain-text template also holds the subject in ``{% block subject %}``.

Every template receives the caller's context plus:
``shop`` (:class:`ShopIdentity`), ``language``, ``direction`` (``ltr``/``rtl``), ``logo_cid``
(the logo's Content-ID, or ``None`` without a logo), ``subject`` (HTML only) and, when the context
has ``carrier`` and ``tracking_number`` but no ``tracking_url``, the carrier's tracking link.
Filters: ``date_long`` (a date with its weekday in the language), ``money(currency)`` (a Decimal
amount formatted by babel for the language) and ``nl2br`` (HTML only: escaped text, line breaks
kept). A variable the template uses but the context lacks raises :class:`TemplateError`.
"""

from __future__ import annotations

import functools

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import jinja2
from babel.dates import format_date
from babel.numbers import format_currency
from markupsafe import Markup, escape

import resources
from desktop.errors import UserError
from desktop.notify.carriers import tracking_url
from desktop.notify.languages import LANGUAGES, text_direction
from desktop.notify.samples import sample_context

BUILTIN_DIR = Path(resources.__file__).parent / "templates" / "email"
MESSAGES = (
    "order_received",
    "shipped",
    "delayed",
    "out_for_delivery",
    "delivered",
    "return_authorised",
    "refund_issued",
)
KINDS = ("html", "txt")
LOGO_CID = "shop-logo@packline"
BABEL_LOCALES = {"en": "en", "it": "it_IT", "ro": "ro_RO", "ar": "ar", "th": "th_TH"}


class TemplateError(UserError):
    """A template could not be rendered: unknown message, syntax error or missing variable."""


@dataclass(frozen=True)
class ShopIdentity:
    """Who the email comes from: shown at the top (logo or name) and at the bottom (signature).

    ``logo`` holds image bytes of type ``logo_mime_type``; it travels as an inline image.
    """

    name: str
    signature: str
    logo: bytes | None = None
    logo_mime_type: str = "image/png"


@dataclass(frozen=True)
class InlineImage:
    """An image the HTML part shows through ``cid:<cid>``."""

    cid: str
    data: bytes
    mime_type: str


@dataclass(frozen=True)
class RenderedEmail:
    """A rendered message: one-line subject, plain text, HTML and the images the HTML needs."""

    subject: str
    text: str
    html: str
    language: str
    inline_images: tuple[InlineImage, ...] = ()


def template_name(message: str, language: str, kind: str) -> str:
    """The loader name (and relative path) of one template file."""
    return f"{language}/{message}.{kind}.j2"


class EmailTemplates:
    """Renders customer emails for one shop; ``override_dir`` files win over the built-in ones."""

    def __init__(
        self,
        shop: ShopIdentity,
        override_dir: Path | None = None,
        tracking_urls: Mapping[str, str] | None = None,
    ) -> None:
        self.shop = shop
        self.override_dir = override_dir
        self.tracking_urls = dict(tracking_urls or {})

    def render(self, message: str, language: str, context: Mapping[str, Any]) -> RenderedEmail:
        """Render ``message`` in ``language`` with ``context``; raises :class:`TemplateError`."""
        return self._render(message, language, context, {})

    def preview(
        self,
        message: str,
        language: str,
        html_source: str | None = None,
        text_source: str | None = None,
        context: Mapping[str, Any] | None = None,
    ) -> RenderedEmail:
        """Render unsaved template text from the editor in place of the stored files.

        Without ``context`` the message is filled with the sample order of
        :func:`desktop.notify.samples.sample_context`, so the editor can show any message.
        """
        sources = {}
        if html_source is not None:
            sources[template_name(message, language, "html")] = html_source
        if text_source is not None:
            sources[template_name(message, language, "txt")] = text_source
        if context is None:
            context = sample_context(message)
        return self._render(message, language, context, sources)

    def source(self, message: str, language: str, kind: str) -> str:
        """The template text in effect (the override if there is one), for the editor."""
        _check(message, language)
        name = template_name(message, language, kind)
        try:
            return self._loader({}).get_source(jinja2.Environment(), name)[0]
        except jinja2.TemplateNotFound as error:
            raise TemplateError("There is no email template {name}.", name=name) from error

    def override_path(self, message: str, language: str, kind: str) -> Path:
        """Where the editor saves an override of one template file."""
        if self.override_dir is None:
            raise TemplateError("No folder for edited email templates is configured.")
        _check(message, language)
        return self.override_dir / template_name(message, language, kind)

    def _loader(self, sources: Mapping[str, str]) -> jinja2.BaseLoader:
        loaders: list[jinja2.BaseLoader] = [jinja2.DictLoader(dict(sources))]
        if self.override_dir is not None:
            loaders.append(jinja2.FileSystemLoader(self.override_dir))
        loaders.append(jinja2.FileSystemLoader(BUILTIN_DIR))
        return jinja2.ChoiceLoader(loaders)

    def _render(
        self, message: str, language: str, context: Mapping[str, Any], sources: Mapping[str, str]
    ) -> RenderedEmail:
        _check(message, language)
        variables = self._variables(language, context)
        if sources:
            loader = self._loader(sources)
            text_env = _environment(loader, language, html=False)
            html_env = _environment(loader, language, html=True)
        else:
            text_env = _stored_environment(self.override_dir, language, html=False)
            html_env = _stored_environment(self.override_dir, language, html=True)
        current = template_name(message, language, "txt")
        try:
            text_template = text_env.get_template(current)
            if "subject" not in text_template.blocks:
                raise TemplateError("Email template {name} has no subject block.", name=current)
            block = text_template.blocks["subject"](text_template.new_context(variables))
            subject = " ".join("".join(block).split())
            text = _tidy_text(text_template.render(variables))
            current = template_name(message, language, "html")
            html = html_env.get_template(current).render(variables | {"subject": subject})
        except jinja2.TemplateSyntaxError as error:
            raise TemplateError("Email template {name} has an error on line {line}: {error}",
                                name=error.name or current, line=error.lineno, error=error.message) from error
        except jinja2.TemplateError as error:
            raise TemplateError("Email template {name} cannot be rendered: {error}", name=current, error=error) from error
        images: tuple[InlineImage, ...] = ()
        if self.shop.logo is not None:
            images = (InlineImage(LOGO_CID, self.shop.logo, self.shop.logo_mime_type),)
        return RenderedEmail(subject, text, html, language, images)

    def _variables(self, language: str, context: Mapping[str, Any]) -> dict[str, Any]:
        variables: dict[str, Any] = {
            "shop": self.shop,
            "language": language,
            "direction": text_direction(language),
            "logo_cid": LOGO_CID if self.shop.logo is not None else None,
        }
        if "carrier" in context and "tracking_number" in context:
            variables["tracking_url"] = tracking_url(
                str(context["carrier"]), str(context["tracking_number"]), self.tracking_urls
            )
        return variables | dict(context)


@functools.lru_cache(maxsize=64)
def _stored_environment(override_dir: Path | None, language: str, html: bool) -> jinja2.Environment:
    """One environment per folder, language and kind for the stored templates, so each template
    is compiled once per process; Jinja reloads a file whose modification time changed, so an
    edited override takes effect at the next render. Thread-safe (Jinja's cache is locked)."""
    loaders: list[jinja2.BaseLoader] = []
    if override_dir is not None:
        loaders.append(jinja2.FileSystemLoader(override_dir))
    loaders.append(jinja2.FileSystemLoader(BUILTIN_DIR))
    return _environment(jinja2.ChoiceLoader(loaders), language, html=html)


def _check(message: str, language: str) -> None:
    if message not in MESSAGES:
        raise TemplateError("There is no email message called {message!r}.", message=message)
    if language not in LANGUAGES:
        raise TemplateError("Emails in {language!r} are not available; use one of {languages}.", language=language,
                            languages=", ".join(LANGUAGES))


def _environment(loader: jinja2.BaseLoader, language: str, html: bool) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=loader,
        autoescape=html,
        undefined=jinja2.StrictUndefined,
        trim_blocks=not html,
        lstrip_blocks=not html,
        keep_trailing_newline=True,
    )
    locale = BABEL_LOCALES[language]
    environment.filters["date_long"] = lambda day: _date_long(day, locale)
    environment.filters["money"] = lambda amount, currency: _money(amount, currency, locale)
    environment.filters["nl2br"] = _nl2br
    return environment


def _date_long(day: date, locale: str) -> str:
    return format_date(day, "full", locale=locale)


def _money(amount: Decimal, currency: str, locale: str) -> str:
    if not isinstance(amount, Decimal):
        raise TypeError(f"money amounts must be Decimal, not {type(amount).__name__}")
    return format_currency(amount, currency, locale=locale)


def _nl2br(text: str) -> Markup:
    return Markup("<br>\n").join(escape(line) for line in str(text).splitlines())


def _tidy_text(text: str) -> str:
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)) + "\n"
