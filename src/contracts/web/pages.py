"""Web pages of processor agreements: the list with filters, and bulk generation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from litestar import Controller, Request, get, post
from litestar.enums import RequestEncodingType
from litestar.params import Body, Parameter
from litestar.response import Redirect, Template

from contracts import documents, queries
from contracts.web import queries as page_queries
from contracts.web.agreements import AgreementPages
from contracts.web.drafts import SupplierDraftPages
from contracts.web.inbox import InboxPages
from contracts.web.incidents import CONTROLLERS as INCIDENT_PAGES
from contracts.web.review import FindingDecisionPages, JobPages, ReviewPage
from core import STATUS_LABELS, ApiError, Invalid, NotFound, Principal, flash, page, web_write_guard
from suppliers import list_suppliers
from templates import services as template_services

PAGE_SIZE = 25


@dataclass
class BulkForm:
    controller: str = ""
    template_id: str = ""


async def latest_templates(user: Principal, scope: str | None = None) -> list[dict[str, Any]]:
    """The newest version of each template the user may use (for one scope, if given)."""
    rows = await template_services.list_templates(user)
    return [r for r in rows if r["latest"] and (scope is None or r["scope"] in {"", scope})]


class AgreementListPage(Controller):
    path = "/agreements"
    include_in_schema = False
    guards = [web_write_guard]

    async def _context(
        self, user: Principal, q: str, status: str, controller: str, supplier_id: int | None,
        findings: str, page_number: int,
    ) -> dict[str, Any]:
        open_findings = {"ja": True, "nee": False}.get(findings)
        result, items = await queries.list_agreements(
            user, q=q, status=status or None, controller=controller or None, supplier_id=supplier_id,
            open_findings=open_findings, page=page_number, page_size=PAGE_SIZE,
        )
        if not items and result.total and page_number > 1:  # ?page past the end: the last page
            result, items = await queries.list_agreements(
                user, q=q, status=status or None, controller=controller or None, supplier_id=supplier_id,
                open_findings=open_findings, page=-(-result.total // PAGE_SIZE), page_size=PAGE_SIZE,
            )
        suppliers = await list_suppliers(user, None, None, None, controller or None, 1, 200)
        controllers = await page_queries.controller_options(user)
        return {
            "items": items, "result": result, "pages": max(1, -(-result.total // PAGE_SIZE)),
            "open_ids": await page_queries.open_finding_agreement_ids(user),
            "filters": {"q": q, "status": status, "controller": controller,
                        "supplier_id": supplier_id or "", "findings": findings},
            "statuses": STATUS_LABELS, "controllers": controllers, "suppliers": suppliers.items,
            "templates": await latest_templates(user) if user.can_write else [],
            "bulk": {"controller": "", "template_id": ""}, "bulk_errors": {},
        }

    @get("/", operation_id="agreementListPage")
    async def list_(
        self, request: Request, web_user: Principal,
        q: str = Parameter(default="", max_length=100), status: str = Parameter(default="", max_length=16),
        controller: str = Parameter(default="", max_length=64),
        supplier_id: int | None = Parameter(default=None, ge=1, le=2**31 - 1),
        findings: str = Parameter(default="", max_length=3), page_number: int = Parameter(
            query="page", default=1, ge=1, le=100_000),
    ) -> Template:
        """Agreements in the user's scope, filtered, searched and paged."""
        ctx = await self._context(web_user, q, status, controller, supplier_id, findings, page_number)
        return page(request, "contracts/list.html", web_user, **ctx)

    @post("/bulk-documents", operation_id="agreementBulkPage", status_code=303)
    async def bulk(
        self, request: Request, web_user: Principal,
        data: BulkForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Start generating every agreement of a controller from one template."""
        try:
            if not data.controller or not web_user.sees(data.controller):
                raise Invalid({"controller": "Kies een gemeente of verband."})
            if not data.template_id.isdigit():
                raise Invalid({"template_id": "Kies een sjabloon."})
            try:
                await template_services.get_template(int(data.template_id), web_user)
            except NotFound:
                raise Invalid({"template_id": "Dit sjabloon is niet voor u beschikbaar."}) from None
        except ApiError as exc:
            ctx = await self._context(web_user, "", "", "", None, "", 1)
            ctx["bulk"] = {"controller": data.controller, "template_id": data.template_id}
            ctx["bulk_errors"] = {e["field"]: e["message"] for e in exc.errors}
            return page(request, "contracts/list.html", web_user, status_code=400, **ctx)
        job = await documents.start_bulk(data.controller, int(data.template_id), web_user)
        flash(request, "Het genereren is gestart.")
        return Redirect(path=f"/jobs/{job.id}", status_code=303)


CONTROLLERS = [
    AgreementListPage, FindingDecisionPages, AgreementPages, SupplierDraftPages, ReviewPage, JobPages, *INCIDENT_PAGES,
    InboxPages,
]
