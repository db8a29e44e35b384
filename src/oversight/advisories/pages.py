"""HTML pages of advisories, the watch list and the ENSIA overview (in Dutch)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from litestar import Controller, Request, Response, get, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.params import Body, Parameter
from litestar.response import Redirect, Template

from core import ApiError, Principal, ScopeChoices, Settings, field_errors, page, submit_form, today, web_write_guard
from oversight.advisories import service, watchlist
from oversight.advisories.api import MAX_ADVISORY_BYTES
from oversight.ensia import export
from oversight.ensia.state import default_reference_date, ensia_state
from suppliers import advisory_records

SEVERITY_NL = {"critical": "kritiek", "high": "hoog", "medium": "middel", "low": "laag", "none": "geen"}
VERDICT_NL = export.VERDICT_NL


@dataclass
class AdvisoryForm:
    file: UploadFile


class AdvisoryPages(Controller):
    path = "/"
    include_in_schema = False
    guards = [web_write_guard]

    @get("/advisories", operation_id="advisoryListPage")
    async def list_(self, request: Request, web_user: Principal) -> Template:
        """Advisories held, newest first, with the products in scope they name; the import form."""
        return await _list(request, web_user, {})

    @post("/advisories", operation_id="advisoryImportPage", status_code=303, request_max_body_size=MAX_ADVISORY_BYTES)
    async def import_(
        self, request: Request, web_user: Principal,
        data: AdvisoryForm = Body(media_type=RequestEncodingType.MULTI_PART),
    ) -> Template | Redirect:
        """Import a CSAF 2.0 file; on refusal show the schema paths it breaks."""

        async def load() -> service.AdvisoryOut:
            return await service.import_advisory(advisory_records.decode_document(await data.file.read()), web_user)

        async def refused(exc: ApiError) -> Template:
            return await _list(request, web_user, field_errors(exc), exc.status_code)

        return await submit_form(
            request, load, refused, then=lambda out: f"/advisories/{out.id}",
            message=lambda out: f"Advisory {out.tracking_id} (revisie {out.revision}) is ingelezen: "
                                f"{len(out.matches)} product(en) geraakt.",
        )

    @get("/advisories/{record_id:int}", operation_id="advisoryPage")
    async def read(self, request: Request, web_user: Principal, record_id: int) -> Template:
        """One advisory: the products it names and the municipalities and arrangements to warn."""
        advisory = await service.get_advisory(record_id, web_user)
        return page(request, "oversight/advisory.html", web_user, advisory=advisory, severities=SEVERITY_NL)

    @get("/watchlist", operation_id="watchlistPage")
    async def watch(
        self, request: Request, web_user: Principal, scope_choices: ScopeChoices,
        controller: str | None = Parameter(required=False, max_length=64),
    ) -> Template:
        """The products a municipality or arrangement uses: the list for its CERT."""
        items = await watchlist.watchlist(controller, web_user, today()) if controller else []
        return page(request, "oversight/watchlist.html", web_user, items=items, controller=controller or "",
                    choices=await scope_choices(web_user))

    @get("/watchlist/export", operation_id="watchlistExportPage")
    async def watch_export(
        self, web_user: Principal, controller: str = Parameter(min_length=1, max_length=64)
    ) -> Response[bytes]:
        """The watch list as csv."""
        items = await watchlist.watchlist(controller, web_user, today())
        return Response(watchlist.to_csv(items), media_type="text/csv",
                        headers={"Content-Disposition": 'attachment; filename="productenlijst.csv"'})

    @get("/ensia", operation_id="ensiaPage")
    async def ensia(
        self, request: Request, web_user: Principal, settings: Settings, scope_choices: ScopeChoices,
        cbs_code: str | None = Parameter(required=False, pattern=r"^GM[0-9]{4}$"),
        reference_date: dt.date | None = Parameter(required=False),
    ) -> Template:
        """Per ENSIA domain what was in place on the reference date, with the gaps."""
        on = reference_date or default_reference_date(today())
        state = await ensia_state(cbs_code, web_user, on, settings) if cbs_code else None
        choices = [c for c in await scope_choices(web_user) if c[0].startswith("GM")]
        return page(request, "oversight/ensia.html", web_user, state=state, cbs_code=cbs_code or "", on=on,
                    choices=choices, verdicts=VERDICT_NL)

    @get("/ensia/export", operation_id="ensiaExportPage")
    async def ensia_export(
        self, web_user: Principal, settings: Settings,
        cbs_code: str = Parameter(pattern=r"^GM[0-9]{4}$"),
        reference_date: dt.date | None = Parameter(required=False),
        format: Literal["xlsx", "docx"] = Parameter(default="xlsx"),
    ) -> Response[bytes]:
        """The ENSIA overview as xlsx (for the IT auditor) or docx (the annual report's paragraph)."""
        on = reference_date or default_reference_date(today())
        state = await ensia_state(cbs_code, web_user, on, settings)
        body = export.to_xlsx(state) if format == "xlsx" else export.to_docx(state)
        return Response(body, media_type=export.XLSX if format == "xlsx" else export.DOCX, headers={
            "Content-Disposition": f'attachment; filename="ensia-{cbs_code}-{on.isoformat()}.{format}"'})


async def _list(request: Request, user: Principal, errors: dict[str, str], status_code: int = 200) -> Template:
    advisories: list[Any] = await service.list_advisories(user)
    return page(request, "oversight/advisories.html", user, status_code=status_code, advisories=advisories,
                errors=errors, severities=SEVERITY_NL)


CONTROLLERS = [AdvisoryPages]
