"""Residents' rights requests: record one, derive its due date and its tasks (one per
processor), extend the term, confirm the tasks as processors answer.

Requests hold the municipality's case reference only. They are read and written by admin,
the FG and procurement of the controller's scope (403 for other roles); a request outside
the caller's scope answers 404. Every write runs in one transaction with its audit event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import msgspec

from contracts.processing import rules
from contracts.processing.activities import activity_rows, chains, check_manager, link_rows
from contracts.processing.schemas import (
    RightsRequestCreate,
    RightsRequestOut,
    RightsRequestUpdate,
    TaskConfirm,
    TaskOut,
)
from contracts.processing.tables import ProcessingActivity, RightsRequest, RightsTask
from contracts.services import controller_kind
from core import Invalid, NotFound, Principal, audit, crud, require_scope, today, write_transaction
from suppliers import updates

REQUEST = crud.Resource(RightsRequest, "rights_request", "Verzoek", RightsRequest.scope, ("activity_ids",))
TASK_JSON = ("activity_ids", "data_categories", "subprocessors", "retention_holds")


async def _activity_ids(data: RightsRequestCreate, principal: Principal) -> list[int]:
    """The named activities (each of this controller, else "not found"), or all of them."""
    rows = await ProcessingActivity.select(ProcessingActivity.id).where(ProcessingActivity.scope == data.controller)
    own = [r["id"] for r in rows]
    if not data.activity_ids:
        return sorted(own)
    errors = {f"activity_ids[{i}]": "Verwerkingsactiviteit niet gevonden bij deze verwerkingsverantwoordelijke."
              for i, a in enumerate(data.activity_ids) if a not in own}
    if errors:
        raise Invalid(errors)
    return sorted(set(data.activity_ids))


async def derive_tasks(kind: str, activity_ids: Sequence[int], principal: Principal) -> list[dict[str, Any]]:
    activities = await activity_rows(principal, ids=activity_ids)
    links = await link_rows(activity_ids)
    below = await chains(r["supplier"] for r in links)
    refs = {s: [{k: sub[k] for k in ("supplier_id", "name", "country", "in_eea")} for sub in subs]
            for s, subs in below.items()}
    return rules.build_tasks(kind, activities, links, refs)


async def create_request(data: RightsRequestCreate, principal: Principal) -> int:
    check_manager(principal)
    scope = data.controller
    require_scope(principal, scope)
    if data.received_on > today():
        raise Invalid({"received_on": "Deze datum ligt in de toekomst."})
    if rules.holds_bsn(data.reference):
        raise Invalid({"reference": rules.REFERENCE_BSN})
    async with write_transaction():
        if await controller_kind(scope) is None:
            raise Invalid({"controller": f"{scope} is geen gemeente of samenwerkingsverband in het register."})
        activity_ids = await _activity_ids(data, principal)
        tasks = await derive_tasks(data.kind, activity_ids, principal)
        values = {
            "scope": scope, "kind": data.kind, "received_on": data.received_on, "reference": data.reference,
            "activity_ids": activity_ids, "due_on": rules.due_on(data.received_on),
            "closed_on": None if tasks else today(),
        }
        record_id = await crud.insert(REQUEST, values, principal, scope=scope)
        if tasks:
            await RightsTask.insert(*[RightsTask(request=record_id, **task) for task in tasks])
            await audit.record(
                actor=principal.email, action="tasks", entity=REQUEST.entity, entity_id=record_id, scope=scope,
                changes={"tasks": [None, [{"supplier": t["supplier"], "agreement": t["agreement"],
                                           "activity_ids": t["activity_ids"]} for t in tasks]]},
            )
        return record_id


async def update_request(record_id: int, data: RightsRequestUpdate, principal: Principal,
                         if_match: int | None) -> None:
    """Change the reference, or extend the term by up to two months (Art. 12(3)): with a
    reason, while the request is open and within its first month."""
    check_manager(principal)
    changes = updates(data)
    async with write_transaction():
        row = await crud.fetch_for_write(REQUEST, record_id, principal, if_match)
        merged = {**row, **changes}
        errors: dict[str, str] = {}
        if rules.holds_bsn(changes.get("reference", "")):
            errors["reference"] = rules.REFERENCE_BSN
        if "extension_months" in changes and changes["extension_months"] != row["extension_months"]:
            if row["closed_on"] is not None:
                errors["extension_months"] = "Dit verzoek is al afgehandeld."
            elif today() > rules.due_on(row["received_on"]):
                errors["extension_months"] = ("Een verlenging moet binnen de eerste maand na ontvangst aan de "
                                              "inwoner gemeld worden; die maand is voorbij.")
        if merged["extension_months"] and not str(merged.get("extension_reason") or "").strip():
            errors["extension_reason"] = "Geef de reden van de verlenging (complexiteit of aantal verzoeken)."
        if errors:
            raise Invalid(errors)
        changes["due_on"] = rules.due_on(row["received_on"], merged["extension_months"])
        await crud.update(REQUEST, row, changes, principal)


async def confirm_task(record_id: int, task_id: int, data: TaskConfirm, principal: Principal) -> None:
    """Record a processor's answer; the request closes with its last confirmation."""
    check_manager(principal)
    async with write_transaction():
        row = await crud.fetch_for_write(REQUEST, record_id, principal, None)
        tasks = await RightsTask.select().where(RightsTask.request == record_id)
        task = next((t for t in tasks if t["id"] == task_id), None)
        if task is None:
            raise NotFound("Taak")
        if task["confirmed_on"] is not None:
            raise Invalid({"confirmed_on": "Deze taak is al bevestigd."})
        if data.confirmed_on > today():
            raise Invalid({"confirmed_on": "Deze datum ligt in de toekomst."})
        if data.confirmed_on < row["received_on"]:
            raise Invalid({"confirmed_on": "Deze datum ligt voor de ontvangst van het verzoek."})
        await RightsTask.update(
            {RightsTask.confirmed_on: data.confirmed_on, RightsTask.remark: data.remark,
             RightsTask.confirmed_by: principal.email}
        ).where(RightsTask.id == task_id)
        confirmed = [t["confirmed_on"] for t in tasks if t["id"] != task_id] + [data.confirmed_on]
        changes = {"closed_on": max(confirmed)} if all(confirmed) else {}
        await crud.update(REQUEST, row, changes, principal, action="confirm", extra_changes={
            "task": {"id": task_id, "supplier": task["supplier"], "confirmed_on": data.confirmed_on.isoformat(),
                     "remark": data.remark},
        })


def task_out(row: dict[str, Any]) -> TaskOut:
    for name in TASK_JSON:
        if isinstance(row.get(name), str):
            row[name] = msgspec.json.decode(row[name])
    return msgspec.convert({**row, "supplier_id": row["supplier"], "agreement_id": row["agreement"]}, TaskOut)


def letter_names(kind: str, tasks: list[TaskOut]) -> list[str]:
    """The reply to the resident (access, erasure) and one letter per processor."""
    if kind == "erasure":
        return ["erasure_reply", *(f"erasure_processor-{t.id}" for t in tasks)]
    return [*(["access_reply"] if kind == "access" else []), *(f"processor_request-{t.id}" for t in tasks)]


def request_out(row: dict[str, Any], tasks: list[TaskOut]) -> RightsRequestOut:
    fields = {k: row[k] for k in RightsRequestOut.__struct_fields__ if k in row}
    closed: dt.date | None = row["closed_on"]
    fields.update(
        controller=row["scope"], tasks=tasks, status="open" if closed is None else "closed",
        answered_on_time=None if closed is None else closed <= row["due_on"],
        letters=[f"/api/v1/rights-requests/{row['id']}/letters/{name}" for name in letter_names(row["kind"], tasks)],
    )
    return msgspec.convert(fields, RightsRequestOut)


async def tasks_of(request_ids: Sequence[int]) -> dict[int, list[TaskOut]]:
    result: dict[int, list[TaskOut]] = {i: [] for i in request_ids}
    if request_ids:
        for r in await RightsTask.select().where(RightsTask.request.is_in(list(request_ids))).order_by(
            RightsTask.id
        ):
            result[r["request"]].append(task_out(r))
    return result


async def get_request(record_id: int, principal: Principal) -> RightsRequestOut:
    check_manager(principal)
    row = await crud.fetch(REQUEST, record_id, principal)
    return request_out(row, (await tasks_of([record_id]))[record_id])


async def list_requests(principal: Principal, controller: str | None = None,
                        status: str | None = None) -> list[RightsRequestOut]:
    """Requests in the caller's scope, the soonest due first: two queries."""
    check_manager(principal)
    query = RightsRequest.select()
    if (scoped := REQUEST.scoped(principal)) is not None:
        query = query.where(scoped)
    if controller:
        query = query.where(RightsRequest.scope == controller)
    if status == "open":
        query = query.where(RightsRequest.closed_on.is_null())
    elif status == "closed":
        query = query.where(RightsRequest.closed_on.is_not_null())
    rows = [REQUEST.decode(r) for r in await query.order_by(RightsRequest.due_on).order_by(RightsRequest.id)]
    tasks = await tasks_of([r["id"] for r in rows])
    return [request_out(r, tasks[r["id"]]) for r in rows]


async def request_counts(scope: str, year: int, on: dt.date | None = None) -> dict[str, int]:
    """Counts for the board overview, without the requests: received in the year, closed
    by their due date, closed late, and open (of any year) past their due date."""
    rows = await RightsRequest.select(RightsRequest.received_on, RightsRequest.due_on, RightsRequest.closed_on).where(
        RightsRequest.scope == scope
    )
    in_year = [r for r in rows if r["received_on"].year == year]
    on_time = [r for r in in_year if r["closed_on"] is not None and r["closed_on"] <= r["due_on"]]
    late = [r for r in in_year if r["closed_on"] is not None and r["closed_on"] > r["due_on"]]
    overdue = [r for r in rows if r["closed_on"] is None and r["due_on"] < (on or today())]
    return {"received": len(in_year), "answered_on_time": len(on_time), "answered_late": len(late),
            "overdue": len(overdue)}
