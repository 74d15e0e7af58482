"""Reading CSV, TSV and XLSX files as they really are, one record at a time.

``open_table(path)`` is a context manager yielding a ``Table``: the header row and an iterator
of ``Record``s, each carrying the physical line on which it starts. Text files may be UTF-8
with or without a BOM (or, failing that, Windows-1252, reported as a warning), use CRLF or LF,
be comma, tab or semicolon delimited (sniffed from the header line) and contain multi-line
quoted fields. Broken records (bad quoting, wrong number of fields) are still yielded, with
``broken`` set to the reason, so a parser that groups rows can reject the whole group.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple, TextIO

from desktop.intake.model import Problem

_DELIMITERS = (",", "\t", ";")
_CHUNK = 1 << 20


class Record(NamedTuple):
    """One logical row: the physical line it starts on, its cells, and why it is broken."""

    line: int
    values: list[str]
    broken: str | None


@dataclass
class Table:
    """A file's header and its records; ``problems`` grows while ``records`` is consumed."""

    file: str
    headers: list[str]
    records: Iterator[Record]
    delimiter: str
    problems: list[Problem] = field(default_factory=list)


@contextmanager
def open_table(path: str | Path) -> Iterator[Table]:
    """Open ``path`` (``.xlsx``/``.xlsm`` by suffix, otherwise delimited text) as a Table."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        with _open_xlsx(path) as table:
            yield table
        return
    problems: list[Problem] = []
    text = _open_text(path, problems)
    try:
        yield _delimited(path.name, text, problems)
    finally:
        text.close()


def _open_text(path: Path, problems: list[Problem]) -> TextIO:
    bad = _first_invalid_utf8(path)
    if bad is None:
        return open(path, encoding="utf-8-sig", newline="")
    byte, line = bad
    raw = path.read_bytes()
    try:
        decoded = raw.decode("cp1252")
    except UnicodeDecodeError:
        problems.append(
            Problem(path.name, line, "", "", f"file is not UTF-8 (byte 0x{byte:02x} at line {line})",
                    "fatal")
        )
        return io.StringIO("")
    problems.append(
        Problem(path.name, line, "", "",
                f"file is not UTF-8 (byte 0x{byte:02x} at line {line}); read as Windows-1252, "
                "check accented letters", "warning")
    )
    return io.StringIO(decoded, newline="")


def _first_invalid_utf8(path: Path) -> tuple[int, int] | None:
    """Return (byte value, physical line) of the first byte that is not valid UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    lines = 1
    with open(path, "rb") as raw:
        while True:
            chunk = raw.read(_CHUNK)
            pending = len(decoder.getstate()[0])
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as error:
                data = error.object
                position = max(error.start - pending, 0)
                return data[error.start], lines + chunk[:position].count(b"\n")
            if not chunk:
                return None
            lines += chunk.count(b"\n")


def _sniff(header_line: str) -> str:
    counts = [(header_line.count(d), d) for d in _DELIMITERS]
    best = max(counts)
    return best[1] if best[0] else ","


def _delimited(name: str, text: TextIO, problems: list[Problem]) -> Table:
    first = text.readline()
    delimiter = _sniff(first)
    reader = csv.reader(itertools.chain([first], text), delimiter=delimiter, strict=True)
    try:
        headers = [h.strip() for h in next(reader)]
    except StopIteration:
        headers = []
    except csv.Error as error:
        problems.append(Problem(name, 1, "", "", f"header row: bad quoting ({error})", "fatal"))
        headers = []
    if not headers and not any(p.severity == "fatal" for p in problems):
        problems.append(Problem(name, 1, "", "", "file is empty (no header row)", "fatal"))
    return Table(name, headers, _records(name, reader, len(headers), problems), delimiter, problems)


def _records(name: str, reader, width: int, problems: list[Problem]) -> Iterator[Record]:
    """The records of ``reader`` with the physical lines they start on; reading goes on after
    a record with bad quoting and stops at a quote that is never closed."""
    previous = reader.line_num
    while width:
        try:
            for values in reader:
                start, previous = previous + 1, reader.line_num
                if len(values) == width:
                    yield Record(start, values, None)
                elif any(values):
                    yield Record(start, values,
                                 f"row has {len(values)} fields but the header has {width} "
                                 "(check quotes and delimiters)")
            return
        except csv.Error as error:
            start, previous = previous + 1, reader.line_num
            if "unexpected end of data" in str(error):
                problems.append(Problem(name, start, "", "",
                                        "a quote opened on this line is never closed", "fatal"))
                return
            yield Record(start, [], f"bad quoting ({error})")


def cell_text(value: object) -> str:
    """Render a spreadsheet cell as the text a CSV export would have held."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@contextmanager
def _open_xlsx(path: Path) -> Iterator[Table]:
    from openpyxl import load_workbook

    problems: list[Problem] = []
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types for a damaged or foreign file
        problems.append(Problem(path.name, 1, "", "", f"not a readable XLSX workbook ({error})",
                                "fatal"))
        yield Table(path.name, [], iter(()), "", problems)
        return
    try:
        rows = workbook.active.iter_rows(values_only=True)
        header_cells = [cell_text(v).strip() for v in next(rows, ())]
        while header_cells and not header_cells[-1]:
            header_cells.pop()
        if not header_cells:
            problems.append(Problem(path.name, 1, "", "", "sheet is empty (no header row)",
                                    "fatal"))
        yield Table(path.name, header_cells, _xlsx_records(rows, len(header_cells)), "", problems)
    finally:
        workbook.close()


def _xlsx_records(rows, width: int) -> Iterator[Record]:
    for number, row in enumerate(rows, start=2):
        values = [cell_text(v) for v in row[:width]]
        if not any(values) or not width:
            continue
        values.extend([""] * (width - len(values)))
        extra = [v for v in row[width:] if v not in (None, "")]
        broken = f"row has {len(extra)} values beyond the last header" if extra else None
        yield Record(number, values, broken)
