"""From the register to the documented rendering context of a Word template."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from contracts.services import links_of
from core import AMSTERDAM, clock
from suppliers import EVIDENCE_NAMES, Arrangement, Membership, Municipality, Product, SubprocessorLink, Supplier
from suppliers import identifiers as ids
from templates import Agreement as AgreementCtx
from templates import (
    Contact,
    Controller,
    Location,
    Member,
    Processing,
    RenderContext,
    Signatories,
    Signatory,
    Subprocessor,
)
from templates import Supplier as SupplierCtx


def _signatory(raw: dict[str, Any] | None, own: dict[str, Any]) -> Signatory:
    """The agreement's signatory; where it names none, the controller's own (name and role)."""
    raw = raw or {}
    name, role = raw.get("name", "").strip(), raw.get("role", "").strip()
    if not name and not role:
        name, role = own.get("signatory_name", ""), own.get("signatory_role", "")
    return Signatory(name=name, role=role, place=raw.get("place", ""))


def represented_by(signatory: Signatory) -> str:
    """"de burgemeester, mr. A. de Vries": role and name as far as they are known."""
    role = f"de {signatory.role}" if signatory.role and not signatory.role.lower().startswith("de ") else signatory.role
    return ", ".join(part for part in (role, signatory.name) if part)


async def _controller(row: dict[str, Any]) -> tuple[Controller, list[Member], Signatory]:
    """The controller of the agreement, its signatory and, for an arrangement, the members
    it acts for. An arrangement is represented by its own signatory, never "burgemeester"."""
    scope = row["scope"]
    raw = row["signatories"].get("controller")
    if row["controller_kind"] == "municipality":
        own = await Municipality.select().where(Municipality.cbs_code == scope).first() or {}
        signatory = _signatory(raw, own)
        return Controller(
            name=own.get("name", scope), kind="municipality", cbs_code=scope, slug=scope.lower(),
            kvk_number=own.get("kvk_number"), oin=own.get("oin"), address=own.get("address", ""),
            represented_by=represented_by(signatory),
        ), [], signatory
    own = await Arrangement.select().where(Arrangement.slug == scope).first() or {}
    signatory = _signatory(raw, own)
    controller = Controller(
        name=own.get("name", scope), kind="arrangement", cbs_code=None, slug=scope,
        kvk_number=own.get("kvk_number"), address=own.get("address", ""),
        represented_by=represented_by(signatory),
    )
    rows = await Membership.select(
        Membership.municipality.name.as_alias("name"), Membership.municipality.cbs_code.as_alias("code"),
        Membership.left_on,
    ).where(Membership.arrangement.slug == scope).order_by(Membership.municipality.name)
    chosen = set(row["on_behalf_of"] or [])
    today = clock.today()
    members = [
        Member(name=m["name"], cbs_code=m["code"])
        for m in rows
        if (not chosen or m["code"] in chosen) and (m["left_on"] is None or m["left_on"] > today)
    ]
    return controller, members, signatory


async def _subprocessors(scope: str, sub_ids: list[int]) -> list[Subprocessor]:
    """The authorised sub-processors, with the country and service of their link."""
    if not sub_ids:
        return []
    details = {
        r["subprocessor"]: r
        for r in await SubprocessorLink.select(
            SubprocessorLink.subprocessor, SubprocessorLink.country, SubprocessorLink.service
        ).where(SubprocessorLink.subprocessor.is_in(sub_ids), SubprocessorLink.supplier.scope == scope)
    }
    subprocessors = []
    for sub in await Supplier.select(Supplier.id, Supplier.name, Supplier.country).where(Supplier.id.is_in(sub_ids)):
        link = details.get(sub["id"], {})
        country = link.get("country") or sub["country"]
        subprocessors.append(Subprocessor(
            name=sub["name"], country=country, country_name=ids.country_name(country),
            in_eea=ids.in_eea(country), service=link.get("service", ""),
        ))
    return subprocessors


def _processing(row: dict[str, Any], products: list[str]) -> Processing:
    return Processing(
        subject_matter=row["subject_matter"], purposes=row["purposes"], nature=row["nature"],
        personal_data=row["personal_data"], special_categories=row["special_categories"],
        criminal_data=row["criminal_data"], bsn=row["bsn"], data_subjects=row["data_subjects"],
        retention=row["retention"],
        locations=[
            Location(country=c, country_name=ids.country_name(c), in_eea=ids.in_eea(c)) for c in row["locations"]
        ],
        transfer_mechanism=row["transfer_mechanism"],
        subprocessor_authorisation=row["subprocessor_authorisation"],
        subprocessor_notice_days=row["subprocessor_notice_days"] or 30,
        breach_notification_hours=row["breach_notification_hours"], return_days=row["return_days"],
        assurance_required=[EVIDENCE_NAMES.get(k) or k for k in row["assurance_required"]],
        assurance_frequency_months=row["assurance_frequency_months"],
        security_standard=row["security_standard"], products=products,
    )


async def build_context(row: dict[str, Any], now: dt.datetime | None = None) -> RenderContext:
    """Everything a template may use, for one agreement row (JSON fields decoded)."""
    links = (await links_of([row["id"]]))[row["id"]]
    controller, members, controller_signatory = await _controller(row)
    supplier = await Supplier.select().where(Supplier.id == row["supplier"]).first() or {}
    contacts = supplier.get("contacts") or []
    if isinstance(contacts, str):
        contacts = json.loads(contacts)
    first = contacts[0] if contacts else {}
    products = [
        p["name"] for p in await Product.select(Product.name).where(Product.id.is_in(links["product_ids"] or [-1]))
    ]
    country = supplier.get("country", "NL")
    return RenderContext(
        agreement=AgreementCtx(
            title=row["title"], reference=row["reference"], main_contract=row["main_contract"],
            status=row["status"], start_date=row["start_date"] or clock.today(),
            end_date=row["end_date"], notice_period_months=row["notice_period_months"],
            review_interval_months=row["review_interval_months"], signing_date=row["signing_date"],
        ),
        controller=controller,
        members=members,
        supplier=SupplierCtx(
            name=supplier.get("name", ""), kvk_number=supplier.get("kvk_number"), country=country,
            country_name=ids.country_name(country), in_eea=ids.in_eea(country),
            address=supplier.get("address", ""), website=supplier.get("website") or None,
            contact=Contact(name=first.get("name", ""), email=first.get("email", ""), phone=first.get("phone") or None),
        ),
        subprocessors=await _subprocessors(row["scope"], links["subprocessor_ids"]),
        processing=_processing(row, products),
        signatories=Signatories(
            controller=controller_signatory,
            processor=_signatory(row["signatories"].get("processor"), {}),
        ),
        generated_at=(now or dt.datetime.now(dt.UTC)).astimezone(AMSTERDAM),
    )
