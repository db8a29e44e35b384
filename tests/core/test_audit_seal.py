"""Sealed audit events and anchors (issue 13, finding 9): an edit with the hashes
recomputed, and the removal of the newest events, no longer pass `vwo audit verify`."""

from __future__ import annotations

import os
import stat
from typing import Any

from core import audit, audit_seal, db
from core.tables import AuditEvent
from tests.factories import municipality
from tests.vwo.test_cli import vwo


async def _unguarded(*statements: tuple[str, list[Any]]) -> None:
    """Run statements on the audit table with its append-only triggers off (an attacker's view)."""
    engine = db.engine()
    if db.is_sqlite():
        await engine.run_ddl("DROP TRIGGER IF EXISTS vwo_audit_no_update")
        await engine.run_ddl("DROP TRIGGER IF EXISTS vwo_audit_no_delete")
    else:
        await engine.run_ddl("ALTER TABLE vwo_audit_event DISABLE TRIGGER vwo_audit_append_only")
    try:
        for sql, args in statements:
            await AuditEvent.raw(sql, *args)
    finally:
        if db.is_sqlite():
            for op in ("UPDATE", "DELETE"):
                await engine.run_ddl(
                    f"CREATE TRIGGER IF NOT EXISTS vwo_audit_no_{op.lower()} BEFORE {op} ON vwo_audit_event "
                    "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"
                )
        else:
            await engine.run_ddl("ALTER TABLE vwo_audit_event ENABLE TRIGGER vwo_audit_append_only")


async def _events_from(seq: int) -> list[dict[str, Any]]:
    rows = await AuditEvent.select().where(AuditEvent.seq >= seq).order_by(AuditEvent.seq)
    return [audit._loaded(row) for row in rows]


def _set(row: dict[str, Any], **values: Any) -> tuple[str, list[Any]]:
    names = ", ".join(f'"{name}" = {{}}' for name in values)
    return f'UPDATE "vwo_audit_event" SET {names} WHERE "seq" = {{}}', [*values.values(), row["seq"]]


async def _two_events(admin: Any) -> int:
    """Two new events at the head of the chain; the seq of the first."""
    await admin.post("/api/v1/municipalities", json=municipality("GM0363"))
    await admin.post("/api/v1/municipalities", json=municipality("GM0599", "Gemeente Twee"))
    head = await audit.head_anchor()
    assert head is not None
    return head.seq - 1


async def test_every_new_event_is_sealed_with_the_audit_key(admin) -> None:  # type: ignore[no-untyped-def]
    first = await _two_events(admin)
    for row in await _events_from(first):
        assert row["hmac"] == audit_seal.seal(row["hash"], b"vwo-test-audit-key")


async def test_an_edit_with_every_later_hash_recomputed_is_found(admin) -> None:  # type: ignore[no-untyped-def]
    first = await _two_events(admin)
    original = await _events_from(first)
    forged, prev = [], original[0]["prev_hash"]
    for index, row in enumerate(original):
        row = {**row, "prev_hash": prev, **({"actor": "mallory"} if index == 0 else {})}
        row["hash"] = audit.event_hash(row)  # the project's own function, as the finding did it
        forged.append(_set(row, actor=row["actor"], prev_hash=row["prev_hash"], hash=row["hash"]))
        prev = row["hash"]
    await _unguarded(*forged)
    try:
        report = await audit.verify()
        assert not report.ok and report.first_broken == first
        assert "seal" in report.reason
    finally:
        await _unguarded(*[_set(r, actor=r["actor"], prev_hash=r["prev_hash"], hash=r["hash"]) for r in original])
    assert (await audit.verify()).ok


async def test_removing_the_newest_event_is_found_with_an_anchor(admin) -> None:  # type: ignore[no-untyped-def]
    await _two_events(admin)
    anchor = await audit.head_anchor()
    assert anchor is not None and (await audit.verify(anchor=anchor)).ok
    (last,) = await _events_from(anchor.seq)
    await _unguarded(('DELETE FROM "vwo_audit_event" WHERE "seq" = {}', [anchor.seq]))
    try:
        assert (await audit.verify()).ok, "without an anchor a shorter chain is still whole"
        report = await audit.verify(anchor=anchor)
        assert not report.ok and report.first_broken == anchor.seq and "removed" in report.reason
    finally:
        await AuditEvent.insert(AuditEvent(**{k: v for k, v in last.items() if k != "id"}))
    assert (await audit.verify(anchor=anchor)).ok


async def test_an_anchor_that_does_not_match_its_event_is_refused(admin) -> None:  # type: ignore[no-untyped-def]
    await _two_events(admin)
    anchor = await audit.head_anchor()
    assert anchor is not None
    report = await audit.verify(anchor=audit_seal.Anchor(anchor.seq - 1, anchor.hmac))
    assert not report.ok and report.first_broken == anchor.seq - 1


async def test_events_from_before_the_seals_pass_only_at_the_start(admin) -> None:  # type: ignore[no-untyped-def]
    first = await _two_events(admin)
    start = await _events_from(1)
    await _unguarded(*[_set(row, hmac="") for row in start[:2]])
    try:
        report = await audit.verify()
        assert report.ok and report.unsealed == 2
    finally:
        await _unguarded(*[_set(row, hmac=row["hmac"]) for row in start[:2]])
    (later,) = [row for row in await _events_from(first + 1)]
    await _unguarded(_set(later, hmac=""))
    try:
        report = await audit.verify()
        assert not report.ok and report.first_broken == later["seq"]
    finally:
        await _unguarded(_set(later, hmac=later["hmac"]))


async def test_the_cli_prints_an_anchor_and_checks_it(admin) -> None:  # type: ignore[no-untyped-def]
    await _two_events(admin)
    printed = vwo("audit", "anchor")
    assert printed.returncode == 0, printed.stderr
    anchor = audit_seal.Anchor.parse(printed.stdout.strip().splitlines()[-1])
    assert anchor == await audit.head_anchor()
    assert vwo("audit", "verify", "--anchor", str(anchor)).returncode == 0
    beyond = vwo("audit", "verify", "--anchor", f"{anchor.seq + 3}:{anchor.hmac}")
    assert beyond.returncode == 1 and "removed" in beyond.stderr
    assert vwo("audit", "verify", "--anchor", "garbage").returncode == 2


def test_the_key_file_is_made_once_and_readable_by_its_owner_only(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("VWO_AUDIT_KEY")
    monkeypatch.chdir(tmp_path)
    audit_seal.audit_key.cache_clear()
    try:
        key = audit_seal.audit_key()
        path = tmp_path / "var" / "audit_key"
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        audit_seal.audit_key.cache_clear()
        assert audit_seal.audit_key() == key and len(key) > 40
    finally:
        audit_seal.audit_key.cache_clear()
