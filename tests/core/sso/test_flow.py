"""Signing in through a real OpenID provider process (oidc-provider-mock) on loopback."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlencode, urlparse

import httpx

from core import AuditEvent, User
from tests.core.sso.conftest import MockProvider, at_provider, local, sign_in


async def me(browser: httpx.AsyncClient) -> httpx.Response:
    return await browser.get("/api/v1/me")


async def events(action: str, entity_id: str = "") -> list[dict]:  # type: ignore[type-arg]
    query = AuditEvent.select().where(AuditEvent.action == action).order_by(AuditEvent.seq, ascending=False)
    rows = await query.limit(20)
    for row in rows:
        row["changes"] = json.loads(row["changes"]) if isinstance(row["changes"], str) else row["changes"]
    return [row for row in rows if not entity_id or row["entity_id"] == entity_id]


async def test_first_login_makes_the_account_with_the_role_its_groups_give(beekdal, browser) -> None:  # type: ignore[no-untyped-def]
    done = await sign_in(browser, "fien", next_path="/suppliers?page=2")
    assert done.status_code == 303 and done.headers["location"] == "/suppliers?page=2"
    answer = (await me(browser)).json()
    assert answer == {
        "email": "fien@beekdal.example", "name": "Fien Groen", "role": "privacy_officer",
        "scopes": ["GM1234"], "method": "oidc", "provider": "beekdal",
    }
    user = await User.select().where(User.email == "fien@beekdal.example").first()
    assert user["password_hash"] == ""  # no password: the provider is the way in
    login = (await events("sso_login", str(user["id"])))[0]
    assert login["changes"]["provider"] == [None, "beekdal"] and login["actor"] == "fien@beekdal.example"


async def test_a_group_change_at_the_provider_is_the_new_role_at_next_login(beekdal, browser, sso_app) -> None:  # type: ignore[no-untyped-def]
    await sign_in(browser, "inge")
    assert (await me(browser)).json()["role"] == "procurement"
    beekdal.set_claims("inge", {"email": "inge@beekdal.example", "name": "Inge Koper", "groups": ["lezers"]})
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=sso_app), base_url="http://testserver.local") as later:
        await sign_in(later, "inge")
        assert (await me(later)).json()["role"] == "viewer"
    users = await User.select().where(User.email == "inge@beekdal.example")
    assert len(users) == 1 and users[0]["role"] == "viewer"
    change = (await events("role_from_groups", str(users[0]["id"])))[0]
    assert change["changes"]["role"] == ["procurement", "viewer"]


async def test_groups_that_map_to_nothing_get_a_dutch_page_and_no_account(beekdal, browser) -> None:  # type: ignore[no-untyped-def]
    refused = await sign_in(browser, "kees")
    assert refused.status_code == 403
    assert "geen toegang" in refused.text and "functioneel beheerder" in refused.text
    assert not await User.exists().where(User.email == "kees@beekdal.example")
    assert (await me(browser)).status_code == 401
    assert (await events("sso_refused", "beekdal"))[0]["changes"]["reason"] == [None, "no_access"]


async def _callback_url(browser: httpx.AsyncClient, sub: str = "fien") -> str:
    start = await browser.get("/auth/oidc/beekdal/login")
    return local(await at_provider(start.headers["location"], sub))


def _with_query(url: str, **params: str | None) -> str:
    parsed = urlparse(url)
    query = {k: v[0] for k, v in parse_qs(parsed.query).items()}
    for key, value in params.items():
        if value is None:
            query.pop(key, None)
        else:
            query[key] = value
    return f"{parsed.path}?{urlencode(query)}"


async def test_a_forged_state_is_refused_without_session(beekdal, browser) -> None:  # type: ignore[no-untyped-def]
    callback = await _callback_url(browser)
    forged = await browser.get(_with_query(callback, state="forged-by-someone-else"))
    assert forged.status_code == 400 and "niet hier begonnen" in forged.text
    assert (await me(browser)).status_code == 401
    assert (await events("sso_refused", "beekdal"))[0]["changes"]["reason"] == [None, "state"]
    # the real state no longer works either: a state is good for one try
    assert (await browser.get(callback)).status_code == 400


async def test_a_missing_state_or_a_callback_never_started_here_is_refused(beekdal, browser, sso_app) -> None:  # type: ignore[no-untyped-def]
    callback = await _callback_url(browser)
    assert (await browser.get(_with_query(callback, state=None))).status_code == 400
    # someone else's code and state, planted on a browser that never started a login (login CSRF)
    planted = await _callback_url(browser)
    transport = httpx.ASGITransport(app=sso_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver.local") as victim:
        assert (await victim.get(planted)).status_code == 400
        assert (await me(victim)).status_code == 401


async def test_a_replayed_code_is_refused(beekdal, browser) -> None:  # type: ignore[no-untyped-def]
    first = await _callback_url(browser)
    assert (await browser.get(first)).status_code == 303
    await browser.post("/logout", headers={"x-csrftoken": browser.cookies.get("csrftoken", "")})
    browser.cookies.delete("vwo_session")
    again = await _callback_url(browser)
    code = parse_qs(urlparse(first).query)["code"][0]
    replayed = await browser.get(_with_query(again, code=code))
    assert replayed.status_code == 400 and "al gebruikt" in replayed.text
    assert (await me(browser)).status_code == 401
    assert (await events("sso_refused", "beekdal"))[0]["changes"]["reason"] == [None, "code_refused"]


async def test_a_provider_restarted_with_new_keys_keeps_working(beekdal: MockProvider, browser, sso_app) -> None:  # type: ignore[no-untyped-def]
    assert (await sign_in(browser, "fien")).status_code == 303
    old_keys = httpx.get(f"{beekdal.issuer}/jwks").json()
    beekdal.restart()
    assert httpx.get(f"{beekdal.issuer}/jwks").json() != old_keys
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=sso_app), base_url="http://testserver.local") as later:
        assert (await sign_in(later, "fien")).status_code == 303
        assert (await me(later)).json()["role"] == "privacy_officer"


async def test_an_account_switched_off_here_is_refused_even_with_the_right_groups(beekdal, browser, sso_app) -> None:  # type: ignore[no-untyped-def]
    assert (await sign_in(browser, "inge")).status_code == 303
    await User.update({User.active: False}).where(User.email == "inge@beekdal.example")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=sso_app), base_url="http://testserver.local") as later:
        refused = await sign_in(later, "inge")
        assert refused.status_code == 403 and "uitgeschakeld" in refused.text
        assert (await me(later)).status_code == 401
    assert (await events("sso_refused", "beekdal"))[0]["changes"]["reason"] == [None, "account_inactive"]


async def test_leaving_every_mapped_group_withdraws_the_accounts_scopes(beekdal, browser, sso_app) -> None:  # type: ignore[no-untyped-def]
    await sign_in(browser, "inge")
    beekdal.set_claims("inge", {"email": "inge@beekdal.example", "groups": ["kantine"]})
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=sso_app), base_url="http://testserver.local") as later:
        assert (await sign_in(later, "inge")).status_code == 403
    user = await User.select().where(User.email == "inge@beekdal.example").first()
    scopes = json.loads(user["scopes"]) if isinstance(user["scopes"], str) else user["scopes"]
    assert user["role"] == "viewer" and scopes == []
    assert (await events("role_from_groups", str(user["id"])))[0]["changes"]["role"] == ["procurement", "viewer"]


async def test_a_flood_of_bad_callbacks_is_held_before_the_audit_trail(beekdal, browser) -> None:  # type: ignore[no-untyped-def]
    before = await AuditEvent.count()
    answers = [(await browser.get("/auth/oidc/beekdal/callback?code=x&state=y")).status_code for _ in range(8)]
    assert answers[:5] == [400] * 5 and set(answers[5:]) == {429}
    assert await AuditEvent.count() - before == 5
