"""The flag engine's machinery: the rules' shared context, raw SQL pieces and row readers.

The rules (``rules_evidence``, ``rules_agreements``) select their candidate rows through
:class:`Sql`; ``compute.compute_flags`` runs them side by side and orders the result.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from piccolo.engine.postgres import PostgresEngine
from piccolo.engine.sqlite import SQLiteEngine
from piccolo.querystring import QueryString

from contracts import Agreement
from core import Settings, engine
from oversight.flags.types import Flag


def as_date(value: Any) -> dt.date | None:
    """A date from a row: engines return dates, or ISO text for computed columns on SQLite."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def as_datetime(value: Any) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value).replace(" ", "T", 1))


class Sql:
    """Raw SQL built piece by piece, with ``{}`` placeholders and their values in order."""

    def __init__(self, text: str = "", *args: Any) -> None:
        self.text = text
        self.args: list[Any] = list(args)

    def add(self, text: str, *args: Any) -> Sql:
        self.text += " " + text
        self.args.extend(args)
        return self

    def in_(self, column: str, values: Iterable[Any]) -> Sql:
        items = list(values)
        if not items:
            return self.add("AND 1 = 0")
        return self.add(f"AND {column} IN ({', '.join('{}' for _ in items)})", *items)

    async def rows(self) -> list[dict[str, Any]]:
        db = engine()
        if isinstance(db, PostgresEngine) and db.current_transaction.get() is None:
            return [dict(row) for row in await _pg_rows(db, self.text.strip(), self.args)]

        return await Agreement.raw(self.text.strip(), *self.args)

    async def tuples(self) -> Sequence[Sequence[Any]]:
        """The rows as sequences of their values in column order: no dictionary per row.

        Outside a transaction, on SQLite, values come as SQLite stores them (dates and
        timestamps as ISO text), without Piccolo's converters; ``as_date()`` and
        ``as_datetime()`` read both those and the engine's own types.
        """

        db = engine()
        if db.current_transaction.get() is None:
            if isinstance(db, PostgresEngine):
                return await _pg_rows(db, self.text.strip(), self.args)
            return await _sqlite_rows(db, self.text.strip(), self.args)
        return [tuple(row.values()) for row in await self.rows()]


#: Bytes of the SQLite file a flag query maps into memory instead of copying it page by
#: page into the cold cache of a new connection (the rules read much of the register).
SQLITE_READ_MMAP = 256 * 2**20


async def _sqlite_rows(db: Any, text: str, args: list[Any]) -> list[tuple[Any, ...]]:
    """A read on its own SQLite connection (the engine's file), returning plain tuples;
    outside a transaction only, so it sees what the engine sees.

    The query runs to completion in a worker thread, into a temporary table in memory:
    one statement, during which SQLite does not hold the GIL, so the rules' queries run
    side by side with the Python that builds flags. Its rows are then read here, in the
    event loop's thread: reading a table in memory is CPU work, like building the flags.
    (Fetching the query's rows in the worker instead hands the GIL back and forth for
    every row, which made the rules slower side by side than one after the other.) The
    temporary table keeps every value and its type: its columns take the affinity of
    the columns they come from, which the values already passed when they were stored.

    Without Piccolo's type converters (``detect_types``): they call a Python function
    for every date and integer in every row, about a tenth of the flag engine's time on
    a national register, for values most rules only pass on. Dates come as ISO text; the
    rules convert the ones they compute with (``as_date()``).
    """

    query, values = QueryString(text, *args).compile_string(engine_type="sqlite")
    connection = await asyncio.to_thread(_sqlite_run, db.connection_kwargs, query, values)
    try:
        return connection.execute("SELECT * FROM flag_rows").fetchall()
    finally:
        connection.close()


def _sqlite_run(connection_kwargs: dict[str, Any], query: str, values: Sequence[Any]) -> sqlite3.Connection:
    """In a worker thread: a new connection with the query's rows in its table ``flag_rows``."""
    connection = sqlite3.connect(**{**connection_kwargs, "detect_types": 0, "check_same_thread": False})
    try:
        connection.execute(f"PRAGMA mmap_size = {SQLITE_READ_MMAP}")
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute(f"CREATE TEMP TABLE flag_rows AS {query}", values)
    except BaseException:
        connection.close()
        raise
    return connection


async def _pg_rows(db: Any, text: str, args: list[Any]) -> list[Any]:
    """A flag query on PostgreSQL with JIT compilation off.

    The planner overestimates set-returning functions (a JSON list counts as 100 rows),
    so the assurance query costs enough to be JIT-compiled: some 0.7 s of compiling for
    a query that runs in 0.3 s. Flag queries are short; none gains from JIT. ``SET
    LOCAL`` keeps the setting to this transaction, on this connection.
    """

    query, values = QueryString(text, *args).compile_string(engine_type="postgres")
    connection = await (db.pool.acquire() if db.pool else db.get_new_connection())
    try:
        async with connection.transaction(readonly=True):
            await connection.execute("SET LOCAL jit = off")
            return await connection.fetch(query, *values)
    finally:
        await (db.pool.release(connection) if db.pool else connection.close())


@dataclass(frozen=True)
class FlagContext:
    """What every rule needs: the reference date, settings and who is asking."""

    on: dt.date
    settings: Settings
    #: None: every scope (admin).
    scopes: frozenset[str] | None
    controller: str | None = None

    @property
    def horizon(self) -> int:
        return self.settings.expiry_horizon_days

    @property
    def is_sqlite(self) -> bool:
        return isinstance(engine(), SQLiteEngine)

    def scoped(self, sql: Sql, column: str) -> Sql:
        """Restrict ``column`` (a CBS code or slug) to the caller's scopes and the filter."""
        if self.scopes is not None:
            sql.in_(column, sorted(self.scopes))
        if self.controller:
            sql.add(f"AND {column} = {{}}", self.controller)
        return sql


Rule = Callable[[FlagContext], Awaitable[list[Flag]]]
