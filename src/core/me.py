"""GET /api/v1/me: who is asking, by bearer token or by the browser's session."""

from __future__ import annotations

import msgspec
from litestar import Request, get
from litestar.exceptions import NotAuthorizedException

from core.auth import Principal, principal_for_user_id, provide_principal
from core.http import READ_ERRORS
from core.tables import SsoIdentity


class MeOut(msgspec.Struct):
    email: str
    name: str
    role: str
    scopes: list[str]
    #: "token", "password" or "oidc".
    method: str
    #: The provider's name when signed in through one; "" otherwise.
    provider: str = ""


async def _session_principal(request: Request) -> tuple[Principal, dict[str, object]] | None:
    session = request.scope.get("session")
    if not isinstance(session, dict) or not session.get("user_id"):
        return None
    principal = await principal_for_user_id(int(session["user_id"]))
    auth = session.get("auth")
    return (principal, auth if isinstance(auth, dict) else {}) if principal else None


@get("/api/v1/me", operation_id="me", tags=["Service"], responses=READ_ERRORS)
async def me(request: Request) -> MeOut:
    """The signed-in principal: e-mail, name, role, scopes and how it signed in."""
    auth: dict[str, object]
    if request.headers.get("authorization"):
        principal, auth = await provide_principal(request), {"method": "token"}
    elif found := await _session_principal(request):
        principal, auth = found
    else:
        raise NotAuthorizedException(detail="Niet aangemeld: geef een API-token mee of meld u aan.")
    identity = await SsoIdentity.select(SsoIdentity.name).where(
        SsoIdentity.user == principal.user_id
    ).order_by(SsoIdentity.last_login_at, ascending=False).first()
    return MeOut(
        email=principal.email, name=identity["name"] if identity else "", role=principal.role,
        scopes=sorted(principal.scopes), method=str(auth.get("method", "password")),
        provider=str(auth.get("provider", "")),
    )
