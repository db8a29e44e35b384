"""The incident register: record, complete and read breaches reported by suppliers.

Incidents are read and written by admin, the FG and procurement of the controller's
scope (``check_incident_role``, 403 otherwise); board and viewer see counts elsewhere, never the incidents.
Every write runs in one transaction with its audit event (``core.crud``).
"""

from __future__ import annotations

from typing import Any

import msgspec
from litestar.exceptions import PermissionDeniedException

from contracts import incident_rules as rules
from contracts.incident_schemas import IncidentCreate, IncidentOut, IncidentUpdate, SupplierIncidentRecord
from contracts.incident_tables import Incident, IncidentProduct
from contracts.services import controller_kind
from contracts.tables import Agreement
from core import ROLE_LABELS, Invalid, NotFound, Principal, audit, crud, require_scope, today, utcnow, write_transaction
from suppliers import Product, Supplier, updates

JSON_FIELDS = ("data_categories", "data_subject_categories")
INCIDENT = crud.Resource(Incident, "incident", "Incident", Incident.scope, JSON_FIELDS)
#: Roles that read and write incidents (of their own scope).
INCIDENT_ROLES = frozenset({"admin", "privacy_officer", "procurement"})
TIME_FIELDS = ("discovered_at", "supplier_reported_at", "aware_at", "authority_notified_at", "subjects_notified_at")


def may_handle_incidents(principal: Principal) -> bool:
    return principal.role in INCIDENT_ROLES


def check_incident_role(principal: Principal) -> None:
    if not may_handle_incidents(principal):
        raise PermissionDeniedException(
            detail=f"De rol {ROLE_LABELS.get(principal.role, principal.role)} ziet geen incidenten; "
            "het overzicht toont de aantallen."
        )


async def current_agreement(supplier_id: int, scope: str) -> dict[str, Any] | None:
    """The supplier's current agreement with the controller: signed and not ended, the
    most recently signed first."""
    rows = await Agreement.select(Agreement.id, Agreement.breach_notification_hours, Agreement.end_date).where(
        Agreement.supplier == supplier_id, Agreement.scope == scope, Agreement.status == "signed"
    ).order_by(Agreement.signing_date, ascending=False).order_by(Agreement.id, ascending=False)
    day = today()
    return next((r for r in rows if r["end_date"] is None or r["end_date"] >= day), None)


async def _agreement_for(data: IncidentCreate, scope: str) -> dict[str, Any] | None:
    if data.agreement_id is None:
        return await current_agreement(data.supplier_id, scope)
    row = await Agreement.select(
        Agreement.id, Agreement.scope, Agreement.supplier, Agreement.breach_notification_hours
    ).where(Agreement.id == data.agreement_id).first()
    if row is None or row["scope"] != scope:
        raise Invalid({"agreement_id": "Deze overeenkomst hoort niet bij deze verwerkingsverantwoordelijke."})
    if row["supplier"] != data.supplier_id:
        raise Invalid({"agreement_id": "Deze overeenkomst is niet met deze leverancier gesloten."})
    return row


async def _check_products(product_ids: list[int], supplier_id: int) -> None:
    if not product_ids:
        return
    own = {r["id"] for r in await Product.select(Product.id).where(
        Product.id.is_in(product_ids), Product.supplier == supplier_id
    )}
    errors = {
        f"product_ids[{index}]": "Dit product hoort niet bij deze leverancier."
        for index, pid in enumerate(product_ids) if pid not in own
    }
    if errors:
        raise Invalid(errors)


async def create_incident(data: IncidentCreate, principal: Principal) -> int:
    scope = data.controller
    check_incident_role(principal)
    require_scope(principal, scope)
    errors = rules.time_errors({name: getattr(data, name) for name in TIME_FIELDS[:3]}, utcnow())
    if errors:
        raise Invalid(errors)
    async with write_transaction():
        if await controller_kind(scope) is None:
            raise Invalid({"controller": f"{scope} is geen gemeente of samenwerkingsverband in het register."})
        supplier = await Supplier.select(Supplier.scope).where(Supplier.id == data.supplier_id).first()
        if supplier is None or supplier["scope"] != scope:
            raise Invalid(
                {"supplier_id": "Deze leverancier staat niet in het register van de verwerkingsverantwoordelijke."}
            )
        await _check_products(data.product_ids, data.supplier_id)
        agreement = await _agreement_for(data, scope)
        values = {
            name: getattr(data, name)
            for name in data.__struct_fields__
            if name not in {"controller", "supplier_id", "agreement_id", "product_ids"}
        }
        values.update(
            scope=scope, supplier=data.supplier_id, agreement=agreement["id"] if agreement else None,
            supplier_term_hours=agreement["breach_notification_hours"] if agreement else None,
        )
        record_id = await crud.insert(INCIDENT, values, principal, scope=scope)
        product_ids = list(dict.fromkeys(data.product_ids))
        if product_ids:
            await IncidentProduct.insert(*[IncidentProduct(incident=record_id, product=p) for p in product_ids])
            await audit.record(
                actor=principal.email, action="links", entity="incident", entity_id=record_id, scope=scope,
                changes={"product_ids": [None, product_ids]},
            )
        return record_id


async def update_incident(record_id: int, data: IncidentUpdate, principal: Principal, if_match: int | None) -> None:
    check_incident_role(principal)
    changes = updates(data)
    async with write_transaction():
        row = await crud.fetch_for_write(INCIDENT, record_id, principal, if_match)
        merged = {**row, **changes}
        errors = rules.time_errors({name: merged.get(name) for name in TIME_FIELDS}, utcnow())
        closed = merged.get("closed_on")
        if closed is not None and closed > today():
            errors["closed_on"] = "Deze datum ligt in de toekomst."
        if errors:
            raise Invalid(errors)
        await crud.update(INCIDENT, row, changes, principal)


async def _products_of(incident_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    result: dict[int, list[tuple[int, str]]] = {i: [] for i in incident_ids}
    if incident_ids:
        for r in await IncidentProduct.select(
            IncidentProduct.incident, IncidentProduct.product, IncidentProduct.product.name.as_alias("name")
        ).where(IncidentProduct.incident.is_in(incident_ids)).order_by(IncidentProduct.id):
            result[r["incident"]].append((r["product"], r["name"]))
    return result


def incident_out(row: dict[str, Any], products: list[tuple[int, str]]) -> IncidentOut:
    moments = {name: rules.local(row[name]) if row.get(name) else None for name in TIME_FIELDS}
    authority, subjects = rules.notifications(row["risk"])
    fields = {k: row[k] for k in IncidentOut.__struct_fields__ if k in row}
    fields.update(
        moments,
        controller=row["scope"], supplier_id=row["supplier"], supplier_name=row.get("supplier_name") or "",
        agreement_id=row["agreement"], product_ids=[p for p, _ in products], product_names=[n for _, n in products],
        authority_due_at=rules.authority_due(row["aware_at"]),
        supplier_on_time=rules.supplier_on_time(
            row["discovered_at"], row["supplier_reported_at"], row["supplier_term_hours"]
        ),
        authority_notification=authority, subjects_notification=subjects,
        created_at=rules.local(row["created_at"]), updated_at=rules.local(row["updated_at"]),
    )
    return msgspec.convert(fields, IncidentOut)


async def get_incident(record_id: int, principal: Principal) -> IncidentOut:
    check_incident_role(principal)
    row = await crud.fetch(INCIDENT, record_id, principal)
    supplier = await Supplier.select(Supplier.name).where(Supplier.id == row["supplier"]).first()
    row["supplier_name"] = supplier["name"] if supplier else ""
    return incident_out(row, (await _products_of([record_id]))[record_id])


async def list_incidents(
    principal: Principal, controller: str | None = None, supplier_id: int | None = None
) -> list[IncidentOut]:
    """The register in the caller's scope, newest awareness first: two queries."""
    check_incident_role(principal)
    query = Incident.select(*Incident.all_columns(), Incident.supplier.name.as_alias("supplier_name"))
    if (scoped := INCIDENT.scoped(principal)) is not None:
        query = query.where(scoped)
    if controller:
        query = query.where(Incident.scope == controller)
    if supplier_id:
        query = query.where(Incident.supplier == supplier_id)
    rows = [INCIDENT.decode(r) for r in await query.order_by(Incident.aware_at, ascending=False)
            .order_by(Incident.id, ascending=False)]
    products = await _products_of([r["id"] for r in rows])
    return [incident_out(r, products[r["id"]]) for r in rows]


async def supplier_record(supplier_id: int, principal: Principal) -> list[SupplierIncidentRecord]:
    """A supplier's incidents for its controller per year of discovery, late and in time."""
    check_incident_role(principal)
    supplier = await Supplier.select(Supplier.scope).where(Supplier.id == supplier_id).first()
    if supplier is None or not principal.sees(supplier["scope"]):
        raise NotFound("Leverancier")
    years: dict[int, SupplierIncidentRecord] = {}
    for item in await list_incidents(principal, supplier_id=supplier_id):
        year = item.discovered_at.year
        entry = years.setdefault(year, SupplierIncidentRecord(
            year=year, incidents=0, reported_late=0, reported_in_time=0, without_term=0
        ))
        entry.incidents += 1
        if item.supplier_on_time is None:
            entry.without_term += 1
        elif item.supplier_on_time:
            entry.reported_in_time += 1
        else:
            entry.reported_late += 1
    return [years[y] for y in sorted(years, reverse=True)]


async def incident_counts(scope: str, year: int) -> dict[str, int]:
    """Counts for the board overview, without the incidents themselves: recorded in the
    year (by awareness), reported late by the supplier, and still to notify to the
    authority (required or undecided, not done; of any year)."""
    rows = await Incident.select(
        Incident.aware_at, Incident.discovered_at, Incident.supplier_reported_at, Incident.supplier_term_hours,
        Incident.risk, Incident.authority_notified_at,
    ).where(Incident.scope == scope)
    in_year = [r for r in rows if rules.local(r["aware_at"]).year == year]
    late = [r for r in in_year if rules.supplier_on_time(
        r["discovered_at"], r["supplier_reported_at"], r["supplier_term_hours"]) is False]
    pending = [r for r in rows if rules.clock_open(r["risk"], r["authority_notified_at"])]
    return {"recorded": len(in_year), "reported_late": len(late), "to_notify": len(pending)}
