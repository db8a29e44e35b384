"""Property-based API test: schemathesis against the service's own OpenAPI document.

Every operation gets a bounded, derandomised number of generated requests, sent with a
valid admin token to the real app (``create_app()``) on a register seeded with a little
data, so that path ids often hit real records. Checked: no server error, and the status
code, content type and body are the ones the document promises.

The requests go through ``httpx.ASGITransport`` on the test session's event loop: the
database pool (asyncpg on PostgreSQL) lives on that loop, and schemathesis' own ASGI
transport would run the app, and its startup/shutdown hooks, on another one.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from typing import Any

import httpx
import pytest
import pytest_asyncio
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from core.auth import new_token, token_digest, utcnow
from core.db import engine, write_transaction
from tests import factories
from vwo.app import create_app

BASE_URL = "http://testserver.local"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
PDF = b"%PDF-1.4\n% fuzz seed\n%%EOF\n"

#: The document the app serves at /schema/openapi.json (asserted below), built without
#: starting the app: no lifespan hooks run outside the test loop.
DOCUMENT = create_app().openapi_schema.to_schema()
schema = schemathesis.openapi.from_dict(DOCUMENT)

#: Operations outside the register whose owners still have to fix what this test found.
#: Strict: the marker must go as soon as the operation passes.
KNOWN_BROKEN: dict[str, str] = {}

#: Ids of the seeded records, by the path segment that precedes the id.
SEEDED: dict[str, list[int]] = {}


@schema.hook
def map_path_parameters(context: Any, path_parameters: dict[str, Any]) -> dict[str, Any]:
    """Point three in four generated ids at a seeded record; the rest stay as generated."""
    if not path_parameters:
        return path_parameters
    segments = context.operation.path.strip("/").split("/")
    for name, value in path_parameters.items():
        if not isinstance(value, int) or isinstance(value, bool) or value % 4 == 0:
            continue
        position = segments.index(f"{{{name}}}") if f"{{{name}}}" in segments else 0
        pool = SEEDED.get(segments[position - 1]) if position else None
        if pool:
            path_parameters[name] = pool[value % len(pool)]
    return path_parameters


async def _seed(client: httpx.AsyncClient) -> str:
    """A clean register with one of everything; returns an admin token."""
    from core.tables import ApiToken, User
    from tests.conftest import CLEAN_ORDER

    token = new_token()
    async with write_transaction():
        for entry in CLEAN_ORDER:
            name, _, where = entry.partition(" WHERE ")
            await engine().run_ddl(f'DELETE FROM "{name}"' + (f" WHERE {where}" if where else ""))
        user = User(
            email=f"fuzz-{uuid.uuid4().hex[:6]}@test.vwo", role="admin", scopes=json.dumps([]),
            password_hash="!", active=True, created_at=utcnow(),
        )
        await User.insert(user)
        await ApiToken.insert(ApiToken(
            user=user.id, token_hash=token_digest(token), prefix=token[:12], created_at=utcnow()
        ))
    headers = {"Authorization": f"Bearer {token}"}

    async def post(url: str, payload: dict[str, Any]) -> int:
        response = await client.post(url, json=payload, headers=headers)
        assert response.status_code == 201, response.text
        return int(response.json()["id"])

    api = "/api/v1"
    municipality = await post(f"{api}/municipalities", factories.municipality("GM0363"))
    await post(f"{api}/municipalities", factories.municipality("GM0599", "Gemeente Twee"))
    arrangement = await post(f"{api}/arrangements", factories.arrangement(members=["GM0363"]))
    supplier = await post(f"{api}/suppliers", factories.supplier("GM0363"))
    sub = await post(f"{api}/suppliers", factories.supplier("GM0363", name="Sub B.V.", country="US", kvk_number=None))
    product = await post(f"{api}/suppliers/{supplier}/products",
                         {"name": "Zaaksysteem", "kind": "saas", "used_by": ["GM0363"]})
    link = await post(f"{api}/suppliers/{supplier}/subprocessors", {"subprocessor_id": sub})
    evidence = await post(f"{api}/suppliers/{supplier}/evidence", factories.evidence())
    attached = await client.put(
        f"{api}/suppliers/{supplier}/evidence/{evidence}/file",
        files={"file": ("cert.pdf", PDF, "application/pdf")},
        headers={**headers, "If-Match": '"1"'},
    )
    assert attached.status_code == 200, attached.text
    activity = await post(f"{api}/processing-activities", {
        "controller": "GM0363", "name": "Bijstand", "legal_basis": "legal_obligation", "retention_years": 10})
    rights = await post(f"{api}/rights-requests", {
        "controller": "GM0363", "kind": "erasure", "received_on": "2026-01-05", "reference": "Z-1"})
    SEEDED.clear()
    SEEDED.update({
        "municipalities": [municipality], "arrangements": [arrangement],
        "suppliers": [supplier, sub], "products": [product], "subprocessors": [link],
        "evidence": [evidence], "processing-activities": [activity], "rights-requests": [rights],
    })
    return token


@pytest_asyncio.fixture(scope="module")
async def fuzz_target(app_client: httpx.AsyncClient) -> tuple[asyncio.AbstractEventLoop, httpx.AsyncClient, str]:
    """The session's loop (the one the database pool is bound to), the client, a token."""
    token = await _seed(app_client)
    served = await app_client.get("/schema/openapi.json")
    assert served.json() == json.loads(json.dumps(DOCUMENT)), "fuzzing another document than served"
    return asyncio.get_running_loop(), app_client, token


async def _send(client: httpx.AsyncClient, kwargs: dict[str, Any]) -> httpx.Response:
    """Send a case exactly as schemathesis serialised it (requests' wire format)."""
    prepared = requests.Request(
        method=kwargs["method"], url=kwargs["url"], headers=kwargs.get("headers"),
        params=kwargs.get("params"), cookies=kwargs.get("cookies"), json=kwargs.get("json"),
        data=kwargs.get("data"), files=kwargs.get("files"),
    ).prepare()
    return await client.request(
        prepared.method or "GET", prepared.url or "", headers=dict(prepared.headers),
        content=prepared.body,
    )


@schema.parametrize()
@settings(
    max_examples=10,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_answers_within_its_document(case, fuzz_target, request) -> None:  # type: ignore[no-untyped-def]
    if case.operation.label in KNOWN_BROKEN:
        request.applymarker(pytest.mark.xfail(reason=KNOWN_BROKEN[case.operation.label], strict=True))
    loop, client, token = fuzz_target
    headers = {"Authorization": f"Bearer {token}"}
    kwargs = case.as_transport_kwargs(base_url=BASE_URL, headers=headers)
    response = loop.run_until_complete(_send(client, kwargs))
    case.validate_response(response, checks=CHECKS, headers=headers)
