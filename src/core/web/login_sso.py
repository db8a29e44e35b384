"""GET /auth/oidc/{name}/login starts a sign-in at the provider; .../callback finishes it."""

from __future__ import annotations

import dataclasses
import secrets
import time
from typing import Any

from litestar import Controller, Request, get
from litestar.exceptions import HTTPException
from litestar.params import Parameter
from litestar.response import Redirect

from core.login_limit import LoginLimit
from core.settings import Settings
from core.sso import Provider, SsoFailure, accounts, get_provider, protocol
from core.web.shell import ROTATE, safe_next

#: A sign-in must come back from the provider within this many seconds.
PENDING_SECONDS = 600
#: Longer query values than these are not ours.
MAX_STATE = 200
MAX_CODE = 4096


def redirect_uri(settings: Settings, name: str) -> str:
    return f"{settings.base_url.rstrip('/')}/auth/oidc/{name}/callback"


async def _provider(name: str) -> Provider:
    provider = await get_provider(name)
    if provider is None:
        raise SsoFailure(404, "unknown_provider")
    if not provider.client_secret():
        raise SsoFailure(503, "not_configured", provider.display_name)
    return provider


def _pending(request: Request, name: str, state: str) -> protocol.Pending:
    """The sign-in this browser started (taken out of its session: a state works once)."""
    session = request.scope.get("session")
    stored = session.pop("oidc", None) if isinstance(session, dict) else None
    if not isinstance(stored, dict):
        raise SsoFailure(400, "state")
    try:
        pending = protocol.Pending(**stored)
    except TypeError as exc:
        raise SsoFailure(400, "state") from exc
    fresh = time.time() - pending.started < PENDING_SECONDS
    same = secrets.compare_digest(pending.state.encode(), state.encode())
    if not state or len(state) > MAX_STATE or not same or pending.provider != name or not fresh:
        raise SsoFailure(400, "state")
    return pending


class SsoController(Controller):
    path = "/auth/oidc"
    include_in_schema = False

    @get("/{name:str}/login", operation_id="ssoLogin")
    async def login(self, request: Request, name: str, settings: Settings, next: str = "/") -> Redirect:
        """Send the browser to the provider, with state, nonce and PKCE kept in the session."""
        provider = await _provider(name)
        document = await protocol.metadata(provider, settings.sso_timeout_seconds)
        url, pending = protocol.authorization_request(
            provider, document, redirect_uri(settings, name), safe_next(next)
        )
        request.session["oidc"] = dataclasses.asdict(pending)
        return Redirect(path=url, status_code=302)

    @get("/{name:str}/callback", operation_id="ssoCallback")
    async def callback(
        self, request: Request, name: str, settings: Settings, limiter: LoginLimit,
        code: str = "", error: str = "",
        returned_state: str = Parameter(query="state", default="", required=False),
    ) -> Redirect:
        """Check what the provider sent, find or make the account, start the session."""
        client = request.client.host if request.client else "?"
        keys = limiter.keys(f"sso-callback@{client}", client)
        if wait := await limiter.attempt(*keys):
            # refused callbacks are audited: a flood of them is held here, before the audit trail
            minutes = max(1, round(wait / 60))
            raise HTTPException(
                status_code=429, headers={"Retry-After": str(wait)},
                detail=f"Te veel mislukte inlogpogingen. Probeer het over {minutes} minuut/minuten opnieuw.",
            )
        subject = email = ""
        try:
            pending = _pending(request, name, returned_state)
            provider = await _provider(name)
            if error or not code or len(code) > MAX_CODE:
                raise SsoFailure(403 if error else 400, "provider_error", provider.display_name)
            timeout = settings.sso_timeout_seconds
            document = await protocol.metadata(provider, timeout)
            id_token = await protocol.exchange_code(
                provider, document, code, pending, redirect_uri(settings, name), timeout
            )
            claims = await protocol.verify_id_token(provider, document, id_token, pending.nonce, timeout)
            subject, email = str(claims.get("sub", ""))[:255], str(claims.get("email", ""))[:254]
            identity = accounts.identity_from_claims(provider, claims)
            principal = await accounts.sign_in(provider, identity)
        except SsoFailure as failure:
            if not request.session.get("user_id"):
                # no session for a refused sign-in; one of a signed-in user stays (a planted
                # callback link must not sign them out)
                request.clear_session()
            await accounts.refuse(name[:64], failure.reason, subject, email)
            raise
        await limiter.succeeded(*keys)
        request.clear_session()
        auth: dict[str, Any] = {"method": "oidc", "provider": name, "id_token": id_token}
        request.set_session({"user_id": principal.user_id, "auth": auth, ROTATE: True})
        return Redirect(path=pending.next, status_code=303)
