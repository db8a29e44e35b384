"""The supplier's draft agreement over HTTP: upload and scan, the comparison with our model,
and the negotiation letter."""

from __future__ import annotations

import msgspec
from litestar import Controller, Response, get, post
from litestar.enums import RequestEncodingType
from litestar.params import Body

from contracts import analysis, comparison, drafts
from contracts.documents import DOCX
from core import READ_ERRORS, WRITE_ERRORS, FileUpload, Principal, Settings, today, write_guard


class DraftScanOut(msgspec.Struct, kw_only=True):
    document_id: int
    scan_id: int
    #: scanned, or unreadable (no text layer: no findings).
    status: str
    language: str
    missing: list[str]
    weak: list[str]
    #: Open findings of this scan that the FG decides on (missing and weak clauses).
    findings: int


class SupplierDraftController(Controller):
    path = "/api/v1/agreements/{record_id:int}"
    tags = ["Overeenkomsten"]
    guards = [write_guard]

    @post(
        "/supplier-draft", operation_id="uploadSupplierDraft", responses=WRITE_ERRORS,
        request_max_body_size=21 * 1024 * 1024,
    )
    async def upload(
        self, user: Principal, settings: Settings, record_id: int,
        data: FileUpload = Body(media_type=RequestEncodingType.MULTI_PART),
    ) -> DraftScanOut:
        """Attach the supplier's own draft (.docx or .pdf) at any status; it is scanned into findings."""
        content = await data.file.read()
        stored = await drafts.upload_supplier_draft(
            record_id, data.file.filename, content, user, settings.breach_hours_limit
        )
        scan = next(s for s in await analysis.scans(record_id, user) if s["id"] == stored["scan_id"])
        found = [f for f in await analysis.findings(record_id, user) if f["scan"] == stored["scan_id"]]
        report = scan["report"] or {}
        return DraftScanOut(
            document_id=stored["document_id"], scan_id=stored["scan_id"], status=scan["status"],
            language=scan["language"], missing=report.get("missing", []), weak=report.get("weak", []),
            findings=len(found),
        )

    @get("/comparison", operation_id="compareSupplierDraft", responses=READ_ERRORS)
    async def compare(self, user: Principal, settings: Settings, record_id: int) -> comparison.Comparison:
        """The latest scanned supplier agreement beside our model, clause by clause, with the values."""
        return await comparison.compare(record_id, user, settings.breach_hours_limit)

    @get(
        "/negotiation-letter", operation_id="negotiationLetter", responses=READ_ERRORS,
        media_type=DOCX,
    )
    async def letter(self, user: Principal, settings: Settings, record_id: int) -> Response[bytes]:
        """The Dutch letter of negotiation points (.docx): each missing or weak clause with our wording."""
        name, content = await comparison.letter_for(record_id, user, settings.breach_hours_limit, today())
        return Response(
            content, media_type=DOCX, headers={"Content-Disposition": f'attachment; filename="{name}"'}
        )


CONTROLLERS = [SupplierDraftController]
