"""Smaller faults (issue 13, finding 10): an unreachable database answers 503, responses
are not stored in caches, `vwo serve` with a bad database URL says so in one line."""

from __future__ import annotations

import sqlite3
from typing import Any

import asyncpg
import pytest

from core import db
from core.unavailable import database_unavailable
from core.users import add_user
from tests import factories
from tests.factories import seed_scope, seed_supplier
from tests.suppliers.test_register_pages import PASSWORD, login
from tests.vwo.test_cli import vwo

PDF = b"%PDF-1.4\n% test\n%%EOF\n"


async def _unreachable_error() -> Exception:
    """The error the engine in use really raises for a database it cannot reach."""
    try:
        if db.is_sqlite():
            sqlite3.connect("file:/nonexistent-dir/vwo.sqlite?mode=rw", uri=True)
        else:
            await asyncpg.connect("postgresql://postgres@127.0.0.1:1/vwo", timeout=5)
    except Exception as exc:
        return exc
    raise AssertionError("expected the connection to fail")


@pytest.fixture
async def database_down(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    error = await _unreachable_error()

    async def fail(*_: Any, **__: Any) -> Any:
        raise error

    engine = type(db.engine())
    monkeypatch.setattr(engine, "run_querystring", fail)
    monkeypatch.setattr(engine, "run_ddl", fail)


async def test_the_errors_of_an_unreachable_database_are_recognised() -> None:
    assert database_unavailable(await _unreachable_error())
    assert database_unavailable(asyncpg.exceptions.CannotConnectNowError("starting up"))
    assert database_unavailable(sqlite3.OperationalError("database is locked"))
    assert not database_unavailable(sqlite3.OperationalError("no such column: x"))
    assert not database_unavailable(asyncpg.exceptions.UndefinedColumnError("no such column"))
    assert not database_unavailable(FileNotFoundError("template.docx"))
    assert not database_unavailable(ValueError("x"))


async def test_api_calls_answer_503_with_the_error_shape(admin, database_down) -> None:  # type: ignore[no-untyped-def]
    for response in (
        await admin.get("/api/v1/municipalities"),
        await admin.post("/api/v1/municipalities", json={"name": "Gemeente X", "cbs_code": "GM0363"}),
        # another token: its lookup is what fails
        await admin.client.get("/api/v1/suppliers", headers={"Authorization": "Bearer vwo_unknown"}),
    ):
        assert response.status_code == 503, response.text
        body = response.json()
        assert set(body) == {"status_code", "detail", "errors"} and body["status_code"] == 503
        assert "database" in body["detail"] and response.headers["Retry-After"]
    health = await admin.client.get("/health")
    assert health.status_code == 503


async def test_a_page_answers_503_in_dutch(clean, app_client, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    await add_user("inkoop@test.vwo", "procurement", ["GM0363"], password=PASSWORD)
    await login(app_client, "inkoop@test.vwo")
    error = await _unreachable_error()

    async def fail(*_: Any, **__: Any) -> Any:
        raise error

    monkeypatch.setattr(type(db.engine()), "run_querystring", fail)
    page = await app_client.get("/suppliers")
    assert page.status_code == 503 and "Even niet beschikbaar" in page.text
    app_client.cookies.clear()


async def test_authenticated_answers_are_not_stored_in_caches(admin, clean, app_client) -> None:  # type: ignore[no-untyped-def]
    await seed_scope(admin)
    supplier = await seed_supplier(admin)
    base = f"/api/v1/suppliers/{supplier['id']}/evidence"
    evidence = (await admin.post(base, json=factories.evidence())).json()
    await admin.client.put(
        f"{base}/{evidence['id']}/file", files={"file": ("cert.pdf", PDF, "application/pdf")},
        headers={**admin.headers, "If-Match": '"1"'},
    )
    download = await admin.get(f"{base}/{evidence['id']}/file")
    assert download.status_code == 200 and download.content == PDF
    await add_user("inkoop@test.vwo", "procurement", ["GM0363"], password=PASSWORD)
    await login(app_client, "inkoop@test.vwo")
    page = await app_client.get("/suppliers")
    for response in (await admin.get("/api/v1/suppliers"), download, page,
                     await admin.get("/api/v1/nothing-here")):
        assert response.headers["Cache-Control"] == "no-store", response.request.url
    app_client.cookies.clear()
    static = await app_client.get("/static/app.css")
    assert static.status_code == 200 and "no-store" not in static.headers.get("Cache-Control", "")


@pytest.mark.parametrize("url", [
    "postgresql://postgres@127.0.0.1:1/vwo",
    "mysql://vwo@localhost/vwo",
    "sqlite:////proc/no-such-dir/vwo.sqlite",
])
def test_serve_with_a_bad_database_url_says_so_in_one_line(url) -> None:  # type: ignore[no-untyped-def]
    result = vwo("serve", "--port", "8999", env={"VWO_DATABASE_URL": url})
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("vwo: VWO_DATABASE_URL"), result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
