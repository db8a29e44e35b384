"""Warnings to the other users of a supplier that reported an incident.

When a controller records an incident, every other controller in the register that has
the same supplier is warned: the same KvK number, or, for a supplier without one, the
same name (ignoring case) and country. A warning names the supplier as the warned
controller knows it, the products named (critical when the warned controller uses one:
a product of that name in its own record of the supplier, or a usage of the named
product), the date of discovery, the kind, and the summary the reporting FG chose to
share. It carries nothing else of the reporting controller: not its name, code or texts.
The warned controller marks a warning as handled (audited).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from contracts.incident_schemas import WarningOut
from contracts.incident_tables import Incident, IncidentProduct, IncidentWarningHandled
from core import NotFound, Principal, audit, crud, write_transaction
from suppliers import Product, ProductUsage

#: Incidents and the other controllers' records of the same supplier. ``{scopes}`` is
#: replaced by a condition on the warned scope.
_SQL = (
    "SELECT i.id, i.kind, i.discovered_at, i.share_with_other_users, i.shared_summary,"
    " s.id AS supplier_id, s.scope, s.name,"
    " (SELECT COUNT(*) FROM incident_warning_handled h WHERE h.incident = i.id AND h.scope = s.scope) AS handled"
    " FROM incident i JOIN supplier r ON r.id = i.supplier"
    " JOIN supplier s ON s.scope <> i.scope AND s.id <> r.id AND ("
    "  (COALESCE(r.kvk_number, '') <> '' AND s.kvk_number = r.kvk_number)"
    "  OR (COALESCE(r.kvk_number, '') = '' AND COALESCE(s.kvk_number, '') = ''"
    "      AND LOWER(s.name) = LOWER(r.name) AND s.country = r.country))"
    " WHERE 1 = 1 {scopes}"
    " ORDER BY i.discovered_at DESC, i.id DESC, s.scope"
)


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


async def _named_products(incident_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    named: dict[int, list[tuple[int, str]]] = {i: [] for i in incident_ids}
    if incident_ids:
        for r in await IncidentProduct.select(
            IncidentProduct.incident, IncidentProduct.product, IncidentProduct.product.name.as_alias("name")
        ).where(IncidentProduct.incident.is_in(incident_ids)).order_by(IncidentProduct.id):
            named[r["incident"]].append((r["product"], r["name"]))
    return named


async def _own_products(supplier_ids: list[int]) -> dict[int, set[str]]:
    own: dict[int, set[str]] = {}
    if supplier_ids:
        for r in await Product.select(Product.supplier, Product.name).where(Product.supplier.is_in(supplier_ids)):
            own.setdefault(r["supplier"], set()).add(r["name"].strip().lower())
    return own


async def _usages(product_ids: list[int]) -> set[tuple[int, str]]:
    if not product_ids:
        return set()
    return {
        (r["product"], r["used_by"])
        for r in await ProductUsage.select(ProductUsage.product, ProductUsage.used_by).where(
            ProductUsage.product.is_in(product_ids)
        )
    }


async def warnings(
    scopes: frozenset[str] | None, controller: str | None = None, *, include_handled: bool = False
) -> list[WarningOut]:
    """The warnings of the given warned scopes (None: all), newest discovery first; a
    fixed number of queries."""
    condition, args = "", []
    if scopes is not None:
        if not scopes:
            return []
        condition += f" AND s.scope IN ({', '.join('{}' for _ in scopes)})"
        args += sorted(scopes)
    if controller:
        condition += " AND s.scope = {}"
        args.append(controller)
    rows = await Incident.raw(_SQL.replace("{scopes}", condition), *args)
    if not include_handled:
        rows = [r for r in rows if not r["handled"]]
    if not rows:
        return []
    named = await _named_products(sorted({r["id"] for r in rows}))
    own = await _own_products(sorted({r["supplier_id"] for r in rows}))
    used = await _usages(sorted({p for items in named.values() for p, _ in items}))
    out = []
    for r in rows:
        products = named[r["id"]]
        mine = own.get(r["supplier_id"], set())
        uses = any(name.strip().lower() in mine or (pid, r["scope"]) in used for pid, name in products)
        out.append(WarningOut(
            incident_id=r["id"], controller=r["scope"], supplier_id=r["supplier_id"], supplier_name=r["name"],
            products=[name for _, name in products], uses_product=uses, kind=r["kind"],
            discovered_on=_as_date(r["discovered_at"]),
            shared_summary=r["shared_summary"] if r["share_with_other_users"] else "",
            handled=bool(r["handled"]),
        ))
    return out


async def mark_handled(incident_id: int, controller: str, principal: Principal) -> None:
    """The warned controller marks a warning as handled; 404 when it has no such warning."""
    if not principal.sees(controller):
        raise NotFound("Waarschuwing")
    async with write_transaction():
        found = [w for w in await warnings(None, controller, include_handled=True) if w.incident_id == incident_id]
        if not found:
            raise NotFound("Waarschuwing")
        if found[0].handled:
            return
        await IncidentWarningHandled.insert(IncidentWarningHandled(
            incident=incident_id, scope=controller, handled_by=principal.email, handled_at=crud.now(),
        ))
        await audit.record(
            actor=principal.email, action="handled", entity="incident_warning", entity_id=incident_id,
            scope=controller, after={"supplier_id": found[0].supplier_id, "handled_by": principal.email},
        )
