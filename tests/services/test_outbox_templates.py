"""What Settings says about emails reaches the customer: edited templates and the shop logo."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from factories import order, product
from sqlalchemy import select
from support_smtp import Inbox, running_smtp

from desktop.config import email_templates_dir
from desktop.models import OutboxMessage
from desktop.notify.smtp import SmtpSettings
from desktop.notify.templates import BUILTIN_DIR
from desktop.services import outbox, settings

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def test_an_edited_template_is_used_for_the_queued_email(db):
    builtin = (BUILTIN_DIR / "en" / "order_received.txt.j2").read_text(encoding="utf-8")
    edited = email_templates_dir() / "en" / "order_received.txt.j2"
    edited.parent.mkdir(parents=True)
    assert "as soon as it ships" in builtin
    edited.write_text(builtin.replace("as soon as it ships", "as soon as it ships (closed on Mondays)"),
                      encoding="utf-8")
    product(db, "MUG")
    order(db, {"MUG": 1}, email="ada@example.com")
    with db.uow(write=False) as uow:
        message = uow.session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "order_received")).one()
    assert "closed on Mondays" in message.text_body


def test_the_shop_logo_from_settings_travels_inline_with_the_email(db, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    with db.uow() as uow:
        settings.set_value(uow, "shop.logo_path", str(logo))
        uow.commit()
    product(db, "MUG")
    order(db, {"MUG": 1}, email="ada@example.com")
    inbox = Inbox()
    with running_smtp(inbox) as server:
        smtp = SmtpSettings(host=server.hostname, port=server.port, security="none", from_address="shop@example.com")
        report = outbox.send_pending(db, smtp, datetime.now(timezone.utc) + timedelta(minutes=1), "pc-1")
    assert report.sent == 1
    [message] = inbox.messages
    html = message.get_body(("html",)).get_content()
    images = [part for part in message.walk() if part.get_content_type() == "image/png"]
    assert "cid:shop-logo@packline" in html
    assert [part.get_payload(decode=True) for part in images] == [PNG]
