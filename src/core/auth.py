"""Who is asking: users, roles and scopes, password and token checks, guards."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from litestar.connection import ASGIConnection
from litestar.enums import ScopeType
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler

from core.tables import ApiToken, User

ROLES = ("admin", "procurement", "privacy_officer", "board", "viewer")
WRITER_ROLES = frozenset({"admin", "procurement", "privacy_officer"})
#: The roles as people call them.
ROLE_LABELS = {"admin": "beheerder", "procurement": "inkoop", "privacy_officer": "FG", "board": "bestuur",
               "viewer": "lezer"}
AUDIT_READER_ROLES = frozenset({"admin", "privacy_officer"})

_hasher = PasswordHasher()
#: Argon2 calls running at once (each takes 64 MiB); the rest wait their turn.
HASHING_THREADS = 4
_hash_slots: anyio.CapacityLimiter | None = None
#: The hash checked for unknown and inactive accounts: a random password, thrown away, hashed
#: with the hasher's parameters (so it costs what a real check costs).
DUMMY_HASH = "$argon2id$v=19$m=65536,t=3,p=4$LPZ0zvIJ/QrhcjAG/sb4LA$wKxnfkYbJo0KI7KkSQFKCqlqEbCuCzoQDbme2JAzDYM"
T = TypeVar("T")


@dataclass(frozen=True)
class Principal:
    """The authenticated user, as every service sees it."""

    user_id: int
    email: str
    role: str
    scopes: frozenset[str]

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def can_write(self) -> bool:
        return self.role in WRITER_ROLES

    def sees(self, scope: str) -> bool:
        return self.is_admin or scope in self.scopes

    def scope_filter(self) -> frozenset[str] | None:
        """None means "everything" (admin); otherwise the scopes to filter on."""
        return None if self.is_admin else self.scopes


SYSTEM = Principal(user_id=0, email="system", role="admin", scopes=frozenset())


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def new_password() -> str:
    return secrets.token_urlsafe(15)


def new_token() -> str:
    return "vwo_" + secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def principal_from_row(row: dict) -> Principal:
    scopes = row["scopes"]
    if isinstance(scopes, str):
        scopes = json.loads(scopes or "[]")
    return Principal(
        user_id=row["id"], email=row["email"], role=row["role"], scopes=frozenset(scopes)
    )


#: The bearer-token lookup runs on every API request: plain SQL (one indexed select on the
#: unique token_hash), because building the same join with Piccolo's query builder cost
#: more than running it (bench/bench_register.py).
_TOKEN_SQL = (
    'SELECT u."id", u."email", u."role", u."scopes", u."active" '  # noqa: S105 - SQL text, not a password
    'FROM "vwo_api_token" AS t JOIN "vwo_user" AS u ON u."id" = t."user" '
    'WHERE t."token_hash" = {} AND t."revoked_at" IS NULL LIMIT 1'
)


async def principal_for_token(token: str) -> Principal | None:
    rows = await ApiToken.raw(_TOKEN_SQL, token_digest(token))
    if not rows or not rows[0]["active"]:
        return None
    return principal_from_row(rows[0])


async def provide_principal(connection: ASGIConnection) -> Principal:
    """Dependency: the bearer token's user, or 401."""
    cached = connection.scope.get("state", {}).get("principal")
    if isinstance(cached, Principal):
        return cached
    header = connection.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    principal = None
    if scheme.lower() == "bearer" and token.strip():
        principal = await principal_for_token(token.strip())
    if principal is None:
        raise NotAuthorizedException(
            detail="Niet aangemeld: geef een geldig API-token mee (Authorization: Bearer ...)."
        )
    connection.state.principal = principal
    return principal


async def principal_for_user_id(user_id: int) -> Principal | None:
    row = await User.select().where(User.id == user_id, User.active.eq(True)).first()
    return principal_from_row(row) if row else None


async def write_guard(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    """Guard for mutating handlers: a read-only role gets 403."""
    scope = connection.scope
    if scope["type"] == ScopeType.HTTP and scope["method"] in {"GET", "HEAD", "OPTIONS"}:
        return
    principal = await provide_principal(connection)
    if not principal.can_write:
        role = ROLE_LABELS.get(principal.role, principal.role)
        raise PermissionDeniedException(detail=f"De rol {role} mag niets wijzigen.")


async def audit_reader_guard(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    principal = await provide_principal(connection)
    if principal.role not in AUDIT_READER_ROLES:
        raise PermissionDeniedException(detail="Alleen beheerders en de FG zien de audittrail.")


async def _hashing(fn: Callable[..., T], *args: Any) -> T:
    """Run an Argon2 call in a worker thread, a few at a time.

    Argon2 takes some 50-100 ms of CPU and 64 MiB per call: on the event loop, 20
    parallel logins held every other request for seconds (issue 13, finding 5).
    """
    global _hash_slots
    if _hash_slots is None:
        _hash_slots = anyio.CapacityLimiter(HASHING_THREADS)
    return await anyio.to_thread.run_sync(fn, *args, limiter=_hash_slots)


async def hash_password_off_loop(password: str) -> str:
    return await _hashing(hash_password, password)


async def authenticate(email: str, password: str) -> Principal | None:
    """The active user with this e-mail address and password, or None.

    Unknown, inactive and password-less accounts cost the same Argon2 check as a real one
    (against a dummy hash), so the answer time does not tell them apart.
    """
    row = await User.select().where(User.email == email.strip().lower()).first()
    usable = bool(row and row["active"] and row["password_hash"].startswith("$argon2"))
    stored = row["password_hash"] if row and usable else DUMMY_HASH
    matches = await _hashing(verify_password, stored, password)
    return principal_from_row(row) if row and usable and matches else None


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def require_scope(principal: Principal, scope: str) -> None:
    if not principal.sees(scope):
        raise PermissionDeniedException(detail=f"{scope} valt buiten uw bereik.")


#: Whether a municipality (CBS code) or arrangement (slug) is in the register. Layers below
#: the register (templates) get it as a dependency from the app.
ScopeExists = Callable[[str], Awaitable[bool]]
#: (code, name) of every register a principal may see, for forms that ask for a scope.
ScopeChoices = Callable[[Principal], Awaitable[list[tuple[str, str]]]]
