"""Web pages of one agreement: the form, the detail, status steps, documents, findings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.exceptions import PermissionDeniedException
from litestar.params import Body, Parameter
from litestar.response import Redirect, Template

from clauses import load_catalogue
from contracts import analysis, documents, queries, services
from contracts.rules import EDITABLE_AFTER_DRAFT, STEPS
from contracts.schemas import TransitionIn
from contracts.web import queries as page_queries
from contracts.web.forms import (
    EVIDENCE_LABELS,
    SECURITY_STANDARDS,
    TRANSFER_LABELS,
    AgreementForm,
    default_values,
    detail_values,
    field_errors,
    parse_create,
    parse_update,
)
from core import (
    ApiError,
    Incomplete,
    Invalid,
    Principal,
    Settings,
    crud,
    load_settings,
    page,
    submit_form,
    web_write_guard,
)
from suppliers import list_products, supplier_chain
from templates import services as template_services

DECISION_LABELS = {"accepted_risk": "risico geaccepteerd", "negotiate": "heronderhandelen", "resolved": "opgelost"}
FINDING_LABELS = {"missing": "ontbreekt", "weak": "zwak", "present": "aanwezig"}
TIER_LABELS = {"mandatory": "verplicht", "recommended": "aanbevolen"}
DECIDERS = {"privacy_officer", "admin"}
#: How the FG reads findings: what the law requires and is missing first.
FINDING_GROUPS = {"mandatory_missing": "Verplicht en ontbreekt", "weak": "Zwak", "recommended": "Aanbevolen"}


def finding_group(finding: dict[str, Any]) -> str:
    if finding["tier"] == "recommended":
        return "recommended"
    return "mandatory_missing" if finding["status"] == "missing" else "weak"


def group_findings(findings: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Findings per group of :data:`FINDING_GROUPS`, open ones first within a group."""
    groups: dict[str, list[dict[str, Any]]] = {group: [] for group in FINDING_GROUPS}
    for finding in sorted(findings, key=lambda f: (f["decision"] is not None, f["id"])):
        groups[finding_group(finding)].append(finding)
    return groups


@dataclass
class TransitionForm:
    to: str = ""
    remark: str = ""
    signing_date: str = ""
    acknowledge_warnings: str = ""


@dataclass
class GenerateForm:
    template_id: str = ""
    acknowledge_warnings: str = ""


@dataclass
class SignedCopyForm:
    file: UploadFile | None = None


def form_choices() -> dict[str, Any]:
    return {"transfer_labels": TRANSFER_LABELS, "evidence_labels": EVIDENCE_LABELS,
            "security_standards": SECURITY_STANDARDS}


async def supplier_choices(user: Principal, supplier_id: int | None) -> dict[str, Any]:
    """Products and the sub-processor chain of the chosen supplier, for the checkboxes."""
    if supplier_id is None:
        return {"products": [], "chain": []}
    products, _ = await list_products(supplier_id, user, None, 1, 200)
    chain = await supplier_chain(supplier_id, user)
    unique = {n.supplier_id: n for n in chain.links}
    return {"products": products.items, "chain": sorted(unique.values(), key=lambda n: (n.depth, n.name))}


#: The language of the register's controllers: Dutch municipalities and their arrangements.
CONTROLLER_LANGUAGE = "nl"


async def template_options(user: Principal, controller: str) -> list[dict[str, Any]]:
    """The templates an agreement of this controller may use, the one to preselect first:
    the controller's language, its own template before the shipped one."""
    rows = [r for r in await template_services.list_templates(user)
            if r["latest"] and r["scope"] in {"", controller}]
    return sorted(rows, key=lambda r: (r["language"] != CONTROLLER_LANGUAGE, r["scope"] == "", r["name"]))


async def draft_checks(user: Principal, record_id: int, status: str) -> dict[str, Any]:
    """What the completeness check will say, shown on a draft before anyone presses a button."""
    if status != "draft" or not user.can_write:
        return {}
    row = await crud.fetch(services.AGREEMENT, record_id, user)
    errors, warnings = await services.completeness_of(row, load_settings().breach_hours_limit)
    found = {"errors": errors, "warnings": warnings} if errors or warnings else None
    return {"generate": found, "transition:in_review": found} if found else {}


async def detail_context(user: Principal, record_id: int) -> dict[str, Any]:
    """Everything the agreement page shows."""
    detail = await queries.agreement_detail(record_id, user)
    docs = await documents.list_documents(record_id, user)
    scans = await analysis.scans(record_id, user)
    findings = await analysis.findings(record_id, user)
    reports = {s["id"]: {c["key"]: c for c in s["report"].get("clauses", [])} for s in scans}
    for finding in findings:
        finding["evidence"] = reports.get(finding["scan"], {}).get(finding["key"], {}).get("evidence", [])
    latest = scans[0] if scans else None
    present = [c for c in (latest["report"].get("clauses", []) if latest else []) if c["status"] == "present"]
    choices = await supplier_choices(user, detail.supplier_id)
    open_mandatory = [f for f in findings if f["tier"] == "mandatory" and f["decision"] is None]
    return {
        "checks": await draft_checks(user, record_id, detail.status),
        "open_mandatory": open_mandatory,
        "approval_step": any(to in {"approved", "signed"} for to in detail.allowed_transitions),
        "agreement": detail, "documents": docs, "latest_scan": latest, "findings": findings,
        "present": present, "titles": {c.key: c.title_nl for c in load_catalogue().clauses},
        "steps": [(to, STEPS[(detail.status, to)]) for to in detail.allowed_transitions],
        "templates": await template_options(user, detail.controller) if user.can_write else [],
        "product_names": {p["id"]: p["name"] for p in choices["products"]},
        "chain_names": {n.supplier_id: n.name for n in choices["chain"]},
        "members": await page_queries.arrangement_members(detail.controller),
        "can_write": user.can_write, "can_decide": user.role in DECIDERS,
        "decision_labels": DECISION_LABELS, "finding_labels": FINDING_LABELS, "tier_labels": TIER_LABELS,
        "finding_groups": group_findings(findings), "finding_group_labels": FINDING_GROUPS,
        **form_choices(), "form_errors": {}, "submitted": {},
    }


async def refused_on_detail(
    request: Request, user: Principal, record_id: int, form: str, exc: ApiError, submitted: dict[str, Any]
) -> Template:
    """The agreement page again, with what the service refused next to the form that was sent."""
    if not exc.errors:
        raise exc
    ctx = await detail_context(user, record_id)
    if isinstance(exc, Incomplete):  # listed above the form's button, with what to acknowledge
        ctx.update(checks={form: {"errors": exc.blocking, "warnings": exc.warnings}}, submitted={form: submitted})
        return page(request, "contracts/detail.html", user, status_code=exc.status_code, **ctx)
    ctx.update(form_errors={form: field_errors(exc)}, submitted={form: submitted})
    return page(request, "contracts/detail.html", user, status_code=400, **ctx)


class AgreementPages(Controller):
    path = "/agreements"
    include_in_schema = False
    guards = [web_write_guard]

    async def _new_context(self, user: Principal, controller: str, supplier_id: int | None) -> dict[str, Any]:
        controllers, controller, suppliers, supplier_id = await page_queries.chosen_controller_and_supplier(
            user, controller, supplier_id)
        names = dict(controllers)
        return {
            "controllers": controllers, "controller": controller, "controller_name": names.get(controller, controller),
            "suppliers": suppliers, "supplier_id": supplier_id,
            "supplier_name": next((s["name"] for s in suppliers if s["id"] == supplier_id), ""),
            "members": await page_queries.arrangement_members(controller) if controller else [],
            **await supplier_choices(user, supplier_id), **form_choices(),
        }

    @get("/new", operation_id="agreementNewPage")
    async def new(
        self, request: Request, web_user: Principal, controller: str = Parameter(default="", max_length=64),
        supplier_id: int | None = Parameter(default=None, ge=1, le=2**31 - 1),
    ) -> Template:
        """Choose controller and supplier, then fill in the new agreement."""
        if not web_user.can_write:
            raise PermissionDeniedException(detail="Uw rol mag niets wijzigen; u kunt het register alleen inzien.")
        ctx = await self._new_context(web_user, controller, supplier_id)
        values = default_values(ctx["controller"], ctx["supplier_id"])
        return page(request, "contracts/form.html", web_user, agreement=None, values=values, errors={}, **ctx)

    @post("/new", operation_id="agreementCreatePage", status_code=303)
    async def create(
        self, request: Request, web_user: Principal,
        data: AgreementForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Record the new agreement (status concept) as the API does."""
        async def refused(exc: ApiError) -> Template:
            if not exc.errors:
                raise exc
            supplier_id = int(data.supplier_id) if data.supplier_id.isdigit() else None
            ctx = await self._new_context(web_user, data.controller, supplier_id)
            return page(request, "contracts/form.html", web_user, status_code=400, agreement=None,
                        values=data.values(), errors=field_errors(exc, data.values()), **ctx)

        return await submit_form(
            request, lambda: services.create_agreement(parse_create(data), web_user), refused,
            then=lambda record_id: f"/agreements/{record_id}",
            message="De verwerkersovereenkomst is vastgelegd als concept.",
        )

    async def _edit_context(self, user: Principal, record_id: int) -> dict[str, Any]:
        detail = await queries.agreement_detail(record_id, user)
        return {
            "agreement": detail, "controller": detail.controller, "controller_name": detail.controller_name,
            "supplier_id": detail.supplier_id, "supplier_name": detail.supplier_name,
            "editable": None if detail.status == "draft" else EDITABLE_AFTER_DRAFT,
            "members": await page_queries.arrangement_members(detail.controller),
            **await supplier_choices(user, detail.supplier_id), **form_choices(),
        }

    @get("/{record_id:int}/edit", operation_id="agreementEditPage")
    async def edit(self, request: Request, web_user: Principal, record_id: int) -> Template:
        """The agreement's form, filled in; after concept only dates, references and review."""
        ctx = await self._edit_context(web_user, record_id)
        if not web_user.can_write:
            raise PermissionDeniedException(detail="Uw rol mag niets wijzigen; u kunt het register alleen inzien.")
        return page(request, "contracts/form.html", web_user, values=detail_values(ctx["agreement"]), errors={}, **ctx)

    @post("/{record_id:int}/edit", operation_id="agreementUpdatePage", status_code=303)
    async def update(
        self, request: Request, web_user: Principal, record_id: int,
        data: AgreementForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Save the changes, with the version the form was made from."""
        ctx = await self._edit_context(web_user, record_id)

        async def update() -> None:
            body, version = parse_update(data, ctx["agreement"].status)
            await services.update_agreement(record_id, body, web_user, version)

        async def refused(exc: ApiError) -> Template:
            errors = field_errors(exc, data.values()) if exc.errors else {"form": str(exc.detail)}
            # After a 412 the form is shown again with the current version, so a second save wins.
            form_version = str(ctx["agreement"].version) if exc.status_code == 412 else data.version
            values = {**data.values(), "version": form_version}
            return page(request, "contracts/form.html", web_user, status_code=400, values=values, errors=errors, **ctx)

        return await submit_form(
            request, update, refused, then=f"/agreements/{record_id}", message="De wijzigingen zijn opgeslagen."
        )

    @get("/{record_id:int}", operation_id="agreementDetailPage")
    async def detail(self, request: Request, web_user: Principal, record_id: int) -> Template:
        """All data of one agreement, its steps, history, documents and clause analysis."""
        return page(request, "contracts/detail.html", web_user, **await detail_context(web_user, record_id))

    @post("/{record_id:int}/transitions", operation_id="agreementTransitionPage", status_code=303)
    async def transition(
        self, request: Request, web_user: Principal, settings: Settings, record_id: int,
        data: TransitionForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Take a status step (who may do what: contracts.rules)."""
        form = f"transition:{data.to}"

        async def step() -> None:
            signing = None
            if data.signing_date.strip():
                try:
                    signing = dt.date.fromisoformat(data.signing_date.strip())
                except ValueError:
                    raise Invalid({"signing_date": "Vul een datum in als jjjj-mm-dd."}) from None
            if data.to not in {"draft", "in_review", "approved", "signed", "ended"}:
                raise Invalid({"to": "Onbekende stap."})
            if len(data.remark) > 5000:
                raise Invalid({"remark": "Hoogstens 5000 tekens."})
            taken = TransitionIn(
                to=data.to, remark=data.remark, signing_date=signing,  # type: ignore[arg-type]
                acknowledge_warnings=bool(data.acknowledge_warnings),
            )
            await services.transition(record_id, taken, web_user, settings.breach_hours_limit)

        submitted = {"remark": data.remark, "signing_date": data.signing_date}
        return await submit_form(
            request, step, lambda exc: refused_on_detail(request, web_user, record_id, form, exc, submitted),
            then=f"/agreements/{record_id}", message="De status is gewijzigd.",
        )

    @post("/{record_id:int}/documents", operation_id="agreementGeneratePage", status_code=303)
    async def generate(
        self, request: Request, web_user: Principal, settings: Settings, record_id: int,
        data: GenerateForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Generate the agreement as .docx from a template, once it is complete enough."""
        async def generate() -> None:
            if not data.template_id.isdigit():
                raise Invalid({"template_id": "Kies een sjabloon."})
            await documents.generate(
                record_id, int(data.template_id), web_user, breach_limit=settings.breach_hours_limit,
                acknowledged=bool(data.acknowledge_warnings),
            )

        return await submit_form(
            request, generate,
            lambda exc: refused_on_detail(
                request, web_user, record_id, "generate", exc, {"template_id": data.template_id}
            ),
            then=f"/agreements/{record_id}#documenten", message="Het document is gegenereerd.",
        )

    @post("/{record_id:int}/signed-copy", operation_id="agreementSignedCopyPage", status_code=303,
          request_max_body_size=21 * 1024 * 1024)
    async def signed_copy(
        self, request: Request, web_user: Principal, settings: Settings, record_id: int,
        data: SignedCopyForm = Body(media_type=RequestEncodingType.MULTI_PART),
    ) -> Template | Redirect:
        """Upload the signed copy; it is scanned for missing and weak clauses."""
        async def upload() -> None:
            if data.file is None or not data.file.filename:
                raise Invalid({"file": "Kies een bestand (.pdf of .docx)."})
            content = await data.file.read()
            await documents.upload_signed(record_id, data.file.filename, content, web_user, settings.breach_hours_limit)

        return await submit_form(
            request, upload, lambda exc: refused_on_detail(request, web_user, record_id, "upload", exc, {}),
            then=f"/agreements/{record_id}#analyse", message="Het ondertekende exemplaar is opgeslagen en gescand.",
        )

    @get("/{record_id:int}/documents/{document_id:int}/download", operation_id="agreementDownloadPage")
    async def download(self, web_user: Principal, record_id: int, document_id: int) -> Response[bytes]:
        """The document's file, as an attachment."""
        row = await documents.document(record_id, document_id, web_user)
        return Response(
            bytes(row["content"]), media_type=row["media_type"],
            headers={"Content-Disposition": f'attachment; filename="{row["filename"]}"'},
        )
