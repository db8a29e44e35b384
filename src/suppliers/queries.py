"""Reads of the register: filtered, searched, paged lists in a fixed number of queries."""

from __future__ import annotations

import datetime as dt
from typing import Any

from piccolo.columns.combination import Where, WhereRaw
from piccolo.query import Select

from suppliers import identifiers as ids
from suppliers.evidence_rules import EvidencePolicy, evidence_status
from suppliers.registry import ARRANGEMENT, LEGAL_PERSONS, MEMBER_CODE, MUNICIPALITY, members_of
from suppliers.schemas import (
    ArrangementOut,
    ChainNode,
    ContactOut,
    EvidenceOut,
    MemberOut,
    MunicipalityOut,
    ProductOut,
    SubprocessorOut,
    SupplierChain,
    SupplierOut,
)
from suppliers.search import like_pattern
from suppliers.services import EVIDENCE, PRODUCT, SUBPROCESSOR, SUPPLIER, usage_of
from suppliers.tables import (
    Arrangement,
    Evidence,
    Membership,
    Municipality,
    Product,
    SubprocessorLink,
    Supplier,
)
from vwo import crud
from vwo.auth import Principal
from vwo.errors import NotFound

MAX_PAGE_SIZE = 200


async def paged(
    res: crud.Resource,
    principal: Principal,
    columns: list[Any],
    filters: list[Where],
    order: list[Any],
    page: int,
    page_size: int,
) -> crud.Page:
    """At most two queries whatever the page size: the page, and a count when needed.

    A page that is neither full nor empty tells the total by itself (the rows before
    it plus its own), and so does an empty first page; only otherwise is the total
    counted. On a search that scans the table, the skipped count is half the work.
    """
    scoped = res.scoped(principal)
    conditions = [*filters, *([scoped] if scoped is not None else [])]
    select: Select = res.table.select(*columns)
    for condition in conditions:
        select = select.where(condition)
    for column in order:
        select = select.order_by(column)
    offset = (page - 1) * page_size
    rows = await select.limit(page_size).offset(offset)
    if 0 < len(rows) < page_size or (not rows and offset == 0):
        total = offset + len(rows)
    else:
        count_query = res.table.count()
        for condition in conditions:
            count_query = count_query.where(condition)
        total = await count_query
    return crud.Page([res.decode(r) for r in rows], total, page, page_size)


def _search(columns: list[Any], q: str | None) -> list[Where]:
    if not q or not q.strip():
        return []
    term = "%" + q.strip().replace("%", "").replace("_", "") + "%"
    condition = columns[0].ilike(term)
    for column in columns[1:]:
        condition = condition | column.ilike(term)
    return [condition]


# --- municipalities and arrangements --------------------------------------------------


def municipality_out(row: dict[str, Any]) -> MunicipalityOut:
    return MunicipalityOut(**{k: row[k] for k in MunicipalityOut.__struct_fields__})


async def list_municipalities(
    principal: Principal, q: str | None, page: int, page_size: int
) -> crud.Page:
    filters = _search([Municipality.name, Municipality.cbs_code], q)
    return await paged(
        MUNICIPALITY, principal, [*Municipality.all_columns()], filters,
        [Municipality.name], page, page_size,
    )


def arrangement_out(row: dict[str, Any], members: list[dict[str, Any]]) -> ArrangementOut:
    fields = {k: row[k] for k in ArrangementOut.__struct_fields__ if k in row}
    return ArrangementOut(
        **fields,
        legal_person=row["legal_form"] in LEGAL_PERSONS,
        members=[MemberOut(**m) for m in members],
    )


async def list_arrangements(
    principal: Principal,
    q: str | None,
    kind: str | None,
    member: str | None,
    page: int,
    page_size: int,
) -> tuple[crud.Page, dict[int, list[dict[str, Any]]]]:
    filters = _search([Arrangement.name, Arrangement.slug], q)
    if kind:
        filters.append(Arrangement.kind == kind)
    if member:
        filters.append(
            Arrangement.id.is_in(
                Membership.select(Membership.arrangement).where(MEMBER_CODE == member)  # noqa: SIM300
            )
        )
    result = await paged(
        ARRANGEMENT, principal, [*Arrangement.all_columns()], filters,
        [Arrangement.name], page, page_size,
    )
    members = await members_of([r["id"] for r in result.items])
    return result, members


async def arrangement(record_id: int, principal: Principal) -> ArrangementOut:
    row = await crud.fetch(ARRANGEMENT, record_id, principal)
    members = await members_of([record_id])
    return arrangement_out(row, members.get(record_id, []))


# --- suppliers ------------------------------------------------------------------------


def supplier_out(row: dict[str, Any]) -> SupplierOut:
    fields = {k: row[k] for k in SupplierOut.__struct_fields__ if k in row and k != "contacts"}
    return SupplierOut(
        **fields,
        country_name=ids.country_name(row["country"]),
        in_eea=ids.in_eea(row["country"]),
        contacts=[ContactOut(**c) for c in row.get("contacts") or []],
    )


SUPPLIER_COLUMNS = [c for c in Supplier.all_columns() if c._meta.name != "search_text"]

#: The EEA as literal codes, not 30 parameters: PostgreSQL then tests membership with a
#: hash of constants, where a parameter list costs 30 comparisons per row (3x the query,
#: bench/bench_register.py). The codes are our own constants; each is checked to be two
#: capitals before it becomes SQL text.
def _eea_condition() -> str:
    codes = sorted(ids.EEA)
    if not all(len(code) == 2 and code.isascii() and code.isalpha() and code.isupper() for code in codes):
        raise ValueError("EEA codes must be ISO 3166-1 alpha-2 codes")
    return '"supplier"."country" IN (' + ", ".join(f"'{code}'" for code in codes) + ")"


EEA_CONDITION = _eea_condition()


async def list_suppliers(
    principal: Principal,
    q: str | None,
    country: str | None,
    in_eea: bool | None,
    scope: str | None,
    page: int,
    page_size: int,
) -> crud.Page:
    pattern = like_pattern(q)
    filters: list[Where] = [Supplier.search_text.like(pattern)] if pattern else []
    if country:
        filters.append(Supplier.country == country.upper())
    if in_eea is not None:
        filters.append(WhereRaw(("" if in_eea else "NOT ") + EEA_CONDITION))
    if scope:
        filters.append(Supplier.scope == scope)
    return await paged(
        SUPPLIER, principal, SUPPLIER_COLUMNS, filters, [Supplier.name], page, page_size
    )


# --- products, sub-processors, evidence -----------------------------------------------


def product_out(row: dict[str, Any], used_by: list[str]) -> ProductOut:
    return ProductOut(
        id=row["id"], supplier_id=row["supplier"], name=row["name"], kind=row["kind"],
        product_version=row["product_version"], used_by=sorted(used_by), version=row["version"],
    )


async def list_products(
    supplier_id: int, principal: Principal, q: str | None, page: int, page_size: int
) -> tuple[crud.Page, dict[int, list[str]]]:
    filters: list[Where] = [Product.supplier == supplier_id, *_search([Product.name], q)]
    result = await paged(
        PRODUCT, principal, [*Product.all_columns()], filters, [Product.name], page, page_size
    )
    return result, await usage_of([r["id"] for r in result.items])


SUBPROCESSOR_COLUMNS = [
    *SubprocessorLink.all_columns(),
    SubprocessorLink.subprocessor.name.as_alias("sub_name"),
]


def subprocessor_out(row: dict[str, Any]) -> SubprocessorOut:
    return SubprocessorOut(
        id=row["id"], supplier_id=row["supplier"], subprocessor_id=row["subprocessor"],
        name=row["sub_name"], country=row["country"], in_eea=ids.in_eea(row["country"]),
        service=row["service"], notified_on=row["notified_on"], version=row["version"],
    )


async def list_subprocessors(
    supplier_id: int, principal: Principal, page: int, page_size: int
) -> crud.Page:
    return await paged(
        SUBPROCESSOR, principal, SUBPROCESSOR_COLUMNS, [SubprocessorLink.supplier == supplier_id],
        [SubprocessorLink.id], page, page_size,
    )


async def subprocessor(supplier_id: int, record_id: int, principal: Principal) -> SubprocessorOut:
    row = (
        await SubprocessorLink.select(*SUBPROCESSOR_COLUMNS, SUBPROCESSOR.scope_column.as_alias("_scope"))
        .where(SubprocessorLink.id == record_id, SubprocessorLink.supplier == supplier_id)
        .first()
    )
    if row is None or not principal.sees(row["_scope"]):
        raise NotFound(SUBPROCESSOR.label)
    return subprocessor_out(row)


async def supplier_chain(supplier_id: int, principal: Principal) -> SupplierChain:
    """The whole sub-processor chain below a supplier: one query for the scope's links."""
    supplier = await crud.fetch(SUPPLIER, supplier_id, principal)
    rows = await SubprocessorLink.select(
        SubprocessorLink.supplier, SubprocessorLink.subprocessor, SubprocessorLink.country,
        SubprocessorLink.service, SubprocessorLink.subprocessor.name.as_alias("name"),
    ).where(SubprocessorLink.supplier.scope == supplier["scope"])
    edges: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        edges.setdefault(row["supplier"], []).append(row)
    links: list[ChainNode] = []
    seen = {supplier_id}
    frontier = [(supplier_id, 0)]
    while frontier:
        current, depth = frontier.pop(0)
        for edge in edges.get(current, []):
            links.append(ChainNode(
                supplier_id=edge["subprocessor"], name=edge["name"], country=edge["country"],
                in_eea=ids.in_eea(edge["country"]), service=edge["service"], depth=depth + 1,
                via_supplier_id=current,
            ))
            if edge["subprocessor"] not in seen:
                seen.add(edge["subprocessor"])
                frontier.append((edge["subprocessor"], depth + 1))
    outside = sorted({n.supplier_id for n in links if not n.in_eea})
    return SupplierChain(supplier_id=supplier_id, links=links, outside_eea=outside)


def evidence_out(row: dict[str, Any], on: dt.date, policy: EvidencePolicy) -> EvidenceOut:
    status = evidence_status(
        row["kind"], issued_on=row["issued_on"], period_end=row["period_end"],
        valid_until=row["valid_until"], standard_version=row["standard_version"], on=on,
        policy=policy,
    )
    fields = {k: row[k] for k in EvidenceOut.__struct_fields__ if k in row}
    return EvidenceOut(
        **fields, supplier_id=row["supplier"], state=status.state, counts_until=status.counts_until  # type: ignore[arg-type]
    )


EVIDENCE_COLUMNS = [c for c in Evidence.all_columns() if c._meta.name != "content"]


async def list_evidence(
    supplier_id: int, principal: Principal, kind: str | None, page: int, page_size: int
) -> crud.Page:
    filters: list[Where] = [Evidence.supplier == supplier_id]
    if kind:
        filters.append(Evidence.kind == kind)
    return await paged(
        EVIDENCE, principal, EVIDENCE_COLUMNS, filters,
        [Evidence.kind, Evidence.id], page, page_size,
    )
