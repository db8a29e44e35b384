"""JSON API of processor agreements: records, status steps, documents, bulk generation."""

from __future__ import annotations

from litestar import Controller, Response, delete, get, patch, post
from litestar.enums import RequestEncodingType
from litestar.params import Body, Parameter

from contracts import documents, queries, services
from contracts.schemas import (
    AgreementCreate,
    AgreementDetail,
    AgreementPage,
    AgreementUpdate,
    BulkGenerateIn,
    DocumentOut,
    GenerateIn,
    JobOut,
    TransitionIn,
)
from core import (
    CHECKED_ERRORS,
    MAX_ID,
    READ_ERRORS,
    UPLOAD_ERRORS,
    WRITE_ERRORS,
    FileUpload,
    IfMatch,
    NotFound,
    Paging,
    Principal,
    Settings,
    if_match_version,
    jobs,
    with_etag,
    write_guard,
)
from templates import services as template_services


def document_out(row: dict, agreement_id: int) -> DocumentOut:
    return DocumentOut(
        id=row["id"], agreement_id=agreement_id, kind=row["kind"], filename=row["filename"],
        sha256=row["sha256"], size=row["size"], template_id=row["template"],
        template_version=row["template_version"], superseded=row.get("superseded", False),
        created_by=row["created_by"], created_at=row["created_at"],
        download_url=f"/api/v1/agreements/{agreement_id}/documents/{row['id']}/download",
    )


def job_out(job: jobs.Job) -> JobOut:
    return JobOut(
        id=job.id, status=job.status, done=job.done, total=job.total, message=job.message,  # type: ignore[arg-type]
        download_url=f"/api/v1/jobs/{job.id}/download" if job.status == "done" else None,
    )


class AgreementController(Controller):
    path = "/api/v1/agreements"
    tags = ["Verwerkersovereenkomsten"]
    guards = [write_guard]

    @get(operation_id="listAgreements", responses=READ_ERRORS)
    async def list_(
        self,
        user: Principal,
        paging: Paging,
        q: str | None = Parameter(required=False, max_length=100, description="Zoek in titel, kenmerk, leverancier"),
        status: str | None = Parameter(required=False, max_length=16),
        controller: str | None = Parameter(required=False, max_length=64, description="CBS-code of slug"),
        supplier_id: int | None = Parameter(required=False, ge=1, le=MAX_ID),
    ) -> AgreementPage:
        """Agreements in your scope, filtered and paged."""
        page, items = await queries.list_agreements(
            user, q=q, status=status, controller=controller, supplier_id=supplier_id,
            page=paging.page, page_size=paging.page_size,
        )
        return AgreementPage(items=items, total=page.total, page=page.page, page_size=page.page_size)

    @post(operation_id="createAgreement", responses=WRITE_ERRORS)
    async def create(self, user: Principal, data: AgreementCreate) -> Response[AgreementDetail]:
        """Record a new processor agreement (status draft)."""
        record_id = await services.create_agreement(data, user)
        out = await queries.agreement_detail(record_id, user)
        return with_etag(out, out.version, 201)

    @get("/{record_id:int}", operation_id="getAgreement", responses=READ_ERRORS)
    async def read(self, user: Principal, record_id: int) -> Response[AgreementDetail]:
        """One agreement, its status history and the steps you may take."""
        out = await queries.agreement_detail(record_id, user)
        return with_etag(out, out.version)

    @patch("/{record_id:int}", operation_id="updateAgreement", responses=WRITE_ERRORS)
    async def update(
        self, user: Principal, record_id: int, data: AgreementUpdate, if_match: IfMatch = None
    ) -> Response[AgreementDetail]:
        """Change an agreement; after draft only dates, references and review fields."""
        await services.update_agreement(record_id, data, user, if_match_version(if_match))
        out = await queries.agreement_detail(record_id, user)
        return with_etag(out, out.version)

    @delete("/{record_id:int}", operation_id="deleteAgreement", responses=WRITE_ERRORS)
    async def remove(self, user: Principal, record_id: int, if_match: IfMatch = None) -> None:
        """Delete an agreement that was never signed."""
        await services.delete_agreement(record_id, user, if_match_version(if_match))

    @post("/{record_id:int}/transitions", operation_id="transitionAgreement", responses=CHECKED_ERRORS)
    async def transition(
        self, user: Principal, settings: Settings, record_id: int, data: TransitionIn
    ) -> Response[AgreementDetail]:
        """Move the agreement to its next status (who may do what: see the README)."""
        await services.transition(record_id, data, user, settings.breach_hours_limit)
        out = await queries.agreement_detail(record_id, user)
        return with_etag(out, out.version, 201)

    @get("/{record_id:int}/documents", operation_id="listDocuments", responses=READ_ERRORS)
    async def documents_(self, user: Principal, record_id: int) -> list[DocumentOut]:
        """Generated documents and signed copies, newest first."""
        return [document_out(r, record_id) for r in await documents.list_documents(record_id, user)]

    @post("/{record_id:int}/documents", operation_id="generateDocument", responses=UPLOAD_ERRORS)
    async def generate(self, user: Principal, settings: Settings, record_id: int, data: GenerateIn) -> DocumentOut:
        """Generate the agreement as .docx from a template; kept as a version."""
        document_id = await documents.generate(
            record_id, data.template_id, user, breach_limit=settings.breach_hours_limit,
            acknowledged=data.acknowledge_warnings,
        )
        rows = await documents.list_documents(record_id, user)
        return document_out(next(r for r in rows if r["id"] == document_id), record_id)

    @post(
        "/{record_id:int}/signed-copy", operation_id="uploadSignedCopy", responses=UPLOAD_ERRORS,
        request_max_body_size=21 * 1024 * 1024,
    )
    async def signed_copy(
        self, user: Principal, settings: Settings, record_id: int,
        data: FileUpload = Body(media_type=RequestEncodingType.MULTI_PART),
    ) -> DocumentOut:
        """Upload the signed copy (.pdf or .docx, at most 20 MB); it is scanned for clause gaps."""
        content = await data.file.read()
        document_id = await documents.upload_signed(
            record_id, data.file.filename, content, user, settings.breach_hours_limit
        )
        rows = await documents.list_documents(record_id, user)
        return document_out(next(r for r in rows if r["id"] == document_id), record_id)

    @get(
        "/{record_id:int}/documents/{document_id:int}/download", operation_id="downloadDocument",
        responses=READ_ERRORS, media_type="application/octet-stream",
    )
    async def download(self, user: Principal, record_id: int, document_id: int) -> Response[bytes]:
        """The document's file."""
        row = await documents.document(record_id, document_id, user)
        return Response(
            bytes(row["content"]), media_type=row["media_type"],
            headers={"Content-Disposition": f'attachment; filename="{row["filename"]}"'},
        )

    @post("/bulk-documents", operation_id="bulkGenerate", responses=WRITE_ERRORS, status_code=202)
    async def bulk(self, user: Principal, data: BulkGenerateIn) -> JobOut:
        """Generate documents for all agreements of a municipality or arrangement; poll the job."""
        if not user.sees(data.controller):
            raise NotFound("Gemeente of samenwerkingsverband")
        await template_services.get_template(data.template_id, user)
        return job_out(await documents.start_bulk(data.controller, data.template_id, user))


class JobController(Controller):
    path = "/api/v1/jobs"
    tags = ["Taken"]

    @get("/{job_id:str}", operation_id="getJob", responses=READ_ERRORS)
    async def read(self, user: Principal, job_id: str) -> JobOut:
        """Progress of a background job you started."""
        job = await jobs.get(job_id, user.user_id)
        if job is None:
            raise NotFound("Taak")
        return job_out(job)

    @get("/{job_id:str}/download", operation_id="downloadJob", responses=READ_ERRORS, media_type="application/zip")
    async def download(self, user: Principal, job_id: str) -> Response[bytes]:
        """The result of a finished job (a zip)."""
        return await jobs.result_download(job_id, user.user_id)


CONTROLLERS = [AgreementController, JobController]

