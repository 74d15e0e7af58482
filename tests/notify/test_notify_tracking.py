"""Carrier tracking exports become tracking events, and bad rows say where and why."""

from datetime import datetime, timezone

from desktop.notify.tracking import (
    TrackingStatus,
    parse_tracking_csv,
    parse_tracking_file,
    status_from_wording,
)

UTC = timezone.utc


def test_events_are_read_by_header_name_in_any_column_order():
    text = (
        "Description,Location,Tracking Number,Status,Date/Time\n"
        "Parcel left the hub,Milano,1Z001,In transit,2026-03-09T08:15:00+01:00\n"
        '"Left at front door, signed by M. Rossi",Roma,1Z001,Delivered,2026-03-10 12:30\n'
    )
    result = parse_tracking_csv(text, timezone="Europe/Rome")
    assert result.problems == ()
    first, second = result.events
    assert (first.tracking, first.status, first.location) == ("1Z001", TrackingStatus.IN_TRANSIT, "Milano")
    assert first.occurred_at == datetime(2026, 3, 9, 7, 15, tzinfo=UTC)
    assert second.status == "delivered"
    assert second.occurred_at == datetime(2026, 3, 10, 11, 30, tzinfo=UTC)
    assert second.description == "Left at front door, signed by M. Rossi"
    assert (first.source_line, second.source_line) == (2, 3)


def test_semicolon_export_with_synonyms_and_separate_date_and_time_columns():
    text = "AWB;Event;Event Date;Event Time;City\n2150001;Out for delivery;10.03.2026;07:05;Cluj\n"
    (event,) = parse_tracking_csv(text, timezone="Europe/Bucharest").events
    assert event.status == TrackingStatus.OUT_FOR_DELIVERY
    assert event.occurred_at == datetime(2026, 3, 10, 5, 5, tzinfo=UTC)
    assert event.location == "Cluj"


def test_us_exports_can_be_read_month_first():
    text = "tracking,status,date\n9400,Delivered,03/04/2026 4:30 PM\n"
    (event,) = parse_tracking_csv(text, timezone="America/New_York", day_first=False).events
    assert event.occurred_at == datetime(2026, 3, 4, 21, 30, tzinfo=UTC)


def test_common_carrier_wording_maps_to_packline_statuses():
    expected = {
        "Delivered": "delivered",
        "Consegnata al destinatario": "delivered",
        "Livrat": "delivered",
        "Out For Delivery Today": "out_for_delivery",
        "Colet în curs de livrare": "out_for_delivery",
        "Delivery attempted - no one home": "exception",
        "Undelivered": "exception",
        "Held at customs": "exception",
        "Returned to sender": "returned",
        "Package damaged in transit": "damaged",
        "Lost in network": "lost",
        "Departed facility": "in_transit",
        "in_transit": "in_transit",
    }
    assert {wording: status_from_wording(wording) for wording in expected} == expected
    assert status_from_wording("Zebra") is None


def test_unknown_status_falls_back_to_the_description_then_reports_a_problem():
    text = ("tracking,status,time,description\n"
            "A1,EV17,2026-03-10 09:00,Delivered to neighbour\n"
            "A2,EV99,2026-03-10 09:00,Zebra crossing\n")
    result = parse_tracking_csv(text, timezone="UTC")
    assert [event.status for event in result.events] == ["delivered"]
    (problem,) = result.problems
    assert (problem.line, problem.column, problem.value) == (3, "status", "EV99")


def test_carrier_specific_codes_can_be_mapped_exactly():
    text = "tracking,status,time\nA1,EV99,2026-03-10 09:00\n"
    result = parse_tracking_csv(text, timezone="UTC", status_map={"ev99": "lost"})
    assert [event.status for event in result.events] == [TrackingStatus.LOST]


def test_bad_rows_are_reported_with_line_column_and_value_and_good_rows_still_load():
    text = ("Tracking Number,Status,Time\n"
            ",Delivered,2026-03-10 09:00\n"
            "A2,Delivered,yesterday\n"
            "\n"
            "A3,Delivered,2026-03-10 09:00\n")
    result = parse_tracking_csv(text, timezone="UTC")
    assert [event.tracking for event in result.events] == ["A3"]
    assert [(p.line, p.column, p.value) for p in result.problems] == [
        (2, "Tracking Number", ""), (3, "Time", "yesterday")]
    assert str(result.problems[1]).startswith("Line 3, column 'Time', value 'yesterday'")


def test_missing_required_column_is_one_problem_on_the_header_line():
    result = parse_tracking_csv("Status,Time\nDelivered,2026-03-10\n", timezone="UTC")
    assert result.events == ()
    (problem,) = result.problems
    assert problem.line == 1 and problem.column == "tracking" and "tracking number" in problem.message


def test_file_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("Tracking,Status,Timestamp\nZ9,Delivered,2026-03-10T10:00:00Z\n", encoding="utf-8-sig")
    (event,) = parse_tracking_file(path, timezone="Asia/Bangkok").events
    assert event.tracking == "Z9" and event.occurred_at == datetime(2026, 3, 10, 10, tzinfo=UTC)
