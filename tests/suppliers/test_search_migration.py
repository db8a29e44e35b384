"""Upgrading a register: suppliers registered before search_text existed get theirs."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import pytest

from core import db

BEFORE = "2026-11-29T02:52:46:511981"  # the migration that adds the (empty) column

UPGRADE = f"""
import asyncio
from piccolo.apps.migrations.commands.forwards import run_forwards
from core import db
async def main():
    await db.start()
    try:
        for app in ("vwo", "templates"):
            assert (await run_forwards(app)).success
        assert (await run_forwards("suppliers", migration_id={BEFORE!r})).success
        await db.engine().run_ddl(
            "INSERT INTO supplier (scope, name, kvk_number, country, address, website, contacts, "
            "search_text, version, created_at, updated_at) VALUES ('GM0363', 'Zoë Ålesund B.V.', "
            "'12345678', 'NL', '', '', '[]', '', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
        )
        assert (await run_forwards("all")).success
        rows = await db.engine().run_ddl("SELECT search_text FROM supplier")
        print(rows[0]["search_text"])
    finally:
        await db.stop()

asyncio.run(main())
"""


@pytest.fixture
def scratch_url(tmp_path: Path) -> Iterator[str]:
    if db.is_sqlite():
        yield f"sqlite:///{tmp_path / 'upgrade.sqlite'}"
        return
    parsed = urlparse(os.environ["VWO_DATABASE_URL"])
    name = parsed.path.lstrip("/") + "_upgrade"
    admin_url = urlunparse(parsed._replace(path="/postgres"))
    subprocess.run(["psql", admin_url, "-qc", f'DROP DATABASE IF EXISTS "{name}"'], check=True)
    subprocess.run(["psql", admin_url, "-qc", f'CREATE DATABASE "{name}"'], check=True)
    try:
        yield urlunparse(parsed._replace(path="/" + name))
    finally:
        subprocess.run(["psql", admin_url, "-qc", f'DROP DATABASE IF EXISTS "{name}"'], check=True)


def test_upgrade_fills_the_search_text_of_existing_suppliers(scratch_url: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", UPGRADE], capture_output=True, text=True, timeout=180,
        env={**os.environ, "VWO_DATABASE_URL": scratch_url},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "zoe alesund b.v. 12345678"


MIGRATE = """
import asyncio
from core import db
from vwo.cli import migrate_database

async def main():
    await db.start()
    try:
        await migrate_database()
        found = await db.engine().run_ddl(
            "SELECT (SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm') AS trgm, "
            "(SELECT count(*) FROM pg_indexes WHERE indexname = 'supplier_search_trgm') AS trgm_index, "
            "(SELECT count(*) FROM pg_indexes WHERE indexname = 'supplier_country_name_search') AS name_index"
        )
        print(dict(found[0]))
    finally:
        await db.stop()

asyncio.run(main())
"""


def test_without_the_right_to_create_pg_trgm_the_migrations_still_run() -> None:
    """A database user that may create tables but not extensions (no CREATE on the database):
    the trigram index is skipped with a message, everything else is migrated."""
    if db.is_sqlite():
        pytest.skip("PostgreSQL's extensions")
    parsed = urlparse(os.environ["VWO_DATABASE_URL"])
    name, role = parsed.path.lstrip("/") + "_noext", f"vwo_noext_{os.getpid()}"
    admin_url = urlunparse(parsed._replace(path="/postgres"))

    def admin(sql: str, url: str = admin_url) -> None:
        subprocess.run(["psql", url, "-qc", sql], check=True)

    admin(f'DROP DATABASE IF EXISTS "{name}"')
    admin(f'DROP ROLE IF EXISTS "{role}"')
    admin(f'CREATE ROLE "{role}" LOGIN')
    admin(f'CREATE DATABASE "{name}"')
    try:
        admin(f'GRANT USAGE, CREATE ON SCHEMA public TO "{role}"', urlunparse(parsed._replace(path="/" + name)))
        limited = urlunparse(parsed._replace(path="/" + name, netloc=f"{role}@{parsed.hostname}:{parsed.port or 5432}"))
        if subprocess.run(["psql", limited, "-qc", "SELECT 1"], capture_output=True).returncode != 0:
            pytest.skip("this server does not let a new role log in without a password")
        result = subprocess.run(
            [sys.executable, "-c", MIGRATE], capture_output=True, text=True, timeout=180,
            env={**os.environ, "VWO_DATABASE_URL": limited},
        )
        assert result.returncode == 0, result.stderr
        assert "pg_trgm not installed" in result.stderr  # told, also when `vwo serve` migrates quietly
        assert result.stdout.strip().splitlines()[-1] == "{'trgm': 0, 'trgm_index': 0, 'name_index': 1}"
    finally:
        admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin(f'DROP ROLE IF EXISTS "{role}"')
