"""The FG's work queue, and the progress page of a background job."""

from __future__ import annotations

from litestar import Controller, Request, Response, get
from litestar.exceptions import PermissionDeniedException
from litestar.response import Template

from clauses import load_catalogue
from contracts.web import queries as page_queries
from core import NotFound, Principal, clock, jobs, page

REVIEWERS = frozenset({"privacy_officer", "admin"})


class ReviewPage(Controller):
    path = "/review"
    include_in_schema = False

    @get("/", operation_id="reviewPage")
    async def queue(self, request: Request, web_user: Principal) -> Template:
        """Agreements awaiting the FG and open findings, oldest first."""
        if web_user.role not in REVIEWERS:
            raise PermissionDeniedException(detail="Alleen de FG en beheerders hebben een werkvoorraad.")
        return page(
            request, "contracts/review.html", web_user,
            in_review=await page_queries.review_queue(web_user, clock.today()),
            findings=await page_queries.open_findings_queue(web_user),
            titles={c.key: c.title_nl for c in load_catalogue().clauses},
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
