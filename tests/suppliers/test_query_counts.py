"""List endpoints run a fixed number of SQL statements, whatever the page size.

Every statement either engine runs passes through ``Engine.run_querystring`` (queries) or
``Engine.run_ddl`` (raw SQL), on SQLite and PostgreSQL alike, inside a transaction or not;
the test wraps both on the configured engine and counts while one request is served.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
import pytest_asyncio

from core import audit, crud
from core.auth import new_token, token_digest, utcnow
from core.db import engine, write_transaction
from tests import factories
from tests.factories import insert_rows as _insert

N = 30
#: Statements one list request may take: the token lookup, the page, the count, one batch
#: for what hangs below the page (members, usages), and the supplier's own scope check.
MAX_STATEMENTS = 5


@contextmanager
def counting(statements: list[str]) -> Iterator[None]:
    """Record every statement the configured engine runs (patched on its class: the engine
    may use __slots__)."""
    cls = type(engine())
    own = {name: cls.__dict__.get(name) for name in ("run_querystring", "run_ddl")}
    run_querystring, run_ddl = cls.run_querystring, cls.run_ddl

    async def counted_querystring(self: Any, querystring: Any, *args: Any, **kwargs: Any) -> Any:
        statements.append(str(querystring))
        return await run_querystring(self, querystring, *args, **kwargs)

    async def counted_ddl(self: Any, ddl: str, *args: Any, **kwargs: Any) -> Any:
        statements.append(ddl)
        return await run_ddl(self, ddl, *args, **kwargs)

    cls.run_querystring, cls.run_ddl = counted_querystring, counted_ddl  # type: ignore[method-assign]
    try:
        yield
    finally:
        for name, method in own.items():
            if method is None:
                delattr(cls, name)  # inherited: fall back to the base class again
            else:
                setattr(cls, name, method)


@pytest_asyncio.fixture
async def register(clean: None) -> dict[str, Any]:
    """N of everything, with something below each: members, usages, links, evidence, events."""
    from core.tables import ApiToken, User
    from suppliers.tables import (
        Arrangement,
        Evidence,
        Membership,
        Municipality,
        Product,
        ProductUsage,
        SubprocessorLink,
        Supplier,
    )

    codes = [f"GM{n:04d}" for n in range(1, N + 2)]
    slugs = [f"verband-{n}" for n in range(N)]
    async with write_transaction():
        municipalities = await _insert(
            Municipality, *[{"name": f"Gemeente {c}", "cbs_code": c} for c in codes]
        )
        arrangements = await _insert(Arrangement, *[
            {"name": f"Verband {s}", "slug": s, "kind": "other", "legal_form": "centrumgemeente"}
            for s in slugs
        ])
        await _insert(Membership, *[
            {"arrangement": a, "municipality": m}
            for i, a in enumerate(arrangements) for m in municipalities[i:i + 2]
        ], versioned=False)
        suppliers = await _insert(Supplier, *[
            {"scope": codes[0], "name": f"Leverancier {n:02d}", "country": "NL",
             "kvk_number": factories.kvk(), "contacts": json.dumps([{"name": "Contact"}])}
            for n in range(N + 1)
        ])
        main, others = suppliers[0], suppliers[1:]
        products = await _insert(Product, *[
            {"supplier": main, "name": f"Product {n:02d}", "kind": "saas"} for n in range(N)
        ])
        await _insert(ProductUsage, *[
            {"product": p, "used_by": c} for p in products for c in codes[:2]
        ], versioned=False)
        await _insert(SubprocessorLink, *[
            {"supplier": main, "subprocessor": s, "country": "US"} for s in others
        ])
        await _insert(Evidence, *[
            {"supplier": main, "kind": "pentest", "issued_on": crud.now().date()} for _ in range(N)
        ])
        for n in range(N):
            await audit.record(
                actor="counts@test.vwo", action="update", entity="supplier",
                entity_id=others[n], scope=codes[0], changes={"name": [str(n), "x"]},
            )
        tokens = {}
        for role, scopes in (("admin", []), ("privacy_officer", [*codes, *slugs])):
            user = User(
                email=f"{role}-{uuid.uuid4().hex[:6]}@counts.test", role=role,
                scopes=json.dumps(scopes), password_hash="!", active=True, created_at=utcnow(),
            )
            await User.insert(user)
            tokens[role] = new_token()
            await ApiToken.insert(ApiToken(
                user=user.id, token_hash=token_digest(tokens[role]), prefix=tokens[role][:12],
                created_at=utcnow(),
            ))
    return {"supplier": main, "tokens": tokens}


LISTS = [
    "/api/v1/municipalities",
    "/api/v1/arrangements",
    "/api/v1/suppliers",
    "/api/v1/suppliers/{supplier}/products",
    "/api/v1/suppliers/{supplier}/subprocessors",
    "/api/v1/suppliers/{supplier}/evidence",
    "/api/v1/audit",
]


async def _count(
    client: httpx.AsyncClient, url: str, token: str, page_size: int
) -> tuple[list[str], dict[str, Any]]:
    statements: list[str] = []
    with counting(statements):
        response = await client.get(
            url, params={"page_size": page_size}, headers={"Authorization": f"Bearer {token}"}
        )
    assert response.status_code == 200, response.text
    return statements, response.json()


@pytest.mark.parametrize("role", ["admin", "privacy_officer"])
@pytest.mark.parametrize("path", LISTS)
async def test_list_runs_the_same_few_statements_for_any_page_size(  # type: ignore[no-untyped-def]
    app_client, register, path: str, role: str
) -> None:
    url = path.format(supplier=register["supplier"])
    token = register["tokens"][role]
    small, small_page = await _count(app_client, url, token, 2)
    large, large_page = await _count(app_client, url, token, 50)

    assert len(small_page["items"]) == 2 and len(large_page["items"]) >= N, (
        f"{url}: the register should have at least {N} items to list"
    )
    # A full page also counts the total; a page that holds the rest tells it by itself.
    assert len(large) <= len(small), (
        f"{url} as {role}: {len(small)} statements for 2 items, {len(large)} for "
        f"{len(large_page['items'])}:\n" + "\n".join(large)
    )
    assert small_page["total"] == large_page["total"] >= len(large_page["items"])
    assert len(large) <= MAX_STATEMENTS, f"{url} as {role}: {len(large)} statements:\n" + "\n".join(large)


async def test_counting_sees_every_statement(app_client, register) -> None:  # type: ignore[no-untyped-def]
    """The counter itself: a single-record read is the token lookup plus one select."""
    statements, _ = await _count(app_client, "/api/v1/municipalities", register["tokens"]["admin"], 1)
    assert any("vwo_api_token" in s for s in statements)
    assert any('FROM "municipality"' in s for s in statements)
