"""Import a verwerkingsregister from a spreadsheet (the export's columns), with a report
per row: what would be created or updated, and what is wrong.

A dry run only reports. A real import stores every row or none: with any row in error it
answers 400 naming the rows and fields, and nothing is stored. A row whose ``Id`` is an
activity of the same controller updates it; any other row creates an activity (an ``Id``
of another controller is "not found", as elsewhere).
"""

from __future__ import annotations

import re
from typing import Any

from contracts.processing.activities import ACTIVITY, agreements_of, check_manager, replace_agreements
from contracts.processing.register_io import DPIA_WORDS, LEGAL_BASIS_WORDS, read_sheet_isolated
from contracts.processing.schemas import ActivityCreate, ImportReport, ImportRow
from contracts.processing.tables import ProcessingActivity
from contracts.services import controller_kind
from contracts.tables import Agreement
from core import (
    ApiError,
    Invalid,
    PayloadTooLarge,
    Principal,
    UploadError,
    audit,
    crud,
    require_scope,
    to_struct,
    write_transaction,
)

YES = {"ja", "j", "yes", "y", "true", "1", "x"}
NO = {"nee", "n", "no", "false", "0", ""}


def split_list(text: str) -> list[str]:
    """A cell's list: separated by ``;`` or line breaks, or else by commas."""
    parts = re.split(r"[;\n]", text) if re.search(r"[;\n]", text) else text.split(",")
    return [p.strip() for p in parts if p.strip()]


def _values(record: dict[str, str], controller: str) -> tuple[dict[str, Any], dict[str, str]]:
    """The row as ActivityCreate input, and errors of cells that cannot be read."""
    errors: dict[str, str] = {}
    values: dict[str, Any] = {"controller": controller}
    for name in ("name", "purpose", "legal_basis_detail", "retention", "source"):
        if name in record:
            values[name] = record[name]
    for name in ("data_categories", "special_categories", "data_subject_categories", "recipients"):
        if name in record:
            values[name] = split_list(record[name])
    basis = record.get("legal_basis", "").strip()
    values["legal_basis"] = LEGAL_BASIS_WORDS.get(basis.casefold(), basis)
    if values["legal_basis"] not in LEGAL_BASIS_WORDS.values():
        errors["legal_basis"] = (f"Onbekende grondslag {basis!r}; gebruik wettelijke verplichting, publieke taak, "
                                 "toestemming, overeenkomst, vitaal belang of gerechtvaardigd belang.")
    bsn = record.get("uses_bsn", "").strip().casefold()
    if bsn not in YES | NO:
        errors["uses_bsn"] = "Gebruik ja of nee."
    values["uses_bsn"] = bsn in YES
    if years := record.get("retention_years", "").strip():
        values["retention_years"] = int(years) if years.isdigit() else years
    dpia = record.get("dpia", "").strip()
    values["dpia"] = DPIA_WORDS.get(dpia.casefold(), dpia) or "not_needed"
    if record.get("dpia_date"):
        values["dpia_date"] = record["dpia_date"][:10]
    ids = split_list(record.get("agreement_ids", ""))
    if any(not i.isdigit() for i in ids):
        errors["agreement_ids"] = "Noem overeenkomsten met hun nummer, gescheiden door puntkomma's."
    values["agreement_ids"] = [int(i) for i in ids if i.isdigit()]
    return values, errors


def _struct_errors(values: dict[str, Any]) -> tuple[ActivityCreate | None, dict[str, str]]:
    """The row as ActivityCreate, or the first wrong field with its Dutch message."""
    try:
        return to_struct(ActivityCreate, values), {}
    except Invalid as exc:
        return None, {e["field"].split("[")[0]: e["message"] for e in exc.errors}


def _check_row(values: dict[str, Any], record: dict[str, str], own: set[int], agreements: set[int]) -> tuple[
        int | None, dict[str, str]]:
    """The activity a row updates (None: a new one), and errors against the register."""
    errors: dict[str, str] = {}
    target = None
    if record.get("id"):
        if record["id"].isdigit() and int(record["id"]) in own:
            target = int(record["id"])
        else:
            errors["id"] = "Verwerkingsactiviteit niet gevonden bij deze verwerkingsverantwoordelijke."
    if values.get("dpia") == "done" and not values.get("dpia_date"):
        errors["dpia_date"] = "Geef de datum waarop de DPIA is uitgevoerd."
    if any(a not in agreements for a in values["agreement_ids"]):
        errors["agreement_ids"] = "Overeenkomst niet gevonden bij deze verwerkingsverantwoordelijke."
    return target, errors


async def import_register(controller: str, filename: str, content: bytes, principal: Principal,
                          dry_run: bool) -> ImportReport:
    check_manager(principal)
    require_scope(principal, controller)
    if await controller_kind(controller) is None:
        raise Invalid({"controller": f"{controller} is geen gemeente of samenwerkingsverband in het register."})
    try:
        records = await read_sheet_isolated(content, filename)
    except UploadError as exc:
        if exc.status == 413:
            raise PayloadTooLarge(exc.message, [{"field": exc.field, "message": exc.message}]) from None
        if exc.status != 400:
            error = ApiError(exc.message, [{"field": exc.field, "message": exc.message}])
            error.status_code = exc.status
            raise error from None
        raise Invalid({exc.field: exc.message}) from None
    async with write_transaction():
        own = {r["id"] for r in await ProcessingActivity.select(ProcessingActivity.id).where(
            ProcessingActivity.scope == controller)}
        agreements = {r["id"] for r in await Agreement.select(Agreement.id).where(Agreement.scope == controller)}
        report, plan = [], []
        for number, record in enumerate(records, start=2):
            values, errors = _values(record, controller)
            data, struct_errors = _struct_errors(values)
            target, more = _check_row(values, record, own, agreements)
            errors = {**struct_errors, **errors, **more}
            action = "error" if errors else ("update" if target else "create")
            report.append(ImportRow(row=number, name=record.get("name", ""), action=action, errors=errors,  # type: ignore[arg-type]
                                    activity_id=target))
            plan.append((data, target, set(record)))
        failed = [r for r in report if r.errors]
        if failed and not dry_run:
            raise Invalid({f"rij {r.row}: {field}": message for r in failed for field, message in r.errors.items()})
        if not dry_run:
            for row, (data, target, present) in zip(report, plan, strict=True):
                assert data is not None
                row.activity_id = await _store(data, target, present, principal)
    return ImportReport(
        controller=controller, dry_run=dry_run, rows=report, created=sum(r.action == "create" for r in report),
        updated=sum(r.action == "update" for r in report), errors=len(failed),
    )


async def _store(data: ActivityCreate, target: int | None, present: set[str], principal: Principal) -> int:
    """Create the activity, or update the fields whose columns the spreadsheet has."""
    values = {n: getattr(data, n) for n in data.__struct_fields__ if n not in {"controller", "agreement_ids"}}
    links = list(dict.fromkeys(data.agreement_ids))
    if target is None:
        record_id = await crud.insert(ACTIVITY, {**values, "scope": data.controller}, principal, scope=data.controller)
        await replace_agreements(record_id, links)
        await audit.record(actor=principal.email, action="import", entity=ACTIVITY.entity, entity_id=record_id,
                           scope=data.controller, changes={"agreement_ids": [None, links]})
        return record_id
    row = await crud.fetch_for_write(ACTIVITY, target, principal, None)
    values = {k: v for k, v in values.items() if k in present}
    old = (await agreements_of([target]))[target]
    extra = None
    if "agreement_ids" in present and old != links:
        await replace_agreements(target, links)
        extra = {"agreement_ids": [old, links]}
    await crud.update(ACTIVITY, row, values, principal, extra_changes=extra, action="import")
    return target
