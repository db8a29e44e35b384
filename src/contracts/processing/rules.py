"""The rules of the processing register and of rights requests, as small pure functions.

- The answer term (Art. 12(3)): one calendar month after receipt, extended by at most two
  months. Months are calendar months: 31 January + 1 month = 28 (29) February.
- Tasks (Art. 19, Art. 28(3)(e)): one per processor taking part in the request's
  activities, with the activities it serves, their data categories and the processor's
  sub-processors (which it must pass the request on to). For erasure, an activity with a
  legal retention term (``retention_years``) stands in the way (Art. 17(3)(b)).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from dateutil.relativedelta import relativedelta

from suppliers import identifiers

#: Days before the due date a request is flagged as due soon.
DUE_SOON_DAYS = 7
#: Days after which a processor's unconfirmed task is flagged.
TASK_WAIT_DAYS = 14

LEGAL_BASIS_NL = {
    "consent": "toestemming (art. 6 lid 1 sub a AVG)",
    "contract": "uitvoering van een overeenkomst (art. 6 lid 1 sub b AVG)",
    "legal_obligation": "wettelijke verplichting (art. 6 lid 1 sub c AVG)",
    "vital_interests": "vitaal belang (art. 6 lid 1 sub d AVG)",
    "public_task": "taak van algemeen belang of openbaar gezag (art. 6 lid 1 sub e AVG)",
    "legitimate_interests": "gerechtvaardigd belang (art. 6 lid 1 sub f AVG)",
}
KIND_NL = {
    "access": "inzage", "rectification": "rectificatie", "erasure": "verwijdering",
    "restriction": "beperking", "objection": "bezwaar",
}
#: Per kind of request: the GDPR article, and what a processor is asked to do (Dutch).
ARTICLE_NL = {
    "access": "artikel 15 AVG", "rectification": "artikel 16 AVG", "erasure": "artikel 17 AVG",
    "restriction": "artikel 18 AVG", "objection": "artikel 21 AVG",
}
PROCESSOR_ACTION_NL = {
    "access": "ons een overzicht te sturen van de gegevens die u over deze inwoner verwerkt, met hun herkomst",
    "rectification": "de gegevens te verbeteren of aan te vullen zoals wij u apart laten weten",
    "restriction": "de gegevens af te schermen: bewaar ze, maar gebruik ze niet meer tot wij u anders laten weten",
    "objection": "de verwerking van deze gegevens te staken tot wij u laten weten hoe wij op het bezwaar beslissen",
}
DPIA_NL = {"not_needed": "niet nodig", "planned": "gepland", "done": "uitgevoerd"}


def due_on(received_on: dt.date, extension_months: int = 0) -> dt.date:
    """The last day to answer: received + one calendar month (+ the extension)."""
    return received_on + relativedelta(months=1 + extension_months)


def holds_bsn(text: str) -> bool:
    """Whether a text holds a nine-digit number that passes the eleven-test (a BSN, likely)."""
    return any(identifiers.rsin_valid(run) for run in re.findall(r"(?<!\d)\d{9}(?!\d)", text))


REFERENCE_BSN = "Dit lijkt een BSN. Leg alleen het eigen zaaknummer vast, geen gegevens van de inwoner."


def ordered_union(lists: Iterable[Iterable[str]]) -> list[str]:
    """Every value once, in order of first appearance, compared without case."""
    seen: dict[str, str] = {}
    for values in lists:
        for value in values:
            seen.setdefault(value.strip().casefold(), value.strip())
    return list(seen.values())


def categories(activity: Mapping[str, Any]) -> list[str]:
    """The activity's data categories, special categories and the BSN, as one list."""
    extra = ["BSN"] if activity.get("uses_bsn") else []
    return ordered_union([activity.get("data_categories") or [], activity.get("special_categories") or [], extra])


def has_retention_duty(activity: Mapping[str, Any]) -> bool:
    return bool(activity.get("retention_years"))


def retention_hold(activity: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "activity_id": activity["id"], "name": activity["name"], "retention": activity.get("retention") or "",
        "retention_years": activity.get("retention_years"),
        "legal_basis_detail": activity.get("legal_basis_detail") or "",
    }


def build_tasks(
    kind: str,
    activities: Sequence[Mapping[str, Any]],
    links: Sequence[Mapping[str, Any]],
    chains: Mapping[int, list[dict[str, Any]]],
) -> list[dict[str, Any]]:
    """One task per processor, in order of name.

    ``links`` are rows (activity, agreement, agreement_status, supplier, supplier_name);
    ``chains`` the sub-processors per supplier. When a processor takes part under several
    agreements, the task names its signed one with the highest id (the newest).
    """
    by_id = {a["id"]: a for a in activities}
    per_supplier: dict[int, list[Mapping[str, Any]]] = {}
    for link in links:
        if link["activity"] in by_id:
            per_supplier.setdefault(link["supplier"], []).append(link)
    tasks = []
    for supplier_id, rows in per_supplier.items():
        chosen = max(rows, key=lambda r: (r["agreement_status"] == "signed", r["agreement"]))
        activity_ids = sorted({r["activity"] for r in rows})
        served = [by_id[i] for i in activity_ids]
        holds = [retention_hold(a) for a in served if has_retention_duty(a)] if kind == "erasure" else []
        tasks.append({
            "supplier": supplier_id, "supplier_name": chosen["supplier_name"], "agreement": chosen["agreement"],
            "activity_ids": activity_ids, "data_categories": ordered_union(categories(a) for a in served),
            "subprocessors": chains.get(supplier_id, []), "retention_holds": holds,
        })
    return sorted(tasks, key=lambda t: (t["supplier_name"].casefold(), t["supplier"]))


def annex_difference(
    agreement_categories: Sequence[str], activity_categories: Sequence[str]
) -> tuple[list[str], list[str]]:
    """(in the activities but not the agreement, in the agreement but no activity), without case."""
    ours = {c.casefold() for c in agreement_categories}
    theirs = {c.casefold() for c in activity_categories}
    return ([c for c in activity_categories if c.casefold() not in ours],
            [c for c in agreement_categories if c.casefold() not in theirs])
