"""Documents of an agreement: generated from a template, or the uploaded signed copy."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Callable
from typing import Any

import anyio

from contracts.analysis import record_scan, scan_signed_copy
from contracts.context import build_context
from contracts.services import AGREEMENT, check_complete, completeness_of
from contracts.tables import Agreement, Document
from core import (
    Invalid,
    NotFound,
    PayloadTooLarge,
    Principal,
    Unprocessable,
    UploadError,
    WorkerLimitExceeded,
    audit,
    crud,
    jobs,
    load_settings,
    open_zip,
    principal_for_user_id,
    write_transaction,
)
from templates import TemplateRenderError, render_docx, render_untrusted
from templates import services as template_services

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MAX_SIGNED = 20 * 1024 * 1024
META_COLUMNS = [c for c in Document.all_columns() if c._meta.name != "content"]


def safe_slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:60] or "overeenkomst"


async def _render(agreement: dict[str, Any], template: dict[str, Any]) -> bytes:
    """The shipped templates render in-process (cached); uploaded ones in a worker process."""
    context = await build_context(agreement)
    content = bytes(template["content"])
    try:
        if template["scope"] == template_services.GLOBAL:
            return await anyio.to_thread.run_sync(render_docx, content, context)
        return await render_untrusted(content, context)
    except TemplateRenderError as exc:
        raise Unprocessable(f"Het sjabloon kon niet worden gevuld: {exc}") from exc
    except WorkerLimitExceeded as exc:
        error = Unprocessable(f"Het sjabloon kon niet worden gevuld: het invullen {exc.reason}.")
        error.status_code = exc.status
        raise error from exc


async def store_document(
    agreement: dict[str, Any], template: dict[str, Any] | None, kind: str, filename: str,
    media_type: str, content: bytes, principal: Principal,
) -> int:
    digest = hashlib.sha256(content).hexdigest()
    row = Document(
        agreement=agreement["id"], kind=kind, template=template["id"] if template else None,
        template_version=template["version"] if template else None, filename=filename,
        media_type=media_type, sha256=digest, size=len(content), created_by=principal.email,
        created_at=crud.now(), content=content,
    )
    await Document.insert(row)
    await audit.record(
        actor=principal.email, action="generate" if kind == "generated" else "upload",
        entity="document", entity_id=row.id, scope=agreement["scope"],
        after={"agreement": agreement["id"], "kind": kind, "sha256": digest, "filename": filename,
               "template": template["id"] if template else None,
               "template_version": template["version"] if template else None},
    )
    return int(row.id)


async def generate(
    agreement_id: int, template_id: int, principal: Principal, *, breach_limit: int = 48,
    acknowledged: bool = False,
) -> int:
    """A .docx of the agreement from a template, once the completeness check lets it through."""
    agreement = await crud.fetch(AGREEMENT, agreement_id, principal)
    try:
        template = await template_services.get_template(template_id, principal, with_content=True)
    except NotFound:
        raise Invalid({"template_id": "Dit sjabloon bestaat niet of is niet voor u beschikbaar."}) from None
    if template["scope"] not in {"", agreement["scope"]}:
        raise Invalid({"template_id": "Dit sjabloon hoort bij een andere gemeente of een ander verband."})
    await check_complete(agreement, breach_limit, acknowledged)
    content = await _render(agreement, template)
    filename = f"{safe_slug(agreement['reference'] or agreement['title'])}-v{template['version']}.docx"
    async with write_transaction():
        return await store_document(agreement, template, "generated", filename, DOCX, content, principal)


def sniff_signed_copy(filename: str, content: bytes) -> str:
    """The media type of a signed copy, after checking the bytes are what the name says."""
    if len(content) > MAX_SIGNED:
        raise PayloadTooLarge("Het bestand is groter dan 20 MB.", [{"field": "file", "message": "Maximaal 20 MB."}])
    lower = filename.lower()
    if lower.endswith(".pdf"):
        if not content.startswith(b"%PDF-"):
            raise Invalid({"file": "Dit bestand heet .pdf maar is geen PDF."})
        return "application/pdf"
    if lower.endswith(".docx"):
        try:
            archive = open_zip(content, what="document")
        except UploadError as exc:
            if exc.status == 413:
                raise PayloadTooLarge(exc.message, [{"field": "file", "message": exc.message}]) from exc
            raise Invalid({"file": exc.message}) from exc
        if "word/document.xml" not in archive.namelist():
            raise Invalid({"file": "Dit bestand heet .docx maar is geen Word-document."})
        return DOCX
    raise Invalid({"file": "Upload het document als .pdf of .docx."})


def _check_signable(agreement: dict[str, Any]) -> None:
    if agreement["status"] not in {"approved", "signed"}:
        raise Invalid({"file": "Een ondertekend exemplaar hoort bij een goedgekeurde overeenkomst."})


async def upload_scanned(
    agreement_id: int, kind: str, filename: str, content: bytes, principal: Principal,
    breach_hours_limit: int = 48, check: Callable[[dict[str, Any]], None] | None = None,
) -> tuple[int, int]:
    """Store an uploaded copy of the agreement (``kind``: signed, supplier_draft) and scan it
    into findings; (document id, scan id).

    The scan runs first, in a worker process and outside any transaction; only then are
    the document, the scan and its findings written, in one short transaction. ``check``
    refuses an agreement the upload does not fit, before the scan and again inside it.
    """
    media_type = sniff_signed_copy(filename, content)
    agreement = await crud.fetch(AGREEMENT, agreement_id, principal)  # 404 before any work
    if check:
        check(agreement)
    safe = safe_slug(filename.rsplit(".", 1)[0]) + "." + filename.rsplit(".", 1)[-1].lower()
    outcome = await scan_signed_copy(content, safe, breach_hours_limit)
    async with write_transaction():
        agreement = await crud.fetch(AGREEMENT, agreement_id, principal)
        if check:
            check(agreement)
        document_id = await store_document(agreement, None, kind, safe, media_type, content, principal)
        return document_id, await record_scan(agreement, document_id, outcome, principal)


async def upload_signed(
    agreement_id: int, filename: str, content: bytes, principal: Principal, breach_hours_limit: int = 48
) -> int:
    """Store the signed copy and scan it; each missing or weak clause becomes a finding."""
    document_id, _ = await upload_scanned(
        agreement_id, "signed", filename, content, principal, breach_hours_limit, check=_check_signable
    )
    return document_id


async def list_documents(agreement_id: int, principal: Principal) -> list[dict[str, Any]]:
    await crud.fetch(AGREEMENT, agreement_id, principal)
    rows = await Document.select(
        *META_COLUMNS, Document.template.name.as_alias("template_name"),
        Document.template.scope.as_alias("template_scope"),
    ).where(Document.agreement == agreement_id).order_by(Document.id, ascending=False)
    latest = await template_services.latest_versions(
        {(r["template_scope"], r["template_name"]) for r in rows if r["template"]}
    )
    for row in rows:
        key = (row["template_scope"], row["template_name"])
        row["superseded"] = bool(row["template"]) and latest.get(key, 0) > (row["template_version"] or 0)
    return rows


async def document(agreement_id: int, document_id: int, principal: Principal) -> dict[str, Any]:
    await crud.fetch(AGREEMENT, agreement_id, principal)
    row = await Document.select().where(Document.id == document_id, Document.agreement == agreement_id).first()
    if row is None:
        raise NotFound("Document")
    return row


BULK = "bulk_documents"


async def start_bulk(controller: str, template_id: int, principal: Principal) -> jobs.Job:
    """Queue generating a document for every agreement (not ended) of a controller into one zip."""
    return await jobs.start(BULK, principal.user_id, controller, {"controller": controller, "template_id": template_id})


#: In a bulk zip: the agreements that were not complete enough to generate, and why.
SKIPPED_NAME = "niet-gegenereerd.txt"


async def _complete_rows(rows: list[dict[str, Any]], made: dict[str, str]) -> tuple[list[dict[str, Any]], list[str]]:
    """The rows the completeness check lets through (its errors; starting the job counts as
    acknowledging warnings), and a line per row it stops. A row made in an earlier run stays."""
    limit, ready, skipped = load_settings().breach_hours_limit, [], []
    for row in rows:
        errors, _ = await completeness_of(row, limit)
        if errors and str(row["id"]) not in made:
            skipped.append(f"{row['reference'] or row['title']}: {' '.join(errors.values())}")
        else:
            ready.append(row)
    return ready, skipped


async def run_bulk(job: jobs.Running) -> jobs.Result:
    """The bulk job, safe to run again: each agreement's document is stored once, with the
    step that records it, and the zip is made from the stored documents at the end."""
    principal = await principal_for_user_id(job.owner)
    if principal is None:
        raise Unprocessable("De gebruiker die dit startte bestaat niet meer of is uitgeschakeld.")
    controller = job.params["controller"]
    template = await template_services.get_template(job.params["template_id"], principal, with_content=True)
    query = Agreement.select().where(Agreement.scope == controller, Agreement.status != "ended")
    if (condition := AGREEMENT.scoped(principal)) is not None:
        query = query.where(condition)
    made = await job.steps()
    rows, skipped = await _complete_rows([AGREEMENT.decode(r) for r in await query.order_by(Agreement.id)], made)
    await job.progress(sum(str(r["id"]) in made for r in rows), len(rows))
    for row in rows:
        if str(row["id"]) in made:
            continue
        content = await _render(row, template)
        name = f"{row['id']}-{safe_slug(row['reference'] or row['title'])}.docx"
        async with write_transaction():
            document_id = await store_document(row, template, "generated", name, DOCX, content, principal)
            await job.record_step(str(row["id"]), str(document_id))
        made[str(row["id"])] = str(document_id)
        await job.progress(job.done + 1)
        await job.pause()
    ids = [int(made[str(r["id"])]) for r in rows]
    stored = await Document.select(Document.filename, Document.content).where(Document.id.is_in(ids or [0]))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for document_row in sorted(stored, key=lambda d: d["filename"]):
            archive.writestr(document_row["filename"], bytes(document_row["content"]))
        if skipped:
            archive.writestr(SKIPPED_NAME, "\n".join(skipped) + "\n")
    return jobs.Result(buffer.getvalue(), f"verwerkersovereenkomsten-{safe_slug(controller)}.zip")
