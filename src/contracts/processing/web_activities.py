"""Pages of the processing register: the register per controller with its exports and the
import (dry run first), and the form to record or change an activity."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.params import Body, Parameter
from litestar.response import Redirect, Template

from contracts.incident_export import MEDIA_TYPES
from contracts.processing import activities, annex, register_import, register_io
from contracts.processing.rules import DPIA_NL, LEGAL_BASIS_NL
from contracts.processing.schemas import ActivityCreate, ActivityOut, ActivityUpdate
from contracts.tables import Agreement
from contracts.web import queries as page_queries
from core import ApiError, NotFound, Principal, field_errors, page, submit_form, to_struct, today, web_write_guard

LABELS: dict[str, Any] = {"bases": LEGAL_BASIS_NL, "dpias": DPIA_NL}
LIST_FIELDS = ("data_categories", "special_categories", "data_subject_categories", "recipients")


def lines(value: str) -> list[str]:
    return [line.strip() for line in value.splitlines() if line.strip()]


@dataclass
class ActivityForm:
    controller: str = ""
    version: str = ""
    name: str = ""
    purpose: str = ""
    legal_basis: str = "public_task"
    legal_basis_detail: str = ""
    data_categories: str = ""
    special_categories: str = ""
    uses_bsn: str = ""
    data_subject_categories: str = ""
    retention: str = ""
    retention_years: str = ""
    recipients: str = ""
    source: str = ""
    agreement_ids: list[str] | str | None = None
    dpia: str = "not_needed"
    dpia_date: str = ""

    def values(self) -> dict[str, Any]:
        chosen = [self.agreement_ids] if isinstance(self.agreement_ids, str) else list(self.agreement_ids or [])
        values = {**asdict(self), **{name: lines(getattr(self, name)) for name in LIST_FIELDS},
                  "uses_bsn": self.uses_bsn == "on", "agreement_ids": [a for a in chosen if a],
                  "retention_years": self.retention_years.strip() or None, "dpia_date": self.dpia_date or None}
        values.pop("version")
        return values

    def create(self) -> ActivityCreate:
        return to_struct(ActivityCreate, self.values())

    def update(self) -> tuple[ActivityUpdate, int | None]:
        values = self.values()
        values.pop("controller")
        return to_struct(ActivityUpdate, values), int(self.version) if self.version.isdigit() else None


@dataclass
class ImportForm:
    controller: str = ""
    store: str = ""
    file: UploadFile | None = None


def form_values(item: ActivityOut) -> dict[str, Any]:
    values = {name: getattr(item, name) for name in asdict(ActivityForm()) if hasattr(item, name)}
    values.update({name: "\n".join(getattr(item, name)) for name in LIST_FIELDS})
    values.update(version=str(item.version), uses_bsn=item.uses_bsn, agreement_ids=[str(a) for a in item.agreement_ids],
                  retention_years="" if item.retention_years is None else str(item.retention_years),
                  dpia_date=item.dpia_date.isoformat() if item.dpia_date else "")
    return values


async def agreement_options(controller: str) -> list[tuple[int, str]]:
    rows = await Agreement.select(Agreement.id, Agreement.title, Agreement.supplier.name.as_alias("supplier")).where(
        Agreement.scope == controller).order_by(Agreement.title)
    return [(r["id"], f"{r['title']} ({r['supplier']})") for r in rows]


class ProcessingPages(Controller):
    path = "/processing-activities"
    include_in_schema = False
    guards = [web_write_guard]

    async def _context(self, user: Principal, controller: str) -> dict[str, Any]:
        controllers = await page_queries.controller_options(user)
        if not controller and len(controllers) == 1:
            controller = controllers[0][0]
        if controller and not user.sees(controller):
            raise NotFound("Gemeente of samenwerkingsverband")
        agreements = await agreement_options(controller) if controller else []
        return {"controllers": controllers, "controller": controller, "agreements": agreements,
                "can_manage": user.role in activities.MANAGING_ROLES, **LABELS}

    @get("/", operation_id="processingRegisterPage")
    async def list_(self, request: Request, web_user: Principal,
                    controller: str = Parameter(default="", max_length=64)) -> Template:
        """The verwerkingsregister of the user's municipalities and arrangements."""
        ctx = await self._context(web_user, controller)
        items = await activities.list_activities(web_user, ctx["controller"] or None)
        return page(request, "contracts/processing_register.html", web_user, items=items, report=None, **ctx)

    @get(["/export.csv", "/export.xlsx"], operation_id="processingExportPage")
    async def export(self, request: Request, web_user: Principal,
                     controller: str = Parameter(default="", max_length=64)) -> Response[bytes]:
        """The register as a spreadsheet, one row per activity (Art. 30(1))."""
        fmt = request.url.path.rsplit(".", 1)[-1]
        items = await activities.list_activities(web_user, controller or None)
        body = register_io.to_csv(items) if fmt == "csv" else register_io.to_xlsx(items)
        return Response(body, media_type=MEDIA_TYPES[fmt], headers={
            "Content-Disposition": f'attachment; filename="{register_io.filename(controller, fmt, today())}"',
            "Cache-Control": "private, no-store"})

    @post("/import", operation_id="processingImportPage", status_code=200, request_max_body_size=6 * 1024 * 1024)
    async def import_(self, request: Request, web_user: Principal,
                      data: ImportForm = Body(media_type=RequestEncodingType.MULTI_PART)) -> Template:
        """Read a spreadsheet: show the report per row; store only when asked and without errors."""
        ctx = await self._context(web_user, data.controller)
        report, errors = None, {}
        if data.file is None or not data.file.filename:
            errors = {"file": "Kies een .xlsx- of .csv-bestand."}
        else:
            try:
                report = await register_import.import_register(
                    data.controller, data.file.filename, await data.file.read(), web_user, dry_run=data.store != "on")
            except ApiError as exc:
                errors = field_errors(exc)
        items = await activities.list_activities(web_user, ctx["controller"] or None)
        return page(request, "contracts/processing_register.html", web_user, status_code=400 if errors else 200,
                    items=items, report=report, import_errors=errors, **ctx)

    @get("/new", operation_id="processingNewPage")
    async def new(self, request: Request, web_user: Principal,
                  controller: str = Parameter(default="", max_length=64)) -> Template:
        """The form for a new activity."""
        activities.check_manager(web_user)
        ctx = await self._context(web_user, controller)
        values = {**asdict(ActivityForm(controller=ctx["controller"])), "agreement_ids": []}
        return page(request, "contracts/processing_form.html", web_user, item=None, values=values, errors={}, **ctx)

    @post("/new", operation_id="processingCreatePage", status_code=303)
    async def create(self, request: Request, web_user: Principal,
                     data: ActivityForm = Body(media_type=RequestEncodingType.URL_ENCODED)) -> Template | Redirect:
        """Record the activity as the API does."""
        async def refused(exc: ApiError) -> Template:
            ctx = await self._context(web_user, data.controller)
            return page(request, "contracts/processing_form.html", web_user, status_code=400, item=None,
                        values={**asdict(data), "agreement_ids": data.values()["agreement_ids"]},
                        errors=field_errors(exc), **ctx)

        return await submit_form(request, lambda: activities.create_activity(data.create(), web_user), refused,
                                 then=lambda record_id: f"/processing-activities/{record_id}",
                                 message="De verwerking is vastgelegd.")

    @get("/{record_id:int}", operation_id="processingActivityPage")
    async def detail(self, request: Request, web_user: Principal, record_id: int) -> Template:
        """One activity with its processors; the form to change it."""
        item = await activities.get_activity(record_id, web_user)
        ctx = await self._context(web_user, item.controller)
        return page(request, "contracts/processing_form.html", web_user, item=item, values=form_values(item),
                    errors={}, **ctx)

    @post("/{record_id:int}", operation_id="processingUpdatePage", status_code=303)
    async def update(self, request: Request, web_user: Principal, record_id: int,
                     data: ActivityForm = Body(media_type=RequestEncodingType.URL_ENCODED)) -> Template | Redirect:
        """Save the changes, with the form's version."""
        async def save() -> None:
            body, version = data.update()
            await activities.update_activity(record_id, body, web_user, version)

        async def refused(exc: ApiError) -> Template:
            item = await activities.get_activity(record_id, web_user)
            ctx = await self._context(web_user, item.controller)
            values = {**asdict(data), "agreement_ids": data.values()["agreement_ids"],
                      "uses_bsn": data.uses_bsn == "on"}
            if exc.status_code == 412:
                values["version"] = str(item.version)
            return page(request, "contracts/processing_form.html", web_user, status_code=400, item=item,
                        values=values, errors=field_errors(exc), **ctx)

        return await submit_form(request, save, refused, then=f"/processing-activities/{record_id}",
                                 message="De verwerking is opgeslagen.")

    @post("/{record_id:int}/delete", operation_id="processingDeletePage", status_code=303)
    async def delete(self, request: Request, web_user: Principal, record_id: int,
                     data: DeleteForm = Body(media_type=RequestEncodingType.URL_ENCODED)) -> Template | Redirect:
        """Remove the activity from the register (its links to agreements go with it)."""
        async def refused(exc: ApiError) -> Template:
            item = await activities.get_activity(record_id, web_user)
            ctx = await self._context(web_user, item.controller)
            return page(request, "contracts/processing_form.html", web_user, status_code=exc.status_code,
                        item=item, values=form_values(item), errors={}, page_error=str(exc.detail), **ctx)

        return await submit_form(
            request, lambda: activities.delete_activity(record_id, web_user, data.version), refused,
            then="/processing-activities", message="De verwerking is uit het register verwijderd.")


@dataclass
class DeleteForm:
    version: int | None = None


@dataclass
class AnnexForm:
    version: str = ""


class AnnexPages(Controller):
    path = "/agreements/{record_id:int}/annex"
    include_in_schema = False
    guards = [web_write_guard]

    @get("/", operation_id="agreementAnnexPage")
    async def check(self, request: Request, web_user: Principal, record_id: int) -> Template:
        """The agreement's description of the processing beside its activities in the register."""
        return page(request, "contracts/processing_annex.html", web_user, check=await annex.annex_check(
            record_id, web_user), errors={}, can_write=web_user.can_write)

    @post("/", operation_id="agreementAnnexFillPage", status_code=303)
    async def fill(self, request: Request, web_user: Principal, record_id: int,
                   data: AnnexForm = Body(media_type=RequestEncodingType.URL_ENCODED)) -> Template | Redirect:
        """Fill a draft's description from its activities."""
        async def refused(exc: ApiError) -> Template:
            return page(request, "contracts/processing_annex.html", web_user, status_code=400,
                        check=await annex.annex_check(record_id, web_user), errors=field_errors(exc),
                        can_write=web_user.can_write)

        version = int(data.version) if data.version.isdigit() else None
        return await submit_form(request, lambda: annex.fill_annex(record_id, web_user, version), refused,
                                 then=f"/agreements/{record_id}",
                                 message="De beschrijving is ingevuld uit het register.")
