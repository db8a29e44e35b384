"""The supplier's own draft agreement: attached to an agreement at any status, scanned into
findings the FG decides on before the agreement may be approved or signed."""

from __future__ import annotations

from typing import Any

from contracts.analysis import record_scan, scan_signed_copy
from contracts.documents import safe_slug, sniff_signed_copy, store_document
from contracts.services import AGREEMENT
from core import Principal, crud, write_transaction

KIND = "supplier_draft"


async def upload_supplier_draft(
    agreement_id: int, filename: str, content: bytes, principal: Principal, breach_hours_limit: int = 48
) -> dict[str, Any]:
    """Store the draft (.docx or .pdf) and scan it; open findings of an earlier scan are superseded.

    As for a signed copy, the scan runs first, in a worker process and outside any
    transaction; the document, the scan and its findings are then written in one.
    """
    media_type = sniff_signed_copy(filename, content)
    await crud.fetch(AGREEMENT, agreement_id, principal)  # 404 before any work
    safe = safe_slug(filename.rsplit(".", 1)[0]) + "." + filename.rsplit(".", 1)[-1].lower()
    outcome = await scan_signed_copy(content, safe, breach_hours_limit)
    async with write_transaction():
        agreement = await crud.fetch(AGREEMENT, agreement_id, principal)
        document_id = await store_document(agreement, None, KIND, safe, media_type, content, principal)
        scan_id = await record_scan(agreement, document_id, outcome, principal)
    return {"document_id": document_id, "scan_id": scan_id}
