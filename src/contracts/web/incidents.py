"""Web pages of the incident register, for procurement and the FG: the register with its
exports, recording an incident, the decision and notifications, and the warnings about
incidents at shared suppliers.

Times on the forms are local (Europe/Amsterdam) ``datetime-local`` values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.enums import RequestEncodingType
from litestar.params import Body, Parameter
from litestar.response import Redirect, Template

from contracts import incident_export, incident_rules, incident_warnings, incidents
from contracts.incident_schemas import IncidentCreate, IncidentOut, IncidentUpdate
from contracts.web import queries as page_queries
from core import (
    AMSTERDAM,
    ApiError,
    Principal,
    field_errors,
    flash,
    page,
    submit_form,
    to_struct,
    today,
    web_write_guard,
)
from suppliers import list_products

LABELS: dict[str, Any] = {"kinds": incident_rules.KIND_NL, "risks": incident_rules.RISK_NL,
          "notifications": incident_rules.NOTIFICATION_NL}


def form_moment(value: str) -> str | None:
    """A ``datetime-local`` value read as Amsterdam time, in ISO with its offset."""
    value = value.strip()
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    return (moment if moment.tzinfo else moment.replace(tzinfo=AMSTERDAM)).isoformat()


def local_input(value: dt.datetime | None) -> str:
    return value.astimezone(AMSTERDAM).strftime("%Y-%m-%dT%H:%M") if value else ""


def lines(value: str) -> list[str]:
    return [line.strip() for line in value.splitlines() if line.strip()]


@dataclass
class IncidentForm:
    controller: str = ""
    supplier_id: str = ""
    product_ids: list[str] | str | None = None
    kind: str = "personal_data_breach"
    discovered_at: str = ""
    supplier_reported_at: str = ""
    aware_at: str = ""
    summary: str = ""
    data_categories: str = ""
    data_subject_categories: str = ""
    subjects_estimate: str = ""
    consequences: str = ""
    measures: str = ""
    risk: str = "undetermined"
    share_with_other_users: str = ""
    shared_summary: str = ""

    def parse(self) -> IncidentCreate:
        chosen = [self.product_ids] if isinstance(self.product_ids, str) else list(self.product_ids or [])
        values = {
            **asdict(self), "supplier_id": self.supplier_id or None,
            "product_ids": [p for p in chosen if p],
            "discovered_at": form_moment(self.discovered_at),
            "supplier_reported_at": form_moment(self.supplier_reported_at),
            "aware_at": form_moment(self.aware_at),
            "data_categories": lines(self.data_categories),
            "data_subject_categories": lines(self.data_subject_categories),
            "subjects_estimate": self.subjects_estimate.strip() or None,
            "share_with_other_users": self.share_with_other_users == "on",
        }
        return to_struct(IncidentCreate, {k: v for k, v in values.items() if v is not None})


@dataclass
class DecisionForm:
    version: str = ""
    risk: str = "undetermined"
    authority_notified_at: str = ""
    authority_reference: str = ""
    subjects_notified_at: str = ""
    decision_remark: str = ""
    closed_on: str = ""
    share_with_other_users: str = ""
    shared_summary: str = ""

    def parse(self) -> tuple[IncidentUpdate, int | None]:
        values = {
            **asdict(self), "authority_notified_at": form_moment(self.authority_notified_at),
            "subjects_notified_at": form_moment(self.subjects_notified_at),
            "closed_on": self.closed_on.strip() or None, "share_with_other_users": self.share_with_other_users == "on",
        }
        values.pop("version")
        return to_struct(IncidentUpdate, values), int(self.version) if self.version.isdigit() else None


def decision_values(item: IncidentOut) -> dict[str, Any]:
    return {
        "version": str(item.version), "risk": item.risk, "authority_reference": item.authority_reference,
        "authority_notified_at": local_input(item.authority_notified_at),
        "subjects_notified_at": local_input(item.subjects_notified_at), "decision_remark": item.decision_remark,
        "closed_on": item.closed_on.isoformat() if item.closed_on else "",
        "share_with_other_users": item.share_with_other_users, "shared_summary": item.shared_summary,
    }


@dataclass
class HandledForm:
    controller: str = ""


class IncidentPages(Controller):
    path = "/incidents"
    include_in_schema = False
    guards = [web_write_guard]

    @get("/", operation_id="incidentListPage")
    async def list_(self, request: Request, web_user: Principal,
                    controller: str = Parameter(default="", max_length=64),
                    supplier_id: int | None = Parameter(default=None, ge=1, le=2**31 - 1)) -> Template:
        """The register of the user's municipalities and arrangements, newest first; for one
        supplier also how it reported, per year."""
        record = await incidents.supplier_record(supplier_id, web_user) if supplier_id else []
        items = await incidents.list_incidents(web_user, controller or None, supplier_id)
        return page(request, "contracts/incidents.html", web_user, items=items, controller=controller,
                    supplier_id=supplier_id, record=record,
                    controllers=await page_queries.controller_options(web_user), **LABELS)

    @get(["/export.csv", "/export.xlsx"], operation_id="incidentExportPage")
    async def export(self, request: Request, web_user: Principal,
                     controller: str = Parameter(default="", max_length=64)) -> Response[bytes]:
        """The register as Art. 33(5) documentation, one row per incident."""
        fmt = request.url.path.rsplit(".", 1)[-1]
        items = await incidents.list_incidents(web_user, controller or None)
        body = incident_export.to_csv(items) if fmt == "csv" else incident_export.to_xlsx(items)
        return Response(body, media_type=incident_export.MEDIA_TYPES[fmt], headers={
            "Content-Disposition": f'attachment; filename="{incident_export.filename(controller, fmt, today())}"',
            "Cache-Control": "private, no-store"})

    async def _new_context(self, user: Principal, controller: str, supplier_id: int | None) -> dict[str, Any]:
        incidents.check_incident_role(user)
        controllers, controller, suppliers, supplier_id = await page_queries.chosen_controller_and_supplier(
            user, controller, supplier_id)
        products = (await list_products(supplier_id, user, None, 1, 200))[0].items if supplier_id else []
        return {"controllers": controllers, "controller": controller, "suppliers": suppliers,
                "supplier_id": supplier_id, "products": products, **LABELS}

    @get("/new", operation_id="incidentNewPage")
    async def new(self, request: Request, web_user: Principal, controller: str = Parameter(default="", max_length=64),
                  supplier_id: int | None = Parameter(default=None, ge=1, le=2**31 - 1)) -> Template:
        """Choose the controller and supplier, then describe the incident."""
        ctx = await self._new_context(web_user, controller, supplier_id)
        values = {**asdict(IncidentForm(controller=ctx["controller"])), "product_ids": []}
        return page(request, "contracts/incident_form.html", web_user, values=values, errors={}, **ctx)

    @post("/new", operation_id="incidentCreatePage", status_code=303)
    async def create(self, request: Request, web_user: Principal,
                     data: IncidentForm = Body(media_type=RequestEncodingType.URL_ENCODED)) -> Template | Redirect:
        """Record the incident as the API does."""
        async def refused(exc: ApiError) -> Template:
            supplier_id = int(data.supplier_id) if data.supplier_id.isdigit() else None
            ctx = await self._new_context(web_user, data.controller, supplier_id)
            chosen = [data.product_ids] if isinstance(data.product_ids, str) else list(data.product_ids or [])
            values = {**asdict(data), "product_ids": chosen}
            return page(request, "contracts/incident_form.html", web_user, status_code=400, values=values,
                        errors=field_errors(exc), **ctx)

        return await submit_form(
            request, lambda: incidents.create_incident(data.parse(), web_user), refused,
            then=lambda record_id: f"/incidents/{record_id}", message="Het incident is vastgelegd.",
        )

    @get("/{record_id:int}", operation_id="incidentPage")
    async def detail(self, request: Request, web_user: Principal, record_id: int) -> Template:
        """One incident: the clock, the supplier's term, the decision and the notifications."""
        item = await incidents.get_incident(record_id, web_user)
        return page(request, "contracts/incident.html", web_user, item=item, values=decision_values(item),
                    errors={}, **LABELS)

    @post("/{record_id:int}", operation_id="incidentDecisionPage", status_code=303)
    async def decide(self, request: Request, web_user: Principal, record_id: int,
                     data: DecisionForm = Body(media_type=RequestEncodingType.URL_ENCODED)) -> Template | Redirect:
        """Save the risk, the decision and the notifications, with the form's version."""
        async def save() -> None:
            body, version = data.parse()
            await incidents.update_incident(record_id, body, web_user, version)

        async def refused(exc: ApiError) -> Template:
            item = await incidents.get_incident(record_id, web_user)
            values = {**asdict(data), "share_with_other_users": data.share_with_other_users == "on"}
            if exc.status_code == 412:
                values["version"] = str(item.version)
            return page(request, "contracts/incident.html", web_user, status_code=400, item=item, values=values,
                        errors=field_errors(exc), **LABELS)

        return await submit_form(request, save, refused, then=f"/incidents/{record_id}",
                                 message="Het besluit en de meldingen zijn opgeslagen.")


class IncidentWarningPages(Controller):
    path = "/incident-warnings"
    include_in_schema = False
    guards = [web_write_guard]

    @get("/", operation_id="incidentWarningsPage")
    async def list_(self, request: Request, web_user: Principal,
                    controller: str = Parameter(default="", max_length=64)) -> Template:
        """Incidents at suppliers the user's registers share with others, open first."""
        items = await incident_warnings.warnings(web_user.scope_filter(), controller or None, include_handled=True)
        items.sort(key=lambda w: w.handled)
        return page(request, "contracts/incident_warnings.html", web_user, items=items, controller=controller,
                    can_write=web_user.can_write, **LABELS)

    @post("/{incident_id:int}/handled", operation_id="incidentWarningHandledPage", status_code=303)
    async def handled(self, request: Request, web_user: Principal, incident_id: int,
                      data: HandledForm = Body(media_type=RequestEncodingType.URL_ENCODED)) -> Redirect:
        """Mark the warning as handled for one register."""
        await incident_warnings.mark_handled(incident_id, data.controller, web_user)
        flash(request, "De waarschuwing is afgehandeld.")
        return Redirect(path=f"/incident-warnings?controller={data.controller}", status_code=303)


CONTROLLERS = [IncidentPages, IncidentWarningPages]
