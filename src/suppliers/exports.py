"""CSV and xlsx exports of the register's lists, as filtered on their pages (core.export), and the
import of suppliers from a spreadsheet (suppliers.importing)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.exceptions import PermissionDeniedException
from litestar.params import Body, Parameter
from litestar.response import Template

from core import (
    ApiError,
    Column,
    Condition,
    Invalid,
    Principal,
    Settings,
    clock,
    crud,
    every_page,
    export,
    field_errors,
    page,
    web_write_guard,
)
from suppliers import queries, services
from suppliers.deps import evidence_policy
from suppliers.importing import RowReport, import_suppliers
from suppliers.labels import ARRANGEMENT_KINDS, EVIDENCE_KINDS, EVIDENCE_STATES, LEGAL_FORMS, PRODUCT_KINDS
from suppliers.tables import Evidence, Product

Format = Parameter(query="format", default="csv", max_length=4, description="csv of xlsx")
Register = Parameter(query="scope", required=False, max_length=64)

IN_REGISTER_PRODUCT = Condition(lambda scope: Product.supplier.scope == scope, "product register")
IN_REGISTER_EVIDENCE = Condition(lambda scope: Evidence.supplier.scope == scope, "evidence register")
REGISTER_PRODUCTS = crud.Listing(
    services.PRODUCT,
    [*Product.all_columns(), Product.supplier.name.as_alias("supplier_name"),
     Product.supplier.scope.as_alias("register")],
    [Product.supplier.name, Product.name],
)
REGISTER_EVIDENCE = crud.Listing(
    services.EVIDENCE,
    [*queries.EVIDENCE_COLUMNS, Evidence.supplier.name.as_alias("supplier_name"),
     Evidence.supplier.scope.as_alias("register")],
    [Evidence.supplier.name, Evidence.kind, Evidence.id],
)


async def _names(rows: list[dict[str, Any]], key: str = "register") -> dict[str, str]:
    codes = {r[key] for r in rows} | {c for r in rows for c in r.get("used_by") or []}
    return await queries.controller_names(codes)


class RegisterExports(Controller):
    path = "/"
    include_in_schema = False

    @get("/suppliers/export", operation_id="supplierExport")
    async def suppliers(
        self, web_user: Principal, fmt: str = Format,
        q: str | None = Parameter(required=False, max_length=100),
        country: str | None = Parameter(required=False, max_length=2),
        eea: str | None = Parameter(required=False, max_length=6), register: str | None = Register,
    ) -> Response[bytes]:
        """The supplier list as filtered, as CSV or xlsx."""
        in_eea = {"binnen": True, "buiten": False}.get(eea or "")
        rows = await every_page(lambda page, size: queries.list_suppliers(
            web_user, q, country or None, in_eea, register or None, page, size))
        names = await queries.controller_names({r["scope"] for r in rows})
        columns: list[Column] = [
            ("name", "Naam"), ("kvk_number", "KvK-nummer"), ("country", "Land"),
            (lambda r: names.get(r["scope"], r["scope"]), "Register"), ("address", "Adres"), ("website", "Website"),
            (lambda r: "; ".join(f"{c.get('name', '')} <{c.get('email', '')}>" for c in r.get("contacts") or []),
             "Contactpersonen"),
            ("id", "Nummer"),
        ]
        return export(rows, columns, fmt, "leveranciers", "Leveranciers")

    @get("/suppliers/products/export", operation_id="productExport")
    async def products(
        self, web_user: Principal, fmt: str = Format, register: str | None = Register
    ) -> Response[bytes]:
        """Every product of the user's registers (or one), with its supplier and users."""
        conditions = [IN_REGISTER_PRODUCT(register)] if register else []
        rows = await every_page(lambda page, size: REGISTER_PRODUCTS.page(web_user, conditions, page, size))
        usage = await services.usage_of([r["id"] for r in rows])
        rows = [{**r, "used_by": sorted(usage.get(r["id"], []))} for r in rows]
        names = await _names(rows)
        columns: list[Column] = [
            ("supplier_name", "Leverancier"), ("name", "Product"),
            (lambda r: PRODUCT_KINDS.get(r["kind"], r["kind"]), "Soort"),
            ("product_version", "Versie"), (lambda r: [names.get(c, c) for c in r["used_by"]], "Gebruikt door"),
            (lambda r: names.get(r["register"], r["register"]), "Register"),
        ]
        return export(rows, columns, fmt, "producten", "Producten")

    @get("/suppliers/evidence/export", operation_id="evidenceExport")
    async def evidence(
        self, web_user: Principal, settings: Settings, fmt: str = Format, register: str | None = Register,
        kind: str | None = Parameter(required=False, max_length=32),
    ) -> Response[bytes]:
        """Every evidence item of the user's registers (or one), with its state today."""
        conditions = [*([IN_REGISTER_EVIDENCE(register)] if register else []),
                      *([queries.EVIDENCE_OF_KIND(kind)] if kind else [])]
        rows = await every_page(lambda page, size: REGISTER_EVIDENCE.page(web_user, conditions, page, size))
        today, policy = clock.today(), evidence_policy(settings)
        rows = [{**r, **msgspec.structs.asdict(queries.evidence_out(r, today, policy))} for r in rows]
        names = await _names(rows)
        columns: list[Column] = [
            ("supplier_name", "Leverancier"), (lambda r: EVIDENCE_KINDS.get(r["kind"], r["kind"]), "Soort"),
            ("standard_version", "Versie van de norm"), ("auditor", "Uitgever"), ("issued_on", "Uitgegeven"),
            ("period_start", "Periode vanaf"), ("period_end", "Periode tot"), ("valid_until", "Geldig tot"),
            (lambda r: EVIDENCE_STATES.get(r["state"], r["state"]), "Staat"), ("counts_until", "Telt tot"),
            ("file_name", "Bestand"), (lambda r: names.get(r["register"], r["register"]), "Register"),
        ]
        return export(rows, columns, fmt, "bewijsstukken", "Bewijsstukken")

    @get("/municipalities/export", operation_id="municipalityExport")
    async def municipalities(
        self, web_user: Principal, fmt: str = Format, q: str | None = Parameter(required=False, max_length=100),
    ) -> Response[bytes]:
        """The municipalities as searched, with address, KvK, OIN and signatory."""
        rows = await every_page(lambda page, size: queries.list_municipalities(web_user, q, page, size))
        columns: list[Column] = [
            ("name", "Naam"), ("cbs_code", "CBS-code"), ("kvk_number", "KvK-nummer"), ("oin", "OIN"),
            ("address", "Adres"), ("signatory_name", "Ondertekenaar"), ("signatory_role", "Functie"),
        ]
        return export(rows, columns, fmt, "gemeenten", "Gemeenten")

    @get("/arrangements/export", operation_id="arrangementExport")
    async def arrangements(
        self, web_user: Principal, fmt: str = Format, q: str | None = Parameter(required=False, max_length=100),
        kind: str | None = Parameter(required=False, max_length=32),
    ) -> Response[bytes]:
        """The joint arrangements as filtered, with their members."""
        members: dict[int, list[dict[str, Any]]] = {}

        async def fetch(page: int, size: int) -> crud.Page:
            result, found = await queries.list_arrangements(web_user, q, kind or None, None, page, size)
            members.update(found)
            return result

        rows = await every_page(fetch)
        columns: list[Column] = [
            ("name", "Naam"), ("slug", "Korte naam"), (lambda r: ARRANGEMENT_KINDS.get(r["kind"], r["kind"]), "Soort"),
            (lambda r: LEGAL_FORMS.get(r["legal_form"], r["legal_form"]), "Rechtsvorm"), ("kvk_number", "KvK-nummer"),
            (lambda r: [m["name"] for m in members.get(r["id"], []) if m["active"]], "Deelnemers"),
            ("signatory_name", "Ondertekenaar"), ("signatory_role", "Functie"),
        ]
        return export(rows, columns, fmt, "samenwerkingsverbanden", "Samenwerkingsverbanden")


@dataclass
class ImportForm:
    file: UploadFile | None = None
    scope: str = ""
    dry_run: str = ""


class SupplierImportPage(Controller):
    path = "/suppliers/import"
    include_in_schema = False
    guards = [web_write_guard]

    @get(operation_id="supplierImportPage")
    async def form(self, request: Request, web_user: Principal) -> Template:
        """The form to import suppliers from a spreadsheet."""
        if not web_user.can_write:
            raise PermissionDeniedException(detail="Uw rol mag niets wijzigen; u kunt het register alleen inzien.")
        return await _import_page(request, web_user, ImportForm(dry_run="1"), {}, None, 0)

    @post(operation_id="supplierImportRun", status_code=200, request_max_body_size=3 * 1024 * 1024)
    async def run(
        self, request: Request, web_user: Principal,
        data: ImportForm = Body(media_type=RequestEncodingType.MULTI_PART),
    ) -> Template:
        """Check the file row by row (dry run), or import it when every row is right."""
        try:
            if data.file is None or not data.file.filename:
                raise Invalid({"file": "Kies een .csv- of .xlsx-bestand."})
            content = await data.file.read()
            reports, stored = await import_suppliers(
                content, data.file.filename, data.scope, web_user, dry_run=bool(data.dry_run))
        except ApiError as exc:
            return await _import_page(request, web_user, data, field_errors(exc), None, 0, exc.status_code)
        status = 200 if stored or not any(r.errors for r in reports) else 400
        return await _import_page(request, web_user, data, {}, reports, stored, status)


async def _import_page(
    request: Request, user: Principal, form: ImportForm, errors: dict[str, str],
    reports: list[RowReport] | None, stored: int, status_code: int = 200,
) -> Template:
    return page(
        request, "suppliers/import.html", user, status_code=status_code, form=form, errors=errors,
        reports=reports, stored=stored, wrong=sum(1 for r in reports or [] if r.errors),
        scopes=await queries.scope_choices(user), headings=IMPORT_HEADINGS,
    )


#: The headings the import page explains (the reader understands more spellings).
IMPORT_HEADINGS = ["naam", "kvk-nummer", "land", "adres", "website", "register", "contactpersoon", "e-mail", "telefoon"]

CONTROLLERS = [RegisterExports, SupplierImportPage]
