"""Login and logout pages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from litestar import Controller, Request, get, post
from litestar.enums import MediaType, RequestEncodingType
from litestar.params import Body
from litestar.response import Redirect, Template

from core.auth import authenticate
from core.login_limit import LoginLimit
from core.web.shell import ROTATE, safe_next


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
