"""Test harness: a database of the suite's own, on SQLite or (VWO_TEST_DATABASE_URL) PostgreSQL.

The engine is chosen before any project module is imported, so no test can reach a
developer's database. On PostgreSQL a fresh database is created next to the one the
URL names and dropped afterwards.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlparse, urlunparse

import asyncpg
import pytest
import pytest_asyncio

_PG_URL = os.environ.get("VWO_TEST_DATABASE_URL", "")
_PG_ADMIN: str | None = None
if _PG_URL:
    parsed = urlparse(_PG_URL)
    _TEST_DB = f"vwo_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    _PG_ADMIN = _PG_URL
    os.environ["VWO_DATABASE_URL"] = urlunparse(parsed._replace(path="/" + _TEST_DB))
else:
    _TMP = tempfile.mkdtemp(prefix="vwo-test-")
    os.environ["VWO_DATABASE_URL"] = f"sqlite:///{_TMP}/test.sqlite"
os.environ["PICCOLO_CONF"] = "vwo.piccolo_conf"
os.environ.setdefault("VWO_LOGIN_ATTEMPTS", "5")
os.environ.setdefault("VWO_AUDIT_KEY", "vwo-test-audit-key")

import httpx  # noqa: E402

from core import db, jobs  # noqa: E402
from core.auth import Principal  # noqa: E402
from vwo.app import create_app  # noqa: E402
from vwo.cli import migrate_database  # noqa: E402

ENGINE = "postgres" if _PG_URL else "sqlite"

# Tables cleaned between tests, children first. The audit trail is append-only and
# stays: tests read the events they caused, and the chain must hold across them all.
CLEAN_ORDER = [
    "vwo_job_step", "vwo_job", "vwo_session",
    "flag_sent", "flag_calendar_token", "flag_handled", "inbox_item",
    "agreement_finding", "agreement_scan", "agreement_document", "agreement_transition", "agreement_subprocessor", "agreement_product",
    "incident_warning_handled", "incident_product", "incident",
    "rights_request_task", "rights_request", "processing_activity_agreement", "processing_activity",
    "incident_warning_handled", "incident_product", "incident", "advisory",
    "agreement", "doc_template WHERE scope <> ''",
    "evidence_file", "evidence", "subprocessor_link", "product_usage", "product",
    "supplier", "arrangement_member", "arrangement", "municipality",
    "vwo_sso_identity", "vwo_sso_provider", "vwo_api_token", "vwo_user", "vwo_login_attempt",
]


def pytest_report_header() -> str:
    return f"vwo database engine: {ENGINE} ({os.environ['VWO_DATABASE_URL']})"


async def _admin_sql(sql: str) -> None:
    conn = await asyncpg.connect(_PG_ADMIN)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@pytest_asyncio.fixture(scope="session", autouse=True)
async def database() -> AsyncIterator[None]:
    if _PG_URL:
        await _admin_sql(f'CREATE DATABASE "{_TEST_DB}"')
    await db.start()
    await migrate_database()
    yield
    await jobs.stop_worker()
    await db.stop()
    if _PG_URL:
        await _admin_sql(f'DROP DATABASE IF EXISTS "{_TEST_DB}" WITH (FORCE)')


@pytest_asyncio.fixture
async def clean() -> None:
    """An empty register (the audit trail excepted)."""
    for table in CLEAN_ORDER:
        name, _, where = table.partition(" WHERE ")
        await db.engine().run_ddl(f'DELETE FROM "{name}"' + (f" WHERE {where}" if where else ""))


@pytest_asyncio.fixture(scope="session")
async def app_client(database: None) -> AsyncIterator[httpx.AsyncClient]:
    """The app on the test's own event loop (the database is started by `database`)."""
    transport = httpx.ASGITransport(app=create_app())
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver.local") as client:
        yield client


@dataclass
class Caller:
    """An authenticated API user for tests."""

    client: httpx.AsyncClient
    principal: Principal
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    async def get(self, url: str, **kw: object):  # type: ignore[no-untyped-def]
        return await self.client.get(url, headers={**self.headers, **kw.pop("headers", {})}, **kw)  # type: ignore[arg-type]

    async def post(self, url: str, **kw: object):  # type: ignore[no-untyped-def]
        return await self.client.post(url, headers={**self.headers, **kw.pop("headers", {})}, **kw)  # type: ignore[arg-type]

    async def put(self, url: str, **kw: object):  # type: ignore[no-untyped-def]
        return await self.client.put(url, headers={**self.headers, **kw.pop("headers", {})}, **kw)  # type: ignore[arg-type]

    async def patch(self, url: str, etag: str | None = None, **kw: object):  # type: ignore[no-untyped-def]
        headers = {**self.headers, **kw.pop("headers", {})}  # type: ignore[dict-item]
        if etag is not None:
            headers["If-Match"] = etag
        return await self.client.patch(url, headers=headers, **kw)  # type: ignore[arg-type]

    async def delete(self, url: str, etag: str | None = None, **kw: object):  # type: ignore[no-untyped-def]
        headers = {**self.headers}
        if etag is not None:
            headers["If-Match"] = etag
        return await self.client.delete(url, headers=headers, **kw)  # type: ignore[arg-type]


MakeCaller = Callable[..., Awaitable[Caller]]


@pytest_asyncio.fixture
async def make_caller(clean: None, app_client: httpx.AsyncClient) -> MakeCaller:
    """Factory: a user with a role and scopes, and a token for the API."""
    from core.auth import principal_for_token
    from core.users import add_user, issue_token

    async def make(role: str = "admin", scopes: list[str] | None = None, email: str | None = None) -> Caller:
        email = email or f"{role}-{uuid.uuid4().hex[:8]}@test.vwo"
        await add_user(email, role, scopes or [])
        token, _ = await issue_token(email)
        principal = await principal_for_token(token)
        assert principal is not None
        return Caller(app_client, principal, token)

    return make


@pytest_asyncio.fixture
async def admin(make_caller: MakeCaller) -> Caller:
    return await make_caller("admin")


@pytest.fixture
def engine_name() -> str:
    return ENGINE


def run(coro: Awaitable[object]) -> object:
    return asyncio.get_event_loop().run_until_complete(coro)
