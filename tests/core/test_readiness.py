"""Liveness says the process answers; readiness also wants the database and its migrations."""

from __future__ import annotations

from piccolo.apps.migrations.tables import Migration
from piccolo.engine.sqlite import SQLiteEngine

from core import db, readiness


async def test_live_and_ready_when_all_is_well(app_client) -> None:  # type: ignore[no-untyped-def]
    assert (await app_client.get("/health/live")).json() == {"status": "ok"}
    ready = await app_client.get("/health/ready")
    assert ready.status_code == 200 and ready.json() == {"status": "ok", "database": "ok", "migrations": "current"}


async def test_without_the_database_live_but_not_ready(app_client, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    unreachable = SQLiteEngine(path=str(tmp_path / "no-such-folder" / "vwo.sqlite"))
    monkeypatch.setattr(db, "engine", lambda: unreachable)
    assert (await app_client.get("/health/live")).status_code == 200
    ready = await app_client.get("/health/ready")
    assert ready.status_code == 503 and ready.json()["database"] == "unreachable"


async def test_not_ready_while_a_migration_is_pending(app_client, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(readiness, "_CURRENT", [])
    newest = await Migration.select().where(Migration.app_name == "vwo").order_by(Migration.name, ascending=False).first()
    await Migration.delete().where(Migration.id == newest["id"])
    try:
        ready = await app_client.get("/health/ready")
        assert ready.status_code == 503 and ready.json()["migrations"] == "pending"
    finally:
        await Migration.insert(Migration(**{k: v for k, v in newest.items() if k != "id"}))
    assert (await app_client.get("/health/ready")).status_code == 200
