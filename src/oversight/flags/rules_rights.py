"""Flags of residents' rights requests and of the processing register.

- ``rights_request_due``: an open request within ``DUE_SOON_DAYS`` of its due date
  (warning) or past it (critical, "te laat"). Leaves when the request closes.
- ``rights_task_unconfirmed``: a processor's task not confirmed ``TASK_WAIT_DAYS`` after
  the request came in: warning, critical once the request itself is overdue.
- ``annex_mismatch``: an agreement (not ended) whose linked activities process data
  categories its processing description does not name. Warning, no deadline.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import msgspec

from contracts import processing_annex, rights_rules
from core import datum
from oversight.flags.engine import FlagContext, Sql, as_date
from oversight.flags.types import Flag


def _kind(kind: str) -> str:
    return rights_rules.KIND_NL.get(kind, "verzoek")


async def request_due_flags(ctx: FlagContext) -> list[Flag]:
    """Open requests nearing or past their due date."""
    sql = Sql("SELECT r.id, r.scope, r.kind, r.reference, r.due_on FROM rights_request r"
              " WHERE r.closed_on IS NULL AND r.due_on <= {}", ctx.on + dt.timedelta(days=rights_rules.DUE_SOON_DAYS))
    ctx.scoped(sql, "r.scope")
    flags = []
    for request_id, scope, kind, reference, due_on in await sql.tuples():
        due = as_date(due_on)
        assert due is not None
        late = due < ctx.on
        what = f"Het verzoek om {_kind(kind)} {reference}"
        message = (f"Te laat: {what} had uiterlijk {datum(due)} beantwoord moeten zijn (art. 12 lid 3 AVG)."
                   if late else f"{what} moet uiterlijk {datum(due)} beantwoord zijn; verleng zo nodig met reden.")
        flags.append(Flag(
            uid=f"rights-due:rights_request:{request_id}:{due.isoformat()}", kind="rights_request_due",
            severity="critical" if late else "warning", subject_type="rights_request", subject_id=request_id,
            controller=scope, due=due, message=message, link=f"/rights-requests/{request_id}",
        ))
    return flags


async def task_flags(ctx: FlagContext) -> list[Flag]:
    """Processors that did not confirm their part of a request in time."""
    sql = Sql(
        "SELECT t.id, t.request, t.supplier_name, r.scope, r.kind, r.reference, r.received_on, r.due_on"
        " FROM rights_request_task t JOIN rights_request r ON r.id = t.request"
        " WHERE t.confirmed_on IS NULL AND r.closed_on IS NULL AND r.received_on <= {}",
        ctx.on - dt.timedelta(days=rights_rules.TASK_WAIT_DAYS),
    )
    ctx.scoped(sql, "r.scope")
    flags = []
    for task_id, request_id, supplier, scope, kind, reference, received_on, due_on in await sql.tuples():
        received, due = as_date(received_on), as_date(due_on)
        assert received is not None and due is not None
        wait = received + dt.timedelta(days=rights_rules.TASK_WAIT_DAYS)
        flags.append(Flag(
            uid=f"rights-task:rights_request:{request_id}:{task_id}", kind="rights_task_unconfirmed",
            severity="critical" if due < ctx.on else "warning", subject_type="rights_request",
            subject_id=request_id, controller=scope, due=wait,
            message=(f"{supplier} heeft het verzoek om {_kind(kind)} {reference} nog niet bevestigd; "
                     f"vraag het na (antwoord aan de inwoner uiterlijk {datum(due)})."),
            link=f"/rights-requests/{request_id}",
        ))
    return flags


def _json(value: Any) -> Any:
    return msgspec.json.decode(value) if isinstance(value, str | bytes) else value


async def annex_flags(ctx: FlagContext) -> list[Flag]:
    """Agreements whose description misses data categories of their linked activities."""
    sql = Sql(
        "SELECT a.id, a.scope, a.title, a.personal_data, p.id, p.data_categories, p.special_categories"
        " FROM processing_activity_agreement l JOIN agreement a ON a.id = l.agreement"
        " JOIN processing_activity p ON p.id = l.activity WHERE a.status <> 'ended'"
    )
    ctx.scoped(sql, "a.scope")
    agreements: dict[int, dict[str, Any]] = {}
    for agreement_id, scope, title, personal_data, activity_id, categories, special in await sql.tuples():
        entry = agreements.setdefault(agreement_id, {"id": agreement_id, "scope": scope, "title": title,
                                                     "personal_data": _json(personal_data), "activities": []})
        entry["activities"].append({"id": activity_id, "data_categories": _json(categories),
                                    "special_categories": _json(special)})
    flags = []
    for entry in agreements.values():
        check = processing_annex.check(entry, entry["activities"])
        if not check.missing_in_agreement:
            continue
        flags.append(Flag(
            uid=f"annex-mismatch:agreement:{entry['id']}", kind="annex_mismatch", severity="warning",
            subject_type="agreement", subject_id=entry["id"], controller=entry["scope"], due=None,
            message=(f"De beschrijving van de verwerking in {entry['title']} noemt niet alle gegevens van de "
                     f"gekoppelde verwerkingen: {', '.join(check.missing_in_agreement)}."),
            link=f"/agreements/{entry['id']}",
        ))
    return flags


RULES = [
    (frozenset({"rights_request_due"}), request_due_flags),
    (frozenset({"rights_task_unconfirmed"}), task_flags),
    (frozenset({"annex_mismatch"}), annex_flags),
]
