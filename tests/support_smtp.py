"""An SMTP inbox for tests that deliver to a real aiosmtpd server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller

from tests.support_loopback import LOCALHOST, free_port


class Inbox:
    """An aiosmtpd handler keeping what arrives in ``envelopes``; recipients ``unknown@...``
    are refused for good (550) and ``busy@...`` for now (451)."""

    def __init__(self) -> None:
        self.envelopes: list = []

    @property
    def messages(self) -> list[EmailMessage]:
        """The messages received, parsed, in order of arrival."""
        return [message_from_bytes(e.content, policy=policy.default) for e in self.envelopes]

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options) -> str:
        if address.startswith("unknown@"):
            return "550 5.1.1 No such user"
        if address.startswith("busy@"):
            return "451 4.3.0 Mailbox busy, try later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted"


@contextmanager
def running_smtp(inbox: Inbox, port: int | None = None, **options: Any) -> Iterator[Controller]:
    """An aiosmtpd server delivering to ``inbox`` on 127.0.0.1 (``port``, else a free one) for
    the ``with`` block; ``options`` go to aiosmtpd's ``Controller`` (TLS, authentication)."""
    controller = Controller(inbox, hostname=LOCALHOST, port=port or free_port(), **options)
    controller.start()
    try:
        yield controller
    finally:
        controller.stop()
