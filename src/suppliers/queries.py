"""Reads of the register: filtered, searched, paged lists in a fixed number of queries."""

from __future__ import annotations

import datetime as dt
from typing import Any

from piccolo.columns.combination import Where, WhereRaw

from core import Condition, NotFound, Principal, crud
from suppliers import identifiers as ids
from suppliers.chain_schemas import ChainNode, SupplierChain
from suppliers.evidence_rules import EvidencePolicy, evidence_status
from suppliers.registry import ARRANGEMENT, LEGAL_PERSONS, MUNICIPALITY, members_of
from suppliers.schemas import (
    ArrangementOut,
    ContactOut,
    EvidenceOut,
    MemberOut,
    MunicipalityOut,
    ProductOut,
    SubprocessorOut,
    SupplierOut,
)
from suppliers.search import ilike_pattern, like_pattern
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

MAX_PAGE_SIZE = 200


def _search(*columns: Any) -> Condition:
    """Case-insensitive substring search over ``columns`` (``ilike``: LIKE on SQLite)."""

    def build(term: Any) -> Where:
        condition = columns[0].ilike(term)
        for column in columns[1:]:
            condition = condition | column.ilike(term)
        return condition

    return Condition(build, "search " + ", ".join(c._meta.name for c in columns))


# --- municipalities and arrangements --------------------------------------------------


def municipality_out(row: dict[str, Any]) -> MunicipalityOut:
    return MunicipalityOut(**{k: row[k] for k in MunicipalityOut.__struct_fields__})


MUNICIPALITIES = crud.Listing(MUNICIPALITY, Municipality.all_columns(), [Municipality.name])
MUNICIPALITY_SEARCH = _search(Municipality.name, Municipality.cbs_code)


async def list_municipalities(
    principal: Principal, q: str | None, page: int, page_size: int
) -> crud.Page:
    term = ilike_pattern(q)
    conditions = [MUNICIPALITY_SEARCH(term)] if term else []
    return await MUNICIPALITIES.page(principal, conditions, page, page_size)


def arrangement_out(row: dict[str, Any], members: list[dict[str, Any]]) -> ArrangementOut:
    fields = {k: row[k] for k in ArrangementOut.__struct_fields__ if k in row}
    return ArrangementOut(
        **fields,
        legal_person=row["legal_form"] in LEGAL_PERSONS,
        members=[MemberOut(**m) for m in members],
    )


ARRANGEMENTS = crud.Listing(ARRANGEMENT, Arrangement.all_columns(), [Arrangement.name])
ARRANGEMENT_SEARCH = _search(Arrangement.name, Arrangement.slug)
ARRANGEMENT_OF_KIND = Condition(lambda kind: Arrangement.kind == kind, "arrangement kind")
WITH_MEMBER = Condition(
    lambda code: Arrangement.id.is_in(
        Membership.select(Membership.arrangement).where(Membership.municipality.cbs_code == code)
    ),
    "with member",
)


async def list_arrangements(
    principal: Principal,
    q: str | None,
    kind: str | None,
    member: str | None,
    page: int,
    page_size: int,
) -> tuple[crud.Page, dict[int, list[dict[str, Any]]]]:
    term = ilike_pattern(q)
    conditions = [ARRANGEMENT_SEARCH(term)] if term else []
    if kind:
        conditions.append(ARRANGEMENT_OF_KIND(kind))
    if member:
        conditions.append(WITH_MEMBER(member))
    result = await ARRANGEMENTS.page(principal, conditions, page, page_size)
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
IN_EEA = Condition(lambda: WhereRaw(EEA_CONDITION), "in the EEA")
OUTSIDE_EEA = Condition(lambda: WhereRaw("NOT " + EEA_CONDITION), "outside the EEA")
SUPPLIERS = crud.Listing(SUPPLIER, SUPPLIER_COLUMNS, [Supplier.name])
SUPPLIER_SEARCH = Condition(lambda pattern: Supplier.search_text.like(pattern), "supplier search")
SUPPLIER_COUNTRY = Condition(lambda country: Supplier.country == country, "supplier country")
SUPPLIER_SCOPE = Condition(lambda scope: Supplier.scope == scope, "supplier scope")


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
    conditions = [SUPPLIER_SEARCH(pattern)] if pattern else []
    if country:
        conditions.append(SUPPLIER_COUNTRY(country.upper()))
    if in_eea is not None:
        conditions.append(IN_EEA() if in_eea else OUTSIDE_EEA())
    if scope:
        conditions.append(SUPPLIER_SCOPE(scope))
    return await SUPPLIERS.page(principal, conditions, page, page_size)


# --- products, sub-processors, evidence -----------------------------------------------


def product_out(row: dict[str, Any], used_by: list[str]) -> ProductOut:
    return ProductOut(
        id=row["id"], supplier_id=row["supplier"], name=row["name"], kind=row["kind"],
        product_version=row["product_version"], cpe=row["cpe"], purl=row["purl"],
        ensia_domains=row["ensia_domains"] or [], used_by=sorted(used_by), version=row["version"],
    )


PRODUCTS = crud.Listing(PRODUCT, Product.all_columns(), [Product.name])
PRODUCT_OF = Condition(lambda supplier: Product.supplier == supplier, "product of")
PRODUCT_SEARCH = _search(Product.name)


async def list_products(
    supplier_id: int, principal: Principal, q: str | None, page: int, page_size: int
) -> tuple[crud.Page, dict[int, list[str]]]:
    term = ilike_pattern(q)
    conditions = [PRODUCT_OF(supplier_id), *([PRODUCT_SEARCH(term)] if term else [])]
    result = await PRODUCTS.page(principal, conditions, page, page_size)
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


SUBPROCESSORS = crud.Listing(SUBPROCESSOR, SUBPROCESSOR_COLUMNS, [SubprocessorLink.id])
SUBPROCESSOR_OF = Condition(lambda supplier: SubprocessorLink.supplier == supplier, "sub-processor of")


async def list_subprocessors(
    supplier_id: int, principal: Principal, page: int, page_size: int
) -> crud.Page:
    return await SUBPROCESSORS.page(principal, [SUBPROCESSOR_OF(supplier_id)], page, page_size)


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


EVIDENCE_LIST = crud.Listing(EVIDENCE, EVIDENCE_COLUMNS, [Evidence.kind, Evidence.id])
EVIDENCE_OF = Condition(lambda supplier: Evidence.supplier == supplier, "evidence of")
EVIDENCE_OF_KIND = Condition(lambda kind: Evidence.kind == kind, "evidence kind")


async def list_evidence(
    supplier_id: int, principal: Principal, kind: str | None, page: int, page_size: int
) -> crud.Page:
    conditions = [EVIDENCE_OF(supplier_id), *([EVIDENCE_OF_KIND(kind)] if kind else [])]
    return await EVIDENCE_LIST.page(principal, conditions, page, page_size)


async def controller_names(codes: set[str]) -> dict[str, str]:
    """Names of municipalities and arrangements by code: two queries."""
    if not codes:
        return {}
    names = {
        r["cbs_code"]: r["name"]
        for r in await Municipality.select(Municipality.cbs_code, Municipality.name).where(
            Municipality.cbs_code.is_in(sorted(codes))
        )
    }
    names.update({
        r["slug"]: r["name"]
        for r in await Arrangement.select(Arrangement.slug, Arrangement.name).where(
            Arrangement.slug.is_in(sorted(codes))
        )
    })
    return names


#: The registers a user may choose (two columns each, every row: a dropdown holds all 342).
_MUNICIPALITY_CHOICES = crud.Listing(MUNICIPALITY, [Municipality.cbs_code, Municipality.name], [Municipality.name])
_ARRANGEMENT_CHOICES = crud.Listing(ARRANGEMENT, [Arrangement.slug, Arrangement.name], [Arrangement.name])
_ALL = 100_000


async def scope_choices(principal: Principal) -> list[tuple[str, str]]:
    """(code, name) of every register the user may see: municipalities, then arrangements."""
    municipalities = await _MUNICIPALITY_CHOICES.page(principal, [], 1, _ALL)
    arrangements = await _ARRANGEMENT_CHOICES.page(principal, [], 1, _ALL)
    return [(r["cbs_code"], r["name"]) for r in municipalities.items] + [
        (r["slug"], r["name"]) for r in arrangements.items
    ]
