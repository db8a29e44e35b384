"""Reading the audit trail: filtered, newest first, limited to what the reader may see."""

from __future__ import annotations

import json
from typing import Any

from core import crud
from core.auth import Principal
from core.tables import AuditEvent


async def list_events(
    principal: Principal, *, entity: str | None = None, entity_id: str | None = None,
    actor: str | None = None, action: str | None = None, page: int = 1, page_size: int = 50,
) -> crud.Page:
    """Two queries (count, page); an FG sees the events of its scopes, an admin all of them.

    Same conditions as ``GET /api/v1/audit``; the caller checks the role may read the trail.
    """
    conditions = []
    if entity:
        conditions.append(AuditEvent.entity == entity)
    if entity_id:
        conditions.append(AuditEvent.entity_id == entity_id)
    if actor:
        conditions.append(AuditEvent.actor == actor)
    if action:
        conditions.append(AuditEvent.action == action)
    if not principal.is_admin:
        conditions.append(AuditEvent.scope.is_in(sorted(principal.scopes) or ["\x00"]))
    count = AuditEvent.count()
    select = AuditEvent.select().order_by(AuditEvent.seq, ascending=False)
    for condition in conditions:
        count, select = count.where(condition), select.where(condition)
    total = await count
    rows: list[dict[str, Any]] = await select.limit(page_size).offset((page - 1) * page_size)
    for row in rows:
        if isinstance(row["changes"], str):
            row["changes"] = json.loads(row["changes"])
    return crud.Page(rows, total, page, page_size)
