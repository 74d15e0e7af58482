"""Carrier tracking events read from a CSV export.

Columns are found by header name, ignoring case, spaces and punctuation, with common synonyms
(``AWB``, ``Event``, ``Timestamp``, ``City``...). Required: tracking number, status (or a
description to read the status from) and time, either one date-time column or a date column with
an optional time column. The delimiter (``,`` ``;`` tab or ``|``) is detected.

Times with a UTC offset keep it; times without one are read in ``timezone`` (an IANA name, the
carrier export's zone). Every ``occurred_at`` is returned in UTC. Dates written with slashes or
dots are day first unless ``day_first=False`` (US exports).

Carrier wording maps to one :class:`TrackingStatus` by the first matching rule, most specific
first: lost, damaged, returned, exception, out for delivery, delivered, in transit; a phrase
matches at the start of a word ("attempt" matches "Delivery attempted", "delivered" does not match
"Undelivered"). The status
column is read first and the description when the status says nothing known. A row that cannot
be read becomes a :class:`TrackingProblem` with its line, column and value; other rows still load.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone as dt_timezone
from enum import StrEnum
from pathlib import Path
from zoneinfo import ZoneInfo


class TrackingStatus(StrEnum):
    """Where a parcel is, in Packline's words."""

    IN_TRANSIT = "in_transit"
    OUT_FOR_DELIVERY = "out_for_delivery"
    DELIVERED = "delivered"
    EXCEPTION = "exception"
    LOST = "lost"
    DAMAGED = "damaged"
    RETURNED = "returned"


@dataclass(frozen=True)
class TrackingEvent:
    """One carrier scan. ``occurred_at`` is in UTC; ``source_line`` is the CSV line number."""

    tracking: str
    status: TrackingStatus
    occurred_at: datetime
    location: str
    description: str
    source_line: int


@dataclass(frozen=True)
class TrackingProblem:
    """Why a row (or the header, line 1) was not loaded."""

    line: int
    column: str
    value: str
    message: str

    def __str__(self) -> str:
        return f"Line {self.line}, column {self.column!r}, value {self.value!r}: {self.message}"


@dataclass(frozen=True)
class TrackingImport:
    """Events read from a file and the problems found in it."""

    events: tuple[TrackingEvent, ...]
    problems: tuple[TrackingProblem, ...]


COLUMN_SYNONYMS: Mapping[str, tuple[str, ...]] = {
    "tracking": ("tracking number", "tracking", "tracking no", "tracking id", "tracking code",
                 "awb", "awb number", "parcel number", "parcel", "shipment number", "consignment",
                 "consignment number", "waybill", "barcode"),
    "status": ("status", "event", "event type", "event status", "shipment status", "status code",
               "scan type", "activity"),
    "datetime": ("datetime", "date time", "timestamp", "occurred at", "event datetime",
                 "scan datetime", "event date time"),
    "date": ("date", "event date", "scan date"),
    "time": ("time", "event time", "scan time"),
    "location": ("location", "city", "place", "scan location", "event location", "facility"),
    "description": ("description", "details", "detail", "event description", "remarks",
                    "comment", "message", "status description"),
}

STATUS_RULES: tuple[tuple[TrackingStatus, tuple[str, ...]], ...] = (
    (TrackingStatus.LOST, ("lost", "cannot be located", "smarrit", "pierdut")),
    (TrackingStatus.DAMAGED, ("damage", "danneggiat", "deteriorat")),
    (TrackingStatus.RETURNED, ("return to sender", "returned", "returning to sender",
                               "returning to shipper", "rts", "reso al mittente", "returnat")),
    (TrackingStatus.EXCEPTION, ("exception", "attempt", "failed", "not delivered", "undeliver",
                                "delay", "held", "customs", "address", "refused", "problem",
                                "mancata consegna", "giacenza")),
    (TrackingStatus.OUT_FOR_DELIVERY, ("out for delivery", "with courier for delivery",
                                       "on vehicle for delivery", "ofd", "in consegna", "în curs de livrare",
                                       "in curs de livrare")),
    (TrackingStatus.DELIVERED, ("delivered", "signed for", "consegnat", "livrat")),
    (TrackingStatus.IN_TRANSIT, ("in transit", "transit", "departed", "arrived", "processed",
                                 "picked up", "collected", "accepted", "sorting", "facility",
                                 "hub", "label created", "information received", "shipped",
                                 "in viaggio", "tranzit", "preso in carico")),
)

_DATE_FORMATS_DAY_FIRST = ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y")
_DATE_FORMATS_MONTH_FIRST = ("%m/%d/%Y", "%m.%d.%Y", "%m-%d-%Y")
_TIME_FORMATS = ("%H:%M:%S", "%H:%M", "%I:%M %p", "%I:%M:%S %p")


def status_from_wording(text: str) -> TrackingStatus | None:
    """The status a carrier's wording means, or ``None`` when it is not recognised."""
    words = " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())
    if words.replace(" ", "_") in set(TrackingStatus):
        return TrackingStatus(words.replace(" ", "_"))
    padded = f" {words}"
    for status, phrases in STATUS_RULES:
        if any(f" {phrase}" in padded for phrase in phrases):
            return status
    return None


def parse_tracking_csv(
    text: str, timezone: str, day_first: bool = True, status_map: Mapping[str, str] | None = None
) -> TrackingImport:
    """Events from CSV ``text``; ``status_map`` maps a carrier's exact wording to a status."""
    zone = ZoneInfo(timezone)
    exact = {key.casefold().strip(): TrackingStatus(value) for key, value in (status_map or {}).items()}
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = next(reader, None)
    if header is None:
        return TrackingImport((), (TrackingProblem(1, "", "", "The file is empty."),))
    columns, missing = _find_columns(header)
    if missing:
        return TrackingImport((), (TrackingProblem(1, missing, ", ".join(header), (
            f"No {missing} column; name it one of: {', '.join(COLUMN_SYNONYMS[missing][:4])}."
        )),))
    events: list[TrackingEvent] = []
    problems: list[TrackingProblem] = []
    line = reader.line_num
    for row in reader:
        start, line = line + 1, reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        result = _read_row(row, start, header, columns, zone, day_first, exact)
        (events if isinstance(result, TrackingEvent) else problems).append(result)
    return TrackingImport(tuple(events), tuple(problems))


def parse_tracking_file(
    path: Path, timezone: str, day_first: bool = True, status_map: Mapping[str, str] | None = None
) -> TrackingImport:
    """:func:`parse_tracking_csv` over a UTF-8 file (a byte-order mark is fine)."""
    text = path.read_text(encoding="utf-8-sig")
    return parse_tracking_csv(text, timezone, day_first, status_map)


def _normalise(name: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", name.casefold()).split())


def _find_columns(header: list[str]) -> tuple[dict[str, int], str]:
    names = [_normalise(name) for name in header]
    columns: dict[str, int] = {}
    for field, synonyms in COLUMN_SYNONYMS.items():
        for synonym in synonyms:
            if synonym in names and field not in columns:
                columns[field] = names.index(synonym)
    for required in ("tracking", "status"):
        if required not in columns and not (required == "status" and "description" in columns):
            return columns, required
    if "datetime" not in columns and "date" not in columns and "time" not in columns:
        return columns, "time"
    return columns, ""


def _read_row(
    row: list[str], line: int, header: list[str], columns: dict[str, int], zone: ZoneInfo,
    day_first: bool, exact: Mapping[str, TrackingStatus],
) -> TrackingEvent | TrackingProblem:
    def cell(field: str) -> str:
        index = columns.get(field)
        return row[index].strip() if index is not None and index < len(row) else ""

    def problem(field: str, message: str) -> TrackingProblem:
        index = columns.get(field)
        return TrackingProblem(line, header[index] if index is not None else field, cell(field),
                               message)

    tracking = cell("tracking")
    if not tracking:
        return problem("tracking", "The tracking number is empty.")
    wording, description = cell("status"), cell("description")
    status = (exact.get(wording.casefold()) or status_from_wording(wording)
              or status_from_wording(description))
    if status is None:
        field = "status" if "status" in columns else "description"
        return problem(field, "This status is not recognised; map it in the import settings.")
    time_field = "datetime" if "datetime" in columns else ("date" if "date" in columns else "time")
    raw_time = cell(time_field) if time_field != "date" else f"{cell('date')} {cell('time')}".strip()
    occurred_at = _parse_time(raw_time, zone, day_first)
    if occurred_at is None:
        return TrackingProblem(line, header[columns[time_field]], raw_time,
                               "This is not a date and time this import understands.")
    return TrackingEvent(tracking, status, occurred_at, cell("location"), description, line)


def _parse_time(value: str, zone: ZoneInfo, day_first: bool) -> datetime | None:
    if not value:
        return None
    parsed = _parse_iso(value) or _parse_written(value, day_first)
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone)
    return parsed.astimezone(dt_timezone.utc)


def _parse_iso(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.replace(" T", "T"))
    except ValueError:
        return None


def _parse_written(value: str, day_first: bool) -> datetime | None:
    date_formats = _DATE_FORMATS_DAY_FIRST if day_first else _DATE_FORMATS_MONTH_FIRST
    for date_format in date_formats:
        for time_format in ("", *(" " + time_format for time_format in _TIME_FORMATS)):
            try:
                return datetime.strptime(value, date_format + time_format)
            except ValueError:
                continue
    return None
