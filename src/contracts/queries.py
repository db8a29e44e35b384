"""Reads of agreements: filtered, paged lists in a fixed number of queries."""

from __future__ import annotations

from typing import Any

import msgspec
from piccolo.query import Select

from contracts.rules import allowed_steps
from contracts.schemas import AgreementDetail, AgreementOut, TransitionOut
from contracts.services import AGREEMENT, links_of, transitions_of
from contracts.tables import Agreement, Finding
from core import Bound, Condition, Principal, crud
from suppliers import Supplier, ilike_pattern, like_pattern
from suppliers import queries as supplier_queries

COLUMNS = [*Agreement.all_columns(), Agreement.supplier.name.as_alias("supplier_name")]
AGREEMENTS = crud.Listing(AGREEMENT, COLUMNS, [Agreement.title, Agreement.id])


def _open_findings() -> Select:
    return Finding.select(Finding.agreement).where(Finding.decision.is_null(), Finding.superseded.eq(False))


WITH_OPEN_FINDINGS = Condition(lambda: Agreement.id.is_in(_open_findings()), "with open findings")
WITHOUT_OPEN_FINDINGS = Condition(lambda: Agreement.id.not_in(_open_findings()), "without open findings")
#: Title and reference ignore case; the supplier's name is matched on its folded search
#: text, so it also ignores accents ("zoe" finds "Zoë Diensten").
SEARCH = Condition(
    lambda terms: (
        Agreement.title.ilike(terms[0])
        | Agreement.reference.ilike(terms[0])
        | Agreement.supplier.search_text.like(terms[1])
    ),
    "agreement search",
)
WITH_STATUS = Condition(lambda status: Agreement.status == status, "agreement status")
OF_CONTROLLER = Condition(lambda scope: Agreement.scope == scope, "agreement controller")
WITH_SUPPLIER = Condition(lambda supplier: Agreement.supplier == supplier, "agreement supplier")


def agreement_out(row: dict[str, Any], links: dict[str, list[int]], names: dict[str, str]) -> dict[str, Any]:
    fields = {k: row[k] for k in AgreementOut.__struct_fields__ if k in row}
    fields.update(
        controller=row["scope"],
        controller_name=names.get(row["scope"], row["scope"]),
        supplier_id=row["supplier"],
        supplier_name=row.get("supplier_name") or "",
        product_ids=sorted(links.get("product_ids", [])),
        subprocessor_ids=sorted(links.get("subprocessor_ids", [])),
        signatories=row.get("signatories") or {},
    )
    return fields


async def list_agreements(
    principal: Principal,
    *,
    q: str | None,
    status: str | None,
    controller: str | None,
    supplier_id: int | None,
    page: int,
    page_size: int,
    open_findings: bool | None = None,
) -> tuple[crud.Page, list[AgreementOut]]:
    conditions: list[Bound] = []
    if open_findings is not None:
        conditions.append(WITH_OPEN_FINDINGS() if open_findings else WITHOUT_OPEN_FINDINGS())
    if term := ilike_pattern(q):
        conditions.append(SEARCH([term, like_pattern(q) or "%"]))
    if status:
        conditions.append(WITH_STATUS(status))
    if controller:
        conditions.append(OF_CONTROLLER(controller))
    if supplier_id:
        conditions.append(WITH_SUPPLIER(supplier_id))
    result = await AGREEMENTS.page(principal, conditions, page, page_size)
    ids = [r["id"] for r in result.items]
    links = await links_of(ids)
    names = await supplier_queries.controller_names({r["scope"] for r in result.items})
    items = [msgspec.convert(agreement_out(r, links[r["id"]], names), AgreementOut) for r in result.items]
    return result, items


async def agreement_detail(record_id: int, principal: Principal) -> AgreementDetail:
    row = await crud.fetch(AGREEMENT, record_id, principal)

    supplier = await Supplier.select(Supplier.name).where(Supplier.id == row["supplier"]).first()
    row["supplier_name"] = supplier["name"] if supplier else ""
    links = (await links_of([record_id]))[record_id]
    names = await supplier_queries.controller_names({row["scope"]})
    fields = agreement_out(row, links, names)
    fields["transitions"] = [TransitionOut(**t) for t in await transitions_of(record_id)]
    fields["allowed_transitions"] = allowed_steps(row["status"], principal)
    return msgspec.convert(fields, AgreementDetail)
