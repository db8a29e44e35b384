"""Database access shared by every package: the engine, write transactions, health."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from typing import Any

import aiosqlite
from piccolo.engine import engine_finder
from piccolo.engine.base import Engine
from piccolo.engine.postgres import PostgresEngine
from piccolo.engine.sqlite import SQLiteEngine, TransactionType, dict_factory

_ENGINE: list[Engine] = []


def engine() -> Engine:
    """The engine of the Piccolo configuration that ``PICCOLO_CONF`` names (found once)."""
    if not _ENGINE:
        found = engine_finder()
        if found is None:
            raise RuntimeError("Geen database-engine gevonden: PICCOLO_CONF wijst geen configuratie aan.")
        _ENGINE.append(found)
    return _ENGINE[0]


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
    """SQLiteEngine that reuses connections, and runs short reads without a thread hand-off.

    Piccolo's SQLiteEngine opens a new aiosqlite connection (and worker thread) for
    every query outside a transaction: thread start, connect, PRAGMA, execute, commit,
    close, some 3-5 ms per query and most of an API request's time. Here a query borrows
    an open connection instead; the connections are in autocommit mode (Piccolo's
    ``isolation_level=None``), so each statement commits on its own, as before;
    transactions keep their own connection. A connection whose query failed or was
    cancelled is closed, not reused.

    A ``SELECT`` outside a transaction first runs on the calling thread (the event loop),
    on a read-only connection of that thread: most reads of the register take a tenth of
    a millisecond, less than handing them to a worker thread and back, and under load the
    hand-offs were what made slow requests slow (bench/bench_register.py: p95 with four
    concurrent clients 35-41 ms threaded, 20-30 ms on the loop). A read that is still
    running after ``inline_budget`` seconds is interrupted and runs again in a worker
    thread, so a long read holds the loop for the budget at most; so does a read that
    meets a lock (the loop connection does not wait for one).
    """

    __slots__ = ("_idle", "_inline", "_inline_all", "_keep", "inline_budget")

    def __init__(
        self, *args: Any, keep_connections: int = 8, inline_budget: float = 0.002, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._idle: list[aiosqlite.Connection] = []
        self._keep = keep_connections
        self._inline = threading.local()
        self._inline_all: list[sqlite3.Connection] = []
        #: Seconds a read may hold the event loop before it moves to a worker thread.
        self.inline_budget = inline_budget

    async def _open(self) -> aiosqlite.Connection:
        connection = await aiosqlite.connect(**self.connection_kwargs)
        connection.row_factory = dict_factory  # type: ignore[assignment]
        await connection.execute("PRAGMA foreign_keys = 1")
        return connection

    def _loop_connection(self) -> sqlite3.Connection:
        """This thread's read-only connection; its deadline lives beside it."""
        state = self._inline
        connection: sqlite3.Connection | None = getattr(state, "connection", None)
        if connection is None:
            # timeout=0: never wait for a lock on the loop; check_same_thread=False only so
            # that stop() may close it from elsewhere: it is used by its own thread alone.
            connection = sqlite3.connect(**{**self.connection_kwargs, "timeout": 0, "check_same_thread": False})
            connection.row_factory = dict_factory
            connection.execute("PRAGMA query_only = 1")
            state.deadline = 0.0
            connection.set_progress_handler(lambda: 1 if time.perf_counter() > state.deadline else 0, 1000)
            state.connection = connection
            self._inline_all.append(connection)
        return connection

    def _read_on_loop(self, query: str, args: list[Any]) -> list[Any] | None:
        """The rows, or None when the read must run in a worker thread after all."""
        connection = self._loop_connection()
        self._inline.deadline = time.perf_counter() + self.inline_budget
        try:
            return connection.execute(query, args).fetchall()
        except sqlite3.OperationalError as exc:
            message = str(exc)
            if message == "interrupted" or "locked" in message or "busy" in message:
                return None
            raise

    async def _run_in_new_connection(
        self, query: str, args: list[Any] | None = None, query_type: str = "generic",
        table: Any = None,
    ) -> Any:
        if query_type == "insert" and self.get_version_sync() < 3.35:  # no RETURNING
            return await super()._run_in_new_connection(query, args, query_type, table)
        if query_type == "generic" and query.lstrip()[:6].upper() == "SELECT":
            rows = self._read_on_loop(query, args or [])
            if rows is not None:
                return rows
        connection = self._idle.pop() if self._idle else await self._open()
        try:
            fetched = await connection.execute_fetchall(query, args or [])
            if connection.in_transaction:  # a raw BEGIN: commit, as Piccolo does
                await connection.commit()
        except BaseException:
            connection.stop()  # closes the connection (rolling back) in its own thread
            raise
        if len(self._idle) < self._keep:
            self._idle.append(connection)
        else:
            await connection.close()
        return fetched

    async def close_idle_connections(self) -> None:
        idle, self._idle = self._idle, []
        for connection in idle:
            await connection.close()
        inline, self._inline_all = self._inline_all, []
        self._inline = threading.local()
        for loop_connection in inline:
            loop_connection.close()


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
    elif isinstance(db, PostgresEngine) and db.pool is None:
        await db.start_connection_pool(min_size=1, max_size=10, reset=keep_session)


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
        await db.close_connection_pool()


async def with_db(fn: Callable[[], Coroutine[Any, Any, int]]) -> int:
    """Run a command's coroutine with the database started, and stop it after."""
    await start()
    try:
        return await fn()
    finally:
        await stop()


def foreign_key_refused(exc: BaseException) -> bool:
    """Whether the database refused a delete because other rows still point at the row
    (ON DELETE RESTRICT), on SQLite or PostgreSQL."""
    name = type(exc).__name__
    return name == "ForeignKeyViolationError" or (name == "IntegrityError" and "FOREIGN KEY" in str(exc).upper())
