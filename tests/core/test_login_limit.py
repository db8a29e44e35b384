"""The login limit and password checks (issue 13, finding 5): counted in the database
before the password is checked, shared by every process; Argon2 off the event loop;
unknown and inactive accounts as slow as real ones."""

from __future__ import annotations

import asyncio
import statistics
import time

import httpx
import pytest

from core import login_limit
from core.auth import authenticate
from core.tables import User
from core.users import add_user
from vwo.app import create_app

PASSWORD = "een-lang-wachtwoord"  # noqa: S105 - a test account
URL = "/api/v1/auth/token"
LIMIT = 5  # VWO_LOGIN_ATTEMPTS in tests/conftest.py


@pytest.fixture
async def account(clean) -> str:  # type: ignore[no-untyped-def]
    email = "fg@gemeente.test"
    await add_user(email, "privacy_officer", ["GM0363"], password=PASSWORD)
    return email


async def _login(client: httpx.AsyncClient, email: str, password: str) -> httpx.Response:
    return await client.post(URL, json={"email": email, "password": password})


async def test_parallel_wrong_logins_leave_the_right_one_without_a_token(account, app_client) -> None:  # type: ignore[no-untyped-def]
    answers = await asyncio.gather(*[_login(app_client, account, f"fout-{i}") for i in range(20)])
    statuses = sorted(a.status_code for a in answers)
    assert statuses == [401] * LIMIT + [429] * (20 - LIMIT)
    right = await _login(app_client, account, PASSWORD)
    assert right.status_code == 429, right.text
    assert "token" not in right.json() and int(right.headers["Retry-After"]) > 0


async def test_the_limit_holds_across_processes(account) -> None:  # type: ignore[no-untyped-def]
    """Two apps (as two worker processes would have) share only the database."""
    clients = [
        httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app()), base_url="http://testserver.local")
        for _ in range(2)
    ]
    async with clients[0], clients[1]:
        for i in range(LIMIT):
            assert (await _login(clients[i % 2], account, "fout")).status_code == 401
        assert (await _login(clients[1], account, PASSWORD)).status_code == 429
        assert (await _login(clients[0], account, PASSWORD)).status_code == 429


async def test_good_logins_do_not_use_up_the_limit(account, app_client) -> None:  # type: ignore[no-untyped-def]
    for _ in range(LIMIT + 2):
        assert (await _login(app_client, account, PASSWORD)).status_code == 201
    for _ in range(LIMIT - 1):
        assert (await _login(app_client, account, "fout")).status_code == 401
    assert (await _login(app_client, account, PASSWORD)).status_code == 201


async def test_a_new_window_allows_logins_again(account, app_client, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for _ in range(LIMIT):
        await _login(app_client, account, "fout")
    assert (await _login(app_client, account, PASSWORD)).status_code == 429
    later = time.time() + 301
    monkeypatch.setattr(login_limit.time, "time", lambda: later)
    assert (await _login(app_client, account, PASSWORD)).status_code == 201


async def _seconds(email: str, password: str) -> float:
    start = time.perf_counter()
    assert await authenticate(email, password) is None
    return time.perf_counter() - start


async def test_inactive_and_unknown_accounts_answer_as_slowly_as_real_ones(account) -> None:  # type: ignore[no-untyped-def]
    await add_user("oud@gemeente.test", "viewer", ["GM0363"], password=PASSWORD)
    await User.update({User.active: False}).where(User.email == "oud@gemeente.test")
    await authenticate(account, "fout")  # warm up
    cases = {"active": (account, "fout"), "inactive": ("oud@gemeente.test", PASSWORD),
             "unknown": ("niemand@gemeente.test", PASSWORD)}
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(7):  # interleaved, so that load on the machine falls on all three alike
        for name, (email, password) in cases.items():
            times[name].append(await _seconds(email, password))
    median = {name: statistics.median(values) for name, values in times.items()}
    assert median["active"] > 0.005, "Argon2 is checked"
    for name in ("inactive", "unknown"):
        assert abs(median[name] - median["active"]) < 0.35 * median["active"], median


async def test_password_checks_leave_the_event_loop_free(account, app_client) -> None:  # type: ignore[no-untyped-def]
    single = time.perf_counter()
    await authenticate(account, "fout")
    one_check = time.perf_counter() - single
    checks = [asyncio.create_task(authenticate(account, f"fout-{i}")) for i in range(20)]
    await asyncio.sleep(0)
    health = await app_client.get("/health")
    # the loop answered while checks were still running: a check on the loop would have run
    # them one after another before the request got its turn (ordering, not a stopwatch: a
    # busy CI machine slowed the request itself past any fixed bound)
    still_running = sum(not c.done() for c in checks)
    await asyncio.gather(*checks)
    assert health.status_code == 200
    assert still_running > 0, (still_running, one_check)
