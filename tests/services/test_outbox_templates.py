"""An email template edited in Settings is the one customers receive."""

from __future__ import annotations

from factories import order, product
from sqlalchemy import select

from desktop.config import email_templates_dir
from desktop.models import OutboxMessage
from desktop.notify.templates import BUILTIN_DIR


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
