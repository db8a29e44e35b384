"""What a delete takes with it, in the audit trail.

The database removes a record's dependants by ``ON DELETE CASCADE`` (an agreement's
documents, scans and findings; a supplier's products and evidence). Left at that, the trail
shows one ``delete`` and nothing of what went with it (issue 13, finding 9). Packages above the
deleting one declare what else goes along (:func:`also_deleted_with`). The service
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


#: Dependants that packages above the deleting one declare: the register cannot import the
#: agreements, whose links to a product go with it (see :func:`also_deleted_with`).
_ALSO: dict[str, list[Dependants]] = {}


def also_deleted_with(parent_entity: str, *groups: Dependants) -> None:
    """Declare, from a package higher up, rows a delete of ``parent_entity`` takes along."""
    known = _ALSO.setdefault(parent_entity, [])
    known.extend(g for g in groups if g.entity not in {k.entity for k in known})


#: Scope columns of tables higher up (an activity's, a request's, an incident's controller):
#: a municipality or arrangement is not deleted while one of them still holds a row.
_HOLDERS: list[tuple[Column, str]] = []


def holds_scope(column: Column, what: str) -> None:
    """Declare, from a package higher up, that ``column`` holds a scope's CBS code or slug;
    ``what`` names such rows in Dutch ("verwerkingen") for the refusal."""
    if all(known is not column for known, _ in _HOLDERS):
        _HOLDERS.append((column, what))


async def scope_holder(scope: str) -> str | None:
    """What still holds records of ``scope`` (as declared with :func:`holds_scope`), or None."""
    for column, what in _HOLDERS:
        if await column._meta.table.exists().where(column == scope):
            return what
    return None


async def audit_dependants(
    parent_entity: str, parent_id: int, scope: str, principal: Principal, groups: Sequence[Dependants]
) -> int:
    """Record a ``delete`` for every dependant of the parent; returns how many."""
    count = 0
    for group in (*groups, *_ALSO.get(parent_entity, ())):
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
