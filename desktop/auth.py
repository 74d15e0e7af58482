"""Roles, permissions and the acting user.

Roles: admin > manager > clerk > packer. Packers never see prices or costs; only managers and
admins adjust stock, change prices or refund above the shop's limit (setting
``refunds.clerk_limit``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from desktop.errors import PermissionDenied, Text, translatable


class _Worded(str, enum.Enum):
    """An enum whose values are English words that messages show translated."""

    @property
    def text(self) -> Text:
        """The value as words in a message (a role's name; what a permission allows, as in
        "may not {text}")."""
        return Text(self.value)


class Role(_Worded):
    ADMIN = translatable("admin")
    MANAGER = translatable("manager")
    CLERK = translatable("clerk")
    PACKER = translatable("packer")


class Permission(_Worded):
    SEE_PRICES = translatable("see prices and costs")
    CHANGE_PRICES = translatable("change prices")
    ADJUST_STOCK = translatable("adjust stock")
    MOVE_STOCK = translatable("receive and transfer stock")
    MANAGE_ORDERS = translatable("create and change orders")
    SHIP = translatable("pack and ship orders")
    RETURNS = translatable("handle returns")
    REFUND = translatable("refund")
    REFUND_ABOVE_LIMIT = translatable("refund above the limit")
    OVERRIDE_VERIFICATION = translatable("override pack verification")
    MANAGE_USERS = translatable("manage users")
    MANAGE_SETTINGS = translatable("change shop settings")
    MANAGE_CATALOG = translatable("edit products")


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
            raise PermissionDenied("{name} ({role}) may not {action}. Ask a manager or an admin.",
                                   name=self.name, role=self.role.text, action=permission.text)


SYSTEM = Actor(id=None, name="system", role=Role.ADMIN)
