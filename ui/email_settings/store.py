"""Reading and writing the Email page's values; Qt-free, called on worker threads.

SMTP values live in the shared database (``smtp.*``, ``mail.from``); the password lives in the
:class:`PasswordStore` under the same reference :func:`desktop.services.outbox.smtp_settings`
uses (``smtp:USER@HOST``), never in the database. Edited templates are files in
:func:`desktop.config.email_templates_dir` on this PC. Functions taking ``uow`` run inside the caller's unit of work.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from desktop.db.uow import UnitOfWork
from desktop.errors import UserError
from desktop.notify.passwords import PasswordStore, StoredPassword
from desktop.notify.smtp import SmtpSettings, build_message, send
from desktop.notify.templates import EmailTemplates, RenderedEmail
from desktop.services import outbox
from desktop.services import settings as shop_settings

TEST_TIMEOUT = 15.0  # seconds; closing the page waits for a test email still being sent


def password_ref(user: str, host: str) -> str | None:
    """The PasswordStore reference of the SMTP password, as the outbox sender looks it up."""
    return f"smtp:{user}@{host}" if user else None


@dataclass(frozen=True)
class SmtpValues:
    """The SMTP fields as the page shows them (stripped text; ``security`` none|starttls|tls)."""

    host: str
    port: int
    security: str
    user: str
    from_address: str

    @property
    def password_ref(self) -> str | None:
        return password_ref(self.user, self.host)


@dataclass(frozen=True)
class Loaded:
    """What the page shows when it opens: the SMTP values, whether a password is saved for
    them, and the shop's templates with this PC's edited ones."""

    smtp: SmtpValues
    password_saved: bool
    templates: EmailTemplates


def load(uow: UnitOfWork, passwords: PasswordStore, templates_dir: Path) -> Loaded:
    """Read the page's values; the keyring lookup happens here, on the caller's thread."""
    values = SmtpValues(
        host=shop_settings.get(uow, "smtp.host").strip(),
        port=int(shop_settings.get(uow, "smtp.port") or 587),
        security=shop_settings.get(uow, "smtp.security"),
        user=shop_settings.get(uow, "smtp.user").strip(),
        from_address=shop_settings.get(uow, "mail.from").strip(),
    )
    ref = values.password_ref
    shop = outbox.templates(uow)
    return Loaded(values, ref is not None and passwords.load(ref) is not None,
                  EmailTemplates(shop.shop, templates_dir, shop.tracking_urls))


def save(uow: UnitOfWork, values: SmtpValues, password: str, previous: SmtpValues,
         passwords: PasswordStore) -> StoredPassword | None:
    """Write the SMTP settings and, when ``password`` is typed, store it; returns where it went.

    With no password typed, a saved one follows a change of user or host to its new reference;
    the old reference is forgotten.
    Requires ``MANAGE_SETTINGS`` (checked by ``set_value`` before the password is touched).
    """
    shop_settings.set_value(uow, "smtp.host", values.host)
    shop_settings.set_value(uow, "smtp.port", str(values.port))
    shop_settings.set_value(uow, "smtp.security", values.security)
    shop_settings.set_value(uow, "smtp.user", values.user)
    shop_settings.set_value(uow, "mail.from", values.from_address)
    ref, old_ref = values.password_ref, previous.password_ref
    if old_ref is not None and old_ref != ref:
        carried = passwords.load(old_ref)
        passwords.forget(old_ref)
        password = password or carried or ""
    if ref is None or not password:
        return None
    return passwords.save(ref, password)


class TypedPasswords(PasswordStore):
    """The saved passwords, except that a password typed but not yet saved wins for its ref."""

    def __init__(self, saved: PasswordStore, ref: str | None, typed: str) -> None:
        super().__init__(saved.config_dir, saved.backend)
        self.ref, self.typed = ref, typed

    def load(self, ref: str) -> str | None:
        if self.typed and ref == self.ref:
            return self.typed
        return super().load(ref)


def send_test_email(values: SmtpValues, password: str, to: str, passwords: PasswordStore) -> None:
    """Send a short test message with the values on screen (saved or not); blocks on the network,
    so call it from a worker thread. Raises ``SmtpError`` (or ``UserError`` for missing fields)."""
    if not values.host or not values.from_address or not to.strip():
        raise UserError("Enter the SMTP host, the From address and an address to send the test to.")
    smtp = SmtpSettings(values.host, values.port, values.security, values.user or None,
                        values.password_ref, values.from_address, timeout=TEST_TIMEOUT)
    text = ("This is a test email from Packline.\n"
            "If you can read it, customer emails will be sent through this server.\n")
    html = "<p>This is a test email from Packline.</p><p>If you can read it, customer emails " \
           "will be sent through this server.</p>"
    rendered = RenderedEmail("Packline test email", text, html, "en")
    message = build_message(rendered, to.strip(), values.from_address,
                            idempotency_key=f"test:{uuid.uuid4()}")
    send(smtp, message, TypedPasswords(passwords, values.password_ref, password))
