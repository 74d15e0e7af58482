"""Carrier tracking events land on their shipments once, move statuses and show in the timeline."""

from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from desktop.auth import SYSTEM
from desktop.errors import InvalidInput, NotFound
from desktop.models import Order, OutboxMessage, Shipment, TrackingEvent
from desktop.services import allocation, queries, shipping
from desktop.services.tracking_events import add_event, import_tracking
from tests.factories import order, product

EXPORT = """Tracking Number;Event;Date;Time;City;Details
1Z-A;Departed facility;10/03/2026;08:15;Milano;Departed from facility
1Z-A;Out for delivery;11/03/2026;07:30;Roma;On vehicle
1Z-A;Delivered;11/03/2026;14:02;Roma;Signed for by MARIA
1Z-B;Damaged;11/03/2026;09:00;Bologna;Parcel damaged in transit
NOPE-1;In transit;11/03/2026;09:00;Napoli;
1Z-A;Teleported;11/03/2026;15:00;Roma;
"""


def shipped(db, sku, tracking_numbers, quantity=None):
    product(db, sku, stock_qty=10)
    count = quantity or len(tracking_numbers)
    number = order(db, {sku: count})
    with db.uow(SYSTEM) as uow:
        allocation.allocate(uow, [number])
        for tracking in tracking_numbers:
            shipping.ship(uow, number, "UPS", tracking, lines={sku: 1})
        uow.commit()
    return number


def import_file(db, tmp_path, text=EXPORT):
    path = tmp_path / "ups-export.csv"
    path.write_text(text, encoding="utf-8")
    with db.uow(SYSTEM) as uow:
        result = import_tracking(uow, path)
        uow.commit()
    return result


def state(db, number):
    with db.uow(SYSTEM, write=False) as uow:
        the_order = uow.session.scalars(select(Order).where(Order.number == number)).one()
        shipments = uow.session.scalars(select(Shipment).where(Shipment.order_id == the_order.id)
                                        .order_by(Shipment.tracking)).all()
        return the_order.status, [(s.tracking, s.status) for s in shipments]


def test_importing_an_export_stores_events_and_reports_unknown_numbers_and_statuses(db, tmp_path):
    first = shipped(db, "MUG", ["1Z-A"])
    second = shipped(db, "CUP", ["1Z-B"])

    result = import_file(db, tmp_path)

    assert (result["events_new"], result["events_existing"]) == (4, 0)
    assert sorted((p["line"], p["value"]) for p in result["problems"]) == [(6, "NOPE-1"),
                                                                             (7, "Teleported")]
    assert state(db, first) == ("delivered", [("1Z-A", "delivered")])
    assert state(db, second) == ("shipped", [("1Z-B", "damaged")])


def test_importing_the_same_file_again_adds_nothing(db, tmp_path):
    shipped(db, "MUG", ["1Z-A"])
    shipped(db, "CUP", ["1Z-B"])
    import_file(db, tmp_path)

    again = import_file(db, tmp_path)

    assert (again["events_new"], again["events_existing"]) == (0, 4)
    with db.uow(SYSTEM, write=False) as uow:
        assert len(uow.session.scalars(select(TrackingEvent)).all()) == 4
        kinds = sorted(m.kind for m in uow.session.scalars(select(OutboxMessage)))
    assert kinds == ["delivered", "order_received", "order_received", "out_for_delivery", "shipped", "shipped"]


def test_an_order_is_delivered_only_when_all_its_shipments_are(db):
    number = shipped(db, "MUG", ["1Z-A", "1Z-C"])
    with db.uow(SYSTEM) as uow:
        add_event(uow, "1Z-A", "delivered", datetime(2026, 3, 11, 12, tzinfo=timezone.utc))
        uow.commit()
    assert state(db, number) == ("shipped", [("1Z-A", "delivered"), ("1Z-C", "shipped")])

    with db.uow(SYSTEM) as uow:
        add_event(uow, "1Z-C", "delivered", datetime(2026, 3, 12, 12, tzinfo=timezone.utc))
        uow.commit()
    assert state(db, number) == ("delivered", [("1Z-A", "delivered"), ("1Z-C", "delivered")])
    with db.uow(SYSTEM, write=False) as uow:
        delivered_at = uow.session.scalars(select(Shipment.delivered_at)
                                           .where(Shipment.tracking == "1Z-C")).one()
    assert delivered_at == datetime(2026, 3, 12, 12, tzinfo=timezone.utc)


def test_an_older_event_entered_late_does_not_undo_a_newer_status(db):
    number = shipped(db, "MUG", ["1Z-A"])
    with db.uow(SYSTEM) as uow:
        add_event(uow, "1Z-A", "lost", datetime(2026, 3, 14, tzinfo=timezone.utc))
        add_event(uow, "1Z-A", "in_transit", datetime(2026, 3, 10, tzinfo=timezone.utc))
        uow.commit()

    assert state(db, number) == ("shipped", [("1Z-A", "lost")])


def test_manual_events_show_in_the_order_timeline(db):
    number = shipped(db, "MUG", ["1Z-A"])
    with db.uow(SYSTEM) as uow:
        shipment = uow.session.scalars(select(Shipment.number)).one()
        assert add_event(uow, shipment, "damaged", location="Depot 4", description="Box crushed")
        uow.commit()

    with db.uow(SYSTEM, write=False) as uow:
        timeline = queries.order_detail(uow, number).timeline
    damaged = [entry for entry in timeline if entry.action == "tracking.damaged"]
    assert len(damaged) == 1
    assert "Box crushed" in damaged[0].detail


def test_a_manual_event_needs_a_known_shipment_and_status(db):
    shipped(db, "MUG", ["1Z-A"])
    with db.uow(SYSTEM) as uow:
        with pytest.raises(NotFound):
            add_event(uow, "NOPE", "delivered")
        with pytest.raises(InvalidInput, match="must be one of"):
            add_event(uow, "1Z-A", "vanished")
