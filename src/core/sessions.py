"""Web sessions in the database, so that every service process knows every logged-in user.

A Litestar :class:`~litestar.stores.base.Store` on the ``vwo_session`` table: the same on
SQLite and PostgreSQL. Expired sessions are never returned, and each process deletes the
expired rows at most once per :data:`CLEANUP_SECONDS`. With ``VWO_REDIS_URL`` set the
sessions live in Redis instead, through Litestar's own store (Redis expires them itself).
"""

from __future__ import annotations

import datetime as dt
import time

from litestar.stores.base import Store
from litestar.stores.redis import RedisStore

from core.settings import Settings
from core.tables import SessionRecord

#: How often a process deletes expired sessions (when it writes one).
CLEANUP_SECONDS = 600.0


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _expiry(expires_in: int | dt.timedelta | None) -> dt.datetime | None:
    if expires_in is None:
        return None
    seconds = expires_in if isinstance(expires_in, dt.timedelta) else dt.timedelta(seconds=expires_in)
    return _now() + seconds


def _live(expires_at: dt.datetime | None) -> bool:
    return expires_at is None or expires_at > _now()


class DatabaseStore(Store):
    """Keys and bytes in ``vwo_session``, with an expiry time per key."""

    __slots__ = ("_cleaned",)

    def __init__(self) -> None:
        self._cleaned = 0.0

    async def set(self, key: str, value: str | bytes, expires_in: int | dt.timedelta | None = None) -> None:
        data = value.encode() if isinstance(value, str) else value
        row = SessionRecord(key=key, value=data, expires_at=_expiry(expires_in))
        await SessionRecord.insert(row).on_conflict(
            target=SessionRecord.key, action="DO UPDATE", values=[SessionRecord.value, SessionRecord.expires_at]
        )
        if time.monotonic() - self._cleaned > CLEANUP_SECONDS:
            self._cleaned = time.monotonic()
            await self.delete_expired()

    async def get(self, key: str, renew_for: int | dt.timedelta | None = None) -> bytes | None:
        row = await SessionRecord.select(SessionRecord.value, SessionRecord.expires_at).where(
            SessionRecord.key == key
        ).first()
        if row is None or not _live(row["expires_at"]):
            return None
        if renew_for is not None and row["expires_at"] is not None:
            await SessionRecord.update({SessionRecord.expires_at: _expiry(renew_for)}).where(SessionRecord.key == key)
        return bytes(row["value"])

    async def delete(self, key: str) -> None:
        await SessionRecord.delete().where(SessionRecord.key == key)

    async def delete_all(self) -> None:
        await SessionRecord.delete(force=True)

    async def exists(self, key: str) -> bool:
        return await self.get(key) is not None

    async def expires_in(self, key: str) -> int | None:
        row = await SessionRecord.select(SessionRecord.expires_at).where(SessionRecord.key == key).first()
        if row is None or row["expires_at"] is None or not _live(row["expires_at"]):
            return None
        return int((row["expires_at"] - _now()).total_seconds())

    async def delete_expired(self) -> int:
        """Delete the sessions that lapsed; the number deleted."""
        gone = await SessionRecord.delete().where(SessionRecord.expires_at < _now()).returning(SessionRecord.key)
        return len(gone)


def session_store(settings: Settings) -> Store:
    """Where web sessions live: Redis when ``VWO_REDIS_URL`` names one, else the database."""
    if settings.redis_url:
        return RedisStore.with_client(url=settings.redis_url, namespace="vwo-sessions")
    return DatabaseStore()
