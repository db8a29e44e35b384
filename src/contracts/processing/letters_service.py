"""The letters of a rights request, filled from the register and rendered from the shipped
templates by the sandboxed environment of ``templates`` (``render_mapping``).

- ``access_reply``: the answer to an access request, per activity its purpose, data,
  legal ground, recipients, processors, retention and source.
- ``erasure_processor-<task id>``: per processor, the request to erase (or, where a legal
  retention term applies, to keep shielded) under the agreement's assistance clause.
- ``erasure_reply``: the answer to the resident, where data was erased and where the law
  requires keeping it.
- ``processor_request-<task id>``: for the other kinds, per processor, the request to
  assist: an overview (access), correct (rectification), shield (restriction) or stop
  (objection), passed on to its sub-processors (Art. 19, Art. 28(3)(e)).
"""

from __future__ import annotations

import re
from typing import Any

from contracts.processing import rules
from contracts.processing.activities import activity_rows, check_manager, processors_of
from contracts.processing.letters import letter_template
from contracts.processing.requests import REQUEST, letter_names, tasks_of
from contracts.processing.schemas import TaskOut
from contracts.tables import Agreement
from core import NotFound, Principal, crud, today
from suppliers import queries as register
from templates import render_mapping


def _join(values: list[str]) -> str:
    return ", ".join(values) if values else "geen"


async def _activities(request: dict[str, Any], principal: Principal) -> list[dict[str, Any]]:
    rows = await activity_rows(principal, ids=request["activity_ids"])
    processors = await processors_of([r["id"] for r in rows])
    result = []
    for row in rows:
        own = processors[row["id"]]
        names = [p.name for p in own if p.role == "processor"]
        result.append({
            "id": row["id"], "name": row["name"], "purpose": row["purpose"] or "niet vastgelegd",
            "categories": _join(rules.categories(row)), "legal_basis": rules.LEGAL_BASIS_NL[row["legal_basis"]],
            "legal_basis_detail": row["legal_basis_detail"], "recipients": _join(row["recipients"]),
            "processors": ", ".join(names), "retention": row["retention"] or "niet vastgelegd",
            "retention_years": row["retention_years"], "source": row["source"] or "niet vastgelegd",
            "outside_eea": any(not p.in_eea for p in own),
            "processor_names": _join(names) if names else "geen; wij verwerken deze gegevens zelf",
        })
    return result


async def _agreement(task: TaskOut) -> dict[str, Any]:
    if task.agreement_id is None:
        return {"title": "onze verwerkersovereenkomst", "reference": ""}
    row = await Agreement.select(Agreement.title, Agreement.reference).where(Agreement.id == task.agreement_id).first()
    return row or {"title": "onze verwerkersovereenkomst", "reference": ""}


async def render_letter(record_id: int, letter: str, principal: Principal) -> tuple[str, bytes]:
    """(file name, .docx) of one of the request's letters; 404 for a letter it has not."""
    check_manager(principal)
    request = await crud.fetch(REQUEST, record_id, principal)
    tasks = (await tasks_of([record_id]))[record_id]
    if letter not in letter_names(request["kind"], tasks):
        raise NotFound("Brief")
    names = await register.controller_names({request["scope"]})
    activities = await _activities(request, principal)
    values: dict[str, Any] = {
        "controller": {"name": names.get(request["scope"], request["scope"]), "code": request["scope"]},
        "request": {"reference": request["reference"], "received_on": request["received_on"],
                    "due_on": request["due_on"], "kind": rules.KIND_NL[request["kind"]],
                    "article": rules.ARTICLE_NL[request["kind"]],
                    "action": rules.PROCESSOR_ACTION_NL.get(request["kind"], "")},
        "today": today(), "activities": activities,
    }
    template, _, task_id = letter.partition("-")
    if task_id:
        task = next(t for t in tasks if str(t.id) == task_id)
        served = [a for a in activities if a["id"] in task.activity_ids]
        held = {h.activity_id for h in task.retention_holds}
        values.update(
            supplier={"name": task.supplier_name}, agreement=await _agreement(task), served=served,
            erase=[a for a in served if a["id"] not in held], keep=[a for a in served if a["id"] in held],
            subprocessors=[{"name": s.name, "country": s.country, "in_eea": s.in_eea} for s in task.subprocessors],
        )
    elif template == "erasure_reply":
        values.update(erased=[a for a in activities if not a["retention_years"]],
                      kept=[a for a in activities if a["retention_years"]])
    stem = re.sub(r"[^A-Za-z0-9-]+", "-", request["reference"]).strip("-") or str(record_id)
    return f"{letter.replace('_', '-')}-{stem}.docx", render_mapping(letter_template(template), values)
