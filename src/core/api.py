"""Service-level endpoints: health, login for a token, the audit trail."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.exceptions import HTTPException
from litestar.params import Parameter

from core import db
from core.audit_reads import list_events
from core.auth import Principal, audit_reader_guard, authenticate
from core.http import READ_ERRORS, Paging, error_spec
from core.login_limit import LoginLimit
from core.settings import Settings
from core.users import issue_token


class HealthOut(msgspec.Struct):
    status: str
    database: str


@get("/health", operation_id="health", tags=["Service"], exclude_from_auth=True)
async def health() -> Response[HealthOut]:
    """200 when the database answers, 503 otherwise."""
    if await db.ping():
        return Response(HealthOut("ok", "ok"), status_code=200)
    return Response(HealthOut("unavailable", "unreachable"), status_code=503)


class LoginIn(msgspec.Struct, forbid_unknown_fields=True):
    email: Annotated[str, msgspec.Meta(min_length=3, max_length=254)]
    password: Annotated[str, msgspec.Meta(min_length=1, max_length=200)]
    label: Annotated[str, msgspec.Meta(max_length=100)] = "api"


class TokenOut(msgspec.Struct):
    token: str
    prefix: str
    email: str
    role: str


@post(
    "/api/v1/auth/token",
    operation_id="login",
    tags=["Service"],
    responses={
        **READ_ERRORS, 403: error_spec("Alleen beheerders (VWO_LOCAL_LOGIN=admin-only)"),
        429: error_spec("Te veel mislukte pogingen; wacht even"),
    },
)
async def login(request: Request, data: LoginIn, limiter: LoginLimit, settings: Settings) -> Response[TokenOut]:
    """Exchange e-mail and password for a new API token (rate-limited)."""
    keys = limiter.keys(data.email, request.client.host if request.client else "?")
    wait = await limiter.attempt(*keys)
    if wait:
        raise HTTPException(
            status_code=429,
            detail=f"Te veel mislukte aanmeldpogingen. Probeer het over {wait} seconden opnieuw.",
            headers={"Retry-After": str(wait)},
        )
    principal = await authenticate(data.email, data.password)
    if principal is None:
        raise HTTPException(status_code=401, detail="Onjuist e-mailadres of wachtwoord.")
    if settings.local_login == "admin-only" and not principal.is_admin:
        raise HTTPException(
            status_code=403,
            detail="Een token met een wachtwoord aanvragen kan alleen voor beheerders (VWO_LOCAL_LOGIN=admin-only).",
        )
    await limiter.succeeded(*keys)
    token, prefix = await issue_token(principal.email, data.label, actor=principal.email)
    return Response(TokenOut(token, prefix, principal.email, principal.role), status_code=201)


class AuditEventOut(msgspec.Struct):
    seq: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    scope: str
    changes: dict[str, Any]
    prev_hash: str
    hash: str


class AuditPage(msgspec.Struct):
    items: list[AuditEventOut]
    total: int
    page: int
    page_size: int


class AuditController(Controller):
    path = "/api/v1/audit"
    tags = ["Audittrail"]
    guards = [audit_reader_guard]

    @get(operation_id="listAuditEvents", responses={**READ_ERRORS, 403: error_spec("Alleen beheerder en FG")})
    async def list_(
        self,
        user: Principal,
        paging: Paging,
        entity: str | None = Parameter(required=False, max_length=64),
        entity_id: str | None = Parameter(required=False, max_length=64),
        actor: str | None = Parameter(required=False, max_length=254),
        action: str | None = Parameter(required=False, max_length=32),
    ) -> AuditPage:
        """The audit trail, newest first; an FG sees the events of its scope."""
        page = await list_events(
            user, entity=entity, entity_id=entity_id, actor=actor, action=action,
            page=paging.page, page_size=paging.page_size,
        )
        items = [AuditEventOut(**{k: v for k, v in row.items() if k not in {"id", "hmac"}}) for row in page.items]
        return AuditPage(items=items, total=page.total, page=page.page, page_size=page.page_size)
