"""The board's status overview of one register: six figures, a traffic light each, the list
behind every number.

What is counted
---------------
The overview covers **one register**: a municipality's or an arrangement's own suppliers,
agreements and product usages (``scope`` = its CBS code or slug). An arrangement's overview
does *not* add its member municipalities' registers (each member has its own board and its
own overview); it names the members in ``members``. For a municipality, a product it uses
also counts as covered by a signed agreement of an arrangement it is an active member of,
when that agreement acts on its behalf (``on_behalf_of`` empty, i.e. all members, or naming
it); such agreements are not listed in the municipality's figures.

``on`` is the reference day; "current" means ``end_date`` is empty or ``>= on``.

=========  ===================================================================================
signed     status ``signed`` and current.
missing    a product used by the controller (``ProductUsage.used_by``) that no current signed
           agreement covers (``AgreementProduct``); plus each supplier of the register that has
           no agreement in any status, unless it is registered only as another supplier's
           sub-processor (that contract is the processor's) or is already listed for a product.
ending     signed and current, with the end date or the notice deadline (end date minus the
           notice period, moved off a weekend: ``contracts.deadlines.notice_deadline``) in
           ``[on, on + ending_within_days]``.
expired    signed with an end date before ``on`` (the register still says signed), or ended.
           Drafts, agreements in review and approved ones with a past end date were never in
           force and are not counted here.
assurance  suppliers of the register without any evidence whose state is ``valid`` or
           ``expiring`` on ``on`` (``suppliers.evidence_rules.evidence_status``).
gaps       open clause findings: decision empty, not superseded, tier ``mandatory``; grouped by
           clause key with the Dutch title from the clause catalogue.
=========  ===================================================================================

Traffic lights (``THRESHOLDS`` below, repeated in each figure's ``rule``):

=========  =======================  ================================  ===========================
figure     green                    orange                            red
=========  =======================  ================================  ===========================
signed     nothing missing          coverage >= 75 %                  coverage < 75 %
missing    none                     only suppliers without agreement  a product in use uncovered
ending     none                     any                               a date within 30 days
expired    none still "signed"      (not used)                        a signed agreement past end
assurance  none                     <= 25 % of the suppliers          > 25 % of the suppliers
gaps       none                     only weak clauses                 a mandatory clause missing
=========  =======================  ================================  ===========================

Coverage is signed / (signed + missing). The overall light is the worst of the six.

Queries: a fixed number whatever the register's size (9: controller, members, agreements,
product links, usages, suppliers, sub-processor links, evidence, findings).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Literal

import msgspec

from contracts.clauses.catalogue import load_catalogue
from contracts.deadlines import notice_deadline
from contracts.tables import Agreement, AgreementProduct, Finding
from suppliers import identifiers as ids
from suppliers.evidence_rules import EvidencePolicy, evidence_status
from suppliers.tables import (
    Arrangement,
    Evidence,
    Membership,
    Municipality,
    ProductUsage,
    SubprocessorLink,
    Supplier,
)
from vwo.auth import Principal
from vwo.errors import NotFound

if TYPE_CHECKING:
    from markupsafe import Markup

Light = Literal["green", "orange", "red"]
LIGHT_RANK: dict[str, int] = {"green": 0, "orange": 1, "red": 2}
LIGHT_NL = {"green": "groen", "orange": "oranje", "red": "rood"}

#: Thresholds of the traffic lights (see the module docstring).
SIGNED_ORANGE_COVERAGE = 0.75
ENDING_RED_DAYS = 30
ASSURANCE_ORANGE_SHARE = 0.25

FIGURE_KEYS = ("signed", "missing", "ending", "expired", "assurance", "gaps")
VALID_STATES = frozenset({"valid", "expiring"})


class Item(msgspec.Struct, kw_only=True):
    """One line behind a number: an agreement, a supplier, a product or a clause finding."""

    type: Literal["agreement", "supplier", "product", "finding"]
    id: int
    name: str
    #: Web page where the item is handled, e.g. "/agreements/12" or "/suppliers/3".
    link: str
    supplier_id: int | None = None
    supplier_name: str = ""
    #: The date that matters for this figure (end date, notice deadline, ...), if any.
    date: dt.date | None = None
    #: One Dutch sentence: why the item is on this list.
    note: str = ""


class Group(msgspec.Struct, kw_only=True):
    """Open gaps of one clause."""

    key: str
    title: str
    count: int
    items: list[Item]


class Figure(msgspec.Struct, kw_only=True):
    key: str
    #: Dutch label, e.g. "Ontbrekende overeenkomsten".
    label: str
    count: int
    light: Light
    #: Dutch: when this light is green, orange or red.
    rule: str
    items: list[Item]
    #: Only for "gaps": the findings per clause, in catalogue order.
    groups: list[Group] = []

    @property
    def light_nl(self) -> str:
        return LIGHT_NL[self.light]


class Member(msgspec.Struct, kw_only=True):
    cbs_code: str
    name: str
    active: bool


class Overview(msgspec.Struct, kw_only=True):
    #: CBS code or slug.
    scope: str
    kind: Literal["municipality", "arrangement"]
    name: str
    on: dt.date
    ending_within_days: int
    light: Light
    figures: list[Figure]
    #: Member municipalities of an arrangement (empty for a municipality).
    members: list[Member] = []
    #: Dutch: what the overview includes.
    coverage_note: str = ""

    @property
    def light_nl(self) -> str:
        return LIGHT_NL[self.light]

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures if f.key == key)

    def base_path(self) -> str:
        """The web path of the controller, e.g. "/arrangements/isd" or "/municipalities/GM0363"."""
        return ("/arrangements/" if self.kind == "arrangement" else "/municipalities/") + self.scope

    def svg(self) -> Markup:
        """The bar chart as SVG markup; every text in it is escaped by the chart module."""
        from markupsafe import Markup

        from contracts.overview_chart import overview_svg

        return Markup(overview_svg(self))  # noqa: S704 - built from escaped parts only


# --- rules ------------------------------------------------------------------------------


def _current(row: dict, on: dt.date) -> bool:
    return row["end_date"] is None or row["end_date"] >= on


def _agreement_item(row: dict, *, date: dt.date | None = None, note: str = "") -> Item:
    return Item(
        type="agreement", id=row["id"], name=row["title"], link=f"/agreements/{row['id']}",
        supplier_id=row["supplier"], supplier_name=row["supplier_name"] or "", date=date, note=note,
    )


def _supplier_item(row: dict, note: str, date: dt.date | None = None) -> Item:
    return Item(
        type="supplier", id=row["id"], name=row["name"], link=f"/suppliers/{row['id']}",
        supplier_id=row["id"], supplier_name=row["name"], date=date, note=note,
    )


def signed_light(signed: int, missing: int) -> Light:
    if missing == 0:
        return "green"
    return "orange" if signed / (signed + missing) >= SIGNED_ORANGE_COVERAGE else "red"


def missing_light(products_uncovered: int, suppliers_without: int) -> Light:
    if products_uncovered:
        return "red"
    return "orange" if suppliers_without else "green"


def ending_light(dates: list[dt.date], on: dt.date) -> Light:
    if not dates:
        return "green"
    return "red" if min(dates) <= on + dt.timedelta(days=ENDING_RED_DAYS) else "orange"


def expired_light(still_signed: int) -> Light:
    return "red" if still_signed else "green"


def assurance_light(without: int, suppliers: int) -> Light:
    if without == 0:
        return "green"
    return "orange" if without / max(suppliers, 1) <= ASSURANCE_ORANGE_SHARE else "red"


def gaps_light(statuses: list[str]) -> Light:
    if not statuses:
        return "green"
    return "red" if "missing" in statuses else "orange"


def worst(lights: list[Light]) -> Light:
    return max(lights, key=LIGHT_RANK.__getitem__, default="green")


RULES = {
    "signed": "Groen als niets ontbreekt; oranje als ten minste 75% is gedekt "
              "(ondertekend ÷ (ondertekend + ontbrekend)); anders rood.",
    "missing": "Rood als een product in gebruik geen ondertekende overeenkomst heeft; oranje als "
               "alleen leveranciers zonder overeenkomst zijn; anders groen.",
    "ending": f"Rood als een einddatum of opzegtermijn binnen {ENDING_RED_DAYS} dagen valt; "
              "oranje bij andere; anders groen.",
    "expired": "Rood als een overeenkomst na haar einddatum nog als ondertekend staat; "
               "beëindigde overeenkomsten tellen mee maar kleuren het licht niet.",
    "assurance": "Groen als elke leverancier een geldig bewijsstuk heeft; oranje tot en met 25% "
                 "van de leveranciers zonder; daarboven rood.",
    "gaps": "Rood als een verplichte bepaling ontbreekt; oranje als alleen verplichte bepalingen "
            "zwak zijn; anders groen.",
}
LABELS = {
    "signed": "Ondertekende overeenkomsten",
    "missing": "Ontbrekende overeenkomsten",
    "ending": "Lopen binnenkort af",
    "expired": "Verlopen of beëindigd",
    "assurance": "Leveranciers zonder geldig bewijs",
    "gaps": "Open hiaten in verplichte bepalingen",
}


# --- reads ------------------------------------------------------------------------------


async def _controller(scope: str, on: dt.date) -> tuple[str, str, list[Member], list[str]]:
    """(kind, name, members, arrangements acting for it): two queries."""
    if ids.CBS_CODE.match(scope):
        row = await Municipality.select(Municipality.name).where(Municipality.cbs_code == scope).first()
        if row is None:
            raise NotFound("Gemeente")
        rows = await Membership.select(
            Membership.arrangement.slug.as_alias("slug"), Membership.joined_on, Membership.left_on
        ).where(Membership.municipality.cbs_code == scope)
        return "municipality", row["name"], [], [r["slug"] for r in rows if _active(r, on)]
    row = await Arrangement.select(Arrangement.name).where(Arrangement.slug == scope).first()
    if row is None:
        raise NotFound("Samenwerkingsverband")
    rows = await Membership.select(
        Membership.municipality.cbs_code.as_alias("cbs_code"),
        Membership.municipality.name.as_alias("name"), Membership.joined_on, Membership.left_on,
    ).where(Membership.arrangement.slug == scope).order_by(Membership.municipality.name)
    members = [Member(cbs_code=r["cbs_code"], name=r["name"], active=_active(r, on)) for r in rows]
    return "arrangement", row["name"], members, []


def _active(row: dict, on: dt.date) -> bool:
    return (row["joined_on"] is None or row["joined_on"] <= on) and (
        row["left_on"] is None or row["left_on"] > on
    )


def _acts_for(row: dict, scope: str) -> bool:
    """Whether an arrangement's agreement acts for this member municipality."""
    behalf = row["on_behalf_of"]
    if isinstance(behalf, str):
        behalf = msgspec.json.decode(behalf or "[]")
    return not behalf or scope in behalf


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
    found_kind, name, members, acting = await _controller(scope, on)

    agreements = await Agreement.select(
        Agreement.id, Agreement.scope, Agreement.title, Agreement.status, Agreement.end_date,
        Agreement.notice_period_months, Agreement.supplier, Agreement.on_behalf_of,
        Agreement.supplier.name.as_alias("supplier_name"),
    ).where(Agreement.scope.is_in([scope, *acting])).order_by(Agreement.title).order_by(Agreement.id)
    own = [a for a in agreements if a["scope"] == scope]
    covering_ids = [
        a["id"] for a in agreements
        if a["status"] == "signed" and _current(a, on) and (a["scope"] == scope or _acts_for(a, scope))
    ]
    covering = set(covering_ids)
    covered = {
        r["product"] for r in await AgreementProduct.select(
            AgreementProduct.agreement, AgreementProduct.product
        ).where(AgreementProduct.agreement.scope.is_in([scope, *acting]))
        if r["agreement"] in covering
    }
    usages = await ProductUsage.select(
        ProductUsage.product, ProductUsage.product.name.as_alias("name"),
        ProductUsage.product.supplier.as_alias("supplier"),
        ProductUsage.product.supplier.name.as_alias("supplier_name"),
    ).where(ProductUsage.used_by == scope).order_by(ProductUsage.product.name)
    suppliers = await Supplier.select(Supplier.id, Supplier.name).where(
        Supplier.scope == scope
    ).order_by(Supplier.name).order_by(Supplier.id)
    only_subprocessor = {
        r["subprocessor"] for r in await SubprocessorLink.select(SubprocessorLink.subprocessor).where(
            SubprocessorLink.supplier.scope == scope
        )
    }
    evidence = await Evidence.select(
        Evidence.supplier, Evidence.kind, Evidence.issued_on, Evidence.period_end,
        Evidence.valid_until, Evidence.standard_version,
    ).where(Evidence.supplier.scope == scope)
    findings = await Finding.select(
        Finding.id, Finding.key, Finding.status, Finding.agreement,
        Finding.agreement.title.as_alias("title"), Finding.agreement.supplier.as_alias("supplier"),
        Finding.agreement.supplier.name.as_alias("supplier_name"),
    ).where(
        Finding.agreement.scope == scope, Finding.decision.is_null(),
        Finding.superseded.eq(False), Finding.tier == "mandatory",
    ).order_by(Finding.agreement.title).order_by(Finding.id)

    figures = _figures(
        scope, on, ending_within_days, policy, own, covered, usages, suppliers,
        only_subprocessor, evidence, findings,
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
    )


def _figures(
    scope: str, on: dt.date, within: int, policy: EvidencePolicy, agreements: list[dict],
    covered: set[int], usages: list[dict], suppliers: list[dict], only_subprocessor: set[int],
    evidence: list[dict], findings: list[dict],
) -> list[Figure]:
    from templates.filters import datum

    horizon = on + dt.timedelta(days=within)
    signed: list[Item] = []
    ending: list[Item] = []
    ending_dates: list[dt.date] = []
    expired: list[Item] = []
    still_signed = 0
    for row in agreements:
        if row["status"] == "signed" and _current(row, on):
            signed.append(_agreement_item(
                row, date=row["end_date"],
                note=f"Loopt tot {datum(row['end_date'])}." if row["end_date"] else "Onbepaalde tijd.",
            ))
            if row["end_date"] is not None:
                deadline = notice_deadline(row["end_date"], row["notice_period_months"])
                due = [d for d in (deadline, row["end_date"]) if on <= d <= horizon]
                if due:
                    ending_dates.append(min(due))
                    ending.append(_agreement_item(
                        row, date=min(due),
                        note=(f"Opzeggen uiterlijk {datum(deadline)}; " if on <= deadline else "")
                        + f"einddatum {datum(row['end_date'])}.",
                    ))
        elif row["status"] == "signed":
            still_signed += 1
            expired.append(_agreement_item(
                row, date=row["end_date"],
                note=f"Verlopen op {datum(row['end_date'])}, maar staat nog als ondertekend.",
            ))
        elif row["status"] == "ended":
            expired.append(_agreement_item(
                row, date=row["end_date"], note="Beëindigd.",
            ))

    missing: list[Item] = []
    uncovered_suppliers: set[int] = set()
    seen_products: set[int] = set()
    for usage in usages:
        if usage["product"] in covered or usage["product"] in seen_products:
            continue
        seen_products.add(usage["product"])
        uncovered_suppliers.add(usage["supplier"])
        missing.append(Item(
            type="product", id=usage["product"], name=usage["name"],
            link=f"/suppliers/{usage['supplier']}", supplier_id=usage["supplier"],
            supplier_name=usage["supplier_name"],
            note="In gebruik zonder geldende ondertekende overeenkomst.",
        ))
    products_uncovered = len(missing)
    with_agreement = {row["supplier"] for row in agreements}
    for supplier in suppliers:
        sid = supplier["id"]
        if sid in with_agreement or sid in uncovered_suppliers or sid in only_subprocessor:
            continue
        missing.append(_supplier_item(supplier, "Leverancier zonder enige verwerkersovereenkomst."))

    best: dict[int, tuple[str, dt.date | None]] = {}
    for row in evidence:
        status = evidence_status(
            row["kind"], issued_on=row["issued_on"], period_end=row["period_end"],
            valid_until=row["valid_until"], standard_version=row["standard_version"], on=on,
            policy=policy,
        )
        if status.state in VALID_STATES:
            best[row["supplier"]] = (status.state, status.counts_until)
        else:
            best.setdefault(row["supplier"], (status.state, status.counts_until))
    unassured = [
        _supplier_item(
            s,
            "Geen bewijsstuk." if s["id"] not in best
            else f"Geen geldig bewijsstuk (laatste: {_STATE_NL.get(best[s['id']][0], best[s['id']][0])}).",
            date=best.get(s["id"], (None, None))[1],
        )
        for s in suppliers
        if best.get(s["id"], ("", None))[0] not in VALID_STATES
    ]

    catalogue = load_catalogue()
    order = {key: index for index, key in enumerate(catalogue.keys)}
    groups: dict[str, Group] = {}
    gap_items: list[Item] = []
    for row in findings:
        title = _clause_title(row["key"])
        item = Item(
            type="finding", id=row["agreement"], name=row["title"], link=f"/agreements/{row['agreement']}",
            supplier_id=row["supplier"], supplier_name=row["supplier_name"] or "",
            note=f"{title}: {'ontbreekt' if row['status'] == 'missing' else 'zwak'}.",
        )
        gap_items.append(item)
        group = groups.setdefault(row["key"], Group(key=row["key"], title=title, count=0, items=[]))
        group.count += 1
        group.items.append(item)

    lights: dict[str, Light] = {
        "signed": signed_light(len(signed), len(missing)),
        "missing": missing_light(products_uncovered, len(missing) - products_uncovered),
        "ending": ending_light(ending_dates, on),
        "expired": expired_light(still_signed),
        "assurance": assurance_light(len(unassured), len(suppliers)),
        "gaps": gaps_light([r["status"] for r in findings]),
    }
    ending.sort(key=lambda i: (i.date or horizon, i.name))
    items = {"signed": signed, "missing": missing, "ending": ending, "expired": expired,
             "assurance": unassured, "gaps": gap_items}
    return [
        Figure(
            key=key, label=LABELS[key], count=len(items[key]), light=lights[key], rule=RULES[key],
            items=items[key],
            groups=sorted(groups.values(), key=lambda g: order.get(g.key, len(order))) if key == "gaps" else [],
        )
        for key in FIGURE_KEYS
    ]


_STATE_NL = {
    "expired": "verlopen", "stale": "verouderd", "design_only": "alleen opzet (type I)",
    "incomplete": "onvolledig",
}


def _clause_title(key: str) -> str:
    try:
        return load_catalogue().get(key).title_nl
    except KeyError:
        return key


__all__ = ["LIGHT_NL", "Figure", "Group", "Item", "Member", "Overview", "overview_for"]
