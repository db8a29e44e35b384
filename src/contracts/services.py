"""Rules for processor agreements: validation against the register, edits, status steps."""

from __future__ import annotations

from typing import Any

import msgspec
from litestar.exceptions import PermissionDeniedException

from clauses import load_catalogue
from contracts import inbox
from contracts.rules import EDITABLE_AFTER_DRAFT, STEPS, completeness, date_errors
from contracts.schemas import AgreementCreate, AgreementUpdate, TransitionIn
from contracts.tables import (
    Agreement,
    AgreementProduct,
    AgreementSubprocessor,
    Document,
    Finding,
    Scan,
    Transition,
)
from core import (
    ROLE_LABELS,
    ApiError,
    Conflict,
    Dependants,
    Invalid,
    Principal,
    audit,
    audit_dependants,
    check_outcome,
    clock,
    crud,
    require_scope,
    write_transaction,
)
from suppliers import Arrangement, Membership, Municipality, Product, SubprocessorLink, Supplier, updates
from suppliers import identifiers as ids

JSON_FIELDS = (
    "on_behalf_of", "purposes", "nature", "personal_data", "data_subjects", "locations",
    "assurance_required", "signatories",
)
AGREEMENT = crud.Resource(Agreement, "agreement", "Verwerkersovereenkomst", Agreement.scope, JSON_FIELDS)
LINK_FIELDS = ("product_ids", "subprocessor_ids")
#: What an agreement's delete takes with it (ON DELETE CASCADE), for the audit trail.
AGREEMENT_DEPENDANTS = (
    Dependants("finding", Finding, Finding.agreement),
    Dependants("scan", Scan, Scan.agreement, (Scan.report,)),
    Dependants("document", Document, Document.agreement, (Document.content,)),
    Dependants("transition", Transition, Transition.agreement),
    Dependants("agreement_product", AgreementProduct, AgreementProduct.agreement),
    Dependants("agreement_subprocessor", AgreementSubprocessor, AgreementSubprocessor.agreement),
)


class StepRefused(ApiError):
    status_code = 409


def _plain(value: Any) -> Any:
    return msgspec.to_builtins(value) if hasattr(value, "__struct_fields__") else value


async def controller_kind(code: str) -> str | None:
    if ids.CBS_CODE.match(code):
        found = await Municipality.exists().where(Municipality.cbs_code == code)
        return "municipality" if found else None
    found = await Arrangement.exists().where(Arrangement.slug == code)
    return "arrangement" if found else None


async def chain_ids(supplier_id: int, scope: str) -> set[int]:
    """Every supplier below this one in its sub-processor chain."""
    rows = await SubprocessorLink.select(SubprocessorLink.supplier, SubprocessorLink.subprocessor).where(
        SubprocessorLink.supplier.scope == scope
    )
    edges: dict[int, list[int]] = {}
    for row in rows:
        edges.setdefault(row["supplier"], []).append(row["subprocessor"])
    seen: set[int] = set()
    frontier = [supplier_id]
    while frontier:
        for child in edges.get(frontier.pop(), []):
            if child not in seen and child != supplier_id:
                seen.add(child)
                frontier.append(child)
    return seen


async def _check(values: dict[str, Any], scope: str, kind: str, supplier_id: int) -> None:
    errors = date_errors(values)
    for index, code in enumerate(values.get("locations") or []):
        if msg := ids.country_error(code):
            errors[f"locations[{index}]"] = msg
    outside = [c for c in values.get("locations") or [] if not ids.in_eea(c)]
    if outside and not values.get("transfer_mechanism"):
        errors["transfer_mechanism"] = (
            f"Gegevens gaan buiten de EER ({', '.join(outside)}): kies de grondslag "
            "(adequaatheidsbesluit, modelcontractbepalingen, BCR of uitzondering)."
        )
    if values.get("subprocessor_authorisation") == "general" and not values.get("subprocessor_notice_days"):
        errors["subprocessor_notice_days"] = (
            "Bij een algemene toestemming hoort een termijn waarin de verwerker wijzigingen vooraf meldt."
        )
    if values.get("on_behalf_of") and kind != "arrangement":
        errors["on_behalf_of"] = "Alleen een samenwerkingsverband sluit namens zijn leden."
    elif values.get("on_behalf_of"):
        members = {
            r["code"]
            for r in await Membership.select(Membership.municipality.cbs_code.as_alias("code")).where(
                Membership.arrangement.slug == scope
            )
        }
        for index, code in enumerate(values["on_behalf_of"]):
            if code not in members:
                errors[f"on_behalf_of[{index}]"] = f"{code} is geen lid van {scope}."
    product_ids = values.get("product_ids") or []
    if product_ids:
        own = {
            r["id"] for r in await Product.select(Product.id).where(
                Product.id.is_in(product_ids), Product.supplier == supplier_id
            )
        }
        for index, pid in enumerate(product_ids):
            if pid not in own:
                errors[f"product_ids[{index}]"] = "Dit product hoort niet bij deze leverancier."
    sub_ids = values.get("subprocessor_ids") or []
    if sub_ids:
        chain = await chain_ids(supplier_id, scope)
        for index, sid in enumerate(sub_ids):
            if sid not in chain:
                errors[f"subprocessor_ids[{index}]"] = "Deze subverwerker staat niet in de keten van de leverancier."
    if errors:
        raise Invalid(errors)


async def _replace_links(agreement_id: int, product_ids: list[int] | None, sub_ids: list[int] | None) -> None:
    if product_ids is not None:
        await AgreementProduct.delete().where(AgreementProduct.agreement == agreement_id)
        if product_ids:
            await AgreementProduct.insert(
                *[AgreementProduct(agreement=agreement_id, product=p) for p in dict.fromkeys(product_ids)]
            )
    if sub_ids is not None:
        await AgreementSubprocessor.delete().where(AgreementSubprocessor.agreement == agreement_id)
        if sub_ids:
            await AgreementSubprocessor.insert(
                *[AgreementSubprocessor(agreement=agreement_id, subprocessor=s) for s in dict.fromkeys(sub_ids)]
            )


async def links_of(agreement_ids: list[int]) -> dict[int, dict[str, list[int]]]:
    """Product and sub-processor ids of several agreements: two queries."""
    result: dict[int, dict[str, list[int]]] = {i: {"product_ids": [], "subprocessor_ids": []} for i in agreement_ids}
    if not agreement_ids:
        return result
    for row in await AgreementProduct.select(AgreementProduct.agreement, AgreementProduct.product).where(
        AgreementProduct.agreement.is_in(agreement_ids)
    ):
        result[row["agreement"]]["product_ids"].append(row["product"])
    for row in await AgreementSubprocessor.select(
        AgreementSubprocessor.agreement, AgreementSubprocessor.subprocessor
    ).where(AgreementSubprocessor.agreement.is_in(agreement_ids)):
        result[row["agreement"]]["subprocessor_ids"].append(row["subprocessor"])
    return result


async def create_agreement(data: AgreementCreate, principal: Principal) -> int:
    scope = data.controller
    require_scope(principal, scope)
    async with write_transaction():
        kind = await controller_kind(scope)
        if kind is None:
            raise Invalid({"controller": f"{scope} is geen gemeente of samenwerkingsverband in het register."})
        supplier = await Supplier.select(Supplier.scope).where(Supplier.id == data.supplier_id).first()
        if supplier is None or supplier["scope"] != scope:
            raise Invalid(
                {"supplier_id": "Deze leverancier staat niet in het register van de verwerkingsverantwoordelijke."}
            )
        values = {
            name: _plain(getattr(data, name))
            for name in data.__struct_fields__
            if name not in {"controller", "supplier_id", *LINK_FIELDS}
        }
        await _check({**values, "product_ids": data.product_ids, "subprocessor_ids": data.subprocessor_ids},
                     scope, kind, data.supplier_id)
        values.update(scope=scope, controller_kind=kind, supplier=data.supplier_id, status="draft")
        record_id = await crud.insert(AGREEMENT, values, principal, scope=scope)
        await _replace_links(record_id, data.product_ids, data.subprocessor_ids)
        if data.product_ids or data.subprocessor_ids:
            await audit.record(
                actor=principal.email, action="links", entity="agreement", entity_id=record_id, scope=scope,
                changes={"product_ids": [None, data.product_ids], "subprocessor_ids": [None, data.subprocessor_ids]},
            )
        return record_id


async def update_agreement(
    record_id: int, data: AgreementUpdate, principal: Principal, if_match: int | None
) -> None:
    changes = {k: _plain(v) for k, v in updates(data).items()}
    async with write_transaction():
        row = await crud.fetch_for_write(AGREEMENT, record_id, principal, if_match)
        if row["status"] != "draft":
            frozen = sorted(set(changes) - EDITABLE_AFTER_DRAFT)
            if frozen:
                raise Invalid({
                    name: f"Alleen een concept kan hier worden gewijzigd (status {row['status']})."
                    for name in frozen
                })
        links = (await links_of([record_id]))[record_id]
        merged = {**row, **links, **changes}
        await _check(merged, row["scope"], row["controller_kind"], row["supplier"])
        product_ids = changes.pop("product_ids", None)
        sub_ids = changes.pop("subprocessor_ids", None)
        extra = {}
        if product_ids is not None and sorted(product_ids) != sorted(links["product_ids"]):
            extra["product_ids"] = [links["product_ids"], product_ids]
        if sub_ids is not None and sorted(sub_ids) != sorted(links["subprocessor_ids"]):
            extra["subprocessor_ids"] = [links["subprocessor_ids"], sub_ids]
        await _replace_links(record_id, product_ids, sub_ids)
        await crud.update(AGREEMENT, row, changes, principal, extra_changes=extra or None)


async def delete_agreement(record_id: int, principal: Principal, if_match: int | None) -> None:
    async with write_transaction():
        row = await crud.fetch_for_write(AGREEMENT, record_id, principal, if_match)
        if row["status"] in {"signed", "ended"}:
            raise Conflict("status", "Een ondertekende of beëindigde overeenkomst wordt bewaard, niet verwijderd.")
        await audit_dependants("agreement", record_id, row["_scope"], principal, AGREEMENT_DEPENDANTS)
        await crud.delete(AGREEMENT, row, principal)


async def completeness_of(row: dict[str, Any], breach_limit: int) -> tuple[dict[str, str], dict[str, str]]:
    """(errors, warnings) of the agreement row (contracts.rules.completeness), with the
    municipality's or arrangement's own signatory standing in."""
    if row["controller_kind"] == "municipality":
        owner = await Municipality.select(Municipality.signatory_name, Municipality.signatory_role).where(
            Municipality.cbs_code == row["scope"]
        ).first()
    else:
        owner = await Arrangement.select(Arrangement.signatory_name, Arrangement.signatory_role).where(
            Arrangement.slug == row["scope"]
        ).first()
    return completeness(row, owner or {}, breach_limit, clock.today())


async def check_complete(row: dict[str, Any], breach_limit: int, acknowledged: bool) -> None:
    """Incomplete (422) unless the agreement has what its documents and its review need
    and its warnings are acknowledged."""
    errors, warnings = await completeness_of(row, breach_limit)
    check_outcome(errors, warnings, acknowledged)


async def transition(record_id: int, data: TransitionIn, principal: Principal, breach_limit: int = 48) -> None:
    async with write_transaction():
        row = await crud.fetch(AGREEMENT, record_id, principal)
        current = row["status"]
        step = STEPS.get((current, data.to))
        if step is None:
            raise StepRefused(
                f"Van {current} naar {data.to} is geen toegestane stap.",
                [{"field": "to", "message": f"Vanuit {current} kan dit niet."}],
            )
        if principal.role not in step.roles:
            role = ROLE_LABELS.get(principal.role, principal.role)
            raise PermissionDeniedException(detail=f"De rol {role} mag deze stap niet zetten.")
        remark = data.remark.strip()
        if step.needs_remark and not remark:
            field_msg = "Geef de reden van beëindiging." if data.to == "ended" else "Geef uw opmerkingen mee."
            raise Invalid({"remark": field_msg})
        if data.to == "in_review":
            await check_complete(row, breach_limit, data.acknowledge_warnings)
        if data.to in {"approved", "signed"}:
            await require_decided_findings(record_id)
        changes: dict[str, Any] = {"status": data.to}
        if data.to == "signed":
            if data.signing_date is None:
                raise Invalid({"signing_date": "Geef de datum van ondertekening."})
            if data.signing_date > clock.today():
                raise Invalid({"signing_date": "De ondertekening ligt in de toekomst."})
            has_copy = await Document.exists().where(Document.agreement == record_id, Document.kind == "signed")
            if not has_copy:
                raise Invalid({"file": "Upload eerst het ondertekende exemplaar."})
            changes["signing_date"] = data.signing_date
        if data.to == "ended":
            changes["end_reason"] = remark
        await Transition.insert(Transition(
            agreement=record_id, from_status=current, to_status=data.to, actor=principal.email,
            at=crud.now(), remark=remark,
        ))
        await crud.update(
            AGREEMENT, row, changes, principal,
            extra_changes={"remark": [None, remark]} if remark else None, action="transition",
        )
        supplier = await Supplier.select(Supplier.name).where(Supplier.id == row["supplier"]).first()
        subject = f"\u201c{row['title']}\u201d met {supplier['name'] if supplier else 'de leverancier'}"
        await inbox.on_step(row, data.to, remark, principal, subject)


async def require_decided_findings(record_id: int) -> None:
    """Approving or signing waits until the FG has decided on every open mandatory finding
    (of the supplier's draft or the signed copy); 409 naming the clauses."""
    open_rows = await Finding.select(Finding.key, Finding.status).where(
        Finding.agreement == record_id, Finding.superseded.eq(False), Finding.decision.is_null(),
        Finding.tier == "mandatory",
    ).order_by(Finding.id)
    if not open_rows:
        return
    catalogue = load_catalogue()
    names = [
        f"{catalogue.get(r['key']).title_nl} ({'ontbreekt' if r['status'] == 'missing' else 'zwak'})"
        for r in open_rows
    ]
    raise Conflict(
        "findings",
        f"De FG beslist eerst over {len(names)} open verplichte "
        f"{'bevinding' if len(names) == 1 else 'bevindingen'}: {'; '.join(names)}.",
    )


async def transitions_of(record_id: int) -> list[dict[str, Any]]:
    return await Transition.select(
        Transition.from_status, Transition.to_status, Transition.actor, Transition.at, Transition.remark
    ).where(Transition.agreement == record_id).order_by(Transition.id)
