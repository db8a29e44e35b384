"""Which products a controller uses without a signed processor agreement covering them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from contracts.tables import AgreementProduct
from suppliers.tables import Product, ProductUsage


async def uncovered_products(scope: str, on: dt.date) -> list[dict[str, Any]]:
    """Products used by ``scope`` that no signed agreement of ``scope`` in force on ``on`` names.

    One query, whatever the number of products: both conditions are subqueries.
    """
    in_force = (
        (AgreementProduct.agreement.scope == scope)
        & (AgreementProduct.agreement.status == "signed")
        & (
            AgreementProduct.agreement.end_date.is_null()
            | (AgreementProduct.agreement.end_date >= on)
        )
    )
    return await (
        Product.select(
            Product.id, Product.name, Product.kind,
            Product.supplier.id.as_alias("supplier_id"),
            Product.supplier.name.as_alias("supplier_name"),
        )
        .where(
            Product.id.is_in(ProductUsage.select(ProductUsage.product).where(ProductUsage.used_by == scope)),
            Product.id.not_in(AgreementProduct.select(AgreementProduct.product).where(in_force)),
        )
        .order_by(Product.supplier.name)
        .order_by(Product.name)
    )
