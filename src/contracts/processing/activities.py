"""The register of processing activities: record, change, read and delete activities, and
derive the processors and sub-processors taking part in them.

Activities are read by every role within its scope (the register holds no personal data
of residents); admin, the FG and procurement write them (403 otherwise). Every write runs
in one transaction with its audit event (``core.crud``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import msgspec
from litestar.exceptions import PermissionDeniedException

from contracts.processing.schemas import ActivityCreate, ActivityOut, ActivityUpdate, ProcessorOut
from contracts.processing.tables import ActivityAgreement, ProcessingActivity
from contracts.services import controller_kind
from contracts.tables import Agreement
from core import Invalid, Principal, audit, crud, require_scope, write_transaction
from suppliers import SubprocessorLink, Supplier, identifiers, updates
from suppliers import queries as register

JSON_FIELDS = ("data_categories", "special_categories", "data_subject_categories", "recipients")
ACTIVITY = crud.Resource(ProcessingActivity, "processing_activity", "Verwerkingsactiviteit",
                         ProcessingActivity.scope, JSON_FIELDS)
#: Roles that change the register and handle rights requests (of their own scope).
MANAGING_ROLES = frozenset({"admin", "privacy_officer", "procurement"})


def check_manager(principal: Principal) -> None:
    if principal.role not in MANAGING_ROLES:
        raise PermissionDeniedException(
            detail=f"De rol {principal.role!r} beheert het verwerkingsregister en verzoeken van inwoners niet."
        )


def _dpia_errors(values: dict[str, Any]) -> dict[str, str]:
    if values.get("dpia") == "done" and values.get("dpia_date") is None:
        return {"dpia_date": "Geef de datum waarop de DPIA is uitgevoerd."}
    return {}


async def check_agreements(agreement_ids: Sequence[int], scope: str, principal: Principal) -> None:
    """Each id must be an agreement of this controller that the caller sees: others are "not found"."""
    if not agreement_ids:
        return
    rows = await Agreement.select(Agreement.id, Agreement.scope).where(Agreement.id.is_in(list(agreement_ids)))
    own = {r["id"] for r in rows if r["scope"] == scope and principal.sees(r["scope"])}
    errors = {f"agreement_ids[{i}]": "Overeenkomst niet gevonden bij deze verwerkingsverantwoordelijke."
              for i, a in enumerate(agreement_ids) if a not in own}
    if errors:
        raise Invalid(errors)


async def replace_agreements(activity_id: int, agreement_ids: Sequence[int]) -> None:
    await ActivityAgreement.delete().where(ActivityAgreement.activity == activity_id)
    unique = list(dict.fromkeys(agreement_ids))
    if unique:
        await ActivityAgreement.insert(*[ActivityAgreement(activity=activity_id, agreement=a) for a in unique])


async def create_activity(data: ActivityCreate, principal: Principal) -> int:
    check_manager(principal)
    scope = data.controller
    require_scope(principal, scope)
    values = {n: getattr(data, n) for n in data.__struct_fields__ if n not in {"controller", "agreement_ids"}}
    if errors := _dpia_errors(values):
        raise Invalid(errors)
    async with write_transaction():
        if await controller_kind(scope) is None:
            raise Invalid({"controller": f"{scope} is geen gemeente of samenwerkingsverband in het register."})
        await check_agreements(data.agreement_ids, scope, principal)
        record_id = await crud.insert(ACTIVITY, {**values, "scope": scope}, principal, scope=scope)
        if data.agreement_ids:
            await replace_agreements(record_id, data.agreement_ids)
            await audit.record(actor=principal.email, action="links", entity=ACTIVITY.entity, entity_id=record_id,
                               scope=scope, changes={"agreement_ids": [None, list(dict.fromkeys(data.agreement_ids))]})
        return record_id


async def update_activity(record_id: int, data: ActivityUpdate, principal: Principal, if_match: int | None) -> None:
    check_manager(principal)
    changes = updates(data)
    new_links = changes.pop("agreement_ids", None)
    async with write_transaction():
        row = await crud.fetch_for_write(ACTIVITY, record_id, principal, if_match)
        if errors := _dpia_errors({**row, **changes}):
            raise Invalid(errors)
        extra = None
        if new_links is not None:
            await check_agreements(new_links, row["scope"], principal)
            old = (await agreements_of([record_id]))[record_id]
            if old != list(dict.fromkeys(new_links)):
                await replace_agreements(record_id, new_links)
                extra = {"agreement_ids": [old, list(dict.fromkeys(new_links))]}
        await crud.update(ACTIVITY, row, changes, principal, extra_changes=extra)


async def delete_activity(record_id: int, principal: Principal, if_match: int | None) -> None:
    check_manager(principal)
    async with write_transaction():
        row = await crud.fetch_for_write(ACTIVITY, record_id, principal, if_match)
        row["agreement_ids"] = (await agreements_of([record_id]))[record_id]
        await crud.delete(ACTIVITY, row, principal)


async def agreements_of(activity_ids: Iterable[int]) -> dict[int, list[int]]:
    ids = list(activity_ids)
    result: dict[int, list[int]] = {i: [] for i in ids}
    if ids:
        for r in await ActivityAgreement.select(ActivityAgreement.activity, ActivityAgreement.agreement).where(
            ActivityAgreement.activity.is_in(ids)
        ).order_by(ActivityAgreement.id):
            result[r["activity"]].append(r["agreement"])
    return result


async def link_rows(activity_ids: Iterable[int]) -> list[dict[str, Any]]:
    """(activity, agreement, agreement_status, supplier, supplier_name, country, transfer_mechanism,
    security_standard) per link: one query."""
    ids = list(activity_ids)
    if not ids:
        return []
    return await ActivityAgreement.select(
        ActivityAgreement.activity, ActivityAgreement.agreement,
        ActivityAgreement.agreement.status.as_alias("agreement_status"),
        ActivityAgreement.agreement.supplier.as_alias("supplier"),
        ActivityAgreement.agreement._.supplier._.name.as_alias("supplier_name"),
        ActivityAgreement.agreement._.supplier._.country.as_alias("country"),
        ActivityAgreement.agreement.transfer_mechanism.as_alias("transfer_mechanism"),
        ActivityAgreement.agreement.security_standard.as_alias("security_standard"),
    ).where(ActivityAgreement.activity.is_in(ids)).order_by(ActivityAgreement.id)


async def chains(supplier_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
    """The sub-processors below each supplier, whole chains: one query for the links of
    the suppliers' registers. Each sub-processor once, nearest first."""
    roots = list(dict.fromkeys(supplier_ids))
    if not roots:
        return {}
    scopes = [r["scope"] for r in await Supplier.select(Supplier.scope).where(Supplier.id.is_in(roots))]
    edges: dict[int, list[dict[str, Any]]] = {}
    for row in await SubprocessorLink.select(
        SubprocessorLink.supplier, SubprocessorLink.subprocessor, SubprocessorLink.country,
        SubprocessorLink.subprocessor.name.as_alias("name"),
    ).where(SubprocessorLink.supplier.scope.is_in(list(dict.fromkeys(scopes)))).order_by(SubprocessorLink.id):
        edges.setdefault(row["supplier"], []).append(row)
    result: dict[int, list[dict[str, Any]]] = {}
    for root in roots:
        found: list[dict[str, Any]] = []
        seen, frontier = {root}, [root]
        while frontier:
            current = frontier.pop(0)
            for edge in edges.get(current, []):
                if edge["subprocessor"] in seen:
                    continue
                seen.add(edge["subprocessor"])
                frontier.append(edge["subprocessor"])
                found.append({"supplier_id": edge["subprocessor"], "name": edge["name"], "country": edge["country"],
                              "in_eea": identifiers.in_eea(edge["country"]), "via_supplier_id": current})
        result[root] = found
    return result


async def processors_of(activity_ids: Iterable[int], links: list[dict[str, Any]] | None = None
                        ) -> dict[int, list[ProcessorOut]]:
    """The processors (suppliers of linked agreements) and their sub-processors per activity."""
    ids = list(activity_ids)
    links = await link_rows(ids) if links is None else links
    below = await chains(r["supplier"] for r in links)
    result: dict[int, list[ProcessorOut]] = {i: [] for i in ids}
    for activity_id in ids:
        seen: set[tuple[str, int]] = set()
        for link in (r for r in links if r["activity"] == activity_id):
            if ("processor", link["supplier"]) not in seen:
                seen.add(("processor", link["supplier"]))
                result[activity_id].append(ProcessorOut(
                    supplier_id=link["supplier"], name=link["supplier_name"], country=link["country"],
                    in_eea=identifiers.in_eea(link["country"]), role="processor", agreement_id=link["agreement"],
                ))
            for sub in below.get(link["supplier"], []):
                if ("subprocessor", sub["supplier_id"]) not in seen:
                    seen.add(("subprocessor", sub["supplier_id"]))
                    result[activity_id].append(ProcessorOut(role="subprocessor", **sub))
    return result


def activity_out(row: dict[str, Any], links: list[dict[str, Any]], processors: list[ProcessorOut],
                 names: dict[str, str]) -> ActivityOut:
    """An activity with what its links give: agreements, processors, safeguards, standards."""
    fields = {k: row[k] for k in ActivityOut.__struct_fields__ if k in row}
    fields.update(
        controller=row["scope"], controller_name=names.get(row["scope"], row["scope"]),
        agreement_ids=list(dict.fromkeys(r["agreement"] for r in links)), processors=processors,
        outside_eea=any(not p.in_eea for p in processors),
        transfer_safeguards=sorted({r["transfer_mechanism"] for r in links if r["transfer_mechanism"]}),
        security_standards=sorted({r["security_standard"] for r in links if r["security_standard"]}),
    )
    return msgspec.convert(fields, ActivityOut)


async def outputs(rows: list[dict[str, Any]]) -> list[ActivityOut]:
    """The activities of these rows with everything derived: five queries whatever their number."""
    ids = [r["id"] for r in rows]
    links = await link_rows(ids)
    processors = await processors_of(ids, links)
    names = await register.controller_names({r["scope"] for r in rows})
    return [activity_out(r, [link for link in links if link["activity"] == r["id"]], processors[r["id"]], names)
            for r in rows]


async def get_activity(record_id: int, principal: Principal) -> ActivityOut:
    return (await outputs([await crud.fetch(ACTIVITY, record_id, principal)]))[0]


async def activity_rows(principal: Principal, controller: str | None = None,
                        ids: Sequence[int] | None = None) -> list[dict[str, Any]]:
    query = ProcessingActivity.select()
    if (scoped := ACTIVITY.scoped(principal)) is not None:
        query = query.where(scoped)
    if controller:
        query = query.where(ProcessingActivity.scope == controller)
    if ids is not None:
        query = query.where(ProcessingActivity.id.is_in(list(ids) or [0]))
    return [ACTIVITY.decode(r) for r in await query.order_by(ProcessingActivity.name).order_by(ProcessingActivity.id)]


async def list_activities(principal: Principal, controller: str | None = None) -> list[ActivityOut]:
    """The register in the caller's scope, by name: six queries whatever its length."""
    return await outputs(await activity_rows(principal, controller))
