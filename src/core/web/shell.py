"""Session, CSRF and page rendering shared by every HTML view.

Views live in each domain package and render through :func:`page`. HTML templates are
looked up in ``core/web/templates`` and in the folders the app gives
:func:`template_config` (each package's ``html/``); name them after their package
(``suppliers/list.html``) to keep them apart. The main menu is the app's too: a function
of the user, given to :func:`template_config`.
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from litestar import Request
from litestar.config.csrf import CSRFConfig
from litestar.connection import ASGIConnection
from litestar.contrib.jinja import JinjaTemplateEngine
from litestar.exceptions import HTTPException
from litestar.middleware.session.server_side import ServerSideSessionBackend, ServerSideSessionConfig
from litestar.response import Redirect, Template
from litestar.template.config import TemplateConfig
from litestar.types import Empty, Message

from core import clock
from core.auth import ROLE_LABELS, Principal, principal_for_user_id
from core.dutch import datum
from core.settings import Settings

TEMPLATE_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"
#: Paths that are not web pages: no CSRF cookie check, JSON errors.
NON_PAGE_PREFIXES = ("/api", "/health", "/schema", "/calendar", "/static")

STATUS_LABELS = {
    "draft": "concept",
    "in_review": "ter beoordeling",
    "approved": "goedgekeurd",
    "signed": "ondertekend",
    "ended": "beëindigd",
}
SEVERITY_LABELS = {"info": "ter info", "warning": "let op", "critical": "kritiek"}


class LoginRequired(HTTPException):
    status_code = 401


def secret_key() -> str:
    """VWO_SECRET_KEY, or a key generated once and kept in var/secret_key (mode 600)."""
    if key := os.environ.get("VWO_SECRET_KEY"):
        return key
    path = Path("var") / "secret_key"
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


#: A menu entry: ``(path, label)``, or ``(label, [(path, label), ...])`` for a group that
#: opens as a list.
MenuEntry = tuple[str, str] | tuple[str, list[tuple[str, str]]]
Menu = Callable[[Principal], list[MenuEntry]]


def _environment(directories: Sequence[Path], menu: Menu) -> Environment:
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(str(d)) for d in (TEMPLATE_DIR, *directories)]),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["datum"] = datum
    env.filters["status_nl"] = lambda s: STATUS_LABELS.get(s, s)
    env.filters["role_nl"] = lambda s: ROLE_LABELS.get(s, s)
    env.filters["severity_nl"] = lambda s: SEVERITY_LABELS.get(s, s)
    env.globals["menu"] = menu
    return env


def template_config(directories: Sequence[Path], menu: Menu) -> TemplateConfig[JinjaTemplateEngine]:
    """The page templates: the shell's own and ``directories``; ``menu(user)`` in the layout."""
    return TemplateConfig(instance=JinjaTemplateEngine.from_environment(_environment(directories, menu)))


ROTATE = "_rotate"
#: The session's "last seen" mark, in steps of TOUCH_SECONDS: an unchanged session is
#: written back (its expiry renewed) once per step, not on every page view.
TOUCH = "_seen"
TOUCH_SECONDS = 300
_LOADED = "vwo_session_loaded"


class RotatingSessionBackend(ServerSideSessionBackend):
    """Server-side sessions that take a fresh ID when the session asks for it (at login),
    so an ID planted in a victim's browser before login is worth nothing after it.

    A session is written to the shared store only when it holds something and changed,
    or when its "last seen" mark moved on (every :data:`TOUCH_SECONDS`, so the 8-hour
    expiry still slides with use): a page view costs no write, and a visitor without a
    session (the login page, a bot) leaves no row behind."""

    def get_session_id(self, connection: ASGIConnection) -> str:
        return connection.scope.get("vwo_session_id") or super().get_session_id(connection)  # type: ignore[return-value]

    async def load_from_connection(self, connection: ASGIConnection) -> dict[str, Any]:
        if session_id := connection.cookies.get(self.config.key):
            data = await self.get(session_id, store=self.config.get_store_from_app(connection.scope["app"]))
            if data is not None:
                connection.scope[_LOADED] = data  # type: ignore[literal-required]
                return self.deserialize_data(data)
        return {}

    async def store_in_message(self, scope_session: Any, message: Message, connection: ASGIConnection) -> None:
        if isinstance(scope_session, dict) and scope_session.pop(ROTATE, False):
            old = connection.cookies.get(self.config.key)
            if old and old != "null":
                await self.delete(old, store=self.config.get_store_from_app(connection.scope["app"]))
            connection.scope["vwo_session_id"] = self.generate_session_id()  # type: ignore[typeddict-unknown-key]
        elif isinstance(scope_session, dict):
            loaded = connection.scope.get(_LOADED)
            if not scope_session:
                if loaded is None:
                    return  # nothing stored, nothing to store: no row, no cookie
                scope_session = Empty
            else:
                scope_session[TOUCH] = int(time.time()) // TOUCH_SECONDS
                if loaded is not None and self.serialize_data(scope_session, connection.scope) == loaded:
                    return  # unchanged and seen in this step already: the browser keeps its cookie
        await super().store_in_message(scope_session, message, connection)


class RotatingSessionConfig(ServerSideSessionConfig):
    _backend_class = RotatingSessionBackend


def session_config(settings: Settings) -> ServerSideSessionConfig:
    return RotatingSessionConfig(
        key="vwo_session",
        max_age=8 * 3600,
        httponly=True,
        samesite="lax",
        secure=settings.base_url.startswith("https://"),
        # /api/v1/me answers for a browser's session too
        exclude=["^/api/(?!v1/me$)", "^/calendar/", "^/health", "^/schema"],
    )


def csrf_config(settings: Settings, key: str) -> CSRFConfig:
    return CSRFConfig(
        secret=key,
        cookie_secure=settings.base_url.startswith("https://"),
        cookie_httponly=True,
        cookie_samesite="lax",
        exclude=["^/api/", "^/calendar/", "^/health", "^/schema"],
    )


async def provide_web_user(request: Request) -> Principal:
    """The logged-in user of a page; otherwise off to the login form (and back after)."""
    session = request.scope.get("session") or {}
    user_id = session.get("user_id") if isinstance(session, dict) else None
    principal = await principal_for_user_id(int(user_id)) if user_id else None
    if principal is None:
        raise LoginRequired(detail=request.url.path + (f"?{request.url.query}" if request.url.query else ""))
    request.state.web_user = principal  # an error page of this request shows the menu too
    return principal


def known_web_user(request: Request) -> Principal | None:
    """The page's user when this request already looked them up (see provide_web_user)."""
    user = request.scope.get("state", {}).get("web_user")
    return user if isinstance(user, Principal) else None


def login_redirect(request: Request, exc: LoginRequired) -> Redirect:
    return Redirect(path=f"/login?next={quote(exc.detail or '/', safe='')}", status_code=303)


def page(request: Request, template: str, user: Principal, status_code: int = 200, **context: Any) -> Template:
    """Render a page in the layout, with the user, the navigation and the flash message."""
    flash = None
    session = request.scope.get("session")
    if isinstance(session, dict) and "flash" in session:
        flash = session.pop("flash")
    return Template(
        template_name=template,
        context={"user": user, "path": request.url.path, "flash": flash,
                 "today": clock.today(), "menu_counts": menu_counts(request), **context},
        status_code=status_code,
    )


def menu_counts(request: Request) -> dict[str, int]:
    """Numbers shown next to menu items (``{"/inbox": 3}``), as the app's user provider
    left them on the request (``request.state.menu_counts``)."""
    counts = request.scope.get("state", {}).get("menu_counts")
    return counts if isinstance(counts, dict) else {}


def flash(request: Request, message: str) -> None:
    """A one-time message shown on the next page."""
    if isinstance(request.scope.get("session"), dict):
        request.session["flash"] = message


def safe_next(target: str | None) -> str:
    """Only local paths: no open redirect through ?next=."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target
