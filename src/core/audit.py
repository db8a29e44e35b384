"""The audit trail: append-only, hash-chained events written in the caller's transaction."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from uuid import UUID

from core import audit_seal
from core.db import is_sqlite
from core.tables import AuditEvent

#: Key of the PostgreSQL advisory lock that orders appends to the chain.
CHAIN_LOCK_KEY = 0x5657_4F41  # "VWOA"
SYSTEM_ACTOR = "system"


def jsonable(value: Any) -> Any:
    """Plain JSON value for audit storage and hashing (dates as ISO strings)."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC).isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (UUID, Decimal)):
        return str(value)
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(v) for v in value]
    return value


def diff(before: Mapping[str, Any] | None, after: Mapping[str, Any] | None) -> dict[str, list[Any]]:
    """``{field: [before, after]}`` for every field whose value differs."""
    before = jsonable(before or {})
    after = jsonable(after or {})
    fields = sorted(set(before) | set(after))
    return {
        name: [before.get(name), after.get(name)]
        for name in fields
        if before.get(name) != after.get(name)
    }


def canonical(event: Mapping[str, Any]) -> bytes:
    content = {
        "seq": event["seq"],
        "at": jsonable(event["at"]),
        "actor": event["actor"],
        "action": event["action"],
        "entity": event["entity"],
        "entity_id": str(event["entity_id"]),
        "scope": event["scope"],
        "changes": jsonable(event["changes"]),
        "prev_hash": event["prev_hash"],
    }
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def event_hash(event: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical(event)).hexdigest()


async def record(
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: object,
    scope: str = "",
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    changes: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Append one event. Call inside the write transaction of the change it records."""
    if not is_sqlite():
        # Serialises appenders until commit; SQLite's BEGIN IMMEDIATE already does.
        await AuditEvent.raw("SELECT pg_advisory_xact_lock({})", CHAIN_LOCK_KEY)
    last = (
        await AuditEvent.select(AuditEvent.seq, AuditEvent.hash)
        .order_by(AuditEvent.seq, ascending=False)
        .first()
    )
    event: dict[str, Any] = {
        "seq": (last["seq"] + 1) if last else 1,
        "at": dt.datetime.now(dt.UTC),
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_id": str(entity_id),
        "scope": scope,
        "changes": jsonable(changes) if changes is not None else diff(before, after),
        "prev_hash": last["hash"] if last else "",
    }
    event["hash"] = event_hash(event)
    event["hmac"] = audit_seal.seal(event["hash"])
    await AuditEvent.insert(AuditEvent(**event))
    return event


@dataclass(frozen=True)
class ChainReport:
    events: int
    first_broken: int | None  # seq of the first event that does not verify
    reason: str = ""
    #: Events at the start of the chain written before seals existed.
    unsealed: int = 0

    @property
    def ok(self) -> bool:
        return self.first_broken is None


def _loaded(row: dict[str, Any]) -> dict[str, Any]:
    if isinstance(row["changes"], str):
        row["changes"] = json.loads(row["changes"])
    return row


async def verify(batch: int = 5000, *, anchor: audit_seal.Anchor | None = None) -> ChainReport:
    """Walk the whole chain in order; name the first event whose link, content or seal is off.

    Events without a seal pass only at the start of the chain (written before seals
    existed); the first sealed event vouches for them through its hash. With an ``anchor``
    the chain must still reach the anchored event, with the seal written down.
    """
    key = audit_seal.audit_key()
    expected_prev = ""
    expected_seq = 1
    count = unsealed = 0
    sealed = False
    while True:
        rows = (
            await AuditEvent.select()
            .where(AuditEvent.seq >= expected_seq)
            .order_by(AuditEvent.seq)
            .limit(batch)
        )
        if not rows:
            break
        for row in map(_loaded, rows):
            if row["seq"] != expected_seq:
                return ChainReport(count, expected_seq, f"event {expected_seq} is missing", unsealed)
            if row["prev_hash"] != expected_prev:
                return ChainReport(count, row["seq"], "link to the previous event is broken", unsealed)
            if event_hash(row) != row["hash"]:
                return ChainReport(count, row["seq"], "content does not match its hash", unsealed)
            if row["hmac"]:
                if not audit_seal.seal_matches(row["hmac"], row["hash"], key):
                    return ChainReport(count, row["seq"], "seal does not match: changed without the audit key",
                                       unsealed)
                sealed = True
            elif sealed:
                return ChainReport(count, row["seq"], "seal missing after sealed events", unsealed)
            else:
                unsealed += 1
            if anchor and row["seq"] == anchor.seq and not audit_seal.seal_matches(anchor.hmac, row["hash"], key):
                return ChainReport(count, row["seq"], "event differs from the anchor", unsealed)
            expected_prev = row["hash"]
            expected_seq += 1
            count += 1
    if anchor and count < anchor.seq:
        return ChainReport(
            count, count + 1, f"chain ends at event {count}, the anchor names event {anchor.seq}: events removed",
            unsealed,
        )
    return ChainReport(events=count, first_broken=None, unsealed=unsealed)


async def head_anchor() -> audit_seal.Anchor | None:
    """The newest event as an anchor for the operator to keep outside the database."""
    last = (
        await AuditEvent.select(AuditEvent.seq, AuditEvent.hash)
        .order_by(AuditEvent.seq, ascending=False)
        .first()
    )
    return audit_seal.Anchor(last["seq"], audit_seal.seal(last["hash"])) if last else None
