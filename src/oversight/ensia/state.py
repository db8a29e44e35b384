"""ENSIA: per domain (DigiD, Suwinet, BRP, PUN, BAG, BGT) the products a municipality uses
for it, their suppliers and agreements, and the assurance that counted on the reference
date, with the gaps.

Everything is the state of the reference date, not of today: the agreement must be in
force on that day (the one coverage rule, ``oversight.flags.coverage``: signed on or before
it, not ended before it), and evidence counts when it existed by then and had not expired
or gone stale by then (``suppliers.evidence_status`` on that day).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import msgspec

from contracts import rights_requests
from core import NotFound, Principal, Settings, datum, is_sqlite
from oversight.flags.coverage import covering_agreements
from suppliers import (
    CERTIFICATES,
    EVIDENCE_KINDS,
    OPERATING_REPORTS,
    Evidence,
    Membership,
    Municipality,
    Product,
    ProductUsage,
    advisory_matches,
    advisory_records,
    evidence_policy,
    evidence_status,
)

DOMAINS = {"digid": "DigiD", "suwinet": "Suwinet", "brp": "BRP", "pun": "Paspoorten en identiteitskaarten (PUN)",
           "bag": "BAG", "bgt": "BGT"}
#: Evidence kinds that count as the supplier's assurance, per domain.
ACCEPTED = {
    "digid": frozenset({"digid_assessment"}) | OPERATING_REPORTS,
    "suwinet": OPERATING_REPORTS,
    **{d: CERTIFICATES | OPERATING_REPORTS for d in ("brp", "pun", "bag", "bgt")},
}
VALID_STATES = frozenset({"valid", "expiring"})


class AgreementRef(msgspec.Struct, kw_only=True):
    id: int
    title: str
    controller: str
    signing_date: dt.date | None
    end_date: dt.date | None


class EvidenceRef(msgspec.Struct, kw_only=True):
    id: int
    kind: str
    supplier_id: int
    counts_until: dt.date | None


class ProductState(msgspec.Struct, kw_only=True):
    product_id: int
    product_name: str
    product_version: str
    supplier_id: int
    supplier_name: str
    used_by: list[str]
    #: The agreements in force on the reference date that cover the product.
    agreements: list[AgreementRef]
    #: Evidence of the supplier that counted on the reference date (kinds the domain accepts).
    assurance: list[EvidenceRef]
    #: Evidence of an accepted kind that had expired or gone stale by the reference date.
    expired: list[EvidenceRef]
    gaps: list[str]


class DomainState(msgspec.Struct, kw_only=True):
    domain: str
    label: str
    #: in_order, gaps or no_products.
    verdict: str
    products: list[ProductState]


class RightsYear(msgspec.Struct, kw_only=True):
    """Residents' requests received in the reference date's year, and how they were answered."""

    year: int
    received: int
    answered_on_time: int
    answered_late: int


class EnsiaOut(msgspec.Struct, kw_only=True):
    cbs_code: str
    name: str
    reference_date: dt.date
    domains: list[DomainState]
    #: Advisories that name a product the municipality uses (today's matches).
    advisories_open: list[str]
    #: Residents' requests of the municipality in the reference year.
    rights: RightsYear


def default_reference_date(today: dt.date) -> dt.date:
    return dt.date(today.year - 1, 12, 31)


async def _users(cbs_code: str, on: dt.date) -> list[str]:
    """The municipality and the arrangements it was a member of on ``on``."""
    rows = await Membership.select(Membership.arrangement.slug.as_alias("slug")).where(
        Membership.municipality.cbs_code == cbs_code,
        (Membership.joined_on.is_null()) | (Membership.joined_on <= on),
        (Membership.left_on.is_null()) | (Membership.left_on > on),
    )
    return [cbs_code, *sorted(r["slug"] for r in rows)]


Counted = dict[int, list[tuple[EvidenceRef, bool]]]


async def _evidence(supplier_ids: list[int], on: dt.date, settings: Settings) -> Counted:
    """Per supplier: (evidence, counted on ``on``) of what existed by then."""
    if not supplier_ids:
        return {}
    policy = evidence_policy(settings)
    found: Counted = {}
    for r in await Evidence.select().where(Evidence.supplier.is_in(supplier_ids)).order_by(Evidence.id):
        report = r["kind"] in OPERATING_REPORTS
        started = (r["period_start"] or r["issued_on"]) if report else (r["issued_on"] or r["period_start"])
        if started is not None and started > on:
            continue  # not there yet on the reference date
        status = evidence_status(
            r["kind"], issued_on=r["issued_on"], period_end=r["period_end"], valid_until=r["valid_until"],
            standard_version=r["standard_version"], on=on, policy=policy,
        )
        ref = EvidenceRef(id=r["id"], kind=r["kind"], supplier_id=r["supplier"], counts_until=status.counts_until)
        found.setdefault(r["supplier"], []).append((ref, status.state in VALID_STATES))
    return found


def _gaps(domain: str, p: dict[str, Any], on: dt.date) -> list[str]:
    gaps = []
    if not p["agreements"]:
        gaps.append(f"Op {datum(on)} was er voor {p['name']} van {p['supplier_name']} geen ondertekende "
                    "verwerkersovereenkomst van kracht.")
    if not p["assurance"]:
        kinds = " of ".join(sorted({EVIDENCE_KINDS.get(k, k) for k in ACCEPTED[domain]}))
        gaps.append(f"Op {datum(on)} had {p['supplier_name']} geen geldig bewijs ({kinds}).")
    return gaps


async def ensia_state(cbs_code: str, principal: Principal, on: dt.date, settings: Settings) -> EnsiaOut:
    """The ENSIA overview of one municipality on the reference date ``on``."""
    municipality = await Municipality.select(Municipality.name).where(Municipality.cbs_code == cbs_code).first()
    if municipality is None or not principal.sees(cbs_code):
        raise NotFound("Gemeente")
    users = await _users(cbs_code, on)
    usage: dict[int, set[str]] = {}
    query = ProductUsage.select(ProductUsage.product, ProductUsage.used_by)
    for row in await query.where(ProductUsage.used_by.is_in(users)):
        usage.setdefault(row["product"], set()).add(row["used_by"])
    products = await Product.select(
        Product.id, Product.name, Product.product_version, Product.ensia_domains, Product.supplier,
        Product.supplier.name.as_alias("supplier_name"),
    ).where(Product.id.is_in(list(usage) or [0])).output(load_json=True)
    covering: dict[int, dict[int, AgreementRef]] = {}
    sql = covering_agreements(on, sqlite=is_sqlite()).in_("u.used_by", users)
    for _, product_id, agreement_id, title, scope, signed, ends in await sql.tuples():
        covering.setdefault(product_id, {})[agreement_id] = AgreementRef(
            id=agreement_id, title=title, controller=scope, signing_date=_day(signed), end_date=_day(ends))
    evidence = await _evidence(sorted({p["supplier"] for p in products}), on, settings)
    domains = [_domain(d, products, usage, covering, evidence, on) for d in DOMAINS]
    counts = await rights_requests.request_counts(cbs_code, on.year, on)
    rights = RightsYear(year=on.year, received=counts["received"], answered_on_time=counts["answered_on_time"],
                        answered_late=counts["answered_late"])
    return EnsiaOut(cbs_code=cbs_code, name=municipality["name"], reference_date=on, domains=domains,
                    advisories_open=await _open_advisories(set(usage)), rights=rights)


def _domain(domain: str, products: list[dict[str, Any]], usage: dict[int, set[str]],
            covering: dict[int, dict[int, AgreementRef]], evidence: Counted, on: dt.date) -> DomainState:
    states = []
    for p in sorted(products, key=lambda p: (p["supplier_name"], p["name"], p["id"])):
        if domain not in (p["ensia_domains"] or []):
            continue
        items = [(e, ok) for e, ok in evidence.get(p["supplier"], []) if e.kind in ACCEPTED[domain]]
        state = {**p, "agreements": sorted(covering.get(p["id"], {}).values(), key=lambda a: a.id),
                 "assurance": [e for e, ok in items if ok], "expired": [e for e, ok in items if not ok]}
        states.append(ProductState(
            product_id=p["id"], product_name=p["name"], product_version=p["product_version"],
            supplier_id=p["supplier"], supplier_name=p["supplier_name"], used_by=sorted(usage[p["id"]]),
            agreements=state["agreements"], assurance=state["assurance"], expired=state["expired"],
            gaps=_gaps(domain, state, on),
        ))
    verdict = "no_products" if not states else "gaps" if any(s.gaps for s in states) else "in_order"
    return DomainState(domain=domain, label=DOMAINS[domain], verdict=verdict, products=states)


def _day(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


async def _open_advisories(product_ids: set[int]) -> list[str]:
    rows = await advisory_records.advisory_rows()
    matches = await advisory_matches.affected_each([r["entries"] for r in rows], None)
    return [r["tracking_id"] for r, m in zip(rows, matches, strict=True) if any(x.product_id in product_ids for x in m)]


