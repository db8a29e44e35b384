"""The audit trail as a page, for admins and the FG."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from litestar import Controller, Request, get
from litestar.exceptions import PermissionDeniedException
from litestar.params import Parameter
from litestar.response import Template

from core import crud
from core.audit_reads import list_events
from core.auth import AUDIT_READER_ROLES, Principal
from core.http import Paging
from core.web.audit_labels import ACTIONS, ENTITIES, FIELDS, VALUES
from core.web.shell import page

PAGE_SIZE = 50
LOCAL = ZoneInfo("Europe/Amsterdam")


def readable(value: Any, field: str = "") -> str:
    """One value of a change as text: empty as a dash, lists joined, objects as "naam: waarde"
    with Dutch names, statuses and roles in Dutch."""
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, str):
        return VALUES.get(field, {}).get(value, value)
    if isinstance(value, dict):
        return "; ".join(f"{FIELDS.get(k, k)}: {readable(v, k)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(readable(v, field) for v in value)
    return str(value)


def local_time(moment: dt.datetime) -> dt.datetime:
    """An event's moment in Dutch time (stored in UTC)."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).astimezone(LOCAL)


def change_rows(changes: Any) -> list[tuple[str, str, str]]:
    """(field, before, after) of an event's changes, which are ``{field: [before, after]}``."""
    if not isinstance(changes, dict):
        return [("", "—", readable(changes))]
    rows = []
    for name, value in changes.items():
        if isinstance(value, list) and len(value) == 2:
            rows.append((name, readable(value[0], name), readable(value[1], name)))
        else:
            rows.append((name, "—", readable(value, name)))
    return rows


class AuditPages(Controller):
    path = "/audit"
    include_in_schema = False

    @get(operation_id="auditPage")
    async def list_(
        self, request: Request, web_user: Principal, paging: Paging,
        entity: str | None = Parameter(required=False, max_length=64),
        actor: str | None = Parameter(required=False, max_length=254),
        action: str | None = Parameter(required=False, max_length=32),
    ) -> Template:
        """The audit trail, newest first, filtered on entity, actor and action."""
        if web_user.role not in AUDIT_READER_ROLES:
            raise PermissionDeniedException(detail="Alleen beheerders en de FG zien de audittrail.")
        result = await crud.within_pages(lambda number: list_events(
            web_user, entity=entity, actor=actor, action=action, page=number, page_size=PAGE_SIZE
        ), paging.page)
        events = [{**e, "at": local_time(e["at"]), "rows": change_rows(e["changes"])} for e in result.items]
        params = {k: v for k, v in {"entity": entity, "actor": actor, "action": action}.items() if v}
        return page(request, "audit/list.html", web_user, result=result, events=events, params=params,
                    actions=ACTIONS, entities=ENTITIES, fields=FIELDS)


CONTROLLERS = [AuditPages]
