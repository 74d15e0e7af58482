"""Printer profiles: the workstation's label and document printers.

A profile is plain data; the UI stores it in QSettings with ``to_dict``/``from_dict``.
Offsets are in millimetres (converted to dots for ``^LH`` at the profile's dpi); darkness is the
ZPL ``~SD`` value 0-30.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from printing.labels import SIZES

LANGUAGES = ("zpl", "pdf")
DPIS = (203, 300)
PAPER_SIZES = ("a4", "letter")


@dataclass(frozen=True, slots=True)
class PrinterProfile:
    """A workstation's printers. ``transport_uri`` is the label printer, ``document_uri`` the
    page printer for slips and lists (``qt://NAME`` for a QPrinter, or any transport URI)."""

    name: str
    transport_uri: str
    language: str = "zpl"
    dpi: int = 203
    label_size: str = "4x6"
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    darkness: int = 15
    document_uri: str = ""
    paper_size: str = "a4"

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("A printer profile needs a name.")
        if self.language not in LANGUAGES:
            raise ValueError(f"Printer language must be zpl or pdf, not {self.language!r}.")
        if self.dpi not in DPIS:
            raise ValueError(f"Printer resolution must be 203 or 300 dpi, not {self.dpi}.")
        if self.label_size not in SIZES:
            raise ValueError(f"Unknown label size {self.label_size!r}; use one of {', '.join(SIZES)}.")
        if not 0 <= self.darkness <= 30:
            raise ValueError(f"Darkness must be between 0 and 30, not {self.darkness}.")
        if self.paper_size not in PAPER_SIZES:
            raise ValueError(f"Paper size must be a4 or letter, not {self.paper_size!r}.")

    def offset_dots(self) -> tuple[int, int]:
        """The x/y label-home offsets in dots at this profile's dpi."""
        return round(self.offset_x_mm * self.dpi / 25.4), round(self.offset_y_mm * self.dpi / 25.4)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON/QSettings-friendly values."""
        return asdict(self)

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> PrinterProfile:
        """Build from stored values; unknown keys are ignored, numbers given as strings (as
        QSettings returns them on some platforms) are converted. Raises ValueError if invalid."""
        kwargs: dict[str, Any] = {}
        for f in fields(cls):
            if f.name in values:
                raw = values[f.name]
                kind = type(getattr(_DEFAULTS, f.name)) if f.name != "name" else str
                kwargs[f.name] = kind(raw)
        return cls(**kwargs)


_DEFAULTS = PrinterProfile(name="default", transport_uri="file:///dev/null")
