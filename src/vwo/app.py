"""create_app(): the one place where the service is put together."""

from __future__ import annotations

import gc
from typing import Any

from litestar import Litestar, Request, Response
from litestar.datastructures import State
from litestar.di import Provide
from litestar.exceptions import HTTPException
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import JsonRenderPlugin
from litestar.response import Template
from litestar.static_files import create_static_files_router

from contracts import CONTROLLERS as AGREEMENT_CONTROLLERS
from contracts import PROCESSING_CONTROLLERS, documents, inbox
from core import CONTROLLERS as SERVICE_CONTROLLERS
from core import (
    LoginLimit,
    Principal,
    Settings,
    db,
    error_response,
    jobs,
    load_settings,
    no_store,
    provide_paging,
    provide_user,
    refuse_malformed_input,
    sessions,
    shell,
)
from oversight import CONTROLLERS as OVERSIGHT_CONTROLLERS
from suppliers import CONTROLLERS as REGISTER_CONTROLLERS
from suppliers import scope_choices, scope_exists
from templates import CONTROLLERS as TEMPLATE_CONTROLLERS
from vwo.menu import PAGE_DIRECTORIES, menu

ERROR_TITLES = {
    400: "Ongeldige invoer", 403: "Geen toegang", 404: "Niet gevonden", 409: "Conflict",
    412: "Intussen gewijzigd", 413: "Bestand te groot", 422: "Niet te verwerken", 429: "Even wachten",
    502: "Dienst niet bereikbaar", 503: "Even niet beschikbaar",
}


async def provide_web_user(request: Request) -> Principal:
    """The page's user (``shell.provide_web_user``), with the unread count of their inbox
    for the menu."""
    principal = await shell.provide_web_user(request)
    request.state.menu_counts = {"/inbox": await inbox.unread_count(principal.user_id)}
    return principal


def handle_error(request: Request, exc: Exception) -> Response[Any]:
    """JSON for the API; a readable Dutch page for the web application."""
    if isinstance(exc, shell.LoginRequired):
        return shell.login_redirect(request, exc)
    response = error_response(request, exc)
    if request.url.path.startswith(shell.NON_PAGE_PREFIXES):
        return response
    status = response.status_code or 500
    body: Any = response.content
    message = body.get("detail", "") if isinstance(body, dict) else ""
    user = shell.known_web_user(request)
    return Template(
        template_name="error.html", status_code=status,
        context={"title": ERROR_TITLES.get(status, "Er ging iets mis"), "message": message,
                 "user": user, "path": request.url.path,
                 "flash": None, "menu_counts": shell.menu_counts(request)},
    )


SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


async def security_headers(response: Response[Any]) -> Response[Any]:
    """No framing, no sniffing, no referrer leaving the site, only our own assets.

    A coroutine on purpose: Litestar runs a plain function hook in a worker thread, a
    thread hand-off on every response for a few dictionary writes.
    """
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def freeze_heap() -> None:
    """Take what startup built (routes, tables, schemas, templates) out of the collector's view.

    Those objects live as long as the process; without this, every full collection walks
    them again, a pause of tens of milliseconds that lands on whichever request triggered
    it (bench/bench_register.py). Objects made by requests are collected as before.
    """
    gc.collect()
    gc.freeze()


def serving_app() -> Litestar:
    """The app as `vwo serve` runs it: one per process, its startup heap frozen."""
    return create_app(freeze_startup_heap=True)


def create_app(settings: Settings | None = None, *, freeze_startup_heap: bool = False) -> Litestar:
    settings = settings or load_settings()
    limiter = LoginLimit(settings.login_attempts, settings.login_window_seconds)
    key = shell.secret_key()
    jobs.register(documents.BULK, documents.run_bulk)
    return Litestar(
        route_handlers=[
            *SERVICE_CONTROLLERS, *REGISTER_CONTROLLERS, *TEMPLATE_CONTROLLERS, *AGREEMENT_CONTROLLERS,
            *PROCESSING_CONTROLLERS, *OVERSIGHT_CONTROLLERS,
            create_static_files_router(path="/static", directories=[shell.STATIC_DIR], include_in_schema=False),
        ],
        dependencies={
            "user": Provide(provide_user),
            "web_user": Provide(provide_web_user),
            "paging": Provide(provide_paging),
            "settings": Provide(lambda: settings, use_cache=True, sync_to_thread=False),
            "limiter": Provide(lambda: limiter, use_cache=True, sync_to_thread=False),
            # what the template registry (below the register) needs to know of it
            "scope_exists": Provide(lambda: scope_exists, use_cache=True, sync_to_thread=False),
            "scope_choices": Provide(lambda: scope_choices, use_cache=True, sync_to_thread=False),
        },
        exception_handlers={HTTPException: handle_error, Exception: handle_error},
        middleware=[shell.session_config(settings).middleware],
        stores={"sessions": sessions.session_store(settings)},
        csrf_config=shell.csrf_config(settings, key),
        template_config=shell.template_config(PAGE_DIRECTORIES, menu),
        before_request=refuse_malformed_input,
        after_request=security_headers,
        before_send=[no_store],
        on_startup=[db.start, jobs.start_worker, *([freeze_heap] if freeze_startup_heap else [])],
        on_shutdown=[jobs.stop_worker, db.stop],
        openapi_config=OpenAPIConfig(
            title="vwo-register",
            version="1.0.0",
            description="Register of processor agreements for Dutch municipalities.",
            path="/schema",
            render_plugins=[JsonRenderPlugin(path=["/", "/openapi.json"])],
        ),
        request_max_body_size=21 * 1024 * 1024,
        state=State({"limiter": limiter}),
        debug=False,
    )
