"""The login page with providers, home-realm discovery, break-glass passwords, logout, /api/v1/me."""

from __future__ import annotations

import dataclasses
import re
import socket
import time
from collections.abc import Iterator
from urllib.parse import parse_qs, urlparse

import httpx
import pytest

from core import User, add_user, issue_token, load_settings
from core.sso import add_provider, link_account
from tests.core.sso.conftest import free_port, local, provider_config, scope_exists, sign_in
from vwo.app import create_app

ADMIN = ("beheer@register.example", "een-lang-beheerwachtwoord")
STAFF = ("inkoper@register.example", "een-lang-inkoopwachtwoord")


async def csrf(browser: httpx.AsyncClient) -> str:
    await browser.get("/login")
    return browser.cookies.get("csrftoken", "")


async def password_login(browser: httpx.AsyncClient, email: str, password: str) -> httpx.Response:
    token = await csrf(browser)
    return await browser.post("/login", data={"email": email, "password": password, "_csrf_token": token})


async def test_the_login_page_has_a_button_per_provider(beekdal, browser) -> None:  # type: ignore[no-untyped-def]
    page = (await browser.get("/login?next=/agreements")).text
    button = re.search(r'<a class="button" href="([^"]+)">Inloggen met Gemeente Beekdal</a>', page)
    assert button and button.group(1) == "/auth/oidc/beekdal/login?next=/agreements"


async def test_an_address_of_a_providers_domain_goes_to_that_provider(beekdal, browser) -> None:  # type: ignore[no-untyped-def]
    token = await csrf(browser)
    answer = await browser.post(
        "/login", data={"email": "Fien@Beekdal.example", "password": "", "next": "/suppliers", "_csrf_token": token}
    )
    assert answer.status_code == 200
    assert 'content="0;url=/auth/oidc/beekdal/login?next=%2Fsuppliers"' in answer.text
    other = await browser.post("/login", data={"email": "iemand@elders.example", "password": "", "_csrf_token": token})
    assert other.status_code == 400


@pytest.fixture
def dead_port() -> int:
    return free_port()  # nothing listens there


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and never answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        yield int(sock.getsockname()[1])


@pytest.mark.parametrize(("port_fixture", "status"), [("dead_port", 502), ("silent_port", 503)])
async def test_a_provider_down_or_slow_gives_a_page_quickly_and_break_glass_login_works(  # type: ignore[no-untyped-def]
    clean, browser, request, port_fixture: str, status: int
) -> None:
    port = request.getfixturevalue(port_fixture)
    await add_provider(provider_config(f"http://127.0.0.1:{port}", domains=()), scope_exists)
    await add_user(ADMIN[0], "admin", [], password=ADMIN[1])
    started = time.monotonic()
    answer = await browser.get("/auth/oidc/beekdal/login")
    assert answer.status_code == status and time.monotonic() - started < 4
    assert "Gemeente Beekdal" in answer.text and "beheerders kunnen met hun wachtwoord inloggen" in answer.text
    login = await password_login(browser, *ADMIN)
    assert login.status_code == 303


async def test_admin_only_keeps_passwords_for_break_glass_admins(clean, database) -> None:  # type: ignore[no-untyped-def]
    settings = dataclasses.replace(load_settings(), local_login="admin-only")
    await add_user(ADMIN[0], "admin", [], password=ADMIN[1])
    await add_user(STAFF[0], "procurement", ["GM1234"], password=STAFF[1])
    token, _ = await issue_token(STAFF[0])
    transport = httpx.ASGITransport(app=create_app(settings))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver.local") as browser:
        refused = await password_login(browser, *STAFF)
        assert refused.status_code == 403 and "alleen voor beheerders" in refused.text
        assert (await browser.get("/api/v1/me")).status_code == 401
        api = await browser.post("/api/v1/auth/token", json={"email": STAFF[0], "password": STAFF[1]})
        assert api.status_code == 403
        # tokens made before keep working
        assert (await browser.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})).json()["method"] == "token"
        assert (await password_login(browser, *ADMIN)).status_code == 303
        assert (await browser.get("/api/v1/me")).json()["method"] == "password"


async def test_me_answers_for_a_token_and_refuses_a_stranger(clean, browser) -> None:  # type: ignore[no-untyped-def]
    await add_user(STAFF[0], "procurement", ["GM1234"], password=STAFF[1])
    token, _ = await issue_token(STAFF[0])
    mine = await browser.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert mine.json() == {
        "email": STAFF[0], "name": "", "role": "procurement", "scopes": ["GM1234"], "method": "token", "provider": "",
    }
    assert (await browser.get("/api/v1/me", headers={"Authorization": "Bearer vwo_wrong"})).status_code == 401
    assert (await browser.get("/api/v1/me")).status_code == 401


async def test_logout_ends_the_session_and_signs_out_at_the_provider(beekdal, browser) -> None:  # type: ignore[no-untyped-def]
    await sign_in(browser, "fien")
    token = browser.cookies.get("csrftoken", "") or await csrf(browser)
    answer = await browser.post("/logout", headers={"x-csrftoken": token})
    assert answer.status_code == 200
    target = re.search(r'content="0;url=([^"]+)"', answer.text).group(1).replace("&amp;", "&")  # type: ignore[union-attr]
    assert target.startswith(f"{beekdal.issuer}/oauth2/end_session?")
    query = parse_qs(urlparse(target).query)
    assert query["post_logout_redirect_uri"] == ["http://testserver.local/login"] and query["id_token_hint"][0]
    assert (await browser.get("/api/v1/me")).status_code == 401
    async with httpx.AsyncClient() as client:
        assert (await client.get(target)).status_code == 200  # the provider's own sign-out page


async def test_an_address_of_a_local_account_is_linked_only_by_an_admin(beekdal, browser, sso_app) -> None:  # type: ignore[no-untyped-def]
    await add_user("fien@beekdal.example", "viewer", ["GM1234"], password="een-lang-wachtwoord-fien")
    refused = await sign_in(browser, "fien")
    assert refused.status_code == 409 and "vwo sso link" in refused.text
    assert (await browser.get("/api/v1/me")).status_code == 401
    await link_account("beekdal", "fien@beekdal.example", "fien")
    transport = httpx.ASGITransport(app=sso_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver.local") as later:
        assert (await sign_in(later, "fien")).status_code == 303
        assert (await later.get("/api/v1/me")).json()["role"] == "privacy_officer"
    assert len(await User.select().where(User.email == "fien@beekdal.example")) == 1


async def test_a_state_kept_in_the_shared_store_is_finished_by_another_process(beekdal, browser, sso_app) -> None:  # type: ignore[no-untyped-def]
    start = await browser.get("/auth/oidc/beekdal/login")
    async with httpx.AsyncClient() as client:
        callback = (await client.post(start.headers["location"], data={"sub": "inge"})).headers["location"]
    other_process = create_app(dataclasses.replace(load_settings(), base_url="http://testserver.local"))
    transport = httpx.ASGITransport(app=other_process)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver.local", cookies=browser.cookies) as same_browser:
        assert (await same_browser.get(local(callback))).status_code == 303


async def test_a_provider_whose_secret_is_not_set_says_so(clean, browser) -> None:  # type: ignore[no-untyped-def]
    await add_provider(provider_config("https://login.beekdal.example", client_secret_env="VWO_NOT_SET_HERE"),
                       scope_exists)
    answer = await browser.get("/auth/oidc/beekdal/login")
    assert answer.status_code == 503 and "niet volledig ingesteld" in answer.text


async def test_a_planted_callback_does_not_sign_out_whoever_is_signed_in(beekdal, browser, sso_app) -> None:  # type: ignore[no-untyped-def]
    await add_user(ADMIN[0], "admin", [], password=ADMIN[1])
    assert (await password_login(browser, *ADMIN)).status_code == 303
    transport = httpx.ASGITransport(app=sso_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver.local") as attacker:
        start = await attacker.get("/auth/oidc/beekdal/login")
        async with httpx.AsyncClient() as client:
            planted = (await client.post(start.headers["location"], data={"sub": "kees"})).headers["location"]
    assert (await browser.get(local(planted))).status_code == 400
    assert (await browser.get("/api/v1/me")).json()["email"] == ADMIN[0]
