"""The audit trail: one event per write in the same transaction, hash-chained, tamper-evident."""

from __future__ import annotations

import asyncio

import pytest

from core import audit, db
from core.tables import AuditEvent
from tests.factories import municipality, seed_scope, supplier


async def events_for(entity: str, entity_id: object, actor: str | None = None) -> list[dict]:
    query = AuditEvent.select().where(
        AuditEvent.entity == entity, AuditEvent.entity_id == str(entity_id)
    )
    if actor:
        query = query.where(AuditEvent.actor == actor)
    return await query.order_by(AuditEvent.seq)


async def test_create_update_delete_each_leave_an_event_with_changes(admin) -> None:  # type: ignore[no-untyped-def]
    created = (await admin.post("/api/v1/municipalities", json=municipality())).json()
    url = f"/api/v1/municipalities/{created['id']}"
    await admin.patch(url, etag='"1"', json={"name": "Gemeente Nieuw"})
    await admin.delete(url, etag='"2"')
    events = await events_for("municipality", created["id"], admin.principal.email)
    assert [e["action"] for e in events] == ["create", "update", "delete"]
    assert all(e["actor"] == admin.principal.email for e in events)
    update = audit._loaded(dict(events[1]))["changes"]
    assert update == {"name": ["Gemeente Teststad", "Gemeente Nieuw"]}


async def test_refused_write_leaves_no_event(admin) -> None:  # type: ignore[no-untyped-def]
    before = await AuditEvent.count()
    response = await admin.post("/api/v1/municipalities", json=municipality(code="GM12"))
    assert response.status_code == 400
    assert await AuditEvent.count() == before


async def test_change_and_event_commit_together(admin, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """If the audit event cannot be written, the change is rolled back too."""

    async def broken(**_: object) -> None:
        raise RuntimeError("audit store unavailable")

    monkeypatch.setattr(audit, "record", broken)
    response = await admin.post("/api/v1/municipalities", json=municipality())
    assert response.status_code == 500
    monkeypatch.undo()
    assert (await admin.get("/api/v1/municipalities")).json()["total"] == 0


async def test_chain_verifies_after_concurrent_writes(admin) -> None:  # type: ignore[no-untyped-def]
    await seed_scope(admin)
    responses = await asyncio.gather(
        *[admin.post("/api/v1/suppliers", json=supplier(name=f"Parallel {i} B.V.")) for i in range(16)]
    )
    assert [r.status_code for r in responses] == [201] * 16
    report = await audit.verify()
    assert report.ok, report
    seqs = [r["seq"] for r in await AuditEvent.select(AuditEvent.seq).order_by(AuditEvent.seq)]
    assert seqs == list(range(1, len(seqs) + 1))


async def _tamper(sql: str) -> None:
    if db.is_sqlite():
        await db.engine().run_ddl("DROP TRIGGER IF EXISTS vwo_audit_no_update")
        try:
            await db.engine().run_ddl(sql)
        finally:
            await db.engine().run_ddl(
                "CREATE TRIGGER vwo_audit_no_update BEFORE UPDATE ON vwo_audit_event "
                "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"
            )
    else:
        await db.engine().run_ddl(
            "ALTER TABLE vwo_audit_event DISABLE TRIGGER vwo_audit_append_only"
        )
        try:
            await db.engine().run_ddl(sql)
        finally:
            await db.engine().run_ddl(
                "ALTER TABLE vwo_audit_event ENABLE TRIGGER vwo_audit_append_only"
            )


async def test_tampered_event_is_found_and_named(admin) -> None:  # type: ignore[no-untyped-def]
    created = (await admin.post("/api/v1/municipalities", json=municipality())).json()
    event = (await events_for("municipality", created["id"], admin.principal.email))[0]
    original = event["actor"]
    await _tamper(f"UPDATE vwo_audit_event SET actor = 'mallory' WHERE seq = {event['seq']}")
    try:
        report = await audit.verify()
        assert not report.ok
        assert report.first_broken == event["seq"]
    finally:
        await _tamper(f"UPDATE vwo_audit_event SET actor = '{original}' WHERE seq = {event['seq']}")
    assert (await audit.verify()).ok


async def test_database_refuses_to_edit_audit_events(admin) -> None:  # type: ignore[no-untyped-def]
    await admin.post("/api/v1/municipalities", json=municipality())
    with pytest.raises(Exception, match="append-only"):
        await db.engine().run_ddl("UPDATE vwo_audit_event SET actor = 'mallory'")
    with pytest.raises(Exception, match="append-only"):
        await db.engine().run_ddl("DELETE FROM vwo_audit_event")


async def test_audit_api_filters_by_entity(admin) -> None:  # type: ignore[no-untyped-def]
    created = (await admin.post("/api/v1/municipalities", json=municipality())).json()
    page = (
        await admin.get("/api/v1/audit", params={"entity": "municipality", "entity_id": created["id"], "actor": admin.principal.email})
    ).json()
    assert page["total"] == 1
    item = page["items"][0]
    assert item["action"] == "create" and item["changes"]["cbs_code"] == [None, "GM0363"]
    assert len(item["hash"]) == 64
