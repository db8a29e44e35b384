"""The FG's work: the review queue, decisions on findings in bulk, and the progress page
of a background job."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.enums import RequestEncodingType
from litestar.exceptions import PermissionDeniedException
from litestar.params import Body, Parameter
from litestar.response import Redirect, Template

from clauses import load_catalogue
from contracts import analysis
from contracts.web import queries as page_queries
from contracts.web.agreements import FINDING_LABELS, refused_on_detail
from core import Invalid, NotFound, Principal, as_list, clock, jobs, page, submit_form, web_write_guard

REVIEWERS = frozenset({"privacy_officer", "admin"})


@dataclass
class DecisionsForm:
    finding_ids: str | list[str] = ""
    decision: str = ""
    remark: str = ""


class ReviewPage(Controller):
    path = "/review"
    include_in_schema = False

    @get("/", operation_id="reviewPage")
    async def queue(
        self, request: Request, web_user: Principal,
        key: str = Parameter(default="", max_length=64), status: str = Parameter(default="", max_length=16),
    ) -> Template:
        """Agreements awaiting the FG, and open findings grouped by agreement, filtered."""
        if web_user.role not in REVIEWERS:
            raise PermissionDeniedException(detail="Alleen de FG en beheerders hebben een werkvoorraad.")
        catalogue = load_catalogue().clauses
        findings = await page_queries.open_findings_queue(web_user)
        keys = sorted({f["key"] for f in findings}, key=lambda k: k)
        status = status if status in FINDING_LABELS else ""
        shown = [f for f in findings if (not key or f["key"] == key) and (not status or f["status"] == status)]
        return page(
            request, "contracts/review.html", web_user,
            in_review=await page_queries.review_queue(web_user, clock.today()),
            groups=page_queries.by_agreement(shown), total=len(findings), shown=len(shown),
            titles={c.key: c.title_nl for c in catalogue}, keys=keys,
            filters={"key": key, "status": status}, finding_labels=FINDING_LABELS,
        )


class FindingDecisionPages(Controller):
    path = "/agreements"
    include_in_schema = False
    guards = [web_write_guard]

    @post("/{record_id:int}/findings/decisions", operation_id="agreementDecisionsPage", status_code=303)
    async def decide(
        self, request: Request, web_user: Principal, record_id: int,
        data: DecisionsForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """One decision with one remark on the findings the FG ticked."""
        ids = as_list(data.finding_ids) if data.finding_ids else []

        async def decide() -> list[dict[str, Any]]:
            if len(data.remark) > 5000:
                raise Invalid({"remark": "Hoogstens 5000 tekens."})
            if not all(i.isdigit() and len(i) < 10 for i in ids):
                raise Invalid({"finding_ids": "Kies bevindingen uit de lijst."})
            return await analysis.decide_many(record_id, [int(i) for i in ids], data.decision, data.remark, web_user)

        def landing(rows: list[dict[str, Any]]) -> str:
            return f"/agreements/{record_id}#bevinding-{rows[0]['id']}"

        submitted = {"decision": data.decision, "remark": data.remark, "finding_ids": ids}
        count = len(ids)
        return await submit_form(
            request, decide,
            lambda exc: refused_on_detail(request, web_user, record_id, "findings", exc, submitted),
            then=landing,
            message=f"Het besluit is vastgelegd voor {count} bevinding{'en' if count != 1 else ''}.",
        )


class JobPages(Controller):
    path = "/jobs"
    include_in_schema = False

    @get("/{job_id:str}", operation_id="jobPage")
    async def progress(self, request: Request, web_user: Principal, job_id: str) -> Template:
        """Progress of a job the user started; refreshes itself while it runs."""
        job = await jobs.get(job_id, web_user.user_id)
        if job is None:
            raise NotFound("Taak")
        response = page(request, "contracts/job.html", web_user, job=job)
        if job.active:
            response.headers["Refresh"] = "2"
        return response

    @get("/{job_id:str}/download", operation_id="jobDownloadPage")
    async def download(self, web_user: Principal, job_id: str) -> Response[bytes]:
        """The zip of a finished job."""
        return await jobs.result_download(job_id, web_user.user_id)
