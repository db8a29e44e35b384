"""Which products of the register an advisory names, and who uses them (the controllers to
warn), as far as the caller may see."""

from __future__ import annotations

from typing import Any

import msgspec

from suppliers import advisories
from suppliers.advisory_records import register_products
from suppliers.tables import Product, ProductUsage


class MatchOut(msgspec.Struct, kw_only=True):
    product_id: int
    product_name: str
    product_version: str
    supplier_id: int
    supplier_name: str
    #: cpe, purl or name: how the advisory names the product.
    matched_on: str
    #: False when the register holds no version of the product (it cannot be ruled out).
    version_known: bool
    #: CBS codes and slugs that use the product (the ones you may see).
    controllers: list[str]


async def affected(entries: list[dict[str, Any]], scopes: frozenset[str] | None) -> list[MatchOut]:
    """The register's products the entries call affected, with their users; ``scopes`` None
    sees everything, otherwise a product shows when its register or one of its users is in
    scope, and only the users in scope are named."""
    return (await affected_each([entries], scopes))[0]


async def affected_each(
    entry_lists: list[list[dict[str, Any]]], scopes: frozenset[str] | None
) -> list[list[MatchOut]]:
    """``affected`` for several advisories at once: at most three queries however many."""
    if not entry_lists:
        return []
    products = await register_products()
    found = []
    for entries in entry_lists:
        wanted = advisories.entry_keys(entries)
        candidates = [p for p in products if advisories.product_keys(p) & wanted]
        found.append(list(advisories.matches(candidates, entries)))
    ids = sorted({m.product_id for matches in found for m in matches})
    if not ids:
        return [[] for _ in entry_lists]
    users: dict[int, list[str]] = {}
    for row in await ProductUsage.select(ProductUsage.product, ProductUsage.used_by).where(
        ProductUsage.product.is_in(ids)
    ):
        users.setdefault(row["product"], []).append(row["used_by"])
    registers = {
        r["id"]: r["scope"]
        for r in await Product.select(Product.id, Product.supplier.scope.as_alias("scope")).where(Product.id.is_in(ids))
    }
    by_id = {p.id: p for p in products}
    return [_visible(matches, by_id, users, registers, scopes) for matches in found]


def _visible(matches: list[advisories.Match], by_id: dict[int, advisories.RegisterProduct],
             users: dict[int, list[str]], registers: dict[int, str], scopes: frozenset[str] | None) -> list[MatchOut]:
    out = []
    for m in matches:
        seen = sorted(c for c in users.get(m.product_id, []) if scopes is None or c in scopes)
        if scopes is not None and not seen and registers.get(m.product_id) not in scopes:
            continue
        p = by_id[m.product_id]
        out.append(MatchOut(
            product_id=p.id, product_name=p.name, product_version=p.version, supplier_id=p.supplier_id,
            supplier_name=p.supplier_name, matched_on=m.matched_on, version_known=m.version_known, controllers=seen,
        ))
    return sorted(out, key=lambda m: (m.supplier_name, m.product_name, m.product_id))
