"""The board's status overview of one register: six figures, a traffic light each, the list
behind every number.

What is counted
---------------
The overview covers **one register**: a municipality's or an arrangement's own suppliers,
agreements and product usages (``scope`` = its CBS code or slug). An arrangement's overview
does *not* add its member municipalities' registers (each member has its own board and its
own overview); it names the members in ``members``. Whether a product in use is covered is
the one coverage rule of ``oversight.flags.coverage`` (for a municipality that includes a
signed agreement of an arrangement acting for it; such agreements are not listed in the
municipality's figures).

``on`` is the reference day; "current" means ``end_date`` is empty or ``>= on``.

=========  ===================================================================================
signed     status ``signed`` and current.
missing    a product used by the controller (``ProductUsage.used_by``) that nothing covers
           (``oversight.flags.coverage``). A supplier that processes nothing for the
           controller (no product in use, no agreement: an imported creditor list, a
           sub-processor of another supplier) is not a gap.
ending     signed and current, with the end date or the notice deadline (end date minus the
           notice period, moved off a weekend: ``oversight.flags.deadlines.notice_deadline``) in
           ``[on, on + ending_within_days]``.
expired    signed with an end date before ``on`` (the register still says signed), or ended.
           Drafts, agreements in review and approved ones with a past end date were never in
           force and are not counted here.
assurance  suppliers that process data for the controller (a product in use or an
           agreement) without any evidence whose state is ``valid`` or ``expiring`` on ``on``
           (``suppliers.evidence_rules.evidence_status``).
gaps       agreements with open clause findings (decision empty, not superseded, tier
           ``mandatory``), one item per agreement naming its clauses; also grouped by clause
           key with the Dutch title from the clause catalogue.
=========  ===================================================================================

Traffic lights: ``oversight.overview.lights``; the lists behind the figures:
``oversight.overview.figures``; the shapes: ``oversight.overview.model``.

Each figure also has a ``total`` (the "y" of "x van y"; see ``oversight.overview.figures``).

Queries: a fixed number whatever the register's size (8: controller, members, agreements,
uncovered usages, usages, suppliers, evidence, findings).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from contracts import Agreement, Finding, incidents, rights_requests
from core import NotFound, Principal, load_settings
from oversight.flags.compute import compute_flags
from oversight.flags.coverage import uncovered_products
from oversight.overview.figures import figures as overview_figures
from oversight.overview.lights import LIGHT_NL, worst
from oversight.overview.model import (
    AdvisoryCounts,
    Figure,
    Group,
    IncidentCounts,
    Item,
    Member,
    Overview,
    RightsCounts,
)
from suppliers import (
    Arrangement,
    Evidence,
    EvidencePolicy,
    Membership,
    Municipality,
    ProductUsage,
    Supplier,
)
from suppliers import identifiers as ids


async def _controller(scope: str, on: dt.date) -> tuple[str, str, list[Member]]:
    """(kind, name, members): one or two queries."""
    if ids.CBS_CODE.match(scope):
        row = await Municipality.select(Municipality.name).where(Municipality.cbs_code == scope).first()
        if row is None:
            raise NotFound("Gemeente")
        return "municipality", row["name"], []
    row = await Arrangement.select(Arrangement.name).where(Arrangement.slug == scope).first()
    if row is None:
        raise NotFound("Samenwerkingsverband")
    rows = await Membership.select(
        Membership.municipality.cbs_code.as_alias("cbs_code"),
        Membership.municipality.name.as_alias("name"), Membership.joined_on, Membership.left_on,
    ).where(Membership.arrangement.slug == scope).order_by(Membership.municipality.name)
    members = [Member(cbs_code=r["cbs_code"], name=r["name"], active=_active(r, on)) for r in rows]
    return "arrangement", row["name"], members


def _active(row: dict, on: dt.date) -> bool:
    return (row["joined_on"] is None or row["joined_on"] <= on) and (
        row["left_on"] is None or row["left_on"] > on
    )


async def overview_for(
    scope: str,
    principal: Principal,
    on: dt.date,
    *,
    ending_within_days: int = 90,
    kind: Literal["municipality", "arrangement"] | None = None,
    policy: EvidencePolicy | None = None,
) -> Overview:
    """The overview of one register; 404 outside the principal's scopes, for an unknown
    scope, or (with ``kind``) for a scope of the other kind."""
    if not principal.sees(scope):
        raise NotFound("Overzicht")
    if kind is not None and (kind == "municipality") != bool(ids.CBS_CODE.match(scope)):
        raise NotFound("Overzicht")
    policy = policy or EvidencePolicy()
    found_kind, name, members = await _controller(scope, on)

    agreements = await Agreement.select(
        Agreement.id, Agreement.scope, Agreement.title, Agreement.status, Agreement.end_date,
        Agreement.notice_period_months, Agreement.supplier,
        Agreement.supplier.name.as_alias("supplier_name"),
    ).where(Agreement.scope == scope).order_by(Agreement.title).order_by(Agreement.id)
    uncovered = {r["id"] for r in await uncovered_products(scope, on)}
    usages = await ProductUsage.select(
        ProductUsage.product, ProductUsage.product.name.as_alias("name"),
        ProductUsage.product.supplier.as_alias("supplier"),
        ProductUsage.product._.supplier._.name.as_alias("supplier_name"),
    ).where(ProductUsage.used_by == scope).order_by(ProductUsage.product.name)
    processing = {u["supplier"] for u in usages} | {a["supplier"] for a in agreements}
    suppliers = [
        row for row in await Supplier.select(Supplier.id, Supplier.name).where(
            Supplier.scope == scope
        ).order_by(Supplier.name).order_by(Supplier.id)
        if row["id"] in processing
    ]
    evidence = await Evidence.select(
        Evidence.supplier, Evidence.kind, Evidence.issued_on, Evidence.period_end,
        Evidence.valid_until, Evidence.standard_version,
    ).where(Evidence.supplier.scope == scope)
    findings = await Finding.select(
        Finding.id, Finding.key, Finding.status, Finding.agreement,
        Finding.agreement.title.as_alias("title"), Finding.agreement.supplier.as_alias("supplier"),
        Finding.agreement._.supplier._.name.as_alias("supplier_name"),
    ).where(
        Finding.agreement.scope == scope, Finding.decision.is_null(),
        Finding.superseded.eq(False), Finding.tier == "mandatory",
    ).order_by(Finding.agreement.title).order_by(Finding.id)

    covered = {u["product"] for u in usages} - uncovered
    figures = overview_figures(
        scope, on, ending_within_days, policy, agreements, covered, usages, suppliers, evidence, findings,
    )
    if found_kind == "arrangement":
        listed = ", ".join(f"{m.name} ({m.cbs_code})" for m in members if m.active) or "geen"
        note = ("Alleen het eigen register van het samenwerkingsverband; de registers van de "
                f"deelnemende gemeenten staan in hun eigen overzicht. Deelnemers: {listed}.")
    else:
        note = ("Het register van de gemeente. Een product telt ook als gedekt door een "
                "ondertekende overeenkomst die een samenwerkingsverband namens de gemeente sloot.")
    return Overview(
        scope=scope, kind=found_kind, name=name, on=on, ending_within_days=ending_within_days,  # type: ignore[arg-type]
        light=worst([f.light for f in figures]), figures=figures, members=members,
        coverage_note=note,
        incidents=IncidentCounts(year=on.year, **await incidents.incident_counts(scope, on.year)),
        rights=RightsCounts(year=on.year, **await rights_requests.request_counts(scope, on.year, on)),
        advisories=await _advisory_counts(scope, on),
    )


async def _advisory_counts(scope: str, on: dt.date) -> AdvisoryCounts:
    flags = await compute_flags(None, on, settings=load_settings(), controller=scope, kinds={"advisory"})
    return AdvisoryCounts(**{s: sum(f.severity == s for f in flags) for s in ("critical", "warning", "info")})


__all__ = ["LIGHT_NL", "Figure", "Group", "Item", "Member", "Overview", "overview_for"]
