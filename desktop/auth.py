"""Roles, permissions and the acting user.

Roles: admin > manager > clerk > packer. Packers never see prices or costs; only managers and
admins adjust stock, change prices or refund above the shop's limit (setting
``refunds.clerk_limit``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from desktop.errors import PermissionDenied


class Role(str, enum.Enum):
    ADMIN = "admin"
    MANAGER = "manager"
    CLERK = "clerk"
    PACKER = "packer"


class Permission(str, enum.Enum):
    SEE_PRICES = "see prices and costs"
    CHANGE_PRICES = "change prices"
    ADJUST_STOCK = "adjust stock"
    MOVE_STOCK = "receive and transfer stock"
    MANAGE_ORDERS = "create and change orders"
    SHIP = "pack and ship orders"
    RETURNS = "handle returns"
    REFUND = "refund"
    REFUND_ABOVE_LIMIT = "refund above the limit"
    OVERRIDE_VERIFICATION = "override pack verification"
    MANAGE_USERS = "manage users"
    MANAGE_SETTINGS = "change shop settings"
    MANAGE_CATALOG = "edit products"


_CLERK = {
    Permission.SEE_PRICES, Permission.MOVE_STOCK, Permission.MANAGE_ORDERS, Permission.SHIP,
    Permission.RETURNS, Permission.REFUND, Permission.MANAGE_CATALOG,
}
_MANAGER = _CLERK | {
    Permission.CHANGE_PRICES, Permission.ADJUST_STOCK, Permission.REFUND_ABOVE_LIMIT,
    Permission.OVERRIDE_VERIFICATION, Permission.MANAGE_SETTINGS,
}
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.PACKER: frozenset({Permission.SHIP, Permission.MOVE_STOCK}),
    Role.CLERK: frozenset(_CLERK),
    Role.MANAGER: frozenset(_MANAGER),
    Role.ADMIN: frozenset(Permission),
}


@dataclass(frozen=True)
class Actor:
    """Who is acting. ``id`` is None for the built-in system actor used before any user exists."""

    id: int | None
    name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                f"{self.name} ({self.role.value}) may not {permission.value}. Ask a manager or an admin."
            )


SYSTEM = Actor(id=None, name="system", role=Role.ADMIN)
