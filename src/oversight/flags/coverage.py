"""The one coverage rule: which agreement covers a product in use by a controller on a day.

A product used by a controller (``product_usage.used_by``, a CBS code or slug) is covered
on a day when an agreement that names the product (``agreement_product``) is

- in force on that day: signed on or before it (an agreement recorded as signed without
  a signing date counts as signed), not ended before it (no end date, or an end date on or
  after it), and either still signed or ended only after that day (its ``ended`` step
  recorded later); and
- the controller's own, or one of an arrangement the controller (a municipality) is a
  member of on that day, acting for it: its ``on_behalf_of`` is empty (all members) or
  names the municipality.

For today this is "signed and current"; for an earlier day (the ENSIA reference date) it
is the state of that day, so an agreement signed later or ended earlier does not count.
The missing-agreement flags, the owner pages, the board overview, the watch list and the
ENSIA overview all read coverage from here, so they cannot disagree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from core import is_sqlite
from oversight.flags.engine import Sql

#: Agreement ``a`` covers usage ``u`` on the day ``{day}`` (``{next}`` is the day after).
APPLIES = (
    "(a.status = 'signed' OR (a.status = 'ended' AND EXISTS (SELECT 1 FROM agreement_transition t"
    "  WHERE t.agreement = a.id AND t.to_status = 'ended' AND t.at >= {next})))"
    " AND (a.signing_date IS NULL OR a.signing_date <= {day})"
    " AND (a.end_date IS NULL OR a.end_date >= {day})"
    " AND (a.scope = u.used_by OR EXISTS ("
    "  SELECT 1 FROM arrangement_member m JOIN arrangement r ON r.id = m.arrangement"
    "  JOIN municipality mu ON mu.id = m.municipality"
    "  WHERE r.slug = a.scope AND mu.cbs_code = u.used_by"
    "  AND (m.joined_on IS NULL OR m.joined_on <= {day}) AND (m.left_on IS NULL OR m.left_on > {day})"
    "  AND (a.on_behalf_of IS NULL OR json_array_length(a.on_behalf_of) = 0 OR EXISTS ("
    "   SELECT 1 FROM {each} WHERE {value} = u.used_by))))"
)
_EACH = {
    "sqlite": ("json_each(a.on_behalf_of) j", "j.value"),
    "postgres": ("json_array_elements_text(a.on_behalf_of) AS j(value)", "j.value"),
}


def _applies(on: dt.date, sqlite: bool) -> tuple[str, list[Any]]:
    """The rule as SQL with ``{}`` placeholders, and their values in order."""
    each, value = _EACH["sqlite" if sqlite else "postgres"]
    text = APPLIES.replace("{each}", each).replace("{value}", value)
    args: list[Any] = []
    for piece in text.split("{")[1:]:
        name = piece.split("}", 1)[0]
        args.append(on + dt.timedelta(days=1) if name == "next" else on)
    return text.replace("{next}", "{}").replace("{day}", "{}"), args


def uncovered_usages(on: dt.date, *, sqlite: bool) -> Sql:
    """(used_by, product_id, product_name, product_kind, supplier_id, supplier_name) of every usage that
    is not covered on ``on``; narrow it with ``FlagContext.scoped(sql, "u.used_by")``."""
    applies, args = _applies(on, sqlite)
    return Sql(
        # our constants only; the day is a parameter
        "SELECT u.used_by, p.id AS product_id, p.name AS product_name, p.kind AS product_kind,"  # noqa: S608
        " s.id AS supplier_id, s.name AS supplier_name"
        " FROM product_usage u JOIN product p ON p.id = u.product JOIN supplier s ON s.id = p.supplier"
        " WHERE NOT EXISTS (SELECT 1 FROM agreement_product ap JOIN agreement a ON a.id = ap.agreement"
        f" WHERE ap.product = u.product AND {applies})",
        *args,
    )


def covering_agreements(on: dt.date, *, sqlite: bool) -> Sql:
    """(used_by, product_id, agreement_id, agreement_title, agreement_scope, signing_date, end_date)
    of every usage and each agreement that covers it on ``on``; narrow it with ``Sql.in_``."""
    applies, args = _applies(on, sqlite)
    return Sql(
        "SELECT u.used_by, u.product AS product_id, a.id AS agreement_id, a.title, a.scope,"  # noqa: S608
        " a.signing_date, a.end_date FROM product_usage u"
        " JOIN agreement_product ap ON ap.product = u.product JOIN agreement a ON a.id = ap.agreement"
        f" WHERE {applies}",
        *args,
    )


async def uncovered_products(scope: str, on: dt.date) -> list[dict[str, Any]]:
    """The products ``scope`` uses that nothing covers on ``on``, by supplier and product name."""
    sql = uncovered_usages(on, sqlite=is_sqlite()).add("AND u.used_by = {}", scope)
    sql.add("ORDER BY s.name, p.name")
    return [
        {"id": product_id, "name": name, "kind": kind, "supplier_id": supplier_id, "supplier_name": supplier_name}
        for _, product_id, name, kind, supplier_id, supplier_name in await sql.tuples()
    ]
