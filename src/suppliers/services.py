"""Rules for suppliers and what hangs below them: products, sub-processors, evidence."""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Mapping
from typing import Any

from core import (
    Conflict,
    Dependants,
    Invalid,
    NotFound,
    PayloadTooLarge,
    Principal,
    audit,
    audit_dependants,
    crud,
    foreign_key_refused,
    require_scope,
    write_transaction,
)
from suppliers import identifiers as ids
from suppliers.evidence_rules import evidence_errors
from suppliers.registry import scope_exists
from suppliers.schemas import (
    EvidenceCreate,
    EvidenceUpdate,
    ProductCreate,
    ProductUpdate,
    SubprocessorCreate,
    SubprocessorUpdate,
    SupplierCreate,
    SupplierUpdate,
    updates,
)
from suppliers.search import supplier_search_text
from suppliers.tables import (
    Evidence,
    EvidenceFile,
    Product,
    ProductUsage,
    SubprocessorLink,
    Supplier,
)

SUPPLIER = crud.Resource(
    Supplier, "supplier", "Leverancier", Supplier.scope, ("contacts",),
    derived=(("search_text", supplier_search_text),),
)
PRODUCT = crud.Resource(
    Product, "product", "Product", Product.supplier.scope, ("ensia_domains",), parent=Product.supplier
)
SUBPROCESSOR = crud.Resource(
    SubprocessorLink, "subprocessor", "Subverwerker", SubprocessorLink.supplier.scope,
    parent=SubprocessorLink.supplier,
)
EVIDENCE = crud.Resource(
    Evidence, "evidence", "Bewijsstuk", Evidence.supplier.scope, parent=Evidence.supplier
)
MAX_EVIDENCE_FILE = 20 * 1024 * 1024


# --- suppliers ------------------------------------------------------------------------

#: What a supplier's delete takes with it (ON DELETE CASCADE), for the audit trail.
SUPPLIER_DEPENDANTS = (
    Dependants("product_usage", ProductUsage, ProductUsage.product.supplier),
    Dependants("product", Product, Product.supplier),
    Dependants("subprocessor", SubprocessorLink, SubprocessorLink.supplier),
    Dependants("evidence_file", EvidenceFile, EvidenceFile.evidence.supplier, (EvidenceFile.content,)),
    Dependants("evidence", Evidence, Evidence.supplier),
)

CHILD_DEPENDANTS = {
    "product": (Dependants("product_usage", ProductUsage, ProductUsage.product),),
    "evidence": (Dependants("evidence_file", EvidenceFile, EvidenceFile.evidence, (EvidenceFile.content,)),),
}


def supplier_errors(values: Mapping[str, Any]) -> dict[str, str]:
    """What the register refuses in a supplier's values (also raw form values), per field."""
    errors: dict[str, str] = {}
    if "name" in values and not values["name"].strip():
        errors["name"] = "Naam mag niet leeg zijn."
    if "country" in values and (msg := ids.country_error(str(values["country"] or ""))):
        errors["country"] = msg
    kvk = values.get("kvk_number")
    if kvk and (msg := ids.kvk_error(str(kvk))):
        errors["kvk_number"] = msg
    elif values.get("country") == "NL" and not kvk:
        errors["kvk_number"] = "Een Nederlandse leverancier heeft een KvK-nummer."
    site = values.get("website") or ""
    if site and not site.startswith(("https://", "http://")):
        errors["website"] = "Een website begint met https:// of http://."
    for index, contact in enumerate(values.get("contacts") or []):
        email = contact["email"] if isinstance(contact, dict) else contact.email
        if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
            errors[f"contacts[{index}].email"] = "Dit is geen geldig e-mailadres."
    return errors


def _check_supplier(values: dict[str, Any]) -> None:
    if errors := supplier_errors(values):
        raise Invalid(errors)


def _contacts(data: Any) -> list[dict[str, str]]:
    return [
        {"name": c.name.strip(), "role": c.role, "email": c.email.strip(), "phone": c.phone}
        for c in data
    ]


def _default_scope(data: SupplierCreate, principal: Principal) -> str:
    if data.scope:
        return data.scope
    if len(principal.scopes) == 1 and not principal.is_admin:
        return next(iter(principal.scopes))
    raise Invalid({"scope": "Geef aan in welk register (CBS-code of slug) de leverancier hoort."})


async def create_supplier(data: SupplierCreate, principal: Principal) -> int:
    scope = _default_scope(data, principal)
    values = {
        "scope": scope,
        "name": data.name.strip(),
        "kvk_number": data.kvk_number,
        "country": data.country,
        "address": data.address,
        "website": data.website.strip(),
        "contacts": _contacts(data.contacts),
    }
    _check_supplier(values)
    require_scope(principal, scope)
    async with write_transaction():
        if not await scope_exists(scope):
            raise Invalid({"scope": f"{scope} is geen gemeente of samenwerkingsverband in het register."})
        if data.kvk_number:
            await crud.ensure_unique(
                SUPPLIER,
                [(
                    (Supplier.scope == scope) & (Supplier.kvk_number == data.kvk_number),
                    "kvk_number",
                    "Een leverancier met dit KvK-nummer staat al in dit register.",
                )],
            )
        return await crud.insert(SUPPLIER, values, principal, scope=scope)


async def update_supplier(
    record_id: int, data: SupplierUpdate, principal: Principal, if_match: int | None
) -> None:
    changes = updates(data)
    if "contacts" in changes:
        changes["contacts"] = _contacts(changes["contacts"])
    if "name" in changes:
        changes["name"] = changes["name"].strip()
    async with write_transaction():
        row = await crud.fetch_for_write(SUPPLIER, record_id, principal, if_match)
        merged = {**row, **changes}
        _check_supplier(merged)
        kvk = merged.get("kvk_number")
        if kvk and kvk != row["kvk_number"]:
            await crud.ensure_unique(
                SUPPLIER,
                [(
                    (Supplier.scope == row["scope"]) & (Supplier.kvk_number == kvk) & (Supplier.id != record_id),
                    "kvk_number",
                    "Een leverancier met dit KvK-nummer staat al in dit register.",
                )],
            )
        await crud.update(SUPPLIER, row, changes, principal)


async def delete_supplier(record_id: int, principal: Principal, if_match: int | None) -> None:
    async with write_transaction():
        row = await crud.fetch_for_write(SUPPLIER, record_id, principal, if_match)
        if await SubprocessorLink.exists().where(SubprocessorLink.subprocessor == record_id):
            raise Conflict("id", "Deze leverancier is subverwerker van een andere leverancier.")
        await audit_dependants("supplier", record_id, row["_scope"], principal, SUPPLIER_DEPENDANTS)
        try:
            await crud.delete(SUPPLIER, row, principal)
        except Exception as exc:  # the agreements and incidents that name it are kept (RESTRICT)
            if not foreign_key_refused(exc):
                raise
            raise Conflict("id", "Er zijn nog overeenkomsten of incidenten met deze leverancier.") from exc


async def supplier_row(record_id: int, principal: Principal) -> dict[str, Any]:
    return await crud.fetch(SUPPLIER, record_id, principal)


# --- products -------------------------------------------------------------------------


async def _check_used_by(
    codes: list[str], principal: Principal, supplier_scope: str, current: Collection[str] = ()
) -> list[str]:
    """The codes, once each; 400 for a code that does not exist or lies outside the caller's
    scope, with the same answer for both (no probing which codes exist elsewhere). A code
    the product already names, or the supplier's own register, may stay."""
    errors: dict[str, str] = {}
    unique = list(dict.fromkeys(codes))
    for index, code in enumerate(unique):
        exists = await scope_exists(code)  # looked up either way: the same work for both answers
        visible = principal.sees(code) or code == supplier_scope or code in current
        if not (exists and visible):
            errors[f"used_by[{index}]"] = f"{code} is geen gemeente of samenwerkingsverband in het register."
    if errors:
        raise Invalid(errors)
    return unique


async def _replace_usage(product_id: int, codes: list[str]) -> None:
    await ProductUsage.delete().where(ProductUsage.product == product_id)
    if codes:
        await ProductUsage.insert(*[ProductUsage(product=product_id, used_by=c) for c in codes])


async def create_product(supplier_id: int, data: ProductCreate, principal: Principal) -> int:
    async with write_transaction():
        supplier = await crud.fetch(SUPPLIER, supplier_id, principal)
        used_by = await _check_used_by(data.used_by, principal, supplier["scope"])
        values = {
            "supplier": supplier_id, "name": data.name.strip(), "kind": data.kind,
            "product_version": data.product_version, "cpe": data.cpe, "purl": data.purl,
            "ensia_domains": list(dict.fromkeys(data.ensia_domains)),
        }
        record_id = await crud.insert(PRODUCT, values, principal, scope=supplier["scope"])
        await _replace_usage(record_id, used_by)
        if used_by:
            await audit.record(
                actor=principal.email, action="usage", entity="product", entity_id=record_id,
                scope=supplier["scope"], changes={"used_by": [None, used_by]},
            )
        return record_id


async def update_product(
    supplier_id: int, record_id: int, data: ProductUpdate, principal: Principal, if_match: int | None
) -> None:
    changes = updates(data)
    used_by = changes.pop("used_by", None)
    async with write_transaction():
        row = await crud.fetch_for_write(
            PRODUCT, record_id, principal, if_match, supplier_id
        )
        extra = None
        if used_by is not None:
            old = await usage_of([record_id])
            used_by = await _check_used_by(used_by, principal, row["_scope"], old.get(record_id, []))
            await _replace_usage(record_id, used_by)
            extra = {"used_by": [old.get(record_id, []), used_by]}
        await crud.update(PRODUCT, row, changes, principal, extra_changes=extra)


async def usage_of(product_ids: list[int]) -> dict[int, list[str]]:
    if not product_ids:
        return {}
    rows = await ProductUsage.select(ProductUsage.product, ProductUsage.used_by).where(
        ProductUsage.product.is_in(product_ids)
    )
    result: dict[int, list[str]] = {}
    for row in rows:
        result.setdefault(row["product"], []).append(row["used_by"])
    return result


# --- sub-processors -------------------------------------------------------------------


async def create_subprocessor(supplier_id: int, data: SubprocessorCreate, principal: Principal) -> int:
    async with write_transaction():
        supplier = await crud.fetch(SUPPLIER, supplier_id, principal)
        if data.subprocessor_id == supplier_id:
            raise Invalid({"subprocessor_id": "Een leverancier is niet zijn eigen subverwerker."})
        sub = await Supplier.select(Supplier.scope, Supplier.country).where(
            Supplier.id == data.subprocessor_id
        ).first()
        if sub is None or sub["scope"] != supplier["scope"]:
            raise Invalid({"subprocessor_id": "Deze leverancier staat niet in hetzelfde register."})
        if data.country and (msg := ids.country_error(data.country)):
            raise Invalid({"country": msg})
        if await SubprocessorLink.exists().where(
            (SubprocessorLink.supplier == supplier_id)
            & (SubprocessorLink.subprocessor == data.subprocessor_id)
        ):
            raise Conflict("subprocessor_id", "Deze subverwerker is al vastgelegd.")
        values = {
            "supplier": supplier_id,
            "subprocessor": data.subprocessor_id,
            "country": data.country or sub["country"],
            "service": data.service,
            "notified_on": data.notified_on,
        }
        return await crud.insert(SUBPROCESSOR, values, principal, scope=supplier["scope"])


async def update_subprocessor(
    supplier_id: int, record_id: int, data: SubprocessorUpdate, principal: Principal,
    if_match: int | None,
) -> None:
    changes = updates(data)
    if "country" in changes and (msg := ids.country_error(changes["country"])):
        raise Invalid({"country": msg})
    async with write_transaction():
        row = await crud.fetch_for_write(
            SUBPROCESSOR, record_id, principal, if_match, supplier_id
        )
        await crud.update(SUBPROCESSOR, row, changes, principal)


# --- evidence -------------------------------------------------------------------------


def _check_evidence(values: dict[str, Any]) -> None:
    if errors := evidence_errors(values):
        raise Invalid(errors)


EVIDENCE_FIELDS = (
    "kind", "scope_text", "auditor", "standard_version", "issued_on", "period_start",
    "period_end", "valid_until",
)


async def create_evidence(supplier_id: int, data: EvidenceCreate, principal: Principal) -> int:
    values: dict[str, Any] = {name: getattr(data, name) for name in EVIDENCE_FIELDS}
    _check_evidence(values)
    async with write_transaction():
        supplier = await crud.fetch(SUPPLIER, supplier_id, principal)
        return await crud.insert(
            EVIDENCE, {**values, "supplier": supplier_id}, principal, scope=supplier["scope"]
        )


async def update_evidence(
    supplier_id: int, record_id: int, data: EvidenceUpdate, principal: Principal,
    if_match: int | None,
) -> None:
    changes = updates(data)
    async with write_transaction():
        row = await crud.fetch_for_write(
            EVIDENCE, record_id, principal, if_match, supplier_id
        )
        _check_evidence({**{k: row[k] for k in EVIDENCE_FIELDS}, **changes})
        await crud.update(EVIDENCE, row, changes, principal)


def check_evidence_file(content: bytes) -> None:
    """A PDF of at most 20 MB, or 413/400 naming the field ``file``."""
    if len(content) > MAX_EVIDENCE_FILE:
        raise PayloadTooLarge("Het bestand is groter dan 20 MB.", [{"field": "file", "message": "Maximaal 20 MB."}])
    if not content.startswith(b"%PDF-"):
        raise Invalid({"file": "Alleen PDF-bestanden kunnen als bewijsstuk worden bewaard."})


async def attach_evidence_file(
    supplier_id: int, record_id: int, filename: str, content: bytes, principal: Principal,
    if_match: int | None,
) -> None:
    check_evidence_file(content)
    digest = hashlib.sha256(content).hexdigest()
    async with write_transaction():
        row = await crud.fetch_for_write(
            EVIDENCE, record_id, principal, if_match, supplier_id
        )
        await EvidenceFile.delete().where(EvidenceFile.evidence == record_id)
        await EvidenceFile.insert(EvidenceFile(evidence=record_id, content=content))
        name = filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1][:255] or "bewijsstuk.pdf"
        await crud.update(
            EVIDENCE, row, {"file_name": name, "file_sha256": digest, "file_size": len(content)},
            principal,
        )


async def evidence_file(supplier_id: int, record_id: int, principal: Principal) -> tuple[str, bytes]:
    row = await crud.fetch(EVIDENCE, record_id, principal, supplier_id)
    blob = await EvidenceFile.select(EvidenceFile.content).where(
        EvidenceFile.evidence == record_id
    ).first()
    if blob is None:
        raise NotFound("Bestand")
    return row["file_name"] or "bewijsstuk.pdf", bytes(blob["content"])


async def delete_child(
    resource: crud.Resource, supplier_id: int, record_id: int, principal: Principal,
    if_match: int | None,
) -> None:
    async with write_transaction():
        row = await crud.fetch_for_write(
            resource, record_id, principal, if_match, supplier_id,
        )
        dependants = CHILD_DEPENDANTS.get(resource.entity, ())
        await audit_dependants(resource.entity, record_id, row["_scope"], principal, dependants)
        await crud.delete(resource, row, principal)

