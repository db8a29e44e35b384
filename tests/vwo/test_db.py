"""The database layer: pooled PostgreSQL connections come back without an extra round trip."""

from __future__ import annotations

import pytest

from vwo import db


async def test_a_pooled_connection_returns_without_a_reset_statement() -> None:
    if db.is_sqlite():
        pytest.skip("PostgreSQL's connection pool")
    pool = db.engine().pool  # type: ignore[attr-defined]
    seen: list[str] = []

    def log(record: object) -> None:
        seen.append(record.query)  # type: ignore[attr-defined]

    async with pool.acquire() as connection:
        raw = connection._con  # the connection itself, which outlives the pool's proxy
        raw.add_query_logger(log)
        assert await connection.fetchval("SELECT 1") == 1
    raw.remove_query_logger(log)
    assert seen == ["SELECT 1"]


async def test_a_transaction_left_open_is_still_rolled_back() -> None:
    if db.is_sqlite():
        pytest.skip("PostgreSQL's connection pool")
    pool = db.engine().pool  # type: ignore[attr-defined]
    async with pool.acquire() as connection:
        raw = connection._con
        await connection.execute("BEGIN")
        await connection.execute("CREATE TEMP TABLE left_open (x int)")
    assert not raw.is_in_transaction()
    async with pool.acquire() as connection:
        assert await connection.fetchval("SELECT to_regclass('pg_temp.left_open')") is None
