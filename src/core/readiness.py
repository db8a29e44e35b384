"""Liveness and readiness, for a load balancer or an orchestrator.

``/health/live``: the process answers (no database). ``/health/ready``: the database
answers and every migration the code knows has run, so the process may take requests.
``/health`` (core.api) stays the database check it always was.
"""

from __future__ import annotations

import msgspec
from litestar import Response, get
from piccolo.apps.migrations.commands.check import CheckMigrationManager

from core import db


class LiveOut(msgspec.Struct):
    status: str


class ReadyOut(msgspec.Struct):
    status: str
    database: str
    migrations: str


_CURRENT: list[bool] = []  # once current, migrations do not become pending in this process's life


async def migrations_current() -> bool:
    """Whether every migration of every app has run on the database."""
    if not _CURRENT:
        if await CheckMigrationManager(app_name="all").havent_ran_count():
            return False
        _CURRENT.append(True)
    return True


@get("/health/live", operation_id="healthLive", tags=["Service"], exclude_from_auth=True)
async def live() -> LiveOut:
    """200 while the process answers; says nothing about the database."""
    return LiveOut("ok")


@get("/health/ready", operation_id="healthReady", tags=["Service"], exclude_from_auth=True)
async def ready() -> Response[ReadyOut]:
    """200 when the database answers and its migrations are current; 503 otherwise."""
    if not await db.ping():
        return Response(ReadyOut("unavailable", "unreachable", "unknown"), status_code=503)
    try:
        current = await migrations_current()
    except Exception:
        return Response(ReadyOut("unavailable", "error", "unknown"), status_code=503)
    if not current:
        return Response(ReadyOut("unavailable", "ok", "pending"), status_code=503)
    return Response(ReadyOut("ok", "ok", "current"), status_code=200)
