"""Login, logout and the home page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from litestar import Controller, Request, get, post
from litestar.enums import MediaType, RequestEncodingType
from litestar.params import Body
from litestar.response import Redirect, Template

from contracts.flags import compute_flags
from vwo import clock
from vwo.auth import Principal, authenticate
from vwo.login_limit import LoginLimit
from vwo.settings import Settings
from vwo.web.shell import ROTATE, page, safe_next


@dataclass
class LoginForm:
    email: str = ""
    password: str = ""
    next: str = "/"


class LoginController(Controller):
    path = "/"
    include_in_schema = False

    @get("/login", operation_id="loginPage")
    async def form(self, request: Request, next: str = "/") -> Template:
        """The login form."""
        return Template("login.html", context={"next": safe_next(next), "error": None, "email": ""})

    @post("/login", operation_id="loginSubmit", status_code=303, media_type=MediaType.HTML)
    async def submit(
        self, request: Request, limiter: LoginLimit,
        data: LoginForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Any:
        """Check the password (rate-limited) and start a session."""
        email = data.email.strip().lower()
        client = request.client.host if request.client else "?"
        keys = limiter.keys(email, client)
        context = {"next": safe_next(data.next), "email": data.email}
        if wait := await limiter.attempt(*keys):
            minutes = max(1, round(wait / 60))
            return Template(
                "login.html", status_code=429,
                context={
                    **context,
                    "error": f"Te veel mislukte pogingen. Probeer het over {minutes} minuut/minuten opnieuw.",
                },
            )
        principal = await authenticate(email, data.password)
        if principal is None:
            return Template(
                "login.html", status_code=400, context={**context, "error": "Onjuist e-mailadres of wachtwoord."}
            )
        await limiter.succeeded(*keys)
        request.clear_session()
        request.set_session({"user_id": principal.user_id, ROTATE: True})
        return Redirect(path=safe_next(data.next), status_code=303)

    @post("/logout", operation_id="logout", status_code=303)
    async def logout(self, request: Request) -> Redirect:
        """End the session."""
        request.clear_session()
        return Redirect(path="/login", status_code=303)


class HomeController(Controller):
    path = "/"
    include_in_schema = False

    @get("/", operation_id="homePage")
    async def home(self, request: Request, web_user: Principal, settings: Settings) -> Template:
        """The user's flags by severity and the deadlines of the coming 90 days."""
        today = clock.today()
        flags = await compute_flags(web_user.scope_filter(), today, settings=settings)
        horizon = today + dt.timedelta(days=90)
        by_severity = {s: [f for f in flags if f.severity == s] for s in ("critical", "warning", "info")}
        dated = [(f.due, f) for f in flags if f.due and today <= f.due <= horizon]
        deadlines = [f for _, f in sorted(dated, key=lambda pair: pair[0])]
        return page(request, "home.html", web_user, by_severity=by_severity, deadlines=deadlines, horizon=horizon)
