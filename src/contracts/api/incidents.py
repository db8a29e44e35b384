"""JSON API of the incident register (GDPR Art. 33(5)) and of the warnings to other users."""

from __future__ import annotations

from typing import Any, Literal

from litestar import Controller, Response, get, patch, post
from litestar.openapi.spec import Operation
from litestar.params import Parameter

from contracts import incident_export, incident_warnings, incidents
from contracts.incident_schemas import (
    IncidentCreate,
    IncidentOut,
    IncidentUpdate,
    SupplierIncidentRecord,
    WarningHandledIn,
    WarningOut,
)
from core import (
    MAX_ID,
    READ_ERRORS,
    WRITE_ERRORS,
    IfMatch,
    Principal,
    if_match_version,
    today,
    with_etag,
    write_guard,
)


class ExportOperation(Operation):
    """The list's document: besides JSON, the 200 answer may be the register as csv or xlsx."""

    def to_schema(self) -> dict[str, Any]:
        schema = super().to_schema()
        content = schema.get("responses", {}).get("200", {}).setdefault("content", {})
        for media_type in incident_export.MEDIA_TYPES.values():
            content[media_type] = {"schema": {"type": "string", "format": "binary"}}
        return schema


class IncidentController(Controller):
    path = "/api/v1/incidents"
    tags = ["Incidenten"]
    guards = [write_guard]

    @get(operation_id="listIncidents", responses=READ_ERRORS, operation_class=ExportOperation)
    async def list_(
        self,
        user: Principal,
        controller: str | None = Parameter(required=False, max_length=64, description="CBS-code of slug"),
        supplier_id: int | None = Parameter(required=False, ge=1, le=MAX_ID),
        format: Literal["json", "csv", "xlsx"] = Parameter(
            default="json", description="json, csv of xlsx (één rij per incident)"
        ),
    ) -> Response[list[IncidentOut] | bytes]:
        """The incident register in your scope, newest first; as csv or xlsx for Art. 33(5)."""
        items = await incidents.list_incidents(user, controller, supplier_id)
        if format == "json":
            return Response(items)
        body = incident_export.to_csv(items) if format == "csv" else incident_export.to_xlsx(items)
        name = incident_export.filename(controller, format, today())
        return Response(
            body, media_type=incident_export.MEDIA_TYPES[format],
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )

    @post(operation_id="createIncident", responses=WRITE_ERRORS)
    async def create(self, user: Principal, data: IncidentCreate) -> Response[IncidentOut]:
        """Record an incident a supplier reported; the 72-hour clock runs from aware_at."""
        record_id = await incidents.create_incident(data, user)
        out = await incidents.get_incident(record_id, user)
        return with_etag(out, out.version, 201)

    @get("/{record_id:int}", operation_id="getIncident", responses=READ_ERRORS)
    async def read(self, user: Principal, record_id: int) -> Response[IncidentOut]:
        """One incident with its deadlines and what its risk requires."""
        out = await incidents.get_incident(record_id, user)
        return with_etag(out, out.version)

    @patch("/{record_id:int}", operation_id="updateIncident", responses=WRITE_ERRORS)
    async def update(
        self, user: Principal, record_id: int, data: IncidentUpdate, if_match: IfMatch = None
    ) -> Response[IncidentOut]:
        """Record notifications, the decision and its reason, the closing; or complete the description."""
        await incidents.update_incident(record_id, data, user, if_match_version(if_match))
        out = await incidents.get_incident(record_id, user)
        return with_etag(out, out.version)

    @get("/suppliers/{supplier_id:int}", operation_id="getSupplierIncidentRecord", responses=READ_ERRORS)
    async def supplier_record(self, user: Principal, supplier_id: int) -> list[SupplierIncidentRecord]:
        """A supplier's incidents per year: reported late, in time, or without a term."""
        return await incidents.supplier_record(supplier_id, user)


class IncidentWarningController(Controller):
    path = "/api/v1/incident-warnings"
    tags = ["Incidenten"]
    guards = [write_guard]

    @get(operation_id="listIncidentWarnings", responses=READ_ERRORS)
    async def list_(
        self,
        user: Principal,
        controller: str | None = Parameter(required=False, max_length=64, description="CBS-code of slug"),
        handled: bool = Parameter(default=False, description="Ook afgehandelde waarschuwingen"),
    ) -> list[WarningOut]:
        """Incidents at suppliers you share with other users, without who reported them."""
        return await incident_warnings.warnings(user.scope_filter(), controller, include_handled=handled)

    @post("/{incident_id:int}/handled", operation_id="handleIncidentWarning", responses=WRITE_ERRORS, status_code=204)
    async def handle(self, user: Principal, incident_id: int, data: WarningHandledIn) -> None:
        """Mark a warning as handled for one of your municipalities or arrangements."""
        await incident_warnings.mark_handled(incident_id, data.controller, user)


CONTROLLERS = [IncidentController, IncidentWarningController]
