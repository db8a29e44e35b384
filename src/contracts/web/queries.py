"""Reads only the web pages need: open findings, the FG's queue, controller choices."""

from __future__ import annotations

import datetime as dt
from typing import Any

from piccolo.columns.combination import Where
from piccolo.query.functions.aggregate import Max

from contracts.tables import Agreement, Finding, Transition
from core import NotFound, Principal, crud
from suppliers import Arrangement, Municipality, list_suppliers, members_of
from suppliers import identifiers as ids
from suppliers import queries as supplier_queries


def _open() -> list[Where]:
    return [Finding.decision.is_null(), Finding.superseded.eq(False)]


def _in_scope(column: Any, principal: Principal) -> list[Where]:
    scopes = crud.scope_values(principal)
    return [] if scopes is None else [column.is_in(scopes)]


async def open_finding_agreement_ids(principal: Principal) -> set[int]:
    """Ids of the agreements (in the user's scope) with an open finding: one query."""
    query = Finding.select(Finding.agreement).distinct().where(*_open(), *_in_scope(Finding.agreement.scope, principal))
    return {r["agreement"] for r in await query}


async def controller_options(principal: Principal) -> list[tuple[str, str]]:
    """(code, name) of the municipalities and arrangements the user may choose, by name."""
    scopes = principal.scope_filter()
    if scopes is not None:
        names = await supplier_queries.controller_names(set(scopes))
        return sorted(((c, names.get(c, c)) for c in scopes), key=lambda item: item[1].lower())
    rows = [(r["cbs_code"], r["name"]) for r in await Municipality.select(Municipality.cbs_code, Municipality.name)]
    rows += [(r["slug"], r["name"]) for r in await Arrangement.select(Arrangement.slug, Arrangement.name)]
    return sorted(rows, key=lambda item: item[1].lower())


async def chosen_controller_and_supplier(
    principal: Principal, controller: str, supplier_id: int | None
) -> tuple[list[tuple[str, str]], str, list[dict[str, Any]], int | None]:
    """What a "new" form (agreement, incident) starts from: the controllers the user may choose,
    the chosen one (the only one when there is one), its suppliers, and the supplier when it
    belongs to them. A controller outside the user's scope is "not found"."""
    controllers = await controller_options(principal)
    if not controller and len(controllers) == 1:
        controller = controllers[0][0]
    if controller and not principal.sees(controller):
        raise NotFound("Gemeente of samenwerkingsverband")
    suppliers = (await list_suppliers(principal, None, None, None, controller, 1, 200)).items if controller else []
    if supplier_id is not None and not any(s["id"] == supplier_id for s in suppliers):
        supplier_id = None
    return controllers, controller, suppliers, supplier_id


async def arrangement_members(scope: str) -> list[dict[str, Any]]:
    """An arrangement's member municipalities (code, name, whether a member today), by
    name; empty for a municipality: the choices of an agreement's "on behalf of"."""
    if ids.CBS_CODE.match(scope):
        return []
    row = await Arrangement.select(Arrangement.id).where(Arrangement.slug == scope).first()
    return (await members_of([row["id"]])).get(row["id"], []) if row else []


async def review_queue(principal: Principal, today: dt.date) -> list[dict[str, Any]]:
    """Agreements in review, oldest first, with the days since they last went into review."""
    rows = await Agreement.select(
        Agreement.id, Agreement.title, Agreement.reference, Agreement.scope,
        Agreement.supplier.name.as_alias("supplier_name"), Agreement.updated_at,
    ).where(Agreement.status == "in_review", *_in_scope(Agreement.scope, principal))
    since: dict[int, dt.datetime] = {}
    if rows:
        for row in await Transition.select(Transition.agreement, Max(Transition.at, alias="since")).where(
            Transition.agreement.is_in([r["id"] for r in rows]), Transition.to_status == "in_review"
        ).group_by(Transition.agreement):
            since[row["agreement"]] = row["since"]
    names = await supplier_queries.controller_names({r["scope"] for r in rows})
    for row in rows:
        row["since"] = _as_datetime(since.get(row["id"]) or row["updated_at"])
        row["days"] = (today - row["since"].date()).days
        row["controller_name"] = names.get(row["scope"], row["scope"])
    return sorted(rows, key=lambda r: (r["since"], r["id"]))


async def open_findings_queue(principal: Principal) -> list[dict[str, Any]]:
    """Open findings of the user's agreements, oldest first: one query."""
    return await Finding.select(
        Finding.id, Finding.key, Finding.tier, Finding.status, Finding.reason,
        Finding.agreement.as_alias("agreement_id"), Finding.agreement.title.as_alias("agreement_title"),
        Finding.agreement.scope.as_alias("scope"), Finding.scan.created_at.as_alias("found_at"),
    ).where(*_open(), *_in_scope(Finding.agreement.scope, principal)).order_by(Finding.id)


def by_agreement(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Findings grouped per agreement (in the order of their oldest finding), with counts:
    the FG's queue reads one line per agreement, not one per finding."""
    groups: dict[int, dict[str, Any]] = {}
    for finding in findings:
        group = groups.setdefault(finding["agreement_id"], {
            "agreement_id": finding["agreement_id"], "title": finding["agreement_title"],
            "scope": finding["scope"], "findings": [], "mandatory_missing": 0, "weak": 0, "recommended": 0,
        })
        group["findings"].append(finding)
        if finding["tier"] == "recommended":
            group["recommended"] += 1
        elif finding["status"] == "missing":
            group["mandatory_missing"] += 1
        else:
            group["weak"] += 1
    return list(groups.values())


def _as_datetime(value: Any) -> dt.datetime:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value
