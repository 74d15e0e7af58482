"""Customer emails go through the outbox to a real SMTP server on loopback, exactly once."""

import threading
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import delete, select

from desktop.auth import SYSTEM
from desktop.db.uow import Database
from desktop.models import Order, OutboxMessage, Shipment
from desktop.notify.smtp import SmtpSettings
from desktop.services import allocation, notifications, outbox, shipping
from tests.factories import order, product
from tests.support_loopback import LOCALHOST, free_port
from tests.support_smtp import Inbox, running_smtp

NOW = datetime.now(timezone.utc)


@pytest.fixture(autouse=True)
def _now_is_when_the_test_starts():
    """Senders run "now"; a module-level time would go stale in a long test run and leave the
    messages of later tests not yet due."""
    global NOW
    NOW = datetime.now(timezone.utc) + timedelta(minutes=1)


@pytest.fixture
def inbox():
    return Inbox()


@pytest.fixture
def port():
    return free_port()


@pytest.fixture
def smtp_server(inbox, port):
    with running_smtp(inbox, port) as controller:
        yield controller


def smtp(port):
    return SmtpSettings(host=LOCALHOST, port=port, security="none", from_address="shop@bottega.example",
                        timeout=5)


def shipped_order(db: Database, email: str = "ada@example.com", sku: str = "MUG") -> str:
    """An order shipped to ``email``; its order-received message is removed, since these tests
    follow the shipped message alone."""
    product(db, sku, stock_qty=5)
    number = order(db, {sku: 1}, email=email)
    with db.uow(SYSTEM) as uow:
        uow.session.execute(delete(OutboxMessage).where(OutboxMessage.kind == "order_received"))
        uow.commit()
    with db.uow(SYSTEM) as uow:
        allocation.allocate(uow, [number])
        result = shipping.ship(uow, number, "UPS", "1Z999AA10123456784", service="Standard")
        the_order = uow.session.scalars(select(Order).where(Order.number == number)).one()
        shipment = uow.session.scalars(select(Shipment).where(Shipment.number == result.number)).one()
        notifications.on_shipped(uow, the_order, shipment)
        uow.commit()
    return number


def statuses(db: Database) -> list[tuple[str, str, int]]:
    with db.uow(SYSTEM, write=False) as uow:
        return [(m.kind, m.status, m.attempts)
                for m in uow.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))]


def test_a_shipped_order_sends_exactly_one_email_with_its_tracking_number(db, smtp_server, inbox, port):
    number = shipped_order(db)

    first = outbox.send_pending(db, smtp(port), NOW, "pc-1")
    second = outbox.send_pending(db, smtp(port), NOW + timedelta(hours=1), "pc-1")

    assert (first.sent, second.claimed) == (1, 0)
    assert len(inbox.messages) == 1
    email = inbox.messages[0]
    assert email["To"] == "ada@example.com"
    assert number in email["Subject"]
    body = email.get_body(("plain",)).get_content()
    assert "1Z999AA10123456784" in body
    assert "https://www.ups.com/track?tracknum=1Z999AA10123456784" in body
    assert statuses(db) == [("shipped", "sent", 1)]


def test_calling_the_shipped_hook_twice_queues_one_message(db):
    shipped_order(db)
    with db.uow(SYSTEM) as uow:
        shipment = uow.session.scalars(select(Shipment)).one()
        the_order = uow.session.get(Order, shipment.order_id)
        assert notifications.on_shipped(uow, the_order, shipment) is None
        uow.commit()

    assert statuses(db) == [("shipped", "pending", 0)]


def test_with_the_server_down_the_message_waits_and_goes_out_once_when_it_is_back(db, inbox, port):
    shipped_order(db)

    down = outbox.send_pending(db, smtp(port), NOW, "pc-1")
    too_early = outbox.send_pending(db, smtp(port), NOW + timedelta(seconds=30), "pc-1")

    assert (down.failed, too_early.claimed) == (1, 0)
    with db.uow(SYSTEM, write=False) as uow:
        [row] = outbox.list_messages(uow)
    assert (row.status, row.attempts) == ("failed", 1)
    assert row.next_attempt_at == NOW + timedelta(minutes=1)
    assert "Cannot reach the mail server" in row.last_error

    with running_smtp(inbox, port):
        back = outbox.send_pending(db, smtp(port), NOW + timedelta(minutes=2), "pc-1")
        again = outbox.send_pending(db, smtp(port), NOW + timedelta(hours=7), "pc-1")

    assert (back.sent, again.claimed) == (1, 0)
    assert len(inbox.messages) == 1
    assert statuses(db) == [("shipped", "sent", 2)]


def test_a_refused_recipient_is_not_retried_automatically_but_retry_sends_it(db, smtp_server, inbox, port):
    shipped_order(db, email="unknown@example.com")

    refused = outbox.send_pending(db, smtp(port), NOW, "pc-1")
    later = outbox.send_pending(db, smtp(port), NOW + timedelta(days=30), "pc-1")

    assert (refused.failed, later.claimed) == (1, 0)
    with db.uow(SYSTEM) as uow:
        message = uow.session.scalars(select(OutboxMessage)).one()
        assert "550" in message.last_error
        message.to_address = "ada@example.com"
        row = outbox.retry(uow, message.id, NOW + timedelta(days=30))
        uow.commit()
    assert row.status == "pending"

    retried = outbox.send_pending(db, smtp(port), NOW + timedelta(days=30), "pc-1")

    assert retried.sent == 1
    assert [m["To"] for m in inbox.messages] == ["ada@example.com"]


def test_a_customer_without_email_is_skipped_and_shown_as_skipped(db, smtp_server, inbox, port):
    number = shipped_order(db, email="")

    report = outbox.send_pending(db, smtp(port), NOW, "pc-1")

    assert report.claimed == 0
    assert inbox.messages == []
    with db.uow(SYSTEM, write=False) as uow:
        [row] = outbox.list_messages(uow, order_number=number)
    assert row.status == "skipped"
    assert row.last_error == "The customer has no email address."


def test_a_sent_message_cannot_be_retried(db, smtp_server, port):
    shipped_order(db)
    outbox.send_pending(db, smtp(port), NOW, "pc-1")

    with db.uow(SYSTEM) as uow:
        message_id = uow.session.scalars(select(OutboxMessage.id)).one()
        with pytest.raises(Exception, match="already sent"):
            outbox.retry(uow, message_id, NOW)


def test_an_abandoned_claim_is_taken_over_after_the_claim_timeout(db, smtp_server, inbox, port):
    shipped_order(db)
    with db.uow(SYSTEM) as uow:
        message = uow.session.scalars(select(OutboxMessage)).one()
        message.status, message.claimed_by, message.claimed_at = "sending", "crashed-pc", NOW
        uow.commit()

    while_claimed = outbox.send_pending(db, smtp(port), NOW + timedelta(minutes=14), "pc-2")
    after_timeout = outbox.send_pending(db, smtp(port), NOW + timedelta(minutes=16), "pc-2")

    assert (while_claimed.claimed, after_timeout.sent) == (0, 1)
    assert len(inbox.messages) == 1


@pytest.mark.postgres
def test_two_senders_at_once_on_postgresql_send_the_message_once(pg_db, smtp_server, inbox, port):
    for index in range(20):
        shipped_order(pg_db, email=f"customer{index}@example.com", sku=f"SKU{index}")
    start = threading.Barrier(2)
    reports = {}

    def sender(name):
        database = Database(pg_db.url)
        try:
            start.wait()
            reports[name] = outbox.send_pending(database, smtp(port), NOW, name, limit=20)
        finally:
            database.dispose()

    threads = [threading.Thread(target=sender, args=(name,)) for name in ("pc-1", "pc-2")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    assert sum(report.sent for report in reports.values()) == 20
    recipients = sorted(message["To"] for message in inbox.messages)
    assert recipients == sorted(f"customer{index}@example.com" for index in range(20))
    assert {status for _kind, status, _attempts in statuses(pg_db)} == {"sent"}
