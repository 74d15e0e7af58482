"""Writing accounting CSVs: a header, then rows; Decimals with two places, None as empty."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TextIO


def write_csv(out: str | Path | TextIO, header: Sequence[str],
              rows: Iterable[Sequence[object]]) -> int:
    """Write ``header`` and ``rows`` to ``out`` (a path, written as UTF-8, or an open text
    file); return the number of rows written."""
    if isinstance(out, (str, Path)):
        with open(out, "w", newline="", encoding="utf-8") as handle:
            return write_csv(handle, header, rows)
    writer = csv.writer(out)
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow(["" if v is None else f"{v:.2f}" if isinstance(v, Decimal) else v
                         for v in row])
        count += 1
    return count
