"""Pages for the supplier's own draft: upload it, see it beside our model, download the letter."""

from __future__ import annotations

from dataclasses import dataclass

from litestar import Controller, Request, Response, get, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.params import Body
from litestar.response import Redirect, Template

from contracts import comparison, drafts
from contracts.documents import DOCX
from contracts.queries import agreement_detail
from contracts.web.agreements import refused_on_detail
from core import Invalid, Principal, Settings, page, submit_form, today, web_write_guard

VERDICT_LABELS = {"ok": "voldoet", "short": "schiet tekort", "not_stated": "niet genoemd"}


@dataclass
class DraftForm:
    file: UploadFile | None = None


class SupplierDraftPages(Controller):
    path = "/agreements/{record_id:int}"
    include_in_schema = False
    guards = [web_write_guard]

    @post(
        "/supplier-draft", operation_id="supplierDraftPage", status_code=303, request_max_body_size=21 * 1024 * 1024
    )
    async def upload(
        self, request: Request, web_user: Principal, settings: Settings, record_id: int,
        data: DraftForm = Body(media_type=RequestEncodingType.MULTI_PART),
    ) -> Template | Redirect:
        """Attach the supplier's own draft; it is scanned into findings for the FG."""

        async def attach() -> None:
            if data.file is None or not data.file.filename:
                raise Invalid({"file": "Kies een bestand (.pdf of .docx)."})
            content = await data.file.read()
            await drafts.upload_supplier_draft(
                record_id, data.file.filename, content, web_user, settings.breach_hours_limit
            )

        return await submit_form(
            request, attach, lambda exc: refused_on_detail(request, web_user, record_id, "draft", exc, {}),
            then=f"/agreements/{record_id}/comparison",
            message="Het concept van de leverancier is opgeslagen en gescand.",
        )

    @get("/comparison", operation_id="comparisonPage")
    async def compare(self, request: Request, web_user: Principal, settings: Settings, record_id: int) -> Template:
        """The supplier's scanned text beside our model, clause by clause, with the values."""
        detail = await agreement_detail(record_id, web_user)
        result = await comparison.compare(record_id, web_user, settings.breach_hours_limit)
        return page(
            request, "contracts/comparison.html", web_user, agreement=detail, comparison=result,
            points=result.points, verdict_labels=VERDICT_LABELS,
        )

    @get("/negotiation-letter", operation_id="negotiationLetterPage")
    async def letter(self, web_user: Principal, settings: Settings, record_id: int) -> Response[bytes]:
        """The letter of negotiation points (.docx) for the supplier."""
        name, content = await comparison.letter_for(record_id, web_user, settings.breach_hours_limit, today())
        return Response(content, media_type=DOCX, headers={"Content-Disposition": f'attachment; filename="{name}"'})


CONTROLLERS = [SupplierDraftPages]
