"""Clause analysis of agreements: scans of uploaded files, findings, and the FG's decisions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from litestar.exceptions import PermissionDeniedException

from clauses import DocumentError, NoReadableText, load_catalogue
from contracts.scanning import scan_isolated
from contracts.services import AGREEMENT
from contracts.tables import Finding, Scan
from core import ApiError, Invalid, NotFound, Principal, audit, crud, write_transaction

DECISIONS = ("accepted_risk", "negotiate", "resolved")
DECIDERS = frozenset({"privacy_officer", "admin"})


class DocumentRefused(ApiError):
    def __init__(self, exc: DocumentError) -> None:
        super().__init__(exc.message, [{"field": "file", "message": exc.message}])
        self.status_code = exc.status


async def scan_upload(content: bytes, filename: str, breach_hours_limit: int) -> dict[str, Any]:
    """Scan an uploaded file and return the report (400/413/422 on files it cannot read)."""
    try:
        return await scan_isolated(content, filename, breach_hours_limit)
    except DocumentError as exc:
        raise DocumentRefused(exc) from exc


@dataclass(frozen=True)
class ScanOutcome:
    """A signed copy's scan, done before anything is written."""

    report: dict[str, Any]
    status: str  # "scanned" or "unreadable"
    message: str = ""


async def scan_signed_copy(content: bytes, filename: str, breach_hours_limit: int) -> ScanOutcome:
    """Scan a signed copy in a worker process; call this *before* opening a write transaction.

    A file without readable text (a scanned image), or a PDF our reader finds damaged (a
    viewer may still open it), is kept as unreadable and yields no findings: never a
    report that everything is missing. A file over a limit (unpacked size, pages, time,
    memory) or a Word file that is damaged or carries a DOCTYPE is refused with its 4xx,
    and nothing is stored.
    """
    try:
        return ScanOutcome(await scan_isolated(content, filename, breach_hours_limit), "scanned")
    except DocumentError as exc:
        damaged_pdf = exc.status == 400 and filename.lower().endswith(".pdf")
        if isinstance(exc, NoReadableText) or damaged_pdf:
            return ScanOutcome({}, "unreadable", exc.message)
        raise DocumentRefused(exc) from exc


async def record_scan(
    agreement: dict[str, Any], document_id: int, outcome: ScanOutcome, principal: Principal
) -> int:
    """Store a scan's report and its findings (inside the write transaction; no slow work here)."""
    tiers = {c.key: c.tier for c in load_catalogue().clauses}
    report, status, message = outcome.report, outcome.status, outcome.message
    scan = Scan(
        agreement=agreement["id"], document=document_id, status=status,
        language=report.get("language", ""), catalogue_version=load_catalogue().version,
        message=message, report=report, created_by=principal.email, created_at=crud.now(),
    )
    await Scan.insert(scan)
    superseded = await Finding.update({Finding.superseded: True}).where(
        Finding.agreement == agreement["id"], Finding.superseded.eq(False), Finding.decision.is_null()
    ).returning(Finding.id)
    rows = [
        Finding(
            agreement=agreement["id"], scan=scan.id, key=clause["key"], tier=tiers.get(clause["key"], "recommended"),
            status=clause["status"],
            reason=clause["reason"] or ("Niet gevonden in het document." if clause["status"] == "missing" else ""),
        )
        for clause in report.get("clauses", [])
        if clause["status"] in {"missing", "weak"}
    ]
    if rows:
        await Finding.insert(*rows)
    await audit.record(
        actor=principal.email, action="scan", entity="agreement", entity_id=agreement["id"],
        scope=agreement["scope"],
        changes={"scan": [None, scan.id], "status": [None, status], "findings": [None, len(rows)],
                 "missing": [None, report.get("missing", [])], "weak": [None, report.get("weak", [])],
                 "superseded_findings": [None, [r["id"] for r in superseded]]},
    )
    return int(scan.id)


async def findings(agreement_id: int, principal: Principal, include_history: bool = False) -> list[dict[str, Any]]:
    await crud.fetch(AGREEMENT, agreement_id, principal)
    query = Finding.select().where(Finding.agreement == agreement_id).order_by(Finding.id)
    if not include_history:
        query = query.where(Finding.superseded.eq(False))
    return await query


async def scans(agreement_id: int, principal: Principal) -> list[dict[str, Any]]:
    await crud.fetch(AGREEMENT, agreement_id, principal)
    rows = await Scan.select().where(Scan.agreement == agreement_id).order_by(Scan.id, ascending=False)
    for row in rows:
        if isinstance(row["report"], str):
            row["report"] = json.loads(row["report"])
    return rows


async def decide(
    agreement_id: int, finding_id: int, decision: str, remark: str, principal: Principal
) -> dict[str, Any]:
    """The FG's decision on one finding (see :func:`decide_many`)."""
    return (await decide_many(agreement_id, [finding_id], decision, remark, principal))[0]


async def decide_many(
    agreement_id: int, finding_ids: list[int], decision: str, remark: str, principal: Principal
) -> list[dict[str, Any]]:
    """One decision with one remark on several open findings of an agreement: all or none,
    in one transaction, audited per finding (a finding decided before gets the new decision;
    the audit keeps the old one). A finding of another agreement, superseded or unknown is
    "not found", and nothing is stored."""
    if principal.role not in DECIDERS:
        raise PermissionDeniedException(detail="Alleen de FG beslist over bevindingen.")
    if decision not in DECISIONS:
        raise Invalid({"decision": "Kies een besluit: risico geaccepteerd, heronderhandelen of opgelost."})
    ids = list(dict.fromkeys(finding_ids))
    if not ids:
        raise Invalid({"finding_ids": "Kies minstens één bevinding."})
    if len(ids) > 500:
        raise Invalid({"finding_ids": "Hoogstens 500 bevindingen tegelijk."})
    remark = remark.strip()
    if decision in {"accepted_risk", "negotiate"} and not remark:
        raise Invalid({"remark": "Licht het besluit toe."})
    async with write_transaction():
        agreement = await crud.fetch(AGREEMENT, agreement_id, principal)
        rows = await Finding.select().where(
            Finding.id.is_in(ids), Finding.agreement == agreement_id, Finding.superseded.eq(False)
        )
        if len(rows) != len(ids):
            raise NotFound("Bevinding")
        now = crud.now()
        await Finding.update({
            Finding.decision: decision, Finding.remark: remark, Finding.decided_by: principal.email,
            Finding.decided_at: now,
        }).where(Finding.id.is_in(ids))
        for row in rows:
            await audit.record(
                actor=principal.email, action="decide", entity="finding", entity_id=row["id"],
                scope=agreement["scope"],
                before={"decision": row["decision"], "remark": row["remark"]},
                after={"decision": decision, "remark": remark, "key": row["key"]},
            )
        by_id = {r["id"]: r for r in rows}
        return [
            {**by_id[i], "decision": decision, "remark": remark, "decided_by": principal.email, "decided_at": now}
            for i in ids
        ]
