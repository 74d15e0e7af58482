"""User accounts: argon2-hashed passwords, roles, sign-in."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from desktop.auth import Actor, Permission, Role
from desktop.db.uow import UnitOfWork
from desktop.errors import AuthenticationFailed, InvalidInput, Text, one_of
from desktop.models import User

_HASHER = PasswordHasher()
MIN_PASSWORD = 8


def _role(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise InvalidInput("role", value, one_of(r.value for r in Role)) from None


def check_password(password: str) -> None:
    """Raise :class:`InvalidInput` when ``password`` is too short to be accepted."""
    if len(password) < MIN_PASSWORD:
        raise InvalidInput("password", "***", Text("must be at least {count} characters", count=MIN_PASSWORD))


def has_login_users(uow: UnitOfWork) -> bool:
    """True once any user can sign in; until then the system actor runs everything."""
    return bool(uow.session.scalar(select(func.count()).select_from(User).where(User.password_hash.is_not(None))))


def add_user(uow: UnitOfWork, name: str, role: str, password: str | None) -> Actor:
    """Create a user. The first user that can sign in may be created by the system actor;
    after that only admins manage users. ``password`` None makes a name-only staff record."""
    if has_login_users(uow):
        uow.actor.require(Permission.MANAGE_USERS)
    name = name.strip()
    if not name:
        raise InvalidInput("user name", name, "must not be empty")
    if uow.session.scalars(select(User).where(User.name == name)).first():
        raise InvalidInput("user name", name, "is taken")
    if password is not None:
        check_password(password)
    user = User(name=name, role=_role(role).value,
                password_hash=_HASHER.hash(password) if password is not None else None)
    uow.session.add(user)
    uow.flush()
    uow.audit("user.add", "user", user.id, name, {"role": user.role})
    return Actor(user.id, user.name, Role(user.role))


def authenticate(uow: UnitOfWork, name: str, password: str) -> Actor:
    user = uow.session.scalars(select(User).where(User.name == name)).first()
    failure = AuthenticationFailed("Wrong user name or password.")
    if user is None or not user.active or user.password_hash is None:
        raise failure
    try:
        _HASHER.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise failure from None
    return Actor(user.id, user.name, Role(user.role))


def set_password(uow: UnitOfWork, name: str, password: str) -> None:
    if uow.actor.name != name:
        uow.actor.require(Permission.MANAGE_USERS)
    check_password(password)
    user = uow.session.scalars(select(User).where(User.name == name)).first()
    if user is None:
        raise InvalidInput("user name", name, "does not exist")
    user.password_hash = _HASHER.hash(password)
    uow.audit("user.password", "user", user.id, name)


def set_role(uow: UnitOfWork, name: str, role: str, active: bool = True) -> None:
    uow.actor.require(Permission.MANAGE_USERS)
    user = uow.session.scalars(select(User).where(User.name == name)).first()
    if user is None:
        raise InvalidInput("user name", name, "does not exist")
    before = (user.role, user.active)
    user.role = _role(role).value
    user.active = active
    uow.audit("user.update", "user", user.id, name, {"from": before, "to": (user.role, active)})


def list_users(uow: UnitOfWork) -> list[tuple[str, str, bool]]:
    return [(u.name, u.role, u.active) for u in uow.session.scalars(select(User).order_by(User.name))]
