"""Versioned, scoped, audited writes and reads shared by every register resource.

A service opens one write transaction, and inside it loads the row for writing
(404 outside the user's scope, 412 on a stale version), changes it and records
the audit event: the change and its event commit or fail together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import msgspec
from piccolo.columns import Column
from piccolo.columns.combination import Where
from piccolo.custom_types import Combinable
from piccolo.table import Table

from core import audit
from core.auth import Principal
from core.errors import Conflict, NotFound, PreconditionFailed, PreconditionRequired
from core.prepared import Bound, Condition, Slot, Template, TemplateCache, compile_query

#: Matches nothing: a user without scopes sees nothing. No CBS code or slug has spaces or
#: brackets; a NUL byte would do on SQLite but is not valid text on PostgreSQL (an error).
NO_SCOPE = "(geen bereik)"


def scope_values(principal: Principal) -> list[str] | None:
    """The scopes to filter on, sorted; None for an admin (everything). A user without
    scopes gets ``[NO_SCOPE]``, which matches nothing (an empty IN list is not SQL)."""
    scopes = principal.scope_filter()
    if scopes is None:
        return None
    return sorted(scopes) or [NO_SCOPE]


@dataclass(frozen=True)
class Resource:
    table: type[Table]
    #: Name in the audit trail, e.g. "supplier".
    entity: str
    #: Dutch name for messages, e.g. "Leverancier".
    label: str
    #: Column (possibly through a join) holding the record's scope.
    scope_column: Column
    #: Columns holding JSON, decoded on read.
    json_fields: tuple[str, ...] = ()
    #: Columns computed from the others (column name, function of the whole row), written
    #: with every insert and update that changes them; not part of the audit trail, which
    #: records the fields they come from.
    derived: tuple[tuple[str, Callable[[Mapping[str, Any]], Any]], ...] = ()
    #: The column pointing at the record's parent (a product's supplier), for reads below it.
    parent: Column | None = None
    _fetches: TemplateCache = field(default_factory=TemplateCache, init=False, repr=False, compare=False)
    _scope: Condition = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_scope", Condition(self.scope_column.is_in, f"{self.entity} in scope"))

    def scoped(self, principal: Principal) -> Where | None:
        scopes = scope_values(principal)
        return None if scopes is None else self.scope_column.is_in(scopes)

    def in_scope(self, principal: Principal) -> Bound | None:
        """The user's scope as a prepared condition; None for an admin (everything)."""
        scopes = scope_values(principal)
        return None if scopes is None else self._scope(scopes)

    def decode(self, row: dict[str, Any]) -> dict[str, Any]:
        for name in self.json_fields:
            if isinstance(row.get(name), str):
                row[name] = msgspec.json.decode(row[name])
        return row


def etag(version: int) -> str:
    return f'"{version}"'


def parse_if_match(header: str | None) -> int | None:
    """The version named by an If-Match header; None for ``*``; raise 428 when absent."""
    if header is None or not header.strip():
        raise PreconditionRequired()
    value = header.strip()
    if value == "*":
        return None
    value = value.removeprefix("W/").strip('"')
    try:
        return int(value)
    except ValueError:
        raise PreconditionFailed(current=-1) from None


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _fetch_template(res: Resource, below_parent: bool) -> Template:
    record, parent = Slot(0), Slot(1)
    query = res.table.select(*res.table.all_columns(), res.scope_column.as_alias("_scope")).where(
        res.table._meta.primary_key == record
    )
    if below_parent:
        if res.parent is None:
            raise ValueError(f"{res.entity} has no parent column")
        query = query.where(res.parent == parent)
    return compile_query(query, [record, parent] if below_parent else [record])


async def fetch(
    res: Resource, record_id: int, principal: Principal, parent_id: int | None = None
) -> dict[str, Any]:
    """One row by id (below ``parent_id`` when given), within the user's scope; 404
    otherwise, also for rows outside the user's scope."""
    below_parent = parent_id is not None
    template = res._fetches.get(below_parent, lambda: _fetch_template(res, below_parent))
    rows = await template.rows([record_id, parent_id])
    if not rows or not principal.sees(rows[0]["_scope"]):
        raise NotFound(res.label)
    return res.decode(rows[0])


async def fetch_for_write(
    res: Resource,
    record_id: int,
    principal: Principal,
    if_match: int | None,
    parent_id: int | None = None,
) -> dict[str, Any]:
    row = await fetch(res, record_id, principal, parent_id)
    if if_match is not None and row["version"] != if_match:
        raise PreconditionFailed(current=row["version"])
    return row


async def ensure_unique(res: Resource, checks: Iterable[tuple[Combinable, str, str]]) -> None:
    """Raise 409 on the first check whose condition matches an existing row."""
    for condition, name, message in checks:
        if await res.table.exists().where(condition):
            raise Conflict(name, message)


async def insert(
    res: Resource, values: Mapping[str, Any], principal: Principal, scope: str
) -> int:
    stamp = now()
    derived = {name: compute(values) for name, compute in res.derived}
    row = res.table(**values, **derived, version=1, created_at=stamp, updated_at=stamp)
    await res.table.insert(row)
    record_id = int(getattr(row, res.table._meta.primary_key._meta.name))
    await audit.record(
        actor=principal.email,
        action="create",
        entity=res.entity,
        entity_id=record_id,
        scope=scope,
        after=dict(values),
    )
    return record_id


async def update(
    res: Resource,
    row: Mapping[str, Any],
    changes: Mapping[str, Any],
    principal: Principal,
    extra_changes: Mapping[str, Any] | None = None,
    action: str = "update",
) -> int:
    """Write the changed fields with version + 1; returns the new version."""
    changed = {k: v for k, v in changes.items() if audit.jsonable(row.get(k)) != audit.jsonable(v)}
    if not changed and not extra_changes:
        return int(row["version"])
    new_version = int(row["version"]) + 1
    merged = {**row, **changed}
    derived = {name: value for name, compute in res.derived if (value := compute(merged)) != row.get(name)}
    pk = res.table._meta.primary_key
    # Piccolo types the values as dict[Column | str, Any], which a dict[str, Any] is not.
    values: dict[Column | str, Any] = dict(changed.items())
    values.update(derived.items())
    values["version"] = new_version
    values["updated_at"] = now()
    updated = (
        await res.table.update(values, use_auto_update=False)
        .where(pk == row["id"], res.table._meta.get_column_by_name("version") == row["version"])
        .returning(pk)
    )
    if not updated:
        raise PreconditionFailed(current=int(row["version"]) + 1)
    audit_changes = audit.diff({k: row.get(k) for k in changed}, changed)
    audit_changes.update(audit.jsonable(dict(extra_changes or {})))
    await audit.record(
        actor=principal.email,
        action=action,
        entity=res.entity,
        entity_id=row["id"],
        scope=row["_scope"],
        changes=audit_changes,
    )
    return new_version


async def delete(res: Resource, row: Mapping[str, Any], principal: Principal) -> None:
    pk = res.table._meta.primary_key
    await res.table.delete().where(pk == row["id"])
    hidden = {"content", *(name for name, _ in res.derived)}
    before = {k: v for k, v in row.items() if not k.startswith("_") and k not in hidden}
    await audit.record(
        actor=principal.email,
        action="delete",
        entity=res.entity,
        entity_id=row["id"],
        scope=row["_scope"],
        before=before,
    )


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    total: int
    page: int
    page_size: int


async def within_pages(fetch: Callable[[int], Awaitable[Page]], page: int) -> Page:
    """``fetch(page)``, or the last page when ``page`` lies past it: what a web page shows for
    ``?page=99`` (the JSON API answers an empty page there)."""
    result = await fetch(page)
    if not result.items and result.total and page > 1:
        result = await fetch(-(-result.total // result.page_size))
    return result


class Listing:
    """A resource's paged list: columns and order fixed, conditions per request, each
    shape of conditions prepared once (``core.prepared``)."""

    def __init__(self, res: Resource, columns: Sequence[Any], order: Sequence[Any]) -> None:
        self.res = res
        self.columns = list(columns)
        self.order = list(order)
        self._templates = TemplateCache()

    def _template(self, conditions: Sequence[Bound], counting: bool) -> Template:
        query: Any = self.res.table.count() if counting else self.res.table.select(*self.columns)
        slots: list[Slot] = []
        for position, condition in enumerate(conditions):
            where, given = condition.where(position)
            query = query.where(where)
            slots += given
        if counting:
            return compile_query(query, slots)
        for column in self.order:
            query = query.order_by(column)
        return compile_query(query, slots, " LIMIT {} OFFSET {}")

    async def page(
        self, principal: Principal, conditions: Sequence[Bound], page: int, page_size: int
    ) -> Page:
        """At most two queries whatever the page size: the page, and a count when needed.

        A page that is neither full nor empty tells the total by itself (the rows before
        it plus its own), and so does an empty first page; only otherwise is the total
        counted. On a search that scans the table, the skipped count is half the work.
        """
        scoped = self.res.in_scope(principal)
        conditions = [*conditions, *([scoped] if scoped is not None else [])]
        shape = tuple(c.shape for c in conditions)
        values = [c.value for c in conditions]
        template = self._templates.get(("page", shape), lambda: self._template(conditions, False))
        offset = (page - 1) * page_size
        rows = await template.rows(values, int(page_size), int(offset))
        if 0 < len(rows) < page_size or (not rows and offset == 0):
            total = offset + len(rows)
        else:
            counter = self._templates.get(("count", shape), lambda: self._template(conditions, True))
            total = int((await counter.rows(values))[0]["count"])
        return Page([self.res.decode(r) for r in rows], total, page, page_size)
