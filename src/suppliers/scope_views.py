"""HTML pages of the registers' owners: a municipality, the joint arrangements and one arrangement."""

from __future__ import annotations

import inspect
from typing import Any

from litestar import Controller, Request, get
from litestar.params import Parameter
from litestar.response import Template

from contracts.queries import list_agreements
from suppliers import queries
from suppliers.coverage import uncovered_products
from suppliers.labels import LABELS
from vwo import clock
from vwo.auth import Principal
from vwo.errors import NotFound
from vwo.http import Paging
from vwo.web.shell import page

PAGE_SIZE = 25


async def scope_choices(principal: Principal) -> list[tuple[str, str]]:
    """(code, name) of every register the user may see: municipalities, then arrangements."""
    municipalities = await queries.list_municipalities(principal, None, 1, queries.MAX_PAGE_SIZE)
    arrangements, _ = await queries.list_arrangements(principal, None, None, None, 1, queries.MAX_PAGE_SIZE)
    return [(r["cbs_code"], r["name"]) for r in municipalities.items] + [
        (r["slug"], r["name"]) for r in arrangements.items
    ]


async def overview_section(scope: str, principal: Principal) -> Any:
    """The board overview of a scope, when the overview module is part of this build."""
    try:
        from contracts.overview import overview_for
    except ImportError:
        return None
    result = overview_for(scope, principal, clock.today())
    return await result if inspect.isawaitable(result) else result


async def _register_context(scope: str, principal: Principal, paging: Paging) -> dict[str, Any]:
    """Suppliers, agreements, uncovered products and the overview of one register."""
    suppliers = await queries.list_suppliers(principal, None, None, None, scope, paging.page, PAGE_SIZE)
    agreements, agreement_items = await list_agreements(
        principal, q=None, status=None, controller=scope, supplier_id=None, page=1,
        page_size=queries.MAX_PAGE_SIZE,
    )
    return {
        "suppliers": [queries.supplier_out(r) for r in suppliers.items], "supplier_page": suppliers,
        "agreements": agreement_items, "agreement_total": agreements.total,
        "uncovered": await uncovered_products(scope, clock.today()),
        "overview": await overview_section(scope, principal), "scope": scope, **LABELS,
    }


class ScopePages(Controller):
    path = "/"
    include_in_schema = False

    @get("/municipalities/{cbs_code:str}", operation_id="municipalityPage")
    async def municipality(
        self, request: Request, web_user: Principal, paging: Paging, cbs_code: str
    ) -> Template:
        """A municipality: its arrangements, its register, agreements and gaps."""
        found = await queries.list_municipalities(web_user, cbs_code, 1, queries.MAX_PAGE_SIZE)
        row = next((r for r in found.items if r["cbs_code"] == cbs_code), None)
        if row is None:
            raise NotFound("Gemeente")
        arrangements, members = await queries.list_arrangements(
            web_user, None, None, cbs_code, 1, queries.MAX_PAGE_SIZE
        )
        memberships = [
            {"arrangement": a, "member": next((m for m in members.get(a["id"], []) if m["cbs_code"] == cbs_code), None)}
            for a in arrangements.items
        ]
        return page(
            request, "suppliers/municipality.html", web_user, municipality=row, memberships=memberships,
            **await _register_context(cbs_code, web_user, paging),
        )

    @get("/arrangements", operation_id="arrangementListPage")
    async def arrangements(
        self, request: Request, web_user: Principal, paging: Paging,
        q: str | None = Parameter(required=False, max_length=100),
        kind: str | None = Parameter(required=False, max_length=32),
    ) -> Template:
        """The joint arrangements the user may see, with their members."""
        result, members = await queries.list_arrangements(web_user, q, kind or None, None, paging.page, PAGE_SIZE)
        params = {k: v for k, v in {"q": q, "kind": kind}.items() if v}
        return page(
            request, "suppliers/arrangements.html", web_user, result=result, members=members,
            params=params, **LABELS,
        )

    @get("/arrangements/{slug:str}", operation_id="arrangementPage")
    async def arrangement(self, request: Request, web_user: Principal, paging: Paging, slug: str) -> Template:
        """A joint arrangement: members with dates, its register, agreements and gaps."""
        found, members = await queries.list_arrangements(web_user, slug, None, None, 1, queries.MAX_PAGE_SIZE)
        row = next((r for r in found.items if r["slug"] == slug), None)
        if row is None:
            raise NotFound("Samenwerkingsverband")
        return page(
            request, "suppliers/arrangement.html", web_user, arrangement=row,
            members=members.get(row["id"], []), **await _register_context(slug, web_user, paging),
        )


CONTROLLERS = [ScopePages]
