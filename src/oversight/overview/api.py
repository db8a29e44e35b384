"""The board overview over HTTP: JSON under /api/v1, the exports and a page for the browser.

JSON (bearer token): ``GET /api/v1/arrangements/{slug}/overview`` and
``GET /api/v1/municipalities/{cbs_code}/overview``. Web (session): the same overview as
``overview.docx``, ``overview.xlsx`` and ``overview.csv`` below ``/arrangements/{slug}/``
and ``/municipalities/{cbs_code}/``, and the page ``/overview/{code}`` (CBS code or slug). A scope outside the
user's scopes answers 404, as one that does not exist.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from litestar import Controller, Request, Response, get
from litestar.params import Parameter
from litestar.response import Template

from core import READ_ERRORS, Principal, Settings, page, public_base_url, today
from oversight.overview import export as overview_export
from oversight.overview.chart import overview_chart
from oversight.overview.reads import Overview, overview_for
from suppliers import evidence_policy

OnDate = Annotated[
    dt.date | None,
    Parameter(required=False, description="Peildatum (JJJJ-MM-DD); standaard vandaag"),
]
EXPORT_SUFFIXES = ("docx", "xlsx", "csv")


async def _overview(
    scope: str, user: Principal, on: dt.date | None, settings: Settings,
    kind: Literal["municipality", "arrangement"] | None = None,
) -> Overview:
    return await overview_for(
        scope, user, on or today(), ending_within_days=settings.expiry_horizon_days, kind=kind,
        policy=evidence_policy(settings),
    )


class OverviewController(Controller):
    path = "/api/v1"
    tags = ["Bestuursoverzicht"]

    @get("/arrangements/{slug:str}/overview", operation_id="arrangementOverview", responses=READ_ERRORS)
    async def arrangement(self, user: Principal, settings: Settings, slug: str, on: OnDate = None) -> Overview:
        """Traffic-light overview of an arrangement's own register, with the list behind each figure."""
        return await _overview(slug, user, on, settings, "arrangement")

    @get("/municipalities/{cbs_code:str}/overview", operation_id="municipalityOverview", responses=READ_ERRORS)
    async def municipality(self, user: Principal, settings: Settings, cbs_code: str, on: OnDate = None) -> Overview:
        """Traffic-light overview of a municipality's register, with the list behind each figure."""
        return await _overview(cbs_code, user, on, settings, "municipality")


def _export_response(overview: Overview, fmt: str, base: str) -> Response[bytes]:
    return Response(
        overview_export.export(overview, fmt, base),
        media_type=overview_export.MEDIA_TYPES[fmt],
        headers={
            "Content-Disposition": f'attachment; filename="{overview_export.filename(overview, fmt)}"',
            "Cache-Control": "private, no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )


def _suffix(request: Request) -> str:
    """The export format named by the path's extension (the routes admit only these three)."""
    return request.url.path.rsplit(".", 1)[-1]


def _base(request: Request, settings: Settings) -> str:
    return public_base_url(settings, str(request.base_url))


class OverviewWebController(Controller):
    path = "/"
    include_in_schema = False

    @get([f"/arrangements/{{slug:str}}/overview.{s}" for s in EXPORT_SUFFIXES],
         operation_id="arrangementOverviewExport")
    async def arrangement_export(
        self, request: Request, web_user: Principal, settings: Settings, slug: str, on: OnDate = None
    ) -> Response[bytes]:
        """The arrangement's overview as .docx, .xlsx or .csv."""
        return _export_response(
            await _overview(slug, web_user, on, settings, "arrangement"), _suffix(request), _base(request, settings)
        )

    @get([f"/municipalities/{{cbs_code:str}}/overview.{s}" for s in EXPORT_SUFFIXES],
         operation_id="municipalityOverviewExport")
    async def municipality_export(
        self, request: Request, web_user: Principal, settings: Settings, cbs_code: str, on: OnDate = None
    ) -> Response[bytes]:
        """The municipality's overview as .docx, .xlsx or .csv."""
        return _export_response(
            await _overview(cbs_code, web_user, on, settings, "municipality"), _suffix(request),
            _base(request, settings),
        )

    @get("/overview/{code:str}", operation_id="overviewPage")
    async def overview_page(
        self, request: Request, web_user: Principal, settings: Settings, code: str, on: OnDate = None
    ) -> Template:
        """A bookmarkable page with the overview of one municipality or arrangement."""
        overview = await _overview(code, web_user, on, settings)
        return page(
            request, "oversight/overview_page.html", web_user, overview=overview, overview_chart=overview_chart
        )


CONTROLLERS = [OverviewController, OverviewWebController]
