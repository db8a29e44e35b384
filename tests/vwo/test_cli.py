"""The `vwo` command line, run as a user runs it: a separate process on the suite's database."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core import db
from tests.factories import municipality, seed_scope, seed_supplier

VWO = str(Path(sys.executable).with_name("vwo"))


def vwo(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [VWO, *args], capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})}
    )


async def test_user_add_prints_password_alone_on_last_line(clean, app_client) -> None:  # type: ignore[no-untyped-def]
    result = vwo("user", "add", "--email", "Inkoop@Gemeente.test", "--role", "procurement", "--scope", "GM0363")
    assert result.returncode == 0, result.stderr
    password = result.stdout.strip().splitlines()[-1]
    assert " " not in password and len(password) >= 16
    response = await app_client.post(
        "/api/v1/auth/token", json={"email": "inkoop@gemeente.test", "password": password}
    )
    assert response.status_code == 201
    assert response.json()["role"] == "procurement"


async def test_user_add_refuses_unknown_role(clean) -> None:  # type: ignore[no-untyped-def]
    result = vwo("user", "add", "--email", "x@gemeente.test", "--role", "burgemeester", "--scope", "GM0363")
    assert result.returncode != 0
    assert "role" in result.stderr


async def test_token_create_works_and_revoke_stops_it(clean, app_client) -> None:  # type: ignore[no-untyped-def]
    assert vwo("user", "add", "--email", "fg@gemeente.test", "--role", "privacy_officer", "--scope", "GM0363").returncode == 0
    result = vwo("token", "create", "--email", "fg@gemeente.test")
    assert result.returncode == 0, result.stderr
    token = result.stdout.strip().splitlines()[-1]
    headers = {"Authorization": f"Bearer {token}"}
    assert (await app_client.get("/api/v1/municipalities", headers=headers)).status_code == 200
    from core.tables import ApiToken

    stored = await ApiToken.select(ApiToken.token_hash).first()
    assert stored is not None and token not in stored["token_hash"]
    assert vwo("token", "revoke", token).returncode == 0
    assert (await app_client.get("/api/v1/municipalities", headers=headers)).status_code == 401


async def test_audit_verify_exits_nonzero_on_a_broken_chain(admin) -> None:  # type: ignore[no-untyped-def]
    from core.tables import AuditEvent
    from tests.core.test_audit_trail import _tamper

    await admin.post("/api/v1/municipalities", json=municipality())
    ok = vwo("audit", "verify")
    assert ok.returncode == 0, ok.stderr
    last = await AuditEvent.select(AuditEvent.seq, AuditEvent.entity_id).order_by(AuditEvent.seq, ascending=False).first()
    assert last is not None
    await _tamper(f"UPDATE vwo_audit_event SET entity_id = '999' WHERE seq = {last['seq']}")
    try:
        broken = vwo("audit", "verify")
        assert broken.returncode != 0
        assert f"gebeurtenis {last['seq']}" in broken.stderr
    finally:
        await _tamper(f"UPDATE vwo_audit_event SET entity_id = '{last['entity_id']}' WHERE seq = {last['seq']}")


async def test_backup_restores_every_record(admin, tmp_path, request) -> None:  # type: ignore[no-untyped-def]
    await seed_scope(admin)
    for i in range(3):
        supplier = await seed_supplier(admin, name=f"Leverancier {i} B.V.")
        await admin.post(
            f"/api/v1/suppliers/{supplier['id']}/evidence",
            json={"kind": "pentest", "issued_on": "2026-06-01"},
        )
    tables = ["municipality", "supplier", "evidence", "vwo_user", "vwo_audit_event"]
    live = {t: (await db.engine().run_ddl(f'SELECT COUNT(*) AS n FROM "{t}"'))[0]["n"] for t in tables}
    if db.is_sqlite():
        target = tmp_path / "backup.sqlite"
        result = vwo("backup", str(target))
        assert result.returncode == 0, result.stderr
        with sqlite3.connect(target) as conn:
            restored = {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
        restored_url = f"sqlite:///{target}"
    else:
        restored_url = _pg_dump_and_restore(tmp_path)
        request.addfinalizer(lambda: _drop_database(restored_url))
        import asyncpg

        conn = await asyncpg.connect(restored_url)
        try:
            restored = {t: await conn.fetchval(f'SELECT COUNT(*) FROM "{t}"') for t in tables}
        finally:
            await conn.close()
    assert restored == live
    check = vwo("audit", "verify", env={"VWO_DATABASE_URL": restored_url})
    assert check.returncode == 0, check.stderr


def _pg_dump_and_restore(tmp_path: Path) -> str:
    """The README's PostgreSQL backup line (pg_dump -Fc), restored into a new database."""
    from urllib.parse import urlparse, urlunparse

    if not _have("pg_dump") or not _have("pg_restore"):
        pytest.skip("pg_dump/pg_restore are not installed")
    url = os.environ["VWO_DATABASE_URL"]
    parsed = urlparse(url)
    dump = tmp_path / "vwo.dump"
    subprocess.run(["pg_dump", "-Fc", "-f", str(dump), url], check=True, timeout=120)
    name = parsed.path.lstrip("/") + "_restored"
    admin_url = urlunparse(parsed._replace(path="/postgres"))
    subprocess.run(["psql", admin_url, "-qc", f'DROP DATABASE IF EXISTS "{name}"'], check=True)
    subprocess.run(["psql", admin_url, "-qc", f'CREATE DATABASE "{name}"'], check=True)
    restored = urlunparse(parsed._replace(path="/" + name))
    subprocess.run(["pg_restore", "--no-owner", "-d", restored, str(dump)], check=True, timeout=120)
    return restored


def _drop_database(url: str) -> None:
    from urllib.parse import urlparse, urlunparse

    parsed = urlparse(url)
    admin_url = urlunparse(parsed._replace(path="/postgres"))
    subprocess.run(["psql", admin_url, "-qc", f'DROP DATABASE IF EXISTS "{parsed.path.lstrip("/")}" WITH (FORCE)'], check=True)


def _have(command: str) -> bool:
    from shutil import which

    return which(command) is not None
