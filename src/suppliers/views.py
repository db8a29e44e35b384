"""HTML pages of the register: suppliers with their evidence, products and sub-processors.

The pages of municipalities and arrangements are in :mod:`oversight.pages`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from litestar import Controller, Request, Response, get, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.params import Body, Parameter
from litestar.response import Redirect, Template

from core import (
    Incomplete,
    Paging,
    Principal,
    Settings,
    as_list,
    blank_none,
    check_outcome,
    clock,
    crud,
    field_errors,
    page,
    parse_date,
    submit_form,
    to_struct,
    web_write_guard,
)
from suppliers import identifiers as ids
from suppliers import queries, services
from suppliers.deps import download_name, evidence_policy
from suppliers.evidence_rules import evidence_errors, evidence_warnings
from suppliers.labels import LABELS
from suppliers.schemas import EvidenceCreate, SupplierCreate, SupplierOut, SupplierUpdate

PAGE_SIZE = 25
CHECKERS = {"kvk_number": ids.kvk_error, "country": ids.country_error}
Text = str | list[str]


@dataclass
class SupplierForm:
    name: str = ""
    country: str = "NL"
    scope: str = ""
    kvk_number: str = ""
    address: str = ""
    website: str = ""
    contact_name: Text = ""
    contact_role: Text = ""
    contact_email: Text = ""
    contact_phone: Text = ""
    version: int | None = None

    def contacts(self) -> list[dict[str, str]]:
        """The contact rows, blank rows left out."""
        columns = [as_list(self.contact_name), as_list(self.contact_role),
                   as_list(self.contact_email), as_list(self.contact_phone)]
        width = max(len(c) for c in columns)
        rows = [
            dict(zip(("name", "role", "email", "phone"),
                     (c[i].strip() if i < len(c) else "" for c in columns), strict=True))
            for i in range(width)
        ]
        return [r for r in rows if any(r.values())]

    def values(self, with_scope: bool) -> dict[str, Any]:
        values: dict[str, Any] = {
            "name": self.name.strip(), "country": self.country.strip().upper(),
            "kvk_number": blank_none(self.kvk_number), "address": self.address.strip(),
            "website": self.website.strip(), "contacts": self.contacts(),
        }
        if with_scope:
            values["scope"] = blank_none(self.scope)
        return values

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> SupplierForm:
        contacts = row.get("contacts") or []
        return cls(
            name=row["name"], country=row["country"], scope=row["scope"],
            kvk_number=row["kvk_number"] or "", address=row["address"], website=row["website"],
            contact_name=[c.get("name", "") for c in contacts],
            contact_role=[c.get("role", "") for c in contacts],
            contact_email=[c.get("email", "") for c in contacts],
            contact_phone=[c.get("phone", "") for c in contacts],
            version=row["version"],
        )


@dataclass
class EvidenceForm:
    kind: str = "iso27001"
    scope_text: str = ""
    auditor: str = ""
    standard_version: str = ""
    issued_on: str = ""
    period_start: str = ""
    period_end: str = ""
    valid_until: str = ""
    acknowledge_warnings: str = ""

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "scope_text": self.scope_text.strip(), "auditor": self.auditor.strip(),
            "standard_version": blank_none(self.standard_version),
            **{name: parse_date(getattr(self, name))
               for name in ("issued_on", "period_start", "period_end", "valid_until")},
        }


@dataclass
class VersionForm:
    version: int | None = None


@dataclass
class EvidenceFileForm:
    file: UploadFile
    version: int | None = None


class SupplierPages(Controller):
    path = "/suppliers"
    include_in_schema = False
    guards = [web_write_guard]

    @get(operation_id="supplierListPage")
    async def list_(
        self, request: Request, web_user: Principal, paging: Paging,
        q: str | None = Parameter(required=False, max_length=100),
        country: str | None = Parameter(required=False, max_length=2),
        eea: str | None = Parameter(required=False, max_length=6),
        register: str | None = Parameter(query="scope", required=False, max_length=64),
    ) -> Template:
        """Suppliers in the user's registers, searched and filtered, a page at a time."""
        in_eea = {"binnen": True, "buiten": False}.get(eea or "")
        result = await crud.within_pages(lambda number: queries.list_suppliers(
            web_user, q, country or None, in_eea, register or None, number, PAGE_SIZE
        ), paging.page)
        choices = await queries.scope_choices(web_user)
        params = {k: v for k, v in {"q": q, "country": country, "eea": eea, "scope": register}.items() if v}
        return page(
            request, "suppliers/list.html", web_user, result=result,
            suppliers=[queries.supplier_out(r) for r in result.items], scopes=choices,
            names=dict(choices), params=params,
        )

    @get("/new", operation_id="supplierNewPage")
    async def new(self, request: Request, web_user: Principal) -> Template:
        """The form for a new supplier."""
        return await _form_page(request, web_user, SupplierForm(), {}, None)

    @post("/new", operation_id="supplierCreatePage", status_code=303)
    async def create(
        self, request: Request, web_user: Principal,
        data: SupplierForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Register the supplier, or show the form again with what is wrong."""
        async def create() -> int:
            return await services.create_supplier(
                to_struct(SupplierCreate, data.values(with_scope=True), CHECKERS, services.supplier_errors), web_user
            )

        return await submit_form(
            request, create,
            lambda exc: _form_page(request, web_user, data, field_errors(exc), None, exc.status_code),
            then=lambda record_id: f"/suppliers/{record_id}", message=f"Leverancier {data.name.strip()} is toegevoegd.",
        )

    @get("/{supplier_id:int}", operation_id="supplierPage")
    async def detail(
        self, request: Request, web_user: Principal, settings: Settings, supplier_id: int
    ) -> Template:
        """A supplier with contacts, evidence, products and its sub-processor chain."""
        return await detail_page(request, web_user, settings, supplier_id)

    @get("/{supplier_id:int}/edit", operation_id="supplierEditPage")
    async def edit(self, request: Request, web_user: Principal, supplier_id: int) -> Template:
        """The form to change a supplier."""
        row = await services.supplier_row(supplier_id, web_user)
        return await _form_page(request, web_user, SupplierForm.from_row(row), {}, supplier_id)

    @post("/{supplier_id:int}/edit", operation_id="supplierUpdatePage", status_code=303)
    async def update(
        self, request: Request, web_user: Principal, supplier_id: int,
        data: SupplierForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Save the changes against the version the form was made from."""
        async def update() -> None:
            body = to_struct(SupplierUpdate, data.values(with_scope=False), CHECKERS, services.supplier_errors)
            await services.update_supplier(supplier_id, body, web_user, data.version)

        return await submit_form(
            request, update,
            lambda exc: _form_page(request, web_user, data, field_errors(exc), supplier_id, exc.status_code),
            then=f"/suppliers/{supplier_id}", message="De wijzigingen zijn opgeslagen.",
        )

    @post("/{supplier_id:int}/delete", operation_id="supplierDeletePage", status_code=303)
    async def delete(
        self, request: Request, web_user: Principal, settings: Settings, supplier_id: int,
        data: VersionForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Delete the supplier with its products, sub-processor links and evidence."""
        return await submit_form(
            request, lambda: services.delete_supplier(supplier_id, web_user, data.version),
            lambda exc: detail_page(request, web_user, settings, supplier_id, status_code=exc.status_code,
                                    page_error=str(exc.detail)),
            then="/suppliers", message="De leverancier is verwijderd.",
        )

    @post("/{supplier_id:int}/evidence", operation_id="evidenceCreatePage", status_code=303)
    async def add_evidence(
        self, request: Request, web_user: Principal, settings: Settings, supplier_id: int,
        data: EvidenceForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Record a certificate, report or test."""
        async def add() -> None:
            values = data.values()
            body = to_struct(EvidenceCreate, values, rules=evidence_errors)
            check_outcome({}, evidence_warnings(values, clock.today()), bool(data.acknowledge_warnings))
            await services.create_evidence(supplier_id, body, web_user)

        return await submit_form(
            request, add,
            lambda exc: detail_page(
                request, web_user, settings, supplier_id, evidence_form=asdict(data),
                errors=field_errors(exc), status_code=exc.status_code,
                acknowledge=isinstance(exc, Incomplete) and not exc.blocking,
            ),
            then=f"/suppliers/{supplier_id}#bewijs", message="Het bewijsstuk is vastgelegd.",
        )

    @post(
        "/{supplier_id:int}/evidence/{evidence_id:int}/file", operation_id="evidenceFilePage",
        status_code=303, request_max_body_size=21 * 1024 * 1024,
    )
    async def attach_file(
        self, request: Request, web_user: Principal, settings: Settings, supplier_id: int,
        evidence_id: int, data: EvidenceFileForm = Body(media_type=RequestEncodingType.MULTI_PART),
    ) -> Template | Redirect:
        """Attach the PDF of an evidence item."""
        async def attach() -> None:
            content = await data.file.read()
            await services.attach_evidence_file(
                supplier_id, evidence_id, data.file.filename, content, web_user, data.version
            )

        return await submit_form(
            request, attach,
            lambda exc: detail_page(
                request, web_user, settings, supplier_id,
                file_errors={evidence_id: "; ".join(field_errors(exc).values())}, status_code=exc.status_code,
            ),
            then=f"/suppliers/{supplier_id}#bewijs", message="Het bestand is bij het bewijsstuk bewaard.",
        )

    @get("/{supplier_id:int}/evidence/{evidence_id:int}/file", operation_id="evidenceDownloadPage")
    async def download(self, web_user: Principal, supplier_id: int, evidence_id: int) -> Response[bytes]:
        """Download the PDF of an evidence item."""
        name, content = await services.evidence_file(supplier_id, evidence_id, web_user)
        return Response(
            content, media_type="application/pdf",
            headers={"Content-Disposition": f'attachment; filename="{download_name(name)}"'},
        )


async def _form_page(
    request: Request, user: Principal, form: SupplierForm, errors: dict[str, str],
    supplier_id: int | None, status_code: int = 200,
) -> Template:
    contacts = [*form.contacts(), {"name": "", "role": "", "email": "", "phone": ""}]
    return page(
        request, "suppliers/form.html", user, status_code=status_code, form=form, contacts=contacts,
        errors=errors, supplier_id=supplier_id, scopes=await queries.scope_choices(user) if supplier_id is None else [],
    )


async def detail_page(
    request: Request, user: Principal, settings: Settings, supplier_id: int, *,
    evidence_form: dict[str, Any] | None = None, errors: dict[str, str] | None = None,
    file_errors: dict[int, str] | None = None, status_code: int = 200, acknowledge: bool = False,
    **forms: Any,
) -> Template:
    """The supplier's page; ``forms`` are the other forms' values and errors after a refusal
    (``product_form``, ``product_errors``, ``sub_form``, ``sub_errors``, ``page_error``)."""
    supplier = queries.supplier_out(await services.supplier_row(supplier_id, user))
    evidence = await queries.list_evidence(supplier_id, user, None, 1, queries.MAX_PAGE_SIZE)
    products, usage = await queries.list_products(supplier_id, user, None, 1, queries.MAX_PAGE_SIZE)
    chain = await queries.supplier_chain(supplier_id, user)
    today, policy = clock.today(), evidence_policy(settings)
    codes = {supplier.scope, *(code for codes in usage.values() for code in codes)}
    return page(
        request, "suppliers/detail.html", user, status_code=status_code, supplier=supplier,
        evidence=[queries.evidence_out(r, today, policy) for r in evidence.items],
        products=[queries.product_out(r, usage.get(r["id"], [])) for r in products.items],
        chain=chain, names=await queries.controller_names(codes),
        evidence_form=evidence_form or asdict(EvidenceForm()), errors=errors or {},
        file_errors=file_errors or {}, acknowledge=acknowledge, **LABELS,
        **await _child_choices(user, supplier), **{**CHILD_FORMS, **forms},
    )


#: The empty forms below a supplier's page (products, sub-processors).
CHILD_FORMS: dict[str, Any] = {
    "product_form": {"name": "", "kind": "application", "product_version": "", "used_by": [],
                     "cpe": "", "purl": "", "ensia_domains": []},
    "product_errors": {}, "sub_form": {"subprocessor_id": "", "service": "", "country": "", "notified_on": ""},
    "sub_errors": {}, "page_error": "",
}


async def _child_choices(user: Principal, supplier: SupplierOut) -> dict[str, Any]:
    """The sub-processor links the supplier itself made, the suppliers that may become one,
    and the registers a product can be used in."""
    direct = await queries.list_subprocessors(supplier.id, user, 1, queries.MAX_PAGE_SIZE)
    register = await queries.list_suppliers(user, None, None, None, supplier.scope, 1, queries.MAX_PAGE_SIZE)
    linked = {supplier.id, *(r["subprocessor"] for r in direct.items)}
    return {
        "direct_links": [queries.subprocessor_out(r) for r in direct.items],
        "candidates": [(r["id"], r["name"]) for r in register.items if r["id"] not in linked],
        "usage_scopes": await queries.scope_choices(user) if user.can_write else [],
    }


CONTROLLERS = [SupplierPages]
