"""The layout of a postal address (:class:`desktop.address.Address`) for its destination country.

``format_address`` returns the lines of an address in the order the destination's post expects:
US/CA/AU "City ST ZIP" on one line, most of Europe "POSTCODE City", the UK with the postcode on
its own line, Japan/China/Korea postcode first, Arabic countries and Thailand with the district
and postcode lines their posts use. The country name (in English, upper case) is the last line
when the destination differs from the sender's country.
"""

from __future__ import annotations

from desktop.address import Address

COUNTRY_NAMES = {
    "AE": "UNITED ARAB EMIRATES", "AT": "AUSTRIA", "AU": "AUSTRALIA", "BE": "BELGIUM",
    "BR": "BRAZIL", "CA": "CANADA", "CH": "SWITZERLAND", "CN": "CHINA", "CZ": "CZECHIA",
    "DE": "GERMANY", "DK": "DENMARK", "EG": "EGYPT", "ES": "SPAIN", "FI": "FINLAND",
    "FR": "FRANCE", "GB": "UNITED KINGDOM", "GR": "GREECE", "HU": "HUNGARY", "IE": "IRELAND",
    "IN": "INDIA", "IT": "ITALY", "JO": "JORDAN", "JP": "JAPAN", "KR": "SOUTH KOREA",
    "KW": "KUWAIT", "LU": "LUXEMBOURG", "MA": "MOROCCO", "MX": "MEXICO", "NL": "NETHERLANDS",
    "NO": "NORWAY", "NZ": "NEW ZEALAND", "PL": "POLAND", "PT": "PORTUGAL", "QA": "QATAR",
    "RO": "ROMANIA", "SA": "SAUDI ARABIA", "SE": "SWEDEN", "SG": "SINGAPORE", "TH": "THAILAND",
    "TR": "TURKEY", "US": "UNITED STATES", "ZA": "SOUTH AFRICA", "BD": "BANGLADESH",
}

_CITY_REGION_POSTCODE = {"US", "CA", "AU", "MX"}
_POSTCODE_ON_OWN_LINE = {"GB", "IE", "ZA", "BD"}
_POSTCODE_FIRST_LINE = {"JP", "CN", "KR"}
_ARABIC = {"AE", "SA", "EG", "JO", "KW", "QA", "MA", "BH", "OM", "LB", "IQ", "TN", "DZ"}
_CITY_POSTCODE = {"IN", "SG", "NZ", "TH"}


def _locality_lines(a: Address) -> list[str]:
    """The city/region/postcode lines for ``a.country`` (empty parts dropped)."""
    country = a.country.upper()
    if country in _CITY_REGION_POSTCODE:
        head = ", ".join(p for p in (a.city, a.region) if p) if country == "MX" else a.city
        tail = a.region if country != "MX" else ""
        return [" ".join(p for p in (head, tail, a.postal_code) if p)]
    if country in _POSTCODE_ON_OWN_LINE:
        return [p for p in (a.city, a.region, a.postal_code) if p]
    if country in _POSTCODE_FIRST_LINE:
        return [p for p in (a.postal_code, " ".join(q for q in (a.region, a.city) if q)) if p]
    if country in _ARABIC:
        return [p for p in (a.city, " ".join(q for q in (a.region, a.postal_code) if q)) if p]
    if country in _CITY_POSTCODE:
        return [p for p in (a.region, " ".join(q for q in (a.city, a.postal_code) if q)) if p]
    if country == "BR":
        return [p for p in (" - ".join(q for q in (a.city, a.region) if q), a.postal_code) if p]
    if country in {"IT", "ES", "RO"}:
        locality = " ".join(p for p in (a.postal_code, a.city, a.region) if p)
        return [locality] if locality else []
    locality = " ".join(p for p in (a.postal_code, a.city) if p)
    return [p for p in (locality, a.region) if p]


def format_address(address: Address, origin_country: str = "") -> list[str]:
    """Return the address as printed lines for its destination country.

    The country line is added when ``origin_country`` (ISO alpha-2) is empty or differs from the
    destination; it uses the English upper-case name, as international mail requires. Country
    codes are compared and looked up upper-cased, so "ro" and "RO" print alike.
    """
    lines = [p for p in (address.name, address.company, address.line1, address.line2) if p]
    lines.extend(_locality_lines(address))
    country = address.country.upper()
    if not origin_country or origin_country.upper() != country:
        lines.append(COUNTRY_NAMES.get(country, country))
    return lines
