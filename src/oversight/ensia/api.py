"""JSON API of the ENSIA overview, with its exports for the IT auditor and the council."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from litestar import Controller, Response, get
from litestar.params import Parameter

from core import READ_ERRORS, Principal, Settings, today
from oversight.ensia import export
from oversight.ensia.state import EnsiaOut, default_reference_date, ensia_state


class EnsiaController(Controller):
    path = "/api/v1/ensia"
    tags = ["ENSIA"]

    @get("/{cbs_code:str}", operation_id="getEnsia", responses=READ_ERRORS, operation_class=export.EnsiaOperation)
    async def read(
        self,
        user: Principal,
        settings: Settings,
        cbs_code: str = Parameter(pattern=r"^GM[0-9]{4}$"),
        reference_date: dt.date | None = Parameter(
            required=False, description="peildatum (standaard 31 december vorig jaar)"
        ),
        format: Literal["json", "xlsx", "docx"] = Parameter(default="json", description="json, xlsx of docx"),
    ) -> Response[EnsiaOut | bytes]:
        """Per ENSIA domain: products, suppliers, agreements and assurance as they stood on the
        reference date, and the gaps; as xlsx for the IT auditor or docx for the annual report."""
        on = reference_date or default_reference_date(today())
        state = await ensia_state(cbs_code, user, on, settings)
        if format == "json":
            return Response(state)
        body = export.to_xlsx(state) if format == "xlsx" else export.to_docx(state)
        name = f"ensia-{cbs_code}-{on.isoformat()}.{format}"
        return Response(body, media_type=export.XLSX if format == "xlsx" else export.DOCX,
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})


CONTROLLERS = [EnsiaController]
