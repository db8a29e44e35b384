"""Who is asking: users, roles and scopes, password and token checks, guards."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from litestar.connection import ASGIConnection
from litestar.enums import ScopeType
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler

from core.tables import ApiToken, User

ROLES = ("admin", "procurement", "privacy_officer", "board", "viewer")
WRITER_ROLES = frozenset({"admin", "procurement", "privacy_officer"})
AUDIT_READER_ROLES = frozenset({"admin", "privacy_officer"})

_hasher = PasswordHasher()


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
        raise PermissionDeniedException(detail=f"De rol {principal.role!r} mag niets wijzigen.")


async def audit_reader_guard(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    principal = await provide_principal(connection)
    if principal.role not in AUDIT_READER_ROLES:
        raise PermissionDeniedException(detail="Alleen beheerders en de FG zien de audittrail.")


class RateLimiter:
    """Sliding-window limit on failed logins, per key (e-mail, client address)."""

    def __init__(self, attempts: int, window_seconds: int) -> None:
        self.attempts = attempts
        self.window = window_seconds
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        return hits

    def blocked(self, *keys: str) -> int:
        """Seconds to wait, or 0 when another attempt is allowed."""
        now = time.monotonic()
        with self._lock:
            waits = [
                int(hits[0] + self.window - now) + 1
                for hits in (self._recent(k, now) for k in keys)
                if len(hits) >= self.attempts
            ]
        return max(waits, default=0)

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in keys:
                self._recent(key, now).append(now)

    def reset(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._hits.pop(key, None)


async def authenticate(email: str, password: str) -> Principal | None:
    row = await User.select().where(User.email == email.strip().lower()).first()
    if row is None:
        _hasher.hash(password)  # same work either way: no user enumeration by timing
        return None
    if not row["active"] or not verify_password(row["password_hash"], password):
        return None
    return principal_from_row(row)


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
