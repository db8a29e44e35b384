"""Each fault in an ID token ends on a Dutch 4xx page, with no session and an audit event.

The provider is the tests' own (fake_provider.py): a real one never signs a wrong nonce.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import pytest_asyncio

from core import AuditEvent, User
from core.sso import add_provider, forget_caches
from tests.core.sso.conftest import local, provider_config, scope_exists
from tests.core.sso.fake_provider import FakeProvider, running_fake_provider


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeProvider]:
    with running_fake_provider() as provider:
        yield provider


@pytest_asyncio.fixture
async def faulty(clean: None, fake: FakeProvider) -> AsyncIterator[FakeProvider]:
    forget_caches()
    fake.fault, fake.claims = "", {}
    await add_provider(provider_config(fake.issuer, name="hosting", domains=()), scope_exists)
    yield fake
    forget_caches()


async def sign_in(browser: httpx.AsyncClient) -> httpx.Response:
    start = await browser.get("/auth/oidc/hosting/login")
    async with httpx.AsyncClient() as client:
        callback = (await client.get(start.headers["location"])).headers["location"]
    return await browser.get(local(callback))


async def last_refusal() -> str:
    row = await AuditEvent.select(AuditEvent.changes).where(AuditEvent.action == "sso_refused").order_by(
        AuditEvent.seq, ascending=False
    ).first()
    assert row is not None
    changes = json.loads(row["changes"]) if isinstance(row["changes"], str) else row["changes"]
    return str(changes["reason"][1])


async def test_the_fake_provider_signs_in_when_nothing_is_wrong(faulty, browser) -> None:  # type: ignore[no-untyped-def]
    assert (await sign_in(browser)).status_code == 303
    assert (await browser.get("/api/v1/me")).json()["role"] == "privacy_officer"


@pytest.mark.parametrize(
    ("fault", "status", "reason", "words"),
    [
        ("wrong_nonce", 400, "wrong_nonce", "hoort niet bij deze inlogpoging"),
        ("unknown_key", 400, "unknown_key", "sleutel"),
        ("wrong_audience", 400, "wrong_audience", "niet voor dit register bestemd"),
        ("expired", 400, "token_expired", "verlopen"),
        ("oversized_groups", 400, "claim_oversized", "te veel of te lange"),
        ("malformed_groups", 400, "claim_malformed", "onbruikbaar gegeven: groups"),
        ("malformed_email", 400, "claim_malformed", "onbruikbaar gegeven: email"),
        ("garbage", 400, "token_malformed", "onleesbaar"),
        ("shared_secret", 400, "token_malformed", "onleesbaar"),
    ],
)
async def test_a_bad_id_token_is_refused(  # type: ignore[no-untyped-def]
    faulty, browser, fault: str, status: int, reason: str, words: str
) -> None:
    faulty.fault = fault
    answer = await sign_in(browser)
    assert answer.status_code == status and words in answer.text
    assert 'lang="nl"' in answer.text
    assert (await browser.get("/api/v1/me")).status_code == 401
    assert not await User.exists().where(User.email == "fien@beekdal.example")
    assert await last_refusal() == reason


async def test_an_oversized_name_claim_is_refused(faulty, browser) -> None:  # type: ignore[no-untyped-def]
    faulty.claims = {"name": "x" * 5000}
    assert (await sign_in(browser)).status_code == 400
    assert await last_refusal() == "claim_oversized"
