"""The supplier's own draft agreement: attached to an agreement at any status, scanned into
findings the FG decides on before the agreement may be approved or signed."""

from __future__ import annotations

from typing import Any

from contracts.documents import upload_scanned
from core import Principal

KIND = "supplier_draft"


async def upload_supplier_draft(
    agreement_id: int, filename: str, content: bytes, principal: Principal, breach_hours_limit: int = 48
) -> dict[str, Any]:
    """Store the draft (.docx or .pdf) and scan it; open findings of an earlier scan are superseded."""
    document_id, scan_id = await upload_scanned(
        agreement_id, KIND, filename, content, principal, breach_hours_limit
    )
    return {"document_id": document_id, "scan_id": scan_id}
