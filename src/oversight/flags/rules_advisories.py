"""Flags of security advisories: ``advisory`` for every controller that uses a product an
advisory (CSAF 2.0) calls affected.

Critical at a CVSS base score of 9.0 and above, warning from 7.0, info below (without a
score: critical or warning by the aggregate severity's text, info otherwise). The flag
leaves when the product's version is raised past the affected range or a newer revision
of the advisory calls that version fixed: matching is done anew on every run. It has no
deadline (due now, like a missing agreement).
"""

from __future__ import annotations

from typing import Any

from oversight.flags.engine import FlagContext
from oversight.flags.types import Flag, Severity
from suppliers import advisory_matches, advisory_records

AGGREGATE = {"critical": "critical", "kritiek": "critical", "high": "warning", "important": "warning",
             "hoog": "warning"}


def flag_severity(score: float | None, severity: str) -> Severity:
    if score is None:
        return AGGREGATE.get(severity.strip().lower(), "info")  # type: ignore[return-value]
    return "critical" if score >= 9.0 else "warning" if score >= 7.0 else "info"


def _message(row: dict[str, Any], match: advisory_matches.MatchOut) -> str:
    score = f", CVSS {row['base_score']:.1f}" if row["base_score"] is not None else ""
    version = f" {match.product_version}" if match.product_version else " (versie onbekend)"
    cves = f" ({', '.join(row['cves'][:3])})" if row["cves"] else ""
    return (f"Advisory {row['tracking_id']}{cves}{score}: {match.product_name}{version} van {match.supplier_name} "
            "is kwetsbaar. Werk het product bij of neem de maatregelen uit de advisory.")


async def advisory_flags(ctx: FlagContext) -> list[Flag]:
    """One flag per advisory, affected product and controller that uses it."""
    scopes = ctx.scopes
    flags = []
    rows = await advisory_records.advisory_rows()
    each = await advisory_matches.affected_each([r["entries"] for r in rows], scopes)
    for row, matches in zip(rows, each, strict=True):
        for match in matches:
            for controller in match.controllers:
                if ctx.controller and controller != ctx.controller:
                    continue
                flags.append(Flag(
                    uid=f"advisory:product:{match.product_id}:{row['id']}:{controller}", kind="advisory",
                    severity=flag_severity(row["base_score"], row["severity"]), subject_type="product",
                    subject_id=match.product_id, controller=controller, due=None,
                    message=_message(row, match), link=f"/advisories/{row['id']}",
                ))
    return flags


RULES = [(frozenset({"advisory"}), advisory_flags)]
