"""The supplier's own draft agreement: attached to an agreement at any status, scanned into
findings the FG decides on before the agreement may be approved or signed."""

from __future__ import annotations

from typing import Any

from contracts.analysis import record_scan
from contracts.documents import safe_slug, sniff_signed_copy, store_document
from contracts.services import AGREEMENT
from core import Principal, crud, write_transaction

KIND = "supplier_draft"


async def upload_supplier_draft(
    agreement_id: int, filename: str, content: bytes, principal: Principal, breach_hours_limit: int = 48
) -> dict[str, Any]:
    """Store the draft (.docx or .pdf) and scan it; open findings of an earlier scan are superseded."""
    media_type = sniff_signed_copy(filename, content)
    async with write_transaction():
        agreement = await crud.fetch(AGREEMENT, agreement_id, principal)
        safe = safe_slug(filename.rsplit(".", 1)[0]) + "." + filename.rsplit(".", 1)[-1].lower()
        document_id = await store_document(agreement, None, KIND, safe, media_type, content, principal)
        scan_id = await record_scan(agreement, document_id, content, safe, principal, breach_hours_limit)
    return {"document_id": document_id, "scan_id": scan_id}
