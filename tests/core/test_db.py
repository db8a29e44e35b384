"""The database layer: pooled PostgreSQL connections come back without an extra round trip;
SQLite runs short reads on the event loop and long ones in a worker thread."""

from __future__ import annotations

import sqlite3

import pytest

from core import db, jobs


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


# --- SQLite: short reads on the event loop, long ones in a worker thread ---------------

#: A read that takes a while: counting 300,000 generated rows (some tens of milliseconds).
LONG_READ = (
    "SELECT (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000) "
    "SELECT count(*) FROM c) AS n"
)


@pytest.fixture
async def loop_reads(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Per read outside a transaction: True when it finished on the event loop."""
    if not db.is_sqlite():
        pytest.skip("SQLite's reads on the event loop")
    await jobs.stop_worker()  # its polling for jobs would be counted too
    engine = db.engine()
    seen: list[bool] = []
    read_on_loop = type(engine)._read_on_loop

    def spy(self, query: str, args: list) -> object:  # type: ignore[no-untyped-def]
        rows = read_on_loop(self, query, args)
        seen.append(rows is not None)
        return rows

    monkeypatch.setattr(type(engine), "_read_on_loop", spy)
    return seen


async def test_a_short_read_runs_on_the_loop(loop_reads: list[bool]) -> None:
    assert await db.engine().run_ddl("SELECT 41 + 1 AS n") == [{"n": 42}]
    assert loop_reads == [True]


async def test_a_read_over_its_budget_finishes_in_a_worker_thread(loop_reads: list[bool]) -> None:
    assert await db.engine().run_ddl(LONG_READ) == [{"n": 300000}]
    assert loop_reads == [False]  # interrupted on the loop after the budget, then run again


async def test_a_read_that_meets_a_lock_does_not_wait_on_the_loop(
    loop_reads: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = db.engine()
    engine._loop_connection()  # type: ignore[attr-defined]

    class Locked:
        def execute(self, *args: object) -> None:
            raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(engine._inline, "connection", Locked())  # type: ignore[attr-defined]
    assert await engine.run_ddl("SELECT 7 AS n") == [{"n": 7}]
    assert loop_reads == [False]


async def test_writes_and_reads_in_a_transaction_never_run_on_the_loop(loop_reads: list[bool]) -> None:
    from suppliers.tables import Municipality
    from tests.factories import insert_rows

    async with db.write_transaction():
        await insert_rows(Municipality, {"name": "Lusgemeente", "cbs_code": "GM1998"})
        assert await Municipality.count().where(Municipality.cbs_code == "GM1998") == 1
    assert loop_reads == []
    assert await Municipality.count().where(Municipality.cbs_code == "GM1998") == 1
    assert loop_reads == [True]
    await Municipality.delete().where(Municipality.cbs_code == "GM1998")
    assert loop_reads == [True]  # a DELETE goes to a worker thread


async def test_the_loop_connection_is_read_only(loop_reads: list[bool]) -> None:
    connection = db.engine()._loop_connection()  # type: ignore[attr-defined]
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        connection.execute("DELETE FROM municipality")
