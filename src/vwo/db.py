"""Database access shared by every package: the engine, write transactions, health."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from piccolo.engine.base import Engine
from piccolo.engine.sqlite import SQLiteEngine, TransactionType

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


async def ping() -> bool:
    try:
        await engine().run_ddl("SELECT 1")
    except Exception:  # noqa: BLE001 - any failure means "not healthy"
        return False
    return True


async def start() -> None:
    db = engine()
    if isinstance(db, SQLiteEngine):
        await db.run_ddl("PRAGMA journal_mode=WAL")
    elif getattr(db, "pool", None) is None:
        await db.start_connection_pool(min_size=1, max_size=10)  # type: ignore[attr-defined]


async def stop() -> None:
    db = engine()
    if not isinstance(db, SQLiteEngine):
        await db.close_connection_pool()  # type: ignore[attr-defined]
