"""Telling "the database is not there" apart from a fault of the service.

With the database unreachable, every request failed with a 500 (issue 13, finding 10),
which says "our bug" and invites no retry. :func:`database_unavailable` recognises the
errors of a database that cannot be reached, is shutting down or is busy, on both
engines; the API answers those with 503 and the CLI with one line instead of a traceback.
"""

from __future__ import annotations

import asyncio
import socket
import sqlite3

import asyncpg

#: SQLite errors that mean the file cannot be used now, not that a query is wrong.
_SQLITE_UNAVAILABLE = ("unable to open database file", "disk i/o error", "database is locked")

UNAVAILABLE_MESSAGE = "De database is niet bereikbaar; probeer het over enkele ogenblikken opnieuw."


def database_unavailable(exc: BaseException) -> bool:
    """True for a database that cannot be reached or cannot serve at the moment."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, (ConnectionError, socket.gaierror, asyncio.TimeoutError)):
            return True  # refused, reset, unknown host, no answer in time
        if isinstance(current, OSError) and "connect call failed" in str(current).lower():
            return True  # asyncpg, having tried every address of the host
        if isinstance(current, (
            asyncpg.PostgresConnectionError,  # SQLSTATE class 08
            asyncpg.exceptions.OperatorInterventionError,  # 57P: shutting down, cannot connect now
            asyncpg.exceptions.InsufficientResourcesError,  # 53: too many connections, disk full
            asyncpg.exceptions.ConnectionDoesNotExistError,
        )):
            return True
        if isinstance(current, asyncpg.InterfaceError) and "connection" in str(current).lower():
            return True
        if isinstance(current, sqlite3.OperationalError) and str(current).lower().startswith(_SQLITE_UNAVAILABLE):
            return True
        current = current.__cause__ or current.__context__
    return False
