"""create_app(): the one place where the service is put together."""

from __future__ import annotations

from litestar import Litestar
from litestar.di import Provide
from litestar.exceptions import HTTPException
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import ScalarRenderPlugin

from contracts.api import CONTROLLERS as CONTRACT_CONTROLLERS
from contracts.api_analysis import CONTROLLERS as ANALYSIS_CONTROLLERS
from suppliers import CONTROLLERS as SUPPLIER_CONTROLLERS
from templates.api import CONTROLLERS as TEMPLATE_CONTROLLERS
from vwo import db
from vwo.api import AuditController, health, login
from vwo.auth import RateLimiter
from vwo.errors import error_response
from vwo.http import provide_paging, provide_user
from vwo.settings import Settings, load_settings


def create_app(settings: Settings | None = None) -> Litestar:
    settings = settings or load_settings()
    limiter = RateLimiter(settings.login_attempts, settings.login_window_seconds)
    return Litestar(
        route_handlers=[
            health, login, AuditController, *SUPPLIER_CONTROLLERS, *TEMPLATE_CONTROLLERS,
            *CONTRACT_CONTROLLERS, *ANALYSIS_CONTROLLERS,
        ],
        dependencies={
            "user": Provide(provide_user),
            "paging": Provide(provide_paging),
            "settings": Provide(lambda: settings, use_cache=True, sync_to_thread=False),
            "limiter": Provide(lambda: limiter, use_cache=True, sync_to_thread=False),
        },
        exception_handlers={HTTPException: error_response, Exception: error_response},
        on_startup=[db.start],
        on_shutdown=[db.stop],
        openapi_config=OpenAPIConfig(
            title="vwo-register",
            version="1.0.0",
            description="Register of processor agreements for Dutch municipalities.",
            path="/schema",
            render_plugins=[ScalarRenderPlugin()],
        ),
        request_max_body_size=21 * 1024 * 1024,
        debug=False,
    )
