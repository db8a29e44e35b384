"""GET /health: 200 while the database answers, 503 when it does not."""

from __future__ import annotations

from piccolo.engine.sqlite import SQLiteEngine

from core import db


async def test_health_is_ok_when_the_database_answers(app_client) -> None:  # type: ignore[no-untyped-def]
    response = await app_client.get("/health")
    assert response.status_code == 200 and response.json() == {"status": "ok", "database": "ok"}


async def test_health_is_503_when_the_database_is_unreachable(app_client, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    unreachable = SQLiteEngine(path=str(tmp_path / "no-such-folder" / "vwo.sqlite"))
    monkeypatch.setattr(db, "engine", lambda: unreachable)
    response = await app_client.get("/health")
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"
