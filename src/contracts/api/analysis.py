"""JSON API of the clause analysis: the catalogue, ad-hoc scans, findings and decisions."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

import msgspec
from litestar import Controller, get, post
from litestar.enums import RequestEncodingType
from litestar.params import Body, Parameter
from litestar.types import ControllerRouterHandler

from clauses import load_catalogue
from contracts import analysis
from core import READ_ERRORS, UPLOAD_ERRORS, WRITE_ERRORS, FileUpload, Principal, Settings


class ClauseOut(msgspec.Struct, kw_only=True):
    key: str
    reference: str
    tier: str
    title_nl: str
    title_en: str
    explanation_nl: str
    explanation_en: str


class CatalogueOut(msgspec.Struct, kw_only=True):
    version: str
    clauses: list[ClauseOut]


class EvidenceOut(msgspec.Struct):
    text: str
    location: str


class ClauseResult(msgspec.Struct, kw_only=True):
    key: str
    status: Literal["present", "weak", "missing"]
    reason: str | None
    evidence: list[EvidenceOut]


class ScanOut(msgspec.Struct, kw_only=True):
    file: str
    language: Literal["nl", "en"]
    clauses: list[ClauseResult]
    missing: list[str]
    weak: list[str]
    values: dict[str, Any]


class FindingOut(msgspec.Struct, kw_only=True):
    id: int
    scan_id: int
    key: str
    tier: str
    status: str
    reason: str
    decision: str | None
    remark: str
    decided_by: str | None
    decided_at: dt.datetime | None
    superseded: bool


class DecisionIn(msgspec.Struct, forbid_unknown_fields=True):
    decision: Literal["accepted_risk", "negotiate", "resolved"]
    remark: Annotated[str, msgspec.Meta(max_length=5000)] = ""


class DecisionsIn(msgspec.Struct, forbid_unknown_fields=True):
    finding_ids: Annotated[list[int], msgspec.Meta(min_length=1, max_length=500)]
    decision: Literal["accepted_risk", "negotiate", "resolved"]
    remark: Annotated[str, msgspec.Meta(max_length=5000)] = ""


class StoredScanOut(msgspec.Struct, kw_only=True):
    id: int
    document_id: int
    status: str
    language: str
    catalogue_version: str
    message: str
    created_by: str
    created_at: dt.datetime
    missing: list[str]
    weak: list[str]


def finding_out(row: dict[str, Any]) -> FindingOut:
    return FindingOut(
        id=row["id"], scan_id=row["scan"], key=row["key"], tier=row["tier"], status=row["status"],
        reason=row["reason"], decision=row["decision"], remark=row["remark"], decided_by=row["decided_by"],
        decided_at=row["decided_at"], superseded=row["superseded"],
    )


@get("/api/v1/clauses", operation_id="listClauses", tags=["Clausules"], responses=READ_ERRORS)
async def list_clauses(user: Principal) -> CatalogueOut:
    """The clause catalogue: every key, its tier, legal reference and explanation."""
    catalogue = load_catalogue()
    return CatalogueOut(
        version=catalogue.version,
        clauses=[ClauseOut(**{f: getattr(c, f) for f in ClauseOut.__struct_fields__}) for c in catalogue.clauses],
    )


@post(
    "/api/v1/scans", operation_id="scanDocument", tags=["Clausules"], responses=UPLOAD_ERRORS,
    request_max_body_size=21 * 1024 * 1024, status_code=200,
)
async def scan_document(
    user: Principal, settings: Settings, data: FileUpload = Body(media_type=RequestEncodingType.MULTI_PART)
) -> ScanOut:
    """Clause analysis of an agreement (.docx, .pdf, .txt, .md; multipart part `file`); nothing is stored."""
    content = await data.file.read()
    report = await analysis.scan_upload(content, data.file.filename or "document", settings.breach_hours_limit)
    return msgspec.convert(report, ScanOut)


class FindingController(Controller):
    path = "/api/v1/agreements/{agreement_id:int}"
    tags = ["Clausules"]

    @get("/findings", operation_id="listFindings", responses=READ_ERRORS)
    async def list_(
        self, user: Principal, agreement_id: int,
        history: bool = Parameter(default=False, description="Ook bevindingen van eerdere scans"),
    ) -> list[FindingOut]:
        """Missing and weak clauses of the latest signed copy, with decisions."""
        return [finding_out(r) for r in await analysis.findings(agreement_id, user, history)]

    @post("/findings/{finding_id:int}/decision", operation_id="decideFinding", responses=WRITE_ERRORS, status_code=200)
    async def decide(self, user: Principal, agreement_id: int, finding_id: int, data: DecisionIn) -> FindingOut:
        """The FG's decision on a finding: accepted_risk, negotiate or resolved, with a remark."""
        return finding_out(await analysis.decide(agreement_id, finding_id, data.decision, data.remark, user))

    @post("/findings/decisions", operation_id="decideFindings", responses=WRITE_ERRORS, status_code=200)
    async def decide_many(self, user: Principal, agreement_id: int, data: DecisionsIn) -> list[FindingOut]:
        """One decision with one remark on several findings: all or none, audited per finding."""
        rows = await analysis.decide_many(agreement_id, data.finding_ids, data.decision, data.remark, user)
        return [finding_out(r) for r in rows]

    @get("/scans", operation_id="listScans", responses=READ_ERRORS)
    async def scans(self, user: Principal, agreement_id: int) -> list[StoredScanOut]:
        """Every scan of a signed copy of this agreement, newest first."""
        return [
            StoredScanOut(
                id=r["id"], document_id=r["document"], status=r["status"], language=r["language"],
                catalogue_version=r["catalogue_version"], message=r["message"], created_by=r["created_by"],
                created_at=r["created_at"], missing=r["report"].get("missing", []), weak=r["report"].get("weak", []),
            )
            for r in await analysis.scans(agreement_id, user)
        ]


CONTROLLERS: list[ControllerRouterHandler] = [list_clauses, scan_document, FindingController]
