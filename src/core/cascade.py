"""What a delete takes with it, in the audit trail.

The database removes a record's dependants by ``ON DELETE CASCADE`` (an agreement's
documents, scans and findings; a supplier's products and evidence). Left at that, the trail
shows one ``delete`` and nothing of what went with it (issue 13, finding 9). The service
that deletes calls :func:`audit_dependants` first, in its write transaction: one ``delete``
event per dependant, its fields as they were and ``deleted_with`` naming the parent.
File contents are left out (their name, size and SHA-256 stay).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from piccolo.columns import Column
from piccolo.table import Table

from core import audit
from core.auth import Principal


@dataclass(frozen=True)
class Dependants:
    """Rows of ``table`` whose ``link`` (a foreign key, possibly through a join) is the parent."""

    entity: str
    table: type[Table]
    link: Column
    #: Columns not to copy into the trail (file contents, large reports).
    leave_out: tuple[Column, ...] = ()


async def audit_dependants(
    parent_entity: str, parent_id: int, scope: str, principal: Principal, groups: Sequence[Dependants]
) -> int:
    """Record a ``delete`` for every dependant of the parent; returns how many."""
    count = 0
    for group in groups:
        columns = group.table.all_columns(exclude=list(group.leave_out))
        rows = await group.table.select(*columns).where(group.link == parent_id).order_by(
            group.table._meta.primary_key
        )
        for row in rows:
            await audit.record(
                actor=principal.email, action="delete", entity=group.entity, entity_id=row["id"],
                scope=scope, before={**row, "deleted_with": f"{parent_entity} {parent_id}"},
            )
            count += 1
    return count
