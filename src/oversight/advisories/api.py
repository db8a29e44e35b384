"""JSON API of advisories (CSAF 2.0) and of the watch list a controller hands its CERT."""

from __future__ import annotations

import re
from typing import Any, Literal

from litestar import Controller, Request, Response, get, post
from litestar.openapi.spec import Operation
from litestar.params import Parameter

from core import MAX_ID, READ_ERRORS, WRITE_ERRORS, Invalid, Principal, today, write_guard
from oversight.advisories import service, watchlist
from oversight.ensia.export import CsvOperation
from suppliers import advisory_records

#: A CSAF document of a national CERT is tens of kilobytes; this leaves room for large trees.
MAX_ADVISORY_BYTES = 5 * 1024 * 1024


class ImportOperation(Operation):
    """The body is a CSAF document (JSON) or a form with its file; a known advisory answers 200."""

    def to_schema(self) -> dict[str, Any]:
        schema = super().to_schema()
        schema["requestBody"] = {"required": True, "content": {
            "application/json": {"schema": {"type": "object", "description": "A CSAF 2.0 document"}},
            "multipart/form-data": {"schema": {"type": "object", "required": ["file"],
                                               "properties": {"file": {"type": "string", "format": "binary"}}}},
        }}
        responses = schema.setdefault("responses", {})
        if "201" in responses:
            responses["200"] = {**responses["201"], "description": "A known advisory: unchanged, or a newer revision"}
        return schema


async def document_from(request: Request[Any, Any, Any]) -> dict[str, Any]:
    """The CSAF document: the JSON body, or the form part ``file``."""
    if request.content_type[0] == "multipart/form-data":
        form = await request.form()
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise Invalid({"file": "Stuur het CSAF-document mee als bestand (formulierdeel 'file')."})
        return advisory_records.decode_document(await upload.read())
    return advisory_records.decode_document(await request.body())


class AdvisoryController(Controller):
    path = "/api/v1/advisories"
    tags = ["Advisories"]
    guards = [write_guard]

    @post(
        operation_id="importAdvisory", responses=WRITE_ERRORS, request_max_body_size=MAX_ADVISORY_BYTES,
        operation_class=ImportOperation,
    )
    async def create(self, user: Principal, request: Request[Any, Any, Any]) -> Response[service.AdvisoryOut]:
        """Import a CSAF 2.0 advisory (JSON body, or form part `file`): validated against the
        schema, matched with the register's products; 201 when new, 200 for a known one."""
        out = await service.import_advisory(await document_from(request), user)
        return Response(out, status_code=201 if out.outcome == "created" else 200)

    @get(operation_id="listAdvisories", responses=READ_ERRORS)
    async def list_(self, user: Principal) -> list[service.AdvisoryOut]:
        """Every advisory held, newest first, with the products in your scope it names."""
        return await service.list_advisories(user)

    @get("/{record_id:int}", operation_id="getAdvisory", responses=READ_ERRORS)
    async def read(self, user: Principal, record_id: int = Parameter(ge=1, le=MAX_ID)) -> service.AdvisoryOut:
        """One advisory with its matches: the products it names and who uses them."""
        return await service.get_advisory(record_id, user)


class WatchlistController(Controller):
    path = "/api/v1/products/watchlist"
    tags = ["Advisories"]

    @get(operation_id="getWatchlist", responses=READ_ERRORS, operation_class=CsvOperation)
    async def read(
        self,
        user: Principal,
        controller: str = Parameter(min_length=1, max_length=64, description="CBS-code of slug"),
        format: Literal["json", "csv"] = Parameter(default="json", description="json of csv"),
    ) -> Response[list[watchlist.WatchItem] | bytes]:
        """The products a municipality or arrangement uses, with supplier, version, CPE/purl
        and the agreement covering them today: the list for its CERT."""
        items = await watchlist.watchlist(controller, user, today())
        if format == "json":
            return Response(items)
        stem = re.sub(r"[^A-Za-z0-9-]+", "-", controller).strip("-")
        return Response(
            watchlist.to_csv(items), media_type="text/csv",
            headers={"Content-Disposition": f'attachment; filename="productenlijst-{stem}-{today():%Y-%m-%d}.csv"'},
        )


CONTROLLERS = [AdvisoryController, WatchlistController]
