"""Role-and-scope matrix: every register route × every role × a record in and out of scope.

Each test gets a fresh, small register with the same shape on two sides:

* ``in``  – GM0001 (+ an empty GM0003), arrangement ``arr-in``, suppliers S, T, U in GM0001,
  with a product, a sub-processor link S→T and evidence (with a PDF) below S;
* ``out`` – the same in GM0002 / GM0004 / ``arr-out``.

Every non-admin user has the scopes of the ``in`` side. Expectations (from the issue):

* reads: 200 in scope for every role; out of scope 404, with the same body as for a record
  that does not exist; lists show exactly the records in scope;
* writes: board and viewer 403 (in or out of scope); admin, procurement and the FG succeed
  in scope, get 404 for an existing record out of scope and 403 when creating a record in
  a scope they do not have; a refused write changes nothing (register and audit trail);
* the audit trail: admin and FG 200, others 403; the FG only sees events of its scopes;
* no token, a bogus token or a revoked token: 401 everywhere, and nothing changes.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import pytest_asyncio

from core import audit, crud
from core.auth import ROLES, new_token, token_digest, utcnow
from core.db import engine, write_transaction
from tests import factories

API = "/api/v1"
PDF = b"%PDF-1.4\n% matrix test\n%%EOF\n"
USER_SCOPES = ["GM0001", "GM0003", "GM0005", "arr-in", "arr-new-in"]
SIDES = ("in", "out")
CODES = {
    # side: (municipality with the suppliers, empty municipality, code to create, arrangement,
    #        slug to create)
    "in": ("GM0001", "GM0003", "GM0005", "arr-in", "arr-new-in"),
    "out": ("GM0002", "GM0004", "GM0006", "arr-out", "arr-new-out"),
}
REGISTER_TABLES = [
    "municipality", "arrangement", "arrangement_member", "supplier", "product",
    "product_usage", "subprocessor_link", "evidence", "evidence_file",
]


# --- the world a test runs against ----------------------------------------------------


@dataclass
class Side:
    """Ids and codes of one side (in or out of the users' scope)."""

    m_code: str
    spare_code: str
    new_code: str
    a_slug: str
    new_slug: str
    ids: dict[str, int]

    def __getattr__(self, name: str) -> int:  # s.M, s.S, s.P, ...
        try:
            return self.__dict__["ids"][name]
        except KeyError:
            raise AttributeError(name) from None

    def ghost(self) -> Side:
        """The same side with every id replaced by one that does not exist."""
        ids = {name: 900_000 + n for n, name in enumerate(self.ids)}
        return Side(self.m_code, self.spare_code, self.new_code, self.a_slug, self.new_slug, ids)


@dataclass
class World:
    sides: dict[str, Side]
    tokens: dict[str, str]  # role -> token; plus "revoked"
    audit_actor: str

    def __getitem__(self, side: str) -> Side:
        return self.sides[side]


async def _insert(table: Any, *rows: dict[str, Any], versioned: bool = True) -> list[int]:
    stamp = crud.now()
    extra = {"version": 1, "created_at": stamp, "updated_at": stamp} if versioned else {}
    objects = [table(**row, **extra) for row in rows]
    await table.insert(*objects)
    return [int(o.id) for o in objects]


async def _seed_side(side: str) -> Side:
    from suppliers.tables import (
        Arrangement,
        Evidence,
        EvidenceFile,
        Membership,
        Municipality,
        Product,
        ProductUsage,
        SubprocessorLink,
        Supplier,
    )

    m_code, spare, new_code, slug, new_slug = CODES[side]
    m, m2 = await _insert(
        Municipality,
        {"name": f"Gemeente {m_code}", "cbs_code": m_code},
        {"name": f"Gemeente {spare}", "cbs_code": spare},
    )
    (a,) = await _insert(
        Arrangement,
        {"name": f"ISD {slug}", "slug": slug, "kind": "sociale_dienst",
         "legal_form": "openbaar_lichaam", "kvk_number": factories.kvk()},
    )
    await _insert(Membership, {"arrangement": a, "municipality": m}, versioned=False)
    s, t, u = await _insert(
        Supplier,
        *[{"scope": m_code, "name": f"{name} {side}", "country": "NL",
           "kvk_number": factories.kvk(), "contacts": "[]"} for name in ("Sam", "Tom", "Ula")],
    )
    (link,) = await _insert(
        SubprocessorLink, {"supplier": s, "subprocessor": t, "country": "NL", "service": "Hosting"}
    )
    (p,) = await _insert(Product, {"supplier": s, "name": f"Product {side}", "kind": "saas"})
    await _insert(ProductUsage, {"product": p, "used_by": m_code}, versioned=False)
    (e,) = await _insert(
        Evidence,
        {"supplier": s, "kind": "pentest", "issued_on": crud.now().date(),
         "file_name": "rapport.pdf", "file_size": len(PDF), "file_sha256": "0" * 64},
    )
    await _insert(EvidenceFile, {"evidence": e, "content": PDF}, versioned=False)
    ids = {"M": m, "M2": m2, "A": a, "S": s, "T": t, "U": u, "L": link, "P": p, "E": e}
    return Side(m_code, spare, new_code, slug, new_slug, ids)


async def _seed_users() -> dict[str, str]:
    from core.tables import ApiToken, User

    tokens: dict[str, str] = {}
    for role in (*ROLES, "revoked"):
        user = User(
            email=f"{role}-{uuid.uuid4().hex[:6]}@matrix.test", role="admin" if role == "revoked" else role,
            scopes=json.dumps([] if role in ("admin", "revoked") else USER_SCOPES),
            password_hash="!", active=True, created_at=utcnow(),
        )
        await User.insert(user)
        tokens[role] = new_token()
        await ApiToken.insert(ApiToken(
            user=user.id, token_hash=token_digest(tokens[role]), prefix=tokens[role][:12],
            label="matrix", created_at=utcnow(),
            revoked_at=utcnow() if role == "revoked" else None,
        ))
    return tokens


async def _seed_audit(sides: dict[str, Side]) -> str:
    """One event per side by a unique actor, so the audit route has something of each scope."""
    actor = f"seed-{uuid.uuid4().hex[:8]}@matrix.test"
    for name, side in sides.items():
        await audit.record(
            actor=actor, action="update", entity=f"seed-{name}", entity_id=side.S,
            scope=side.m_code, changes={"name": ["a", "b"]},
        )
    return actor


@pytest_asyncio.fixture
async def world() -> World:
    """A fresh register, users and audit events, written in one transaction (one commit)."""
    from tests.conftest import CLEAN_ORDER

    async with write_transaction():
        for entry in CLEAN_ORDER:  # as conftest's `clean`, but inside the transaction
            name, _, where = entry.partition(" WHERE ")
            await engine().run_ddl(f'DELETE FROM "{name}"' + (f" WHERE {where}" if where else ""))
        sides = {side: await _seed_side(side) for side in SIDES}
        tokens = await _seed_users()
        actor = await _seed_audit(sides)
    return World(sides, tokens, actor)


async def snapshot() -> dict[str, Any]:
    """Every register row plus the head of the audit trail: "nothing changed" means equal."""
    db = engine()
    state: dict[str, Any] = {}
    async with db.transaction():  # one connection for all reads
        for table in REGISTER_TABLES:
            rows = await db.run_ddl(f'SELECT * FROM "{table}" ORDER BY id')
            state[table] = [
                {k: bytes(v) if isinstance(v, (bytes, memoryview)) else v for k, v in dict(r).items()}
                for r in rows
            ]
        head = await db.run_ddl('SELECT MAX(seq) AS seq FROM "vwo_audit_event"')
    state["audit_head"] = dict(head[0])["seq"]
    return state


# --- the routes -----------------------------------------------------------------------

Json = dict[str, Any]
Request = Callable[[Side], tuple[str, Json]]  # side -> (path, httpx keyword arguments)


@dataclass(frozen=True)
class Route:
    name: str
    method: str
    request: Request
    #: 2xx on success; None for reads (200).
    success: int = 200
    #: Creating in a scope named in the body: out of scope is 403, not 404.
    names_scope: bool = False
    #: Lists: (item key, the keys the list shows on this side for a non-admin / an admin).
    listed: tuple[str, Callable[[World, str, bool], set[Any]]] | None = None
    audit: bool = False
    #: A top-level list: answers 200 to everyone who may read, filtered to the user's scope.
    top_level: bool = False

    @property
    def write(self) -> bool:
        return self.method not in ("GET", "HEAD")

    def __str__(self) -> str:
        return self.name


IF_MATCH = {"If-Match": '"1"'}


def _top_list(
    key: str, in_scope: Callable[[Side], set[Any]], filter_: Callable[[Side], Json],
    matched: Callable[[Side], set[Any]],
):
    """A top-level list: unfiltered on the in side, filtered to an out-of-scope record on the
    out side (a non-admin must then see nothing, an admin what the filter `matched`)."""

    def request(side: Side) -> tuple[str, Json]:
        return "", {"params": filter_(side) if side.m_code == CODES["out"][0] else {}}

    def shows(world: World, side: str, is_admin: bool) -> set[Any]:
        if side == "in":
            return in_scope(world["in"]) | (in_scope(world["out"]) if is_admin else set())
        return matched(world["out"]) if is_admin else set()

    return request, (key, shows)


def _child_list(key: str, child: Callable[[Side], set[Any]]):
    return (key, lambda world, side, _admin: child(world[side]))


def _route(name: str, method: str, path: Callable[[Side], str], **kw: Any) -> Route:
    body: Callable[[Side], Json] = kw.pop("body", lambda s: {})
    headers = IF_MATCH if method in ("PATCH", "DELETE", "PUT") else {}
    return Route(name, method, lambda s: (path(s), {**body(s), "headers": headers}), **kw)


def _list_route(name: str, base: str, key: str, in_scope, filter_, matched=None):  # type: ignore[no-untyped-def]
    req, listed = _top_list(key, in_scope, filter_, matched or in_scope)
    return Route(name, "GET", lambda s: (base, req(s)[1]), listed=listed, top_level=True)


_sup = lambda s: f"{API}/suppliers/{s.S}"  # noqa: E731

ROUTES: list[Route] = [
    # municipalities
    _list_route("GET /municipalities", f"{API}/municipalities", "cbs_code",
                lambda s: {s.m_code, s.spare_code}, lambda s: {"q": s.m_code},
                lambda s: {s.m_code}),
    _route("POST /municipalities", "POST", lambda s: f"{API}/municipalities", success=201,
           names_scope=True, body=lambda s: {"json": factories.municipality(s.new_code, "Nieuw")}),
    _route("GET /municipalities/{id}", "GET", lambda s: f"{API}/municipalities/{s.M}"),
    _route("PATCH /municipalities/{id}", "PATCH", lambda s: f"{API}/municipalities/{s.M}",
           body=lambda s: {"json": {"name": "Gewijzigd"}}),
    _route("DELETE /municipalities/{id}", "DELETE", lambda s: f"{API}/municipalities/{s.M2}",
           success=204),
    # arrangements
    _list_route("GET /arrangements", f"{API}/arrangements", "slug",
                lambda s: {s.a_slug}, lambda s: {"q": s.a_slug}),
    _route("POST /arrangements", "POST", lambda s: f"{API}/arrangements", success=201,
           names_scope=True,
           body=lambda s: {"json": factories.arrangement(s.new_slug, members=[s.m_code])}),
    _route("GET /arrangements/{id}", "GET", lambda s: f"{API}/arrangements/{s.A}"),
    _route("PATCH /arrangements/{id}", "PATCH", lambda s: f"{API}/arrangements/{s.A}",
           body=lambda s: {"json": {"name": "Gewijzigd"}}),
    _route("DELETE /arrangements/{id}", "DELETE", lambda s: f"{API}/arrangements/{s.A}",
           success=204),
    # suppliers
    _list_route("GET /suppliers", f"{API}/suppliers", "id",
                lambda s: {s.S, s.T, s.U}, lambda s: {"scope": s.m_code}),
    _route("POST /suppliers", "POST", lambda s: f"{API}/suppliers", success=201, names_scope=True,
           body=lambda s: {"json": factories.supplier(s.m_code)}),
    _route("GET /suppliers/{id}", "GET", _sup),
    _route("PATCH /suppliers/{id}", "PATCH", _sup, body=lambda s: {"json": {"name": "Gewijzigd"}}),
    _route("DELETE /suppliers/{id}", "DELETE", _sup, success=204),
    _route("GET /suppliers/{id}/chain", "GET", lambda s: f"{_sup(s)}/chain"),
    # products
    _route("GET /suppliers/{id}/products", "GET", lambda s: f"{_sup(s)}/products",
           listed=_child_list("id", lambda s: {s.P})),
    _route("POST /suppliers/{id}/products", "POST", lambda s: f"{_sup(s)}/products", success=201,
           body=lambda s: {"json": {"name": "Nieuw", "kind": "saas", "used_by": [s.m_code]}}),
    _route("GET /suppliers/{id}/products/{id}", "GET", lambda s: f"{_sup(s)}/products/{s.P}"),
    _route("PATCH /suppliers/{id}/products/{id}", "PATCH", lambda s: f"{_sup(s)}/products/{s.P}",
           body=lambda s: {"json": {"name": "Gewijzigd"}}),
    _route("DELETE /suppliers/{id}/products/{id}", "DELETE",
           lambda s: f"{_sup(s)}/products/{s.P}", success=204),
    # sub-processors
    _route("GET /suppliers/{id}/subprocessors", "GET", lambda s: f"{_sup(s)}/subprocessors",
           listed=_child_list("subprocessor_id", lambda s: {s.T})),
    _route("POST /suppliers/{id}/subprocessors", "POST", lambda s: f"{_sup(s)}/subprocessors",
           success=201, body=lambda s: {"json": {"subprocessor_id": s.U, "service": "Opslag"}}),
    _route("GET /suppliers/{id}/subprocessors/{id}", "GET",
           lambda s: f"{_sup(s)}/subprocessors/{s.L}"),
    _route("PATCH /suppliers/{id}/subprocessors/{id}", "PATCH",
           lambda s: f"{_sup(s)}/subprocessors/{s.L}",
           body=lambda s: {"json": {"service": "Gewijzigd"}}),
    _route("DELETE /suppliers/{id}/subprocessors/{id}", "DELETE",
           lambda s: f"{_sup(s)}/subprocessors/{s.L}", success=204),
    # evidence
    _route("GET /suppliers/{id}/evidence", "GET", lambda s: f"{_sup(s)}/evidence",
           listed=_child_list("id", lambda s: {s.E})),
    _route("POST /suppliers/{id}/evidence", "POST", lambda s: f"{_sup(s)}/evidence", success=201,
           body=lambda s: {"json": factories.evidence()}),
    _route("GET /suppliers/{id}/evidence/{id}", "GET", lambda s: f"{_sup(s)}/evidence/{s.E}"),
    _route("PATCH /suppliers/{id}/evidence/{id}", "PATCH", lambda s: f"{_sup(s)}/evidence/{s.E}",
           body=lambda s: {"json": {"auditor": "Gewijzigd"}}),
    _route("DELETE /suppliers/{id}/evidence/{id}", "DELETE",
           lambda s: f"{_sup(s)}/evidence/{s.E}", success=204),
    _route("PUT /suppliers/{id}/evidence/{id}/file", "PUT",
           lambda s: f"{_sup(s)}/evidence/{s.E}/file",
           body=lambda s: {"files": {"file": ("nieuw.pdf", PDF + b"v2", "application/pdf")}}),
    _route("GET /suppliers/{id}/evidence/{id}/file", "GET",
           lambda s: f"{_sup(s)}/evidence/{s.E}/file"),
    # the audit trail (filtered to this test's seeded events: one per side)
    Route("GET /audit", "GET", lambda s: (f"{API}/audit", {}), audit=True),
]


def expected_status(route: Route, role: str, side: str) -> int:
    in_reach = side == "in" or role == "admin"
    if route.audit:
        return 200 if role in ("admin", "privacy_officer") else 403
    if not route.write:
        return 200 if in_reach or route.top_level else 404
    if role in ("board", "viewer"):
        return 403
    if in_reach:
        return route.success
    return 403 if route.names_scope else 404


def _id(value: object) -> str:
    return str(value)


MATRIX = [
    pytest.param(route, role, side, id=f"{route}|{role}|{side}")
    for route in ROUTES
    for role in ROLES
    for side in SIDES
]


async def _send(
    client: httpx.AsyncClient, route: Route, side: Side, token: str | None, world: World, side_name: str
) -> httpx.Response:
    path, kwargs = route.request(side)
    if route.audit:
        kwargs = {"params": {"actor": world.audit_actor, "entity": f"seed-{side_name}"}}
    headers = dict(kwargs.pop("headers", {}))
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return await client.request(route.method, path, headers=headers, **kwargs)


@pytest.mark.parametrize(("route", "role", "side"), MATRIX)
async def test_role_and_scope_decide_the_answer(  # type: ignore[no-untyped-def]
    app_client, world: World, route: Route, role: str, side: str
) -> None:
    where = f"{route} as {role}, record {side} of scope"
    want = expected_status(route, role, side)
    before = await snapshot() if route.write else None

    response = await _send(app_client, route, world[side], world.tokens[role], world, side)

    assert response.status_code == want, f"{where}: {response.status_code} {response.text[:300]}"
    if route.write:
        after = await snapshot()
        if want < 300:
            assert after != before, f"{where}: answered {want} but the register did not change"
            assert (after["audit_head"] or 0) > (before["audit_head"] or 0), f"{where}: not audited"
        else:
            assert after == before, f"{where}: a refused write changed the register or audit trail"
    if want == 404:
        # Out of scope must look exactly like "does not exist".
        ghost = await _send(app_client, route, world[side].ghost(), world.tokens[role], world, side)
        assert (ghost.status_code, ghost.json()) == (404, response.json()), (
            f"{where}: out-of-scope answer differs from a missing record's: "
            f"{response.text} vs {ghost.text}"
        )
    if want == 200 and route.listed is not None:
        key, shows = route.listed
        got = {item[key] for item in response.json()["items"]}
        assert got == shows(world, side, role == "admin"), f"{where}: list shows {got}"
        assert response.json()["total"] == len(got), f"{where}: total disagrees with items"
    if want == 200 and route.audit:
        events = response.json()["items"]
        want_scopes = [world[side].m_code] if side == "in" or role == "admin" else []
        assert [e["scope"] for e in events] == want_scopes, f"{where}: audit {events}"
    if want == 200 and route.name.endswith("/file") and route.method == "GET":
        assert response.content == PDF and response.headers["content-type"] == "application/pdf"


@pytest.mark.parametrize("token", ["none", "bogus", "revoked"])
@pytest.mark.parametrize("route", ROUTES, ids=_id)
async def test_without_a_valid_token_every_route_answers_401(  # type: ignore[no-untyped-def]
    app_client, world: World, route: Route, token: str
) -> None:
    value = {"none": None, "bogus": new_token(), "revoked": world.tokens["revoked"]}[token]
    before = await snapshot()
    response = await _send(app_client, route, world["in"], value, world, "in")
    assert response.status_code == 401, f"{route} with {token} token: {response.status_code}"
    assert response.json()["status_code"] == 401
    assert await snapshot() == before, f"{route} with {token} token changed something"


async def test_privacy_officer_sees_only_audit_events_of_its_scopes(app_client, world: World) -> None:  # type: ignore[no-untyped-def]
    headers = {"Authorization": f"Bearer {world.tokens['privacy_officer']}"}
    seen: list[dict[str, Any]] = []
    page = 1
    while True:
        response = await app_client.get(
            f"{API}/audit", headers=headers, params={"page": page, "page_size": 200}
        )
        assert response.status_code == 200
        seen += response.json()["items"]
        if page * 200 >= response.json()["total"]:
            break
        page += 1
    assert seen, "the FG should see the events of its own scope"
    assert {e["scope"] for e in seen} <= set(USER_SCOPES)
    # ...while the trail does hold events of other scopes (and the admin sees them).
    admin = await app_client.get(
        f"{API}/audit", headers={"Authorization": f"Bearer {world.tokens['admin']}"},
        params={"actor": world.audit_actor},
    )
    assert {e["scope"] for e in admin.json()["items"]} == {"GM0001", "GM0002"}


def test_matrix_covers_every_register_route() -> None:
    """A new register route must join the matrix: compare with the app's own route table."""
    import re

    from vwo.app import create_app

    def shape(path: str) -> str:
        return re.sub(r"\{[^}]*\}", "{}", path.removeprefix(API))

    served = {
        f"{method} {shape(route.path)}"
        for route in create_app().routes
        for handler in getattr(route, "route_handlers", ())
        if handler.fn.__module__ in ("suppliers.api", "core.api") and route.path.startswith(API)
        and not route.path.startswith(f"{API}/auth")
        for method in handler.http_methods
    }
    in_matrix = {f"{r.method} {shape(r.name.split(' ', 1)[1])}" for r in ROUTES}
    assert served == in_matrix
