"""Upgrading a register: suppliers registered before search_text existed get theirs."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import pytest

from vwo import db

BEFORE = "2026-11-29T02:52:46:511981"  # the migration that adds the (empty) column

UPGRADE = f"""
import asyncio
from piccolo.apps.migrations.commands.forwards import run_forwards
from vwo import db

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
