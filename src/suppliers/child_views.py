"""HTML forms for what hangs below a supplier: products (and who uses them), sub-processors,
and changing or deleting evidence with its file. The supplier's page is in :mod:`suppliers.views`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from litestar import Controller, Request, get, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.params import Body
from litestar.response import Redirect, Template

from core import (
    ApiError,
    Incomplete,
    NotFound,
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
from suppliers.evidence_rules import evidence_errors, evidence_warnings
from suppliers.labels import LABELS
from suppliers.schemas import (
    EvidenceUpdate,
    ProductCreate,
    ProductUpdate,
    SubprocessorCreate,
    SubprocessorUpdate,
)
from suppliers.views import EvidenceForm, detail_page

Many = str | list[str]


@dataclass
class ProductForm:
    name: str = ""
    kind: str = "application"
    product_version: str = ""
    used_by: Many = ""
    version: int | None = None
    cpe: str = ""
    purl: str = ""
    ensia_domains: Many = ""

    def values(self) -> dict[str, Any]:
        return {"name": self.name.strip(), "kind": self.kind, "product_version": self.product_version.strip(),
                "used_by": [c for c in as_list(self.used_by) if c], "cpe": blank_none(self.cpe.strip()),
                "purl": blank_none(self.purl.strip()), "ensia_domains": [d for d in as_list(self.ensia_domains) if d]}


@dataclass
class SubprocessorForm:
    subprocessor_id: str = ""
    service: str = ""
    country: str = ""
    notified_on: str = ""

    def values(self) -> dict[str, Any]:
        chosen = self.subprocessor_id.strip()
        return {"subprocessor_id": int(chosen) if chosen.isdigit() else chosen,
                "service": self.service.strip(), "country": blank_none(self.country.upper()),
                "notified_on": parse_date(self.notified_on)}


@dataclass
class SubprocessorEditForm:
    service: str = ""
    country: str = ""
    notified_on: str = ""
    version: int | None = None


@dataclass
class EvidenceEditForm(EvidenceForm):
    file: UploadFile | None = None
    version: int | None = None


@dataclass
class DeleteForm:
    version: int | None = None


def _sub_errors(values: Mapping[str, Any]) -> dict[str, str]:
    country = values.get("country")
    message = ids.country_error(country) if isinstance(country, str) else None
    return {"country": message} if message else {}


def acknowledged_evidence(values: dict[str, Any], acknowledged: bool) -> None:
    """Evidence that no longer counts is stored only once the user has seen that (core.Incomplete)."""
    check_outcome({}, evidence_warnings(values, clock.today()), acknowledged)


class SupplierChildPages(Controller):
    path = "/suppliers/{supplier_id:int}"
    include_in_schema = False
    guards = [web_write_guard]

    @post("/products", operation_id="productCreatePage", status_code=303)
    async def add_product(
        self, request: Request, web_user: Principal, settings: Settings, supplier_id: int,
        data: ProductForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Record a product and who uses it."""
        async def add() -> int:
            return await services.create_product(supplier_id, to_struct(ProductCreate, data.values()), web_user)

        return await submit_form(
            request, add,
            lambda exc: detail_page(request, web_user, settings, supplier_id, product_form=data.values(),
                                    product_errors=field_errors(exc), status_code=exc.status_code),
            then=f"/suppliers/{supplier_id}#producten", message=f"Product {data.name.strip()} is vastgelegd.",
        )

    @get("/products/{record_id:int}/edit", operation_id="productEditPage")
    async def edit_product(self, request: Request, web_user: Principal, supplier_id: int, record_id: int) -> Template:
        """The form to change a product and who uses it."""
        row = await crud.fetch(services.PRODUCT, record_id, web_user, supplier_id)
        usage = await services.usage_of([record_id])
        form = ProductForm(row["name"], row["kind"], row["product_version"], usage.get(record_id, []), row["version"],
                           row["cpe"] or "", row["purl"] or "", row["ensia_domains"] or [])
        return await _product_page(request, web_user, supplier_id, record_id, form, {})

    @post("/products/{record_id:int}/edit", operation_id="productUpdatePage", status_code=303)
    async def update_product(
        self, request: Request, web_user: Principal, supplier_id: int, record_id: int,
        data: ProductForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Save the product; the ticked users replace the list."""
        async def update() -> None:
            body = to_struct(ProductUpdate, data.values())
            await services.update_product(supplier_id, record_id, body, web_user, data.version)

        return await submit_form(
            request, update,
            lambda exc: _product_page(request, web_user, supplier_id, record_id, data, field_errors(exc),
                                      exc.status_code),
            then=f"/suppliers/{supplier_id}#producten", message="Het product is opgeslagen.",
        )

    @post("/subprocessors", operation_id="subprocessorCreatePage", status_code=303)
    async def add_subprocessor(
        self, request: Request, web_user: Principal, settings: Settings, supplier_id: int,
        data: SubprocessorForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Record that this supplier engages another supplier of the register."""
        async def add() -> int:
            body = to_struct(SubprocessorCreate, data.values(), {"country": ids.country_error}, _sub_errors)
            return await services.create_subprocessor(supplier_id, body, web_user)

        return await submit_form(
            request, add,
            lambda exc: detail_page(request, web_user, settings, supplier_id, sub_form=data.values(),
                                    sub_errors=field_errors(exc), status_code=exc.status_code),
            then=f"/suppliers/{supplier_id}#keten", message="De subverwerker is vastgelegd.",
        )

    @get("/subprocessors/{record_id:int}/edit", operation_id="subprocessorEditPage")
    async def edit_subprocessor(
        self, request: Request, web_user: Principal, supplier_id: int, record_id: int
    ) -> Template:
        """The form to change the service, country or notice date of a sub-processor link."""
        link = await queries.subprocessor(supplier_id, record_id, web_user)
        form = {"service": link.service, "country": link.country, "notified_on": str(link.notified_on or ""),
                "version": link.version}
        return await _subprocessor_page(request, web_user, supplier_id, record_id, link.name, form, {})

    @post("/subprocessors/{record_id:int}/edit", operation_id="subprocessorUpdatePage", status_code=303)
    async def update_subprocessor(
        self, request: Request, web_user: Principal, supplier_id: int, record_id: int,
        data: SubprocessorEditForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Save the link's service, country and notice date."""
        values = {"service": data.service.strip(), "country": data.country.strip().upper(),
                  "notified_on": parse_date(data.notified_on)}

        async def update() -> None:
            body = to_struct(SubprocessorUpdate, values, {"country": ids.country_error}, _sub_errors)
            await services.update_subprocessor(supplier_id, record_id, body, web_user, data.version)

        async def refused(exc: ApiError) -> Template:
            link = await queries.subprocessor(supplier_id, record_id, web_user)
            form = {**values, "notified_on": data.notified_on, "version": data.version}
            return await _subprocessor_page(request, web_user, supplier_id, record_id, link.name, form,
                                            field_errors(exc), exc.status_code)

        return await submit_form(request, update, refused, then=f"/suppliers/{supplier_id}#keten",
                                 message="De subverwerker is opgeslagen.")

    @get("/evidence/{record_id:int}/edit", operation_id="evidenceEditPage")
    async def edit_evidence(self, request: Request, web_user: Principal, supplier_id: int, record_id: int) -> Template:
        """The form to change an evidence item and replace its file."""
        row = await crud.fetch(services.EVIDENCE, record_id, web_user, supplier_id)
        form = {name: "" if row[name] is None else str(row[name]) for name in services.EVIDENCE_FIELDS}
        return await _evidence_page(request, web_user, supplier_id, record_id, {**form, "version": row["version"]},
                                    row["file_name"], {})

    @post("/evidence/{record_id:int}/edit", operation_id="evidenceUpdatePage", status_code=303,
          request_max_body_size=21 * 1024 * 1024)
    async def update_evidence(
        self, request: Request, web_user: Principal, supplier_id: int, record_id: int,
        data: EvidenceEditForm = Body(media_type=RequestEncodingType.MULTI_PART),
    ) -> Template | Redirect:
        """Save the changes and, when one is chosen, the new PDF (checked before anything is stored)."""
        async def update() -> None:
            values = data.values()
            body = to_struct(EvidenceUpdate, values, rules=evidence_errors)
            content = await data.file.read() if data.file is not None and data.file.filename else None
            if content is not None:
                services.check_evidence_file(content)
            acknowledged_evidence(values, bool(data.acknowledge_warnings))
            await services.update_evidence(supplier_id, record_id, body, web_user, data.version)
            if content is not None and data.file is not None:
                await services.attach_evidence_file(supplier_id, record_id, data.file.filename, content, web_user, None)

        async def refused(exc: ApiError) -> Template:
            row = await crud.fetch(services.EVIDENCE, record_id, web_user, supplier_id)
            form = {**{name: getattr(data, name) for name in services.EVIDENCE_FIELDS}, "version": data.version}
            return await _evidence_page(request, web_user, supplier_id, record_id, form, row["file_name"],
                                        field_errors(exc), exc.status_code, _asks(exc))

        return await submit_form(request, update, refused, then=f"/suppliers/{supplier_id}#bewijs",
                                 message="Het bewijsstuk is opgeslagen.")

    @post(
        [f"/{kind}/{{record_id:int}}/delete" for kind in ("products", "subprocessors", "evidence")],
        operation_id="supplierChildDeletePage", status_code=303,
    )
    async def delete(
        self, request: Request, web_user: Principal, settings: Settings, supplier_id: int,
        record_id: int, data: DeleteForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Template | Redirect:
        """Delete a product, sub-processor link or evidence item (with its file)."""
        kind = request.url.path.rstrip("/").split("/")[-3]
        resource, anchor, what = DELETABLE.get(kind, (None, "", ""))
        if resource is None:
            raise NotFound("Onderdeel")

        async def remove() -> None:
            await services.delete_child(resource, supplier_id, record_id, web_user, data.version)

        return await submit_form(
            request, remove,
            lambda exc: detail_page(request, web_user, settings, supplier_id, status_code=exc.status_code,
                                    page_error=str(exc.detail)),
            then=f"/suppliers/{supplier_id}#{anchor}", message=f"{what} is verwijderd.",
        )


DELETABLE = {
    "products": (services.PRODUCT, "producten", "Het product"),
    "subprocessors": (services.SUBPROCESSOR, "keten", "De subverwerker"),
    "evidence": (services.EVIDENCE, "bewijs", "Het bewijsstuk"),
}


def _asks(exc: ApiError) -> bool:
    """Whether the form should offer to acknowledge warnings: nothing else is wrong."""
    return isinstance(exc, Incomplete) and not exc.blocking


async def _product_page(
    request: Request, user: Principal, supplier_id: int, record_id: int, form: ProductForm,
    errors: dict[str, str], status_code: int = 200,
) -> Template:
    supplier = await services.supplier_row(supplier_id, user)
    return page(
        request, "suppliers/product_form.html", user, status_code=status_code, supplier=supplier,
        record_id=record_id, form=form, used_by=as_list(form.used_by), errors=errors,
        scopes=await queries.scope_choices(user), **LABELS,
    )


async def _subprocessor_page(
    request: Request, user: Principal, supplier_id: int, record_id: int, name: str, form: dict[str, Any],
    errors: dict[str, str], status_code: int = 200,
) -> Template:
    supplier = await services.supplier_row(supplier_id, user)
    return page(request, "suppliers/subprocessor_form.html", user, status_code=status_code, supplier=supplier,
                record_id=record_id, name=name, form=form, errors=errors)


async def _evidence_page(
    request: Request, user: Principal, supplier_id: int, record_id: int, form: dict[str, Any],
    file_name: str | None, errors: dict[str, str], status_code: int = 200, acknowledge: bool = False,
) -> Template:
    supplier = await services.supplier_row(supplier_id, user)
    return page(
        request, "suppliers/evidence_form.html", user, status_code=status_code, supplier=supplier,
        record_id=record_id, evidence_form=form, file_name=file_name, errors=errors, acknowledge=acknowledge,
        **LABELS,
    )


CONTROLLERS = [SupplierChildPages]
