"""A throwaway database for a benchmark run: a temporary SQLite file, or a fresh PostgreSQL
database created beside the one a URL names and dropped afterwards (its tables untouched)."""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlparse, urlunparse


async def _pg_admin(url: str, sql: str) -> None:
    import asyncpg

    conn = await asyncio.wait_for(asyncpg.connect(url), timeout=10)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@contextmanager
def scratch_database(engine: str, prefix: str, postgres_url: str) -> Iterator[str]:
    """Yield the VWO_DATABASE_URL of a fresh database for ``engine`` (sqlite or postgres)."""
    if engine == "sqlite":
        folder = tempfile.mkdtemp(prefix=prefix.replace("_", "-") + "-")
        try:
            yield f"sqlite:///{folder}/bench.sqlite"
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return
    name = f"{prefix}_{os.getpid()}"
    asyncio.run(_pg_admin(postgres_url, f'CREATE DATABASE "{name}"'))
    try:
        yield urlunparse(urlparse(postgres_url)._replace(path="/" + name))
    finally:
        asyncio.run(_pg_admin(postgres_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
