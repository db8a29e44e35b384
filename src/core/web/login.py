"""Login and logout pages: a password, or the organisation's own provider (core.sso)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

from litestar import Controller, Request, get, post
from litestar.enums import MediaType, RequestEncodingType
from litestar.params import Body
from litestar.response import Redirect, Template

from core.auth import Principal, authenticate
from core.login_limit import LoginLimit
from core.settings import Settings
from core.sso import SsoFailure, cached_metadata, get_provider, list_providers, metadata
from core.web.shell import ROTATE, safe_next

ADMIN_ONLY = "Inloggen met een wachtwoord kan alleen voor beheerders. Gebruik de knop van uw organisatie."


@dataclass
class LoginForm:
    email: str = ""
    password: str = ""
    next: str = "/"


def local_login_allowed(principal: Principal, settings: Settings) -> bool:
    """Whether this account may sign in with its password (VWO_LOCAL_LOGIN)."""
    return settings.local_login != "admin-only" or principal.is_admin


async def _login_page(settings: Settings, status_code: int = 200, **context: Any) -> Template:
    providers = [
        {"name": p.name, "display_name": p.display_name, "domains": bool(p.domains)} for p in await list_providers()
    ]
    return Template(
        "login.html", status_code=status_code,
        context={"error": None, "email": "", "next": "/", **context, "providers": providers,
                 "local_login": settings.local_login},
    )


async def _home_realm(email: str, next_path: str) -> Template | None:
    """The page that sends an address of a provider's domain to that provider."""
    domain = email.rpartition("@")[2]
    for provider in await list_providers():
        if domain and domain in provider.domains:
            target = f"/auth/oidc/{provider.name}/login?next={quote(next_path, safe='')}"
            return Template("sso_redirect.html", status_code=200, context={
                "title": "Doorsturen", "where": provider.display_name, "target": target,
                "message": f"U gaat naar de inlogdienst van {provider.display_name}.",
            })
    return None


class LoginController(Controller):
    path = "/"
    include_in_schema = False

    @get("/login", operation_id="loginPage")
    async def form(self, request: Request, settings: Settings, next: str = "/") -> Template:
        """The login form, with a button per provider."""
        return await _login_page(settings, next=safe_next(next))

    @post("/login", operation_id="loginSubmit", status_code=303, media_type=MediaType.HTML)
    async def submit(
        self, request: Request, limiter: LoginLimit, settings: Settings,
        data: LoginForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Any:
        """Check the password (rate-limited) and start a session; an address without one goes to its provider."""
        email = data.email.strip().lower()
        context = {"next": safe_next(data.next), "email": data.email}
        if not data.password and (realm := await _home_realm(email, safe_next(data.next))):
            return realm
        client = request.client.host if request.client else "?"
        keys = limiter.keys(email, client)
        if wait := await limiter.attempt(*keys):
            minutes = max(1, round(wait / 60))
            error = f"Te veel mislukte pogingen. Probeer het over {minutes} minuut/minuten opnieuw."
            return await _login_page(settings, 429, error=error, **context)
        principal = await authenticate(email, data.password)
        if principal is None:
            return await _login_page(settings, 400, error="Onjuist e-mailadres of wachtwoord.", **context)
        if not local_login_allowed(principal, settings):
            return await _login_page(settings, 403, error=ADMIN_ONLY, **context)
        await limiter.succeeded(*keys)
        request.clear_session()
        request.set_session({"user_id": principal.user_id, "auth": {"method": "password"}, ROTATE: True})
        return Redirect(path=safe_next(data.next), status_code=303)

    @post("/logout", operation_id="logout", status_code=303)
    async def logout(self, request: Request, settings: Settings) -> Redirect | Template:
        """End the session, and at the provider too where it offers that (RP-initiated logout)."""
        session = request.scope.get("session")
        auth = session.get("auth") if isinstance(session, dict) else None
        request.clear_session()
        target = await _end_session_url(auth, settings) if isinstance(auth, dict) else None
        if target is None:
            return Redirect(path="/login", status_code=303)
        return Template("sso_redirect.html", status_code=200, context={
            "title": "Afgemeld", "where": "de inlogdienst", "target": target,
            "message": "U bent afgemeld bij het register, en wordt nu ook bij uw organisatie afgemeld.",
        })


async def _end_session_url(auth: dict[str, Any], settings: Settings) -> str | None:
    """The provider's end-session URL for this sign-in, or None (then only the local session ends)."""
    if auth.get("method") != "oidc":
        return None
    provider = await get_provider(str(auth.get("provider", "")))
    if provider is None:
        return None
    document = cached_metadata(provider)
    if document is None:
        try:
            document = await metadata(provider, settings.sso_timeout_seconds)
        except SsoFailure:
            return None
    endpoint = document.get("end_session_endpoint")
    if not isinstance(endpoint, str) or not endpoint.startswith(("https://", "http://")):
        return None
    query = urlencode({
        "id_token_hint": auth.get("id_token", ""), "client_id": provider.client_id,
        "post_logout_redirect_uri": f"{settings.base_url.rstrip('/')}/login",
    })
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"
