"""Web sessions live in the database: every process (here: a second app) knows the user."""

from __future__ import annotations

import asyncio
import os

import httpx
import pytest
from litestar.stores.redis import RedisStore

from core import SessionRecord, sessions
from core.settings import Settings
from core.users import add_user
from vwo.app import create_app


async def test_a_session_is_stored_read_and_forgotten(clean) -> None:  # type: ignore[no-untyped-def]
    store = sessions.DatabaseStore()
    await store.set("abc", b"\x00data", expires_in=60)
    assert await store.get("abc") == b"\x00data"
    assert await store.exists("abc") and 55 <= (await store.expires_in("abc") or 0) <= 60
    await store.set("abc", "new", expires_in=60)  # written again: replaced, not duplicated
    assert await store.get("abc") == b"new" and await SessionRecord.count() == 1
    await store.delete("abc")
    assert await store.get("abc") is None and not await store.exists("abc")


async def test_an_expired_session_is_not_returned_and_is_cleaned_up(clean) -> None:  # type: ignore[no-untyped-def]
    store = sessions.DatabaseStore()
    await store.set("old", b"x", expires_in=1)
    await store.set("young", b"y", expires_in=3600)
    await asyncio.sleep(1.1)
    assert await store.get("old") is None and await store.expires_in("old") is None
    assert await store.delete_expired() == 1
    assert [r["key"] for r in await SessionRecord.select(SessionRecord.key)] == ["young"]


async def test_a_login_on_one_app_is_known_to_another(clean, app_client) -> None:  # type: ignore[no-untyped-def]
    await add_user("fg@gemeente.test", "privacy_officer", ["GM0363"], password="een-lang-wachtwoord")
    first = httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app()), base_url="http://testserver.local")
    second = httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app()), base_url="http://testserver.local")
    async with first, second:
        await first.get("/login")
        login = await first.post(
            "/login", follow_redirects=False,
            data={"email": "fg@gemeente.test", "password": "een-lang-wachtwoord",
                  "_csrf_token": first.cookies.get("csrftoken")},
        )
        assert login.status_code == 303
        second.cookies.update(first.cookies)
        home = await second.get("/", follow_redirects=False)
        assert home.status_code == 200 and "fg@gemeente.test" in home.text
        logout_token = second.cookies.get("csrftoken")
        out = await second.post("/logout", data={"_csrf_token": logout_token}, follow_redirects=False)
        assert out.status_code == 303
        assert (await first.get("/", follow_redirects=False)).status_code == 303  # logged out everywhere


async def _signed_in(client: httpx.AsyncClient) -> None:
    await client.get("/login")
    login = await client.post(
        "/login", follow_redirects=False,
        data={"email": "fg@gemeente.test", "password": "een-lang-wachtwoord", "_csrf_token": client.cookies.get("csrftoken")},
    )
    assert login.status_code == 303


async def test_a_visitor_without_a_session_leaves_no_row(clean) -> None:  # type: ignore[no-untyped-def]
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app()), base_url="http://testserver.local") as client:
        for _ in range(5):
            page = await client.get("/login")
            assert page.status_code == 200
            assert not any(v.startswith("vwo_session=") for k, v in page.headers.multi_items() if k == "set-cookie")
    assert await SessionRecord.count() == 0


async def test_an_unchanged_session_is_written_once_per_step_not_per_page(  # type: ignore[no-untyped-def]
    clean, monkeypatch
) -> None:
    from core.web import shell

    await add_user("fg@gemeente.test", "privacy_officer", ["GM0363"], password="een-lang-wachtwoord")
    now = [1_800_000_000.0]
    monkeypatch.setattr(shell.time, "time", lambda: now[0])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app()), base_url="http://testserver.local") as client:
        await _signed_in(client)
        await client.get("/", follow_redirects=False)  # the first page sets the "last seen" mark
        written = (await SessionRecord.select(SessionRecord.expires_at).first())["expires_at"]
        writes = []
        original = sessions.DatabaseStore.set

        async def counting(self, key, value, expires_in=None):  # type: ignore[no-untyped-def]
            writes.append(key)
            await original(self, key, value, expires_in)

        monkeypatch.setattr(sessions.DatabaseStore, "set", counting)
        for _ in range(3):
            assert (await client.get("/", follow_redirects=False)).status_code == 200
        assert writes == []  # page views within the step: no write
        now[0] += shell.TOUCH_SECONDS
        await asyncio.sleep(0.01)
        assert (await client.get("/", follow_redirects=False)).status_code == 200
        assert len(writes) == 1  # the next step renews the expiry
        assert (await SessionRecord.select(SessionRecord.expires_at).first())["expires_at"] > written
        logout = await client.post("/logout", data={"_csrf_token": client.cookies.get("csrftoken")}, follow_redirects=False)
        assert logout.status_code == 303
        assert (await client.get("/", follow_redirects=False)).status_code == 303


# --- Redis as the shared store (VWO_REDIS_URL) -------------------------------------------

REDIS_URL = os.environ.get("VWO_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def redis_url() -> str:
    """The Redis that .ci/run starts; a developer without one skips, CI fails."""
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.RedisError as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"no Redis at {REDIS_URL}: {exc}")
    return REDIS_URL


def test_the_store_follows_the_setting(redis_url: str) -> None:
    assert isinstance(sessions.session_store(Settings()), sessions.DatabaseStore)
    assert isinstance(sessions.session_store(Settings(redis_url=redis_url)), RedisStore)


async def test_a_login_on_one_process_is_known_to_another_through_redis(  # type: ignore[no-untyped-def]
    clean, redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VWO_REDIS_URL", redis_url)
    await add_user("fg@gemeente.test", "privacy_officer", ["GM0363"], password="een-lang-wachtwoord")
    first = httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app()), base_url="http://testserver.local")
    second = httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app()), base_url="http://testserver.local")
    async with first, second:
        await first.get("/login")
        login = await first.post(
            "/login", follow_redirects=False,
            data={"email": "fg@gemeente.test", "password": "een-lang-wachtwoord",
                  "_csrf_token": first.cookies.get("csrftoken")},
        )
        assert login.status_code == 303
        assert await SessionRecord.count() == 0  # not in the database: in Redis
        second.cookies.update(first.cookies)
        home = await second.get("/", follow_redirects=False)
        assert home.status_code == 200 and "fg@gemeente.test" in home.text
        out = await second.post("/logout", data={"_csrf_token": second.cookies.get("csrftoken")},
                                follow_redirects=False)
        assert out.status_code == 303
        assert (await first.get("/", follow_redirects=False)).status_code == 303
