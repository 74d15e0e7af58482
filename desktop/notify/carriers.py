"""Tracking links: a per-carrier URL template with ``{tracking}`` where the number goes.

Carrier names are matched ignoring case, spaces and punctuation ("Royal Mail", "royalmail" and
"ROYAL-MAIL" are the same carrier). Shops override or add carriers with their own table.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import quote

DEFAULT_TRACKING_URLS: Mapping[str, str] = {
    "UPS": "https://www.ups.com/track?tracknum={tracking}",
    "USPS": "https://tools.usps.com/go/TrackConfirmAction?tLabels={tracking}",
    "FedEx": "https://www.fedex.com/fedextrack/?trknbr={tracking}",
    "DHL": "https://www.dhl.com/global-en/home/tracking.html?tracking-id={tracking}&submit=1",
    "DPD": "https://tracking.dpd.de/status/en_US/parcel/{tracking}",
    "GLS": "https://gls-group.com/GROUP/en/parcel-tracking?match={tracking}",
    "Royal Mail": "https://www.royalmail.com/track-your-item#/tracking-results/{tracking}",
    "Poste Italiane": "https://www.poste.it/cerca/index.html#/risultati-spedizioni/{tracking}",
    "Fan Courier": "https://www.fancourier.ro/awb-tracking/?tracking={tracking}",
    "Thailand Post": "https://track.thailandpost.co.th/?trackNumber={tracking}",
    "Aramex": "https://www.aramex.com/track/results?ShipmentNumber={tracking}",
}


def carrier_key(name: str) -> str:
    """The comparison key of a carrier name: lower case letters and digits only."""
    return re.sub(r"[^0-9a-z]", "", name.casefold())


def tracking_url(
    carrier: str, tracking_number: str, overrides: Mapping[str, str] | None = None
) -> str | None:
    """The tracking link for a parcel, or ``None`` when the carrier has no URL template.

    ``overrides`` (carrier name -> template) win over the defaults. The tracking number is
    percent-encoded, so a stray space or ``&`` cannot change the link's meaning.
    """
    table = {carrier_key(name): url for name, url in DEFAULT_TRACKING_URLS.items()}
    table |= {carrier_key(name): url for name, url in (overrides or {}).items()}
    template = table.get(carrier_key(carrier))
    if template is None:
        return None
    return template.replace("{tracking}", quote(tracking_number.strip(), safe=""))
