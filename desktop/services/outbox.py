"""The customer-message outbox: written with the change that causes it, sent later, once per key.

Writing: :func:`enqueue` renders the email and inserts an :class:`OutboxMessage` in the caller's
unit of work, so the message exists exactly when the change commits. Its idempotency key (e.g.
``shipped:SH000042``) is unique: enqueueing an existing key is a no-op, checked first and then
enforced by the unique index inside a SAVEPOINT (two PCs racing on the same key both succeed,
one row is written). A customer without an email address gets a ``skipped`` row, so the order's
message log says why nothing was sent.

Sending: :func:`send_pending` claims due messages in one short transaction (``SELECT ... FOR
UPDATE SKIP LOCKED`` on PostgreSQL; SQLite write transactions are already serialised by
``BEGIN IMMEDIATE``), marks them ``sending`` with the worker id and time, commits, and only then
talks to the SMTP server, with no transaction open. Each result is written in its own
transaction: ``sent`` with ``sent_at``, or ``failed`` with ``attempts + 1``, ``last_error`` and
``next_attempt_at`` from :func:`desktop.notify.smtp.backoff`. A non-retryable error (a refused
recipient, a bad login) parks the message at :data:`NO_AUTOMATIC_RETRY` until someone presses
Retry (:func:`retry`).

At most once, and its one trade-off: a ``sending`` claim older than the claim timeout (setting
``notify.claim_minutes``) is taken as abandoned (the sender crashed or the PC was switched off)
and may be claimed again. If the crash came after the server accepted the message but before
``sent`` was written, the customer gets it twice; the ``Message-ID`` is derived from the
idempotency key, so both copies carry the same id and mail clients and the shop can tell they are
one message. Without that reclaim a crash would lose the message instead, which is worse.

Times are aware UTC datetimes. Functions taking ``uow`` run on the caller's thread inside its
transaction; :func:`send_pending` opens its own units of work and may run on any thread.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.exc import IntegrityError

from desktop.auth import SYSTEM
from desktop.config import email_templates_dir
from desktop.db.uow import Database, UnitOfWork
from desktop.errors import InvalidTransition, NotFound, UserError
from desktop.models import Order, OutboxAttachment, OutboxMessage
from desktop.notify.languages import choose_language
from desktop.notify.passwords import PasswordStore
from desktop.notify.smtp import Attachment, SmtpError, SmtpSettings, backoff, build_message, send
from desktop.notify.templates import LOGO_CID, EmailTemplates, InlineImage, RenderedEmail, ShopIdentity
from desktop.services import settings

NO_AUTOMATIC_RETRY = datetime(9999, 12, 31, tzinfo=timezone.utc)
DUE_STATUSES = ("pending", "failed")


@dataclass(frozen=True)
class OutboxRow:
    """One outbox message as lists and the CLI show it."""

    id: int
    key: str
    order_number: str
    kind: str
    language: str
    to_address: str
    subject: str
    status: str
    attempts: int
    next_attempt_at: datetime | None
    last_error: str
    created_at: datetime
    sent_at: datetime | None
    attachments: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "key": self.key, "order": self.order_number, "kind": self.kind,
                "language": self.language, "to": self.to_address, "subject": self.subject,
                "status": self.status, "attempts": self.attempts,
                "next_attempt_at": self.next_attempt_at, "last_error": self.last_error,
                "created_at": self.created_at, "sent_at": self.sent_at,
                "attachments": list(self.attachments)}


@dataclass(frozen=True)
class SendReport:
    """What one :func:`send_pending` run did."""

    claimed: int
    sent: int
    failed: int


def templates(uow: UnitOfWork) -> EmailTemplates:
    """The shop's email templates with its name, signature and tracking-link overrides."""
    name = settings.get(uow, "shop.name")
    signature = settings.get(uow, "notify.signature") or name
    try:
        urls = json.loads(settings.get(uow, "notify.carrier_urls") or "{}")
    except json.JSONDecodeError as error:
        raise UserError('The setting notify.carrier_urls is not valid JSON ({error}); '
                        'write it as {{"Carrier": "https://...{{tracking}}"}}.', error=error) from error
    logo, mime = _logo(settings.get(uow, "shop.logo_path"))
    return EmailTemplates(ShopIdentity(name, signature, logo, mime), email_templates_dir(), tracking_urls=urls)


def _logo(path: str) -> tuple[bytes | None, str]:
    """The shop logo's bytes and MIME type, or (None, "") when no readable PNG/JPEG is set."""
    mime = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}.get(Path(path).suffix.lower())
    if not path or mime is None:
        return None, ""
    try:
        return Path(path).read_bytes(), mime
    except OSError:
        return None, ""


def enqueue(uow: UnitOfWork, kind: str, order: Order, context: Mapping[str, Any], key: str,
            attachments: Sequence[Attachment] = ()) -> int | None:
    """Queue message ``kind`` for ``order``; returns the new message id, or ``None`` if ``key``
    is already queued (nothing is rendered or written then).

    The template gets ``customer_name``, ``order_number`` and ``deliver_by`` from the order plus
    ``context``. An order without an email address gets a ``skipped`` row. Raises
    ``TemplateError`` when the template cannot be rendered (the caller's change then fails too,
    which is right: a broken template must be fixed, not silently dropped).
    """
    session = uow.session
    if session.scalars(select(OutboxMessage.id).where(OutboxMessage.idempotency_key == key)).first():
        return None
    language = choose_language(order.language, order.ship_country)
    base = {"customer_name": order.customer_name, "order_number": order.number,
            "deliver_by": order.deliver_by}
    rendered = templates(uow).render(kind, language, base | dict(context))
    to_address = order.email.strip()
    message = OutboxMessage(
        idempotency_key=key, order_id=order.id, kind=kind, language=language, to_address=to_address,
        subject=rendered.subject, text_body=rendered.text, html_body=rendered.html,
        status="pending" if to_address else "skipped",
        last_error="" if to_address else "The customer has no email address.",
        attachments=[OutboxAttachment(filename=a.filename, mime_type=a.mime_type, content=a.content)
                     for a in attachments])
    try:
        with session.begin_nested():
            session.add(message)
    except IntegrityError:
        return None
    action = "notify.queued" if message.status == "pending" else "notify.skipped"
    uow.audit(action, "order", order.id, order.number,
              {"message": kind, "key": key, "to": to_address, "subject": rendered.subject})
    return message.id


def list_messages(uow: UnitOfWork, status: str | None = None, order_number: str | None = None,
                  limit: int = 200) -> list[OutboxRow]:
    """Newest first, optionally one status or one order's messages."""
    query = (select(OutboxMessage, Order.number).outerjoin(Order, Order.id == OutboxMessage.order_id)
             .order_by(OutboxMessage.id.desc()).limit(limit))
    if status:
        query = query.where(OutboxMessage.status == status)
    if order_number:
        query = query.where(Order.number == order_number)
    return [_row(message, number or "") for message, number in uow.session.execute(query)]


def retry(uow: UnitOfWork, message_id: int, now: datetime) -> OutboxRow:
    """Make a failed message due at ``now`` again (the Retry button). Sent and skipped messages
    are refused with a message saying why."""
    message = uow.session.get(OutboxMessage, message_id, with_for_update=True)
    if message is None:
        raise NotFound("outbox message", message_id)
    if message.status == "sent":
        raise InvalidTransition("Message {id} was already sent on {sent} UTC; it is not sent twice.",
                                id=message_id, sent=message.sent_at.strftime("%Y-%m-%d %H:%M"))
    if message.status == "skipped":
        raise InvalidTransition("Message {id} was skipped because the customer has no email address; add one to "
                                "the order and send a new message.", id=message_id)
    if message.status == "sending":
        raise InvalidTransition("Message {id} is being sent right now.", id=message_id)
    message.status = "pending"
    message.next_attempt_at = now
    uow.audit("notify.retry", "order", message.order_id, message.idempotency_key,
              {"message": message.kind, "attempts": message.attempts})
    uow.flush()
    order = uow.session.get(Order, message.order_id) if message.order_id else None
    return _row(message, order.number if order else "")


def smtp_settings(uow: UnitOfWork) -> SmtpSettings:
    """The shop's SMTP settings; the password is looked up by reference ``smtp:USER@HOST``."""
    host = settings.get(uow, "smtp.host").strip()
    sender = settings.get(uow, "mail.from").strip()
    if not host or not sender:
        raise UserError("Email is not set up: set smtp.host and mail.from "
                        "(`packline config set smtp.host mail.example.com`).")
    user = settings.get(uow, "smtp.user").strip() or None
    return SmtpSettings(host=host, port=int(settings.get(uow, "smtp.port")),
                        security=settings.get(uow, "smtp.security"), user=user,
                        password_ref=f"smtp:{user}@{host}" if user else None, from_address=sender)


def claim_timeout(uow: UnitOfWork) -> timedelta:
    """How long a ``sending`` claim holds before another sender may take the message over."""
    return timedelta(minutes=int(settings.get(uow, "notify.claim_minutes")))


def send_pending(db: Database, smtp: SmtpSettings, now: datetime, worker_id: str, limit: int = 50,
                 passwords: PasswordStore | None = None) -> SendReport:
    """Claim up to ``limit`` due messages for ``worker_id`` and send them; see the module doc.

    Safe to run on several PCs at once. Never raises for a failed message: the failure is
    recorded on the message and counted in the report.
    """
    claimed = _claim(db, now, worker_id, limit)
    sent = failed = 0
    for message_id in claimed:
        outgoing = _load(db, message_id)
        try:
            send(smtp, build_message(outgoing.rendered, outgoing.to_address, smtp.from_address,
                                     outgoing.attachments, outgoing.key), passwords)
        except SmtpError as error:
            _record_failure(db, message_id, worker_id, error, now)
            failed += 1
        else:
            _record_sent(db, message_id, worker_id, datetime.now(timezone.utc))
            sent += 1
    return SendReport(len(claimed), sent, failed)


def _claim(db: Database, now: datetime, worker_id: str, limit: int) -> list[int]:
    with db.uow(SYSTEM) as uow:
        abandoned_before = now - claim_timeout(uow)
        query = (select(OutboxMessage)
                 .where(or_(and_(OutboxMessage.status.in_(DUE_STATUSES),
                                 OutboxMessage.next_attempt_at <= now),
                            and_(OutboxMessage.status == "sending",
                                 OutboxMessage.claimed_at < abandoned_before)))
                 .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id).limit(limit))
        if not db.sqlite:
            query = query.with_for_update(skip_locked=True)
        messages = list(uow.session.scalars(query))
        for message in messages:
            message.status = "sending"
            message.claimed_by = worker_id
            message.claimed_at = now
        uow.commit()
        return [message.id for message in messages]


@dataclass(frozen=True)
class _Outgoing:
    rendered: RenderedEmail
    to_address: str
    attachments: tuple[Attachment, ...]
    key: str


def _load(db: Database, message_id: int) -> _Outgoing:
    with db.uow(SYSTEM, write=False) as uow:
        message = uow.session.get(OutboxMessage, message_id)
        assert message is not None, "claimed messages are never deleted"
        logo, mime = _logo(settings.get(uow, "shop.logo_path"))
        shows_logo = logo is not None and f"cid:{LOGO_CID}" in message.html_body
        images = (InlineImage(LOGO_CID, logo, mime),) if shows_logo and logo is not None else ()
        rendered = RenderedEmail(message.subject, message.text_body, message.html_body, message.language, images)
        files = tuple(Attachment(a.filename, a.content, a.mime_type) for a in message.attachments)
        return _Outgoing(rendered, message.to_address, files, message.idempotency_key)


def _record_sent(db: Database, message_id: int, worker_id: str, at: datetime) -> None:
    with db.uow(SYSTEM) as uow:
        message = uow.session.get(OutboxMessage, message_id, with_for_update=True)
        assert message is not None
        message.status = "sent"
        message.sent_at = at
        message.attempts += 1
        message.last_error = ""
        uow.audit("notify.sent", "order", message.order_id, message.idempotency_key,
                  {"message": message.kind, "to": message.to_address, "worker": worker_id})
        uow.commit()


def _record_failure(db: Database, message_id: int, worker_id: str, error: SmtpError,
                    now: datetime) -> None:
    with db.uow(SYSTEM) as uow:
        message = uow.session.get(OutboxMessage, message_id, with_for_update=True)
        assert message is not None
        message.status = "failed"
        message.attempts += 1
        message.last_error = str(error)
        message.next_attempt_at = now + backoff(message.attempts) if error.retryable else NO_AUTOMATIC_RETRY
        uow.audit("notify.failed", "order", message.order_id, message.idempotency_key,
                  {"message": message.kind, "error": str(error), "retryable": error.retryable,
                   "worker": worker_id})
        uow.commit()


def _row(message: OutboxMessage, order_number: str) -> OutboxRow:
    waiting = message.status == "failed" and message.next_attempt_at != NO_AUTOMATIC_RETRY
    return OutboxRow(
        message.id, message.idempotency_key, order_number, message.kind, message.language,
        message.to_address, message.subject, message.status, message.attempts,
        message.next_attempt_at if waiting or message.status == "pending" else None,
        message.last_error, message.created_at, message.sent_at,
        tuple(a.filename for a in message.attachments))
