"""The watch list: the products a municipality or arrangement uses, with supplier, version,
CPE/purl and the agreement that covers them today; the list it hands its CERT.

An arrangement's list also holds the products its member municipalities use under the
arrangement's own agreements (what it uses for its members)."""

from __future__ import annotations

import datetime as dt

import msgspec

from core import NotFound, Principal, csv_bytes, formula_safe, is_sqlite
from oversight.flags.coverage import covering_agreements
from suppliers import Product, ProductUsage, scope_exists


class AgreementRef(msgspec.Struct, kw_only=True):
    id: int
    title: str
    controller: str


class WatchItem(msgspec.Struct, kw_only=True):
    product_id: int
    product_name: str
    product_version: str
    kind: str
    cpe: str | None
    purl: str | None
    supplier_id: int
    supplier_name: str
    #: Who uses it: the controller itself, or members the arrangement acts for.
    used_by: list[str]
    #: The agreements that cover the product for these users today (none: a gap).
    agreements: list[AgreementRef]


async def check_controller(controller: str, principal: Principal) -> None:
    """404 for a code that does not exist or lies outside the caller's scope (one answer)."""
    exists = await scope_exists(controller)
    if not (exists and principal.sees(controller)):
        raise NotFound("Gemeente of samenwerkingsverband")


async def watchlist(controller: str, principal: Principal, on: dt.date) -> list[WatchItem]:
    await check_controller(controller, principal)
    users: dict[int, set[str]] = {}
    for row in await ProductUsage.select(ProductUsage.product, ProductUsage.used_by).where(
        ProductUsage.used_by == controller
    ):
        users.setdefault(row["product"], set()).add(controller)
    agreements: dict[int, dict[int, AgreementRef]] = {}
    sql = covering_agreements(on, sqlite=is_sqlite())
    sql.add("AND (u.used_by = {} OR a.scope = {})", controller, controller)
    for used_by, product_id, agreement_id, title, scope, _, _ in await sql.tuples():
        users.setdefault(product_id, set()).add(used_by)
        ref = AgreementRef(id=agreement_id, title=title, controller=scope)
        agreements.setdefault(product_id, {})[agreement_id] = ref
    if not users:
        return []
    rows = await Product.select(
        Product.id, Product.name, Product.product_version, Product.kind, Product.cpe, Product.purl,
        Product.supplier, Product.supplier.name.as_alias("supplier_name"),
    ).where(Product.id.is_in(list(users)))
    items = [
        WatchItem(
            product_id=r["id"], product_name=r["name"], product_version=r["product_version"], kind=r["kind"],
            cpe=r["cpe"], purl=r["purl"], supplier_id=r["supplier"], supplier_name=r["supplier_name"],
            used_by=sorted(users[r["id"]]),
            agreements=sorted(agreements.get(r["id"], {}).values(), key=lambda a: a.id),
        )
        for r in rows
    ]
    return sorted(items, key=lambda i: (i.supplier_name.lower(), i.product_name.lower(), i.product_id))


COLUMNS = ("Leverancier", "Product", "Versie", "Soort", "CPE", "purl", "Gebruikt door", "Overeenkomst")


def to_csv(items: list[WatchItem]) -> bytes:
    """The list as CSV in Dutch Excel's dialect, no formulas from user data."""
    table = []
    for i in items:
        agreements = ", ".join(f"{a.title} ({a.id})" for a in i.agreements) or "geen"
        values = (i.supplier_name, i.product_name, i.product_version, i.kind, i.cpe or "", i.purl or "",
                  ", ".join(i.used_by), agreements)
        table.append([formula_safe(v) for v in values])
    return csv_bytes(table, COLUMNS)
