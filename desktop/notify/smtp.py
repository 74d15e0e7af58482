"""Building and sending customer emails through the shop's SMTP server.

:func:`build_message` turns a rendered email into a MIME message whose ``Message-ID`` is derived
from the outbox idempotency key, so a resent message is recognisable as the same one.
:func:`send` delivers it with smtplib and raises only :class:`SmtpError`, whose ``retryable``
flag tells the outbox sender whether to try again later (after :func:`backoff`) or to stop and
show the problem: connection failures, timeouts and 4xx replies are retryable; 5xx replies
(login refused, recipient or sender refused, message rejected) and TLS problems are not.
"""

from __future__ import annotations

import hashlib
import smtplib
import ssl
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage
from email.utils import formatdate, parseaddr

from desktop.errors import UserError
from desktop.notify.passwords import PasswordStore
from desktop.notify.templates import RenderedEmail

SECURITY_MODES = ("none", "starttls", "tls")
BACKOFF_BASE = timedelta(minutes=1)
BACKOFF_CAP = timedelta(hours=6)


class SmtpError(UserError):
    """Sending failed. ``retryable`` is True when trying again later may succeed."""

    def __init__(self, template: str, *, retryable: bool, code: int | None = None, **params: object) -> None:
        super().__init__(template, **params)
        self.retryable = retryable
        self.code = code


@dataclass(frozen=True)
class SmtpSettings:
    """How to reach the shop's SMTP server. ``timeout`` is in seconds.

    ``security``: ``none`` (plain, usually port 25), ``starttls`` (usually 587) or ``tls``
    (implicit TLS, usually 465). ``password_ref`` names the password in :class:`PasswordStore`;
    the password itself is never part of the settings.
    """

    host: str
    port: int
    security: str = "starttls"
    user: str | None = None
    password_ref: str | None = None
    from_address: str = ""
    timeout: float = 30.0

    def __post_init__(self) -> None:
        if self.security not in SECURITY_MODES:
            raise SmtpError("SMTP security {security!r} is not one of {modes}.", retryable=False,
                            security=self.security, modes=", ".join(SECURITY_MODES))


@dataclass(frozen=True)
class Attachment:
    """A file attached to an email, such as a return slip PDF."""

    filename: str
    content: bytes
    mime_type: str = "application/pdf"


def message_id_for(idempotency_key: str, domain: str) -> str:
    """The ``Message-ID`` of the email sent for ``idempotency_key`` (same key, same id)."""
    digest = hashlib.sha256(idempotency_key.encode("utf-8")).hexdigest()[:32]
    return f"<packline.{digest}@{domain}>"


def build_message(
    rendered: RenderedEmail,
    to: str,
    from_address: str,
    attachments: tuple[Attachment, ...] = (),
    idempotency_key: str = "",
) -> EmailMessage:
    """A multipart/alternative (text + HTML with inline images) message, plus attachments.

    The ``Message-ID`` comes from ``idempotency_key`` and the sender's domain; ``Date`` is now.
    """
    if not idempotency_key:
        raise ValueError("an idempotency key is required so a resend keeps its Message-ID")
    message = EmailMessage()
    message["Subject"] = rendered.subject
    message["From"] = from_address
    message["To"] = to
    message["Date"] = formatdate(localtime=True)
    domain = parseaddr(from_address)[1].rpartition("@")[2] or "packline.invalid"
    message["Message-ID"] = message_id_for(idempotency_key, domain)
    message.set_content(rendered.text)
    message.add_alternative(rendered.html, subtype="html")
    html_part = message.get_payload()[1]
    for image in rendered.inline_images:
        maintype, _, subtype = image.mime_type.partition("/")
        html_part.add_related(image.data, maintype, subtype, cid=f"<{image.cid}>",
                              disposition="inline")
    for attachment in attachments:
        maintype, _, subtype = attachment.mime_type.partition("/")
        message.add_attachment(attachment.content, maintype=maintype, subtype=subtype,
                               filename=attachment.filename)
    message["Content-Language"] = rendered.language
    return message


def send(
    settings: SmtpSettings,
    message: EmailMessage,
    passwords: PasswordStore | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> None:
    """Deliver ``message`` to its recipients; raises :class:`SmtpError` on any failure.

    ``ssl_context`` defaults to the system's trusted certificates with host name checking.
    """
    context = ssl_context or ssl.create_default_context()
    where = f"{settings.host}:{settings.port}"
    try:
        if settings.security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=settings.timeout, context=context)
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        with client:
            if settings.security == "starttls":
                client.starttls(context=context)
            if settings.user:
                client.login(settings.user, _password(settings, passwords))
            refused = client.send_message(message)
    except smtplib.SMTPRecipientsRefused as error:
        codes = [code for code, _ in error.recipients.values()]
        raise SmtpError("The mail server {server} refused every recipient: {refused}.",
                        retryable=all(400 <= code < 500 for code in codes), code=max(codes),
                        server=where, refused=_describe(error.recipients)) from error
    except smtplib.SMTPAuthenticationError as error:
        raise SmtpError("The mail server {server} refused the login for {user!r} ({reply}). Check the SMTP user "
                        "and password in Settings.", retryable=400 <= error.smtp_code < 500, code=error.smtp_code,
                        server=where, user=settings.user, reply=error.smtp_code) from error
    except smtplib.SMTPNotSupportedError as error:
        raise SmtpError("The mail server {server} does not support {security} or login. Check the SMTP security "
                        "setting.", retryable=False, server=where, security=settings.security.upper()) from error
    except smtplib.SMTPResponseException as error:
        reply = error.smtp_error.decode(errors="replace") if isinstance(
            error.smtp_error, bytes) else str(error.smtp_error)
        raise SmtpError("The mail server {server} answered {reply_code} {reply}",
                        retryable=400 <= error.smtp_code < 500, code=error.smtp_code,
                        server=where, reply_code=error.smtp_code, reply=reply) from error
    except ssl.SSLError as error:
        raise SmtpError("A secure connection to {server} failed ({error}). Check the host name and the SMTP "
                        "security setting.", retryable=False, server=where, error=error.reason or error) from error
    except (OSError, smtplib.SMTPException) as error:
        raise SmtpError("Cannot reach the mail server {server} ({error}). The message stays queued and will be "
                        "retried.", retryable=True, server=where, error=error or type(error).__name__) from error
    if refused:
        raise SmtpError("The mail server {server} accepted the message but refused {refused}.", retryable=False,
                        server=where, refused=_describe(refused))


def backoff(attempts: int) -> timedelta:
    """How long to wait after ``attempts`` failed attempts: 1, 2, 4... minutes, at most 6 hours."""
    if attempts <= 0:
        return timedelta(0)
    doublings = min(attempts - 1, 16)
    return min(BACKOFF_BASE * 2**doublings, BACKOFF_CAP)


def _password(settings: SmtpSettings, passwords: PasswordStore | None) -> str:
    password = None
    if settings.password_ref:
        password = (passwords or PasswordStore()).load(settings.password_ref)
    if password is None:
        raise SmtpError("No SMTP password is saved for {user!r}. Enter it in Settings.", retryable=False,
                        user=settings.user)
    return password


def _describe(recipients: dict[str, tuple[int, bytes]]) -> str:
    return ", ".join(
        f"{address} ({code} {reply.decode(errors='replace')})"
        for address, (code, reply) in recipients.items()
    )
