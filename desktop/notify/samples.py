"""A made-up order that fills every email message, for previews in the template editor."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

_COMMON: dict[str, Any] = {"customer_name": "Maria Rossi", "order_number": "1042"}
_SAMPLES: dict[str, dict[str, Any]] = {
    "order_received": {"deliver_by": date(2026, 3, 12)},
    "shipped": {"carrier": "UPS", "service": "Standard", "tracking_number": "1Z999AA10123456784",
                "deliver_by": date(2026, 3, 12)},
    "delayed": {"deliver_by": date(2026, 3, 16), "reason": ""},
    "out_for_delivery": {"carrier": "UPS", "tracking_number": "1Z999AA10123456784"},
    "delivered": {"carrier": "UPS", "delivered_on": date(2026, 3, 11)},
    "return_authorised": {"return_number": "R-311", "return_by": date(2026, 3, 31)},
    "refund_issued": {"amount": Decimal("49.90"), "currency": "EUR",
                      "method": "original_payment"},
}


def sample_context(message: str) -> dict[str, Any]:
    """A complete context for ``message`` (see ``desktop.notify.templates.MESSAGES``)."""
    return _COMMON | _SAMPLES[message]
