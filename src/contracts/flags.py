"""The flag engine: what is wrong or due in the register, for whom, by when.

``compute_flags()`` runs one rule per group of kinds (``flags_evidence``,
``flags_agreements``). Every rule selects its candidate rows in SQL, filtered by
date windows a little wider than exact (month arithmetic differs per engine), with
only the columns it needs and no per-row queries; exact dates and severities are
computed in Python with the calculators of ``contracts.deadlines`` (see there for
the weekend and month-end conventions).

Kinds, severities and when a flag exists (``on`` is the reference date, "horizon"
is ``settings.expiry_horizon_days``, 90 by default):

========================  ======================================================
certificate_expiring      warning: an ISO 27001 / NEN 7510 certificate stops
                          counting within the horizon
certificate_expired       critical: it stopped counting (and no newer certificate
                          of that kind replaced it)
iso27001_2013             warning within the horizon before 31-10-2025, critical
                          after: a 2013 certificate that would otherwise still count
report_stale              warning 60 days before a type II / TPM report goes stale
                          (period end + ``report_valid_months``), critical after
assurance_missing         critical: a signed agreement requires a kind of evidence
                          and no evidence of the supplier covers it on ``on``
agreement_ending          warning within the horizon before the end date, critical
                          from 30 days before (and after, while still signed)
notice_deadline           warning within the horizon before the last day to give
                          notice, critical from 14 days before until the end date
review_due / review_overdue  warning 30 days before the periodic review, critical after
review_stalled            warning: in review for more than 30 days
open_findings             signed with undecided clause findings: critical when a
                          mandatory clause is among them, otherwise warning
missing_agreement         critical: a product is used by a controller that has no
                          signed agreement covering it
subprocessor_objection    warning from the notice of a new sub-processor until the
                          objection deadline, critical in its last 7 days
========================  ======================================================

A flag's ``uid`` names the rule, the subject and, for deadlines, the date it is
about: stable across runs and severity changes, new when the date itself moves (a
new end date is a new deadline, to be mailed again).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from contracts.flag_types import SEVERITY_RANK, Flag
from vwo.db import engine
from vwo.settings import Settings

MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)


def datum(day: dt.date) -> str:
    """Dutch long date: 1 januari 2027."""
    return f"{day.day} {MONTHS_NL[day.month - 1]} {day.year}"


def months_nl(n: int) -> str:
    """1 maand, 3 maanden."""
    return "1 maand" if n == 1 else f"{n} maanden"


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
        from piccolo.engine.postgres import PostgresEngine

        db = engine()
        if isinstance(db, PostgresEngine) and db.current_transaction.get() is None:
            return [dict(row) for row in await _pg_rows(db, self.text.strip(), self.args)]
        from contracts.tables import Agreement  # any table: raw queries run on its engine

        return await Agreement.raw(self.text.strip(), *self.args)

    async def tuples(self) -> Sequence[Sequence[Any]]:
        """The rows as sequences of their values in column order: no dictionary per row.

        Outside a transaction, on SQLite, values come as SQLite stores them (dates and
        timestamps as ISO text), without Piccolo's converters; ``as_date()`` and
        ``as_datetime()`` read both those and the engine's own types.
        """
        from piccolo.engine.postgres import PostgresEngine

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
    from piccolo.querystring import QueryString

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
    from piccolo.querystring import QueryString

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
        from piccolo.engine.sqlite import SQLiteEngine

        return isinstance(engine(), SQLiteEngine)

    def scoped(self, sql: Sql, column: str) -> Sql:
        """Restrict ``column`` (a CBS code or slug) to the caller's scopes and the filter."""
        if self.scopes is not None:
            sql.in_(column, sorted(self.scopes))
        if self.controller:
            sql.add(f"AND {column} = {{}}", self.controller)
        return sql


Rule = Callable[[FlagContext], Awaitable[list[Flag]]]


def _rules() -> list[tuple[frozenset[str], Rule]]:
    from contracts import flags_agreements, flags_evidence

    return [*flags_evidence.RULES, *flags_agreements.RULES]


ALL_KINDS = frozenset(
    {
        "certificate_expiring", "certificate_expired", "iso27001_2013", "report_stale",
        "assurance_missing", "agreement_ending", "notice_deadline", "review_due",
        "review_overdue", "review_stalled", "open_findings", "missing_agreement",
        "subprocessor_objection",
    }
)
SEVERITIES = frozenset(SEVERITY_RANK)


def _concurrent() -> bool:
    """Whether the rules can run side by side: outside a transaction, where each query has
    a connection of its own (PostgreSQL: from the pool; SQLite: see ``_sqlite_rows``)."""
    from piccolo.engine.postgres import PostgresEngine

    db = engine()
    if db.current_transaction.get() is not None:
        return False
    return not isinstance(db, PostgresEngine) or db.pool is not None


def sort_key(flag: Flag, on: dt.date) -> tuple[int, dt.date, str]:
    return (-SEVERITY_RANK[flag.severity], flag.due or on, flag.uid)


async def compute_flags(
    scopes: frozenset[str] | None,
    on: dt.date,
    *,
    settings: Settings,
    within_days: int | None = None,
    controller: str | None = None,
    kinds: set[str] | None = None,
    severities: set[str] | None = None,
    due_before: dt.date | None = None,
) -> list[Flag]:
    """Every flag on ``on`` in the given scopes (None: all), most severe and soonest first.

    ``within_days`` and ``due_before`` keep flags due by then; flags without a due
    date (a missing agreement, open findings) are due now and always kept.
    """
    if scopes is not None and not scopes:
        return []
    ctx = FlagContext(on=on, settings=settings, scopes=scopes, controller=controller)
    rules = [rule for rule_kinds, rule in _rules() if kinds is None or rule_kinds & kinds]
    flags: list[Flag] = []
    if _concurrent():
        # The rules' queries run side by side, each on its own connection, while Python
        # builds the flags of the ones that are done.
        for found in await asyncio.gather(*(rule(ctx) for rule in rules)):
            flags.extend(found)
    else:  # inside a transaction: one connection, one query at a time
        for rule in rules:
            flags.extend(await rule(ctx))
    last_day = None
    if within_days is not None:
        last_day = on + dt.timedelta(days=within_days)
    if due_before is not None:  # strictly before that day
        before = due_before - dt.timedelta(days=1)
        last_day = min(last_day, before) if last_day else before
    kept = [
        f for f in flags
        if (kinds is None or f.kind in kinds)
        and (severities is None or f.severity in severities)
        and (last_day is None or f.due is None or f.due <= last_day)
    ]
    # The order of ``sort_key``, as three stable sorts on plain keys (least significant
    # first): several times faster than comparing key tuples on a national register.
    kept.sort(key=attrgetter("uid"))
    kept.sort(key=lambda f: f.due or on)
    kept.sort(key=lambda f: _RANK_DESC[f.severity])
    return kept


_RANK_DESC = {severity: -rank for severity, rank in SEVERITY_RANK.items()}
