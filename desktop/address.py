"""A postal address as plain data (Qt- and database-free; documents and orders share it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Address:
    """A postal address; every field may be empty. ``country`` is an ISO 3166-1 alpha-2 code
    (e.g. "DE"), in any case: ``printing.address.format_address`` upper-cases it."""

    name: str = ""
    company: str = ""
    line1: str = ""
    line2: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    phone: str = ""
