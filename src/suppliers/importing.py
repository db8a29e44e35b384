"""Suppliers from a spreadsheet (CSV or xlsx): a dry run first, a report per row, then all or nothing.

The file is hostile until proven otherwise: size capped before reading, an xlsx checked as
a zip (entries, sizes, ratio; no DOCTYPE in its XML) and read in a worker process under
time, CPU and memory limits (core.isolation), rows and cell lengths capped.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from core import (
    MB,
    ApiError,
    Invalid,
    Limits,
    PayloadTooLarge,
    Principal,
    Unprocessable,
    UploadError,
    WorkerLimitExceeded,
    ZipLimits,
    open_zip,
    read_member,
    run_isolated,
    to_struct,
    write_transaction,
)
from suppliers import identifiers as ids
from suppliers import services
from suppliers.schemas import SupplierCreate
from suppliers.tables import Supplier

MAX_FILE = 2 * MB
MAX_ROWS = 2000
MAX_CELL = 5000
#: Column headings understood (lower case, Dutch or English) and the field they fill.
HEADINGS = {
    "naam": "name", "name": "name", "leverancier": "name",
    "kvk": "kvk_number", "kvk-nummer": "kvk_number", "kvk_number": "kvk_number", "kvk nummer": "kvk_number",
    "land": "country", "country": "country", "landcode": "country",
    "adres": "address", "address": "address", "website": "website",
    "register": "scope", "scope": "scope", "cbs-code": "scope",
    "contactpersoon": "contact_name", "contact": "contact_name", "contact_name": "contact_name",
    "e-mail": "contact_email", "e-mailadres": "contact_email", "email": "contact_email",
    "contact_email": "contact_email",
    "telefoon": "contact_phone", "phone": "contact_phone", "contact_phone": "contact_phone",
}
XLSX_LIMITS = ZipLimits(max_compressed=MAX_FILE, max_uncompressed=20 * MB, max_entries=200)


def import_limits() -> Limits:
    """Reading a spreadsheet: ``VWO_IMPORT_SECONDS`` (10), ``_CPU_SECONDS`` (10), ``_MEMORY_MB`` (512)."""
    return Limits.from_env("VWO_IMPORT", seconds=10.0, cpu_seconds=10, memory_mb=512)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()[:MAX_CELL]


def _csv_rows(content: bytes) -> list[list[str]]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = content.decode("cp1252", errors="replace")
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=";,\t")
    except csv.Error:
        dialect = "excel"
    return [[_text(c) for c in row] for row in islice(csv.reader(io.StringIO(text), dialect), MAX_ROWS + 2)]


def _xlsx_rows(content: bytes) -> list[list[str]]:
    archive = open_zip(content, XLSX_LIMITS, "spreadsheet")
    for name in archive.namelist():
        if name.endswith((".xml", ".rels")) and b"<!doctype" in read_member(archive, name)[:4096].lower():
            raise UploadError("De spreadsheet bevat een DOCTYPE; dat is niet toegestaan.")
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(content), read_only=True, data_only=True).worksheets[0]
    rows = []
    for row in sheet.iter_rows(values_only=True, max_row=MAX_ROWS + 2, max_col=30):
        rows.append([_text(c) for c in row])
    return rows


def read_rows(content: bytes, filename: str) -> list[dict[str, str]]:
    """The rows of the first sheet as {field: text}, by their headings (runs in a worker)."""
    rows = _xlsx_rows(content) if filename.lower().endswith(".xlsx") else _csv_rows(content)
    rows = [r for r in rows if any(r)]
    if not rows:
        raise UploadError("Het bestand bevat geen rijen.")
    fields = [HEADINGS.get(h.strip().lower()) for h in rows[0]]
    if "name" not in fields:
        raise UploadError("De eerste rij noemt de kolommen; er is geen kolom 'naam'.")
    if len(rows) > MAX_ROWS + 1:
        raise UploadError(f"Hoogstens {MAX_ROWS} leveranciers per bestand.", status=413)
    return [{f: row[i] for i, f in enumerate(fields) if f and i < len(row)} for row in rows[1:]]


@dataclass
class RowReport:
    line: int
    name: str
    values: dict[str, Any]
    errors: dict[str, str] = field(default_factory=dict)


def _kvk(value: str) -> str | None:
    """A KvK number as typed; seven digits get back the leading zero a spreadsheet dropped."""
    return value.zfill(8) if value.isdigit() and len(value) == 7 else value or None


def _values(row: Mapping[str, str], default_scope: str) -> dict[str, Any]:
    contact = {k: row.get(f"contact_{k}", "") for k in ("name", "email", "phone")}
    contact["name"] = contact["name"] or contact["email"] or contact["phone"]  # a mailbox is a contact too
    return {
        "name": row.get("name", ""), "country": (row.get("country") or "NL").upper(),
        "scope": row.get("scope") or default_scope or None, "kvk_number": _kvk(row.get("kvk_number") or ""),
        "address": row.get("address", ""), "website": row.get("website", ""),
        "contacts": [{**contact, "role": ""}] if any(contact.values()) else [],
    }


async def check_rows(rows: list[dict[str, str]], default_scope: str, principal: Principal) -> list[RowReport]:
    """Every row checked as the form would, plus KvK numbers already in the register or twice in the file."""
    reports = []
    seen: set[tuple[str, str]] = set()
    for index, row in enumerate(rows, start=2):
        values = _values(row, default_scope)
        report = RowReport(index, values["name"], values)
        try:
            to_struct(SupplierCreate, values, {"kvk_number": ids.kvk_error}, services.supplier_errors)
        except ApiError as exc:
            report.errors.update({e["field"]: e["message"] for e in exc.errors})
        scope, kvk = values["scope"] or "", values["kvk_number"] or ""
        if not scope:
            report.errors.setdefault("scope", "Geef het register (CBS-code of korte naam) of kies er een.")
        elif not principal.sees(scope):
            report.errors.setdefault("scope", f"{scope} is geen gemeente of samenwerkingsverband in uw register.")
        if kvk and (scope, kvk) in seen:
            report.errors.setdefault("kvk_number", "Dit KvK-nummer staat twee keer in het bestand.")
        elif kvk and await Supplier.exists().where(Supplier.scope == scope, Supplier.kvk_number == kvk):
            report.errors.setdefault("kvk_number", "Een leverancier met dit KvK-nummer staat al in dit register.")
        seen.add((scope, kvk))
        reports.append(report)
    return reports


async def import_suppliers(
    content: bytes, filename: str, default_scope: str, principal: Principal, dry_run: bool
) -> tuple[list[RowReport], int]:
    """(report per row, suppliers stored): nothing is stored on a dry run or when any row is wrong."""
    if len(content) > MAX_FILE:
        message = f"Het bestand is groter dan {MAX_FILE // MB} MB."
        raise PayloadTooLarge(message, [{"field": "file", "message": message}])
    if not filename.lower().endswith((".csv", ".xlsx", ".txt")):
        raise Invalid({"file": "Kies een .csv- of .xlsx-bestand."})
    try:
        rows = await run_isolated(read_rows, content, filename, limits=import_limits())
    except UploadError as exc:
        if exc.status == 413:
            raise PayloadTooLarge(exc.message, [{"field": "file", "message": exc.message}]) from exc
        raise Invalid({"file": exc.message}) from exc
    except WorkerLimitExceeded as exc:
        raise Unprocessable(f"Het bestand kon niet worden gelezen: het lezen {exc.reason}.") from exc
    reports = await check_rows(rows, default_scope, principal)
    if dry_run or any(r.errors for r in reports):
        return reports, 0
    async with write_transaction():
        for report in reports:
            body = to_struct(SupplierCreate, report.values)
            await services.create_supplier(body, principal)
    return reports, len(reports)
