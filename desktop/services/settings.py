"""Shop-wide settings stored in the shared database (workstation settings live in QSettings).

Secrets (the SMTP password) are never stored here.
"""

from __future__ import annotations

from sqlalchemy import select

from desktop.auth import Permission
from desktop.db.uow import UnitOfWork
from desktop.errors import InvalidInput, Text
from desktop.models import Setting

DEFAULTS: dict[str, str] = {
    "refunds.clerk_limit": "100.00",
    "shop.name": "My Shop",
    "shop.address": "",
    "shop.country": "US",
    "shop.currency": "USD",
    "documents.hide_prices": "false",
    "documents.thank_you": "Thank you for your order!",
    "documents.return_instructions": "To return an item, contact us within 30 days quoting your order number.",
    "import.unknown_sku": "placeholder",
    "smtp.host": "",
    "smtp.port": "587",
    "smtp.security": "starttls",
    "smtp.user": "",
    "mail.from": "",
    "shipping.free_threshold": "50.00",
    "promises.rules": "",
    "notify.carrier_urls": "{}",
    "notify.signature": "",
    "notify.claim_minutes": "15",
    "exceptions.hold_days": "3",
    "exceptions.risk_days": "2",
    "reports.below_free_margin": "10.00",
    "shop.logo_path": "",
    "documents.paper": "a4",
    "xero.sales_account": "200",
    "xero.shipping_account": "200",
    "xero.discount_account": "200",
    "xero.refund_account": "200",
    "xero.restocking_account": "260",
    "xero.tax_type": "Tax on Sales",
    "xero.no_tax_type": "Tax Exempt",
    "xero.tax_types": "{}",
    "quickbooks.item": "Sales",
    "quickbooks.shipping_item": "Shipping",
    "quickbooks.discount_item": "Discount",
    "quickbooks.refund_item": "Refund",
    "quickbooks.restocking_item": "Restocking fee",
    "quickbooks.tax_code": "TAX",
    "quickbooks.no_tax_code": "NON",
    "quickbooks.tax_codes": "{}",
}
SECRET_KEYS = ("smtp.password",)


def get(uow: UnitOfWork, key: str) -> str:
    row = uow.session.get(Setting, key)
    if row is not None:
        return row.value
    if key in DEFAULTS:
        return DEFAULTS[key]
    raise InvalidInput("setting", key, _unknown())


def set_value(uow: UnitOfWork, key: str, value: str) -> None:
    uow.actor.require(Permission.MANAGE_SETTINGS)
    if key in SECRET_KEYS:
        raise InvalidInput("setting", key, "is a secret and is kept in the OS keyring, not the shared database")
    if key not in DEFAULTS:
        raise InvalidInput("setting", key, _unknown())
    row = uow.session.get(Setting, key)
    old = row.value if row else DEFAULTS[key]
    if row is None:
        uow.session.add(Setting(key=key, value=value))
    else:
        row.value = value
    uow.audit("setting.set", "setting", None, key, {"from": old, "to": value})


def _unknown() -> Text:
    return Text("is unknown; known settings: {known}", known=", ".join(sorted(DEFAULTS)))


def all_values(uow: UnitOfWork) -> dict[str, str]:
    values = dict(DEFAULTS)
    values.update({s.key: s.value for s in uow.session.scalars(select(Setting))})
    return values
