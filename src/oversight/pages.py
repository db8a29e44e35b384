"""HTML pages of the registers' owners: a municipality, the joint arrangements and one arrangement."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get
from litestar.params import Parameter
from litestar.response import Template

from contracts import list_agreements
from core import NotFound, Paging, Principal, clock, load_settings, page
from oversight.flags.compute import compute_flags
from oversight.flags.coverage import uncovered_products
from oversight.overview.chart import overview_chart
from oversight.overview.reads import overview_for
from suppliers import LABELS, queries

PAGE_SIZE = 25


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
        "advisories": await compute_flags(
            None, clock.today(), settings=load_settings(), controller=scope, kinds={"advisory"}
        ),
        "overview": await overview_for(scope, principal, clock.today()), "overview_chart": overview_chart,
        "scope": scope, **LABELS,
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
            request, "oversight/municipality.html", web_user, municipality=row, memberships=memberships,
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
        if not result.items and result.total and paging.page > 1:  # ?page past the end: the last page
            last = -(-result.total // PAGE_SIZE)
            result, members = await queries.list_arrangements(web_user, q, kind or None, None, last, PAGE_SIZE)
        params = {k: v for k, v in {"q": q, "kind": kind}.items() if v}
        return page(
            request, "oversight/arrangements.html", web_user, result=result, members=members,
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
            request, "oversight/arrangement.html", web_user, arrangement=row,
            members=members.get(row["id"], []), **await _register_context(slug, web_user, paging),
        )


CONTROLLERS = [ScopePages]
