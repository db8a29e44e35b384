"""JSON API of the processing register (Art. 30), of rights requests and their letters,
and of an agreement's Annex I from its activities."""

from __future__ import annotations

from typing import Any, Literal

from litestar import Controller, Response, delete, get, patch, post
from litestar.enums import RequestEncodingType
from litestar.params import Body, Parameter

from contracts.api.incidents import ExportOperation
from contracts.incident_export import MEDIA_TYPES
from contracts.processing import activities, annex, letters_service, register_import, register_io, requests
from contracts.processing.schemas import (
    ActivityCreate,
    ActivityOut,
    ActivityUpdate,
    AnnexCheck,
    ImportReport,
    RightsRequestCreate,
    RightsRequestOut,
    RightsRequestUpdate,
    TaskConfirm,
)
from core import (
    READ_ERRORS,
    UPLOAD_ERRORS,
    WRITE_ERRORS,
    FileUpload,
    IfMatch,
    Principal,
    if_match_version,
    today,
    with_etag,
    write_guard,
)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
Controller_ = Parameter(required=False, max_length=64, description="CBS-code of slug")


def attachment(body: bytes, name: str, media_type: str) -> Response[Any]:
    return Response(body, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{name}"'})


class ProcessingActivityController(Controller):
    path = "/api/v1/processing-activities"
    tags = ["Verwerkingsregister"]
    guards = [write_guard]

    @get(operation_id="listProcessingActivities", responses=READ_ERRORS, operation_class=ExportOperation)
    async def list_(
        self, user: Principal, controller: str | None = Controller_,
        format: Literal["json", "csv", "xlsx"] = Parameter(default="json", description="json, csv of xlsx"),
    ) -> Response[list[ActivityOut] | bytes]:
        """The register in your scope, by name; as csv or xlsx one row per activity (Art. 30(1))."""
        items = await activities.list_activities(user, controller)
        if format == "json":
            return Response(items)
        body = register_io.to_csv(items) if format == "csv" else register_io.to_xlsx(items)
        return attachment(body, register_io.filename(controller, format, today()), MEDIA_TYPES[format])

    @post(operation_id="createProcessingActivity", responses=WRITE_ERRORS)
    async def create(self, user: Principal, data: ActivityCreate) -> Response[ActivityOut]:
        """Record a processing activity of a municipality or arrangement."""
        record_id = await activities.create_activity(data, user)
        out = await activities.get_activity(record_id, user)
        return with_etag(out, out.version, 201)

    @get("/{record_id:int}", operation_id="getProcessingActivity", responses=READ_ERRORS)
    async def read(self, user: Principal, record_id: int) -> Response[ActivityOut]:
        """One activity with its processors and sub-processors."""
        out = await activities.get_activity(record_id, user)
        return with_etag(out, out.version)

    @patch("/{record_id:int}", operation_id="updateProcessingActivity", responses=WRITE_ERRORS)
    async def update(
        self, user: Principal, record_id: int, data: ActivityUpdate, if_match: IfMatch = None
    ) -> Response[ActivityOut]:
        """Change an activity (If-Match: its version)."""
        await activities.update_activity(record_id, data, user, if_match_version(if_match))
        out = await activities.get_activity(record_id, user)
        return with_etag(out, out.version)

    @delete("/{record_id:int}", operation_id="deleteProcessingActivity", responses=WRITE_ERRORS)
    async def remove(self, user: Principal, record_id: int, if_match: IfMatch = None) -> None:
        """Delete an activity (If-Match: its version)."""
        await activities.delete_activity(record_id, user, if_match_version(if_match))

    @post("/import", operation_id="importProcessingActivities", responses=UPLOAD_ERRORS, status_code=200,
          request_max_body_size=6 * 1024 * 1024)
    async def import_(
        self, user: Principal,
        controller: str = Parameter(max_length=64, description="CBS-code of slug"),
        dry_run: bool = Parameter(default=True, description="Alleen het verslag per rij; niets opslaan"),
        data: FileUpload = Body(media_type=RequestEncodingType.MULTI_PART),
    ) -> ImportReport:
        """Import the register from .xlsx or .csv (the export's columns): a report per row."""
        content = await data.file.read()
        return await register_import.import_register(controller, data.file.filename, content, user, dry_run)


class RightsRequestController(Controller):
    path = "/api/v1/rights-requests"
    tags = ["Verzoeken van inwoners"]
    guards = [write_guard]

    @get(operation_id="listRightsRequests", responses=READ_ERRORS)
    async def list_(
        self, user: Principal, controller: str | None = Controller_,
        status: Literal["open", "closed"] | None = Parameter(required=False),
    ) -> list[RightsRequestOut]:
        """Requests in your scope, the soonest due first."""
        return await requests.list_requests(user, controller, status)

    @post(operation_id="createRightsRequest", responses=WRITE_ERRORS)
    async def create(self, user: Principal, data: RightsRequestCreate) -> Response[RightsRequestOut]:
        """Record a request (case reference only): its due date and one task per processor."""
        record_id = await requests.create_request(data, user)
        out = await requests.get_request(record_id, user)
        return with_etag(out, out.version, 201)

    @get("/{record_id:int}", operation_id="getRightsRequest", responses=READ_ERRORS)
    async def read(self, user: Principal, record_id: int) -> Response[RightsRequestOut]:
        """One request with its tasks and letters."""
        out = await requests.get_request(record_id, user)
        return with_etag(out, out.version)

    @patch("/{record_id:int}", operation_id="updateRightsRequest", responses=WRITE_ERRORS)
    async def update(
        self, user: Principal, record_id: int, data: RightsRequestUpdate, if_match: IfMatch = None
    ) -> Response[RightsRequestOut]:
        """Extend the term by one or two months with a reason, or correct the reference."""
        await requests.update_request(record_id, data, user, if_match_version(if_match))
        out = await requests.get_request(record_id, user)
        return with_etag(out, out.version)

    @post("/{record_id:int}/tasks/{task_id:int}/confirmation", operation_id="confirmRightsTask",
          responses=WRITE_ERRORS)
    async def confirm(self, user: Principal, record_id: int, task_id: int, data: TaskConfirm) -> Response[
            RightsRequestOut]:
        """Record that a processor answered; the request closes with the last task."""
        await requests.confirm_task(record_id, task_id, data, user)
        out = await requests.get_request(record_id, user)
        return with_etag(out, out.version, 201)

    @get("/{record_id:int}/letters/{letter:str}", operation_id="getRightsLetter", responses=READ_ERRORS,
         media_type=DOCX)
    async def letter(self, user: Principal, record_id: int, letter: str) -> Response[bytes]:
        """A letter of the request (.docx): the reply to the resident, or one to a processor."""
        name, body = await letters_service.render_letter(record_id, letter, user)
        return attachment(body, name, DOCX)


class AnnexController(Controller):
    path = "/api/v1/agreements/{record_id:int}/annex"
    tags = ["Verwerkersovereenkomsten"]
    guards = [write_guard]

    @get(operation_id="checkAgreementAnnex", responses=READ_ERRORS)
    async def check(self, user: Principal, record_id: int) -> AnnexCheck:
        """The agreement's data categories against those of the activities naming it."""
        return await annex.annex_check(record_id, user)

    @post("/from-activities", operation_id="fillAgreementAnnex", responses=WRITE_ERRORS, status_code=200)
    async def fill(self, user: Principal, record_id: int, if_match: IfMatch = None) -> AnnexCheck:
        """Fill a draft's processing description (Annex I) from its linked activities."""
        await annex.fill_annex(record_id, user, if_match_version(if_match))
        return await annex.annex_check(record_id, user)


CONTROLLERS = [ProcessingActivityController, RightsRequestController, AnnexController]
