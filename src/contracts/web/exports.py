"""The agreement list as filtered on its page, as CSV or xlsx (one row per agreement)."""

from __future__ import annotations

from typing import Any

import msgspec
from litestar import Controller, Response, get
from litestar.params import Parameter

from contracts import queries
from core import STATUS_LABELS, Column, Principal, crud, every_page, export


class AgreementExport(Controller):
    path = "/agreements/export"
    include_in_schema = False

    @get(operation_id="agreementExport")
    async def export_(
        self, web_user: Principal, fmt: str = Parameter(query="format", default="csv", max_length=4),
        q: str = Parameter(default="", max_length=100), status: str = Parameter(default="", max_length=16),
        controller: str = Parameter(default="", max_length=64),
        supplier_id: int | None = Parameter(default=None, ge=1, le=2**31 - 1),
        findings: str = Parameter(default="", max_length=3),
    ) -> Response[bytes]:
        """The agreements as filtered on the list page, every page of them."""
        open_findings = {"ja": True, "nee": False}.get(findings)
        items: list[dict[str, Any]] = []

        async def fetch(page: int, size: int) -> crud.Page:
            result, out = await queries.list_agreements(
                web_user, q=q, status=status or None, controller=controller or None, supplier_id=supplier_id,
                open_findings=open_findings, page=page, page_size=size,
            )
            items.extend(msgspec.structs.asdict(a) for a in out)
            return result

        await every_page(fetch)
        columns: list[Column] = [
            ("reference", "Kenmerk"), ("title", "Titel"), ("controller_name", "Verwerkingsverantwoordelijke"),
            ("supplier_name", "Verwerker"), (lambda r: STATUS_LABELS.get(r["status"], r["status"]), "Status"),
            ("start_date", "Ingangsdatum"), ("end_date", "Einddatum"), ("signing_date", "Ondertekend op"),
            ("breach_notification_hours", "Meldtermijn datalek (uur)"), ("personal_data", "Persoonsgegevens"),
            ("bsn", "BSN"), ("special_categories", "Bijzondere persoonsgegevens"), ("locations", "Landen"),
            ("id", "Nummer"),
        ]
        return export(items, columns, fmt, "verwerkersovereenkomsten", "Verwerkersovereenkomsten")
