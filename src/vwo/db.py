"""Database access shared by every package: the engine, write transactions, health."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiosqlite
from piccolo.engine.base import Engine
from piccolo.engine.sqlite import SQLiteEngine, TransactionType, dict_factory

os.environ.setdefault("PICCOLO_CONF", "vwo.piccolo_conf")


def engine() -> Engine:
    from vwo.piccolo_conf import DB

    return DB


def is_sqlite() -> bool:
    return isinstance(engine(), SQLiteEngine)


@asynccontextmanager
async def write_transaction() -> AsyncIterator[Any]:
    """One transaction for a change and its audit event.

    SQLite: ``BEGIN IMMEDIATE`` takes the write lock up front, so two writers queue
    instead of failing half-way. PostgreSQL: a normal transaction; the audit trail
    takes its own advisory lock to keep the hash chain in order.
    """
    db = engine()
    if isinstance(db, SQLiteEngine):
        async with db.transaction(transaction_type=TransactionType.immediate) as txn:
            yield txn
    else:
        async with db.transaction() as txn:
            yield txn


class ReusingSQLiteEngine(SQLiteEngine):
    """SQLiteEngine that reuses connections for the queries outside a transaction.

    Piccolo's SQLiteEngine opens a new aiosqlite connection (and worker thread) for
    every such query: thread start, connect, PRAGMA, execute, commit, close, some
    3-5 ms per query and most of an API request's time (bench/bench_register.py).
    Here a query borrows an open connection instead: one thread hand-off. The
    connections are in autocommit mode (Piccolo's ``isolation_level=None``), so each
    statement commits on its own, as before; transactions keep their own connection.
    A connection whose query failed or was cancelled is closed, not reused.
    """

    __slots__ = ("_idle", "_keep")

    def __init__(self, *args: Any, keep_connections: int = 8, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._idle: list[aiosqlite.Connection] = []
        self._keep = keep_connections

    async def _open(self) -> aiosqlite.Connection:
        connection = await aiosqlite.connect(**self.connection_kwargs)
        connection.row_factory = dict_factory  # type: ignore[assignment]
        await connection.execute("PRAGMA foreign_keys = 1")
        return connection

    async def _run_in_new_connection(
        self, query: str, args: list[Any] | None = None, query_type: str = "generic",
        table: Any = None,
    ) -> Any:
        if query_type == "insert" and self.get_version_sync() < 3.35:  # no RETURNING
            return await super()._run_in_new_connection(query, args, query_type, table)
        connection = self._idle.pop() if self._idle else await self._open()
        try:
            rows = await connection.execute_fetchall(query, args or [])
            if connection.in_transaction:  # a raw BEGIN: commit, as Piccolo does
                await connection.commit()
        except BaseException:
            connection.stop()  # closes the connection (rolling back) in its own thread
            raise
        if len(self._idle) < self._keep:
            self._idle.append(connection)
        else:
            await connection.close()
        return rows

    async def close_idle_connections(self) -> None:
        idle, self._idle = self._idle, []
        for connection in idle:
            await connection.close()


async def ping() -> bool:
    try:
        await engine().run_ddl("SELECT 1")
    except Exception:
        return False
    return True


async def start() -> None:
    db = engine()
    if isinstance(db, SQLiteEngine):
        await db.run_ddl("PRAGMA journal_mode=WAL")
    elif getattr(db, "pool", None) is None:
        await db.start_connection_pool(min_size=1, max_size=10, reset=keep_session)  # type: ignore[attr-defined]


async def keep_session(connection: Any) -> None:
    """Return a pooled PostgreSQL connection without asyncpg's session reset.

    Piccolo takes a pooled connection for every statement outside a transaction, and
    asyncpg's default reset on its return (unlock advisory locks, close cursors,
    unlisten, reset settings) is one more round trip per statement: a third of a list
    request's database time (bench/bench_register.py). The service leaves none of that
    behind: its advisory lock and settings are transaction-scoped (``pg_advisory_xact_lock``,
    ``SET LOCAL``), it declares no cursors outside transactions and listens to nothing.
    An open transaction is still rolled back by asyncpg before this is called.
    """


async def stop() -> None:
    db = engine()
    if isinstance(db, ReusingSQLiteEngine):
        await db.close_idle_connections()
    elif not isinstance(db, SQLiteEngine):
        await db.close_connection_pool()  # type: ignore[attr-defined]
