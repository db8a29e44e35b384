"""Advisories against the register: which products an advisory names, who uses them (the
controllers to warn), as far as the caller may see."""

from __future__ import annotations

from typing import Any

import msgspec

from core import Principal
from suppliers import advisory_matches, advisory_records

MatchOut = advisory_matches.MatchOut
affected = advisory_matches.affected


class AdvisoryOut(msgspec.Struct, kw_only=True):
    id: int
    tracking_id: str
    revision: str
    title: str
    publisher: str
    severity: str
    base_score: float | None
    cves: list[str]
    released_at: str | None
    matches: list[MatchOut]
    #: created, updated (a newer revision) or unchanged; only in the answer to an import.
    outcome: str | None = None


def advisory_out(row: dict[str, Any], matches: list[MatchOut], outcome: str | None = None) -> AdvisoryOut:
    released = row.get("released_at")
    return AdvisoryOut(
        id=row["id"], tracking_id=row["tracking_id"], revision=row["revision"], title=row["title"],
        publisher=row["publisher_name"], severity=row["severity"], base_score=row["base_score"], cves=row["cves"],
        released_at=released.isoformat() if released else None, matches=matches, outcome=outcome,
    )


async def import_advisory(document: dict[str, Any], principal: Principal) -> AdvisoryOut:
    record_id, outcome, _ = await advisory_records.import_document(document, principal)
    row = await advisory_records.advisory_row(record_id)
    return advisory_out(row, await affected(row["entries"], principal.scope_filter()), outcome)


async def get_advisory(record_id: int, principal: Principal) -> AdvisoryOut:
    row = await advisory_records.advisory_row(record_id)
    return advisory_out(row, await affected(row["entries"], principal.scope_filter()))


async def list_advisories(principal: Principal) -> list[AdvisoryOut]:
    """Every advisory, with the matches the caller may see."""
    rows = await advisory_records.advisory_rows()
    matches = await advisory_matches.affected_each([r["entries"] for r in rows], principal.scope_filter())
    return [advisory_out(r, m) for r, m in zip(rows, matches, strict=True)]
