"""Country names as marketplaces write them, turned into ISO 3166 alpha-2 codes."""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

_ALIASES = {
    "usa": "US",
    "u s a": "US",
    "united states of america": "US",
    "uk": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "the netherlands": "NL",
    "holland": "NL",
    "south korea": "KR",
    "korea": "KR",
    "russia": "RU",
    "czech republic": "CZ",
    "turkey": "TR",
    "ivory coast": "CI",
    "hong kong": "HK",
    "macau": "MO",
    "vietnam": "VN",
}


def _key(name: str) -> str:
    return re.sub(r"[\W_]+", " ", name.casefold()).strip()


@cache
def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for locale in ("en", "en_GB"):
        for code, name in Locale.parse(locale).territories.items():
            if len(code) == 2 and code.isalpha():
                names.setdefault(_key(name), code)
    names.update(_ALIASES)
    return names


def country_code(text: str) -> str:
    """Return the alpha-2 code for ``text`` (``"United States"`` -> ``"US"``, ``"ca"`` ->
    ``"CA"``); return ``text`` unchanged when it names no known country."""
    value = text.strip()
    if len(value) == 2 and value.isascii() and value.isalpha():
        return value.upper()
    key = _key(value)
    if not key:
        return value
    names = _names()
    code = names.get(key) or (names.get(key[4:]) if key.startswith("the ") else None)
    return code or value
