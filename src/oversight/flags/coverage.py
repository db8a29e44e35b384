"""The one coverage rule: which products in use by a controller no agreement covers.

A product used by a controller (``product_usage.used_by``, a CBS code or slug) is covered
on a day when an agreement that names the product (``agreement_product``) is

- signed, and current on that day (no end date, or an end date on or after it), and
- the controller's own, or one of an arrangement the controller (a municipality) is a
  member of on that day, acting for it: its ``on_behalf_of`` is empty (all members) or
  names the municipality.

The missing-agreement flags, the owner pages of a municipality or arrangement and the board
overview all read coverage from here, so they cannot disagree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from core import is_sqlite
from oversight.flags.engine import Sql

#: A usage ``u`` is covered on the day given as the placeholder's value (three times).
COVERED = (
    "EXISTS (SELECT 1 FROM agreement_product ap JOIN agreement a ON a.id = ap.agreement"
    " WHERE ap.product = u.product AND a.status = 'signed'"
    " AND (a.end_date IS NULL OR a.end_date >= {})"
    " AND (a.scope = u.used_by OR EXISTS ("
    "  SELECT 1 FROM arrangement_member m JOIN arrangement r ON r.id = m.arrangement"
    "  JOIN municipality mu ON mu.id = m.municipality"
    "  WHERE r.slug = a.scope AND mu.cbs_code = u.used_by"
    "  AND (m.joined_on IS NULL OR m.joined_on <= {}) AND (m.left_on IS NULL OR m.left_on > {})"
    "  AND (a.on_behalf_of IS NULL OR json_array_length(a.on_behalf_of) = 0 OR EXISTS ("
    "   SELECT 1 FROM {each} WHERE {value} = u.used_by)))))"
)
_EACH = {
    "sqlite": ("json_each(a.on_behalf_of) j", "j.value"),
    "postgres": ("json_array_elements_text(a.on_behalf_of) AS j(value)", "j.value"),
}


def uncovered_usages(on: dt.date, *, sqlite: bool) -> Sql:
    """(used_by, product_id, product_name, product_kind, supplier_id, supplier_name) of every usage that
    is not covered on ``on``; narrow it with ``FlagContext.scoped(sql, "u.used_by")``."""
    each, value = _EACH["sqlite" if sqlite else "postgres"]
    covered = COVERED.replace("{each}", each).replace("{value}", value)
    return Sql(
        # our constants only; the day is a parameter
        "SELECT u.used_by, p.id AS product_id, p.name AS product_name, p.kind AS product_kind,"  # noqa: S608
        " s.id AS supplier_id, s.name AS supplier_name"
        " FROM product_usage u JOIN product p ON p.id = u.product JOIN supplier s ON s.id = p.supplier"
        f" WHERE NOT {covered}",
        on, on, on,
    )


async def uncovered_products(scope: str, on: dt.date) -> list[dict[str, Any]]:
    """The products ``scope`` uses that nothing covers on ``on``, by supplier and product name."""
    sql = uncovered_usages(on, sqlite=is_sqlite()).add("AND u.used_by = {}", scope)
    sql.add("ORDER BY s.name, p.name")
    return [
        {"id": product_id, "name": name, "kind": kind, "supplier_id": supplier_id, "supplier_name": supplier_name}
        for _, product_id, name, kind, supplier_id, supplier_name in await sql.tuples()
    ]
