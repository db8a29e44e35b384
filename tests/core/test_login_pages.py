"""Logging in and out of the web application, as a person would."""

from __future__ import annotations

import re

import pytest

from core.users import add_user


async def csrf(client) -> str:  # type: ignore[no-untyped-def]
    await client.get("/login")
    return client.cookies.get("csrftoken")


@pytest.fixture
async def fg_login(clean, app_client):  # type: ignore[no-untyped-def]
    await add_user("fg@gemeente.test", "privacy_officer", ["GM0363"], password="een-lang-wachtwoord")
    app_client.cookies.clear()
    yield app_client
    app_client.cookies.clear()


async def test_a_page_logged_out_leads_to_login_and_back(fg_login) -> None:  # type: ignore[no-untyped-def]
    client = fg_login
    response = await client.get("/?view=all", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2F%3Fview%3Dall"
    form = (await client.get(response.headers["location"])).text
    assert 'lang="nl"' in form and '<label for="email">' in form
    next_value = re.search(r'name="next" value="([^"]*)"', form).group(1)  # type: ignore[union-attr]
    login = await client.post(
        "/login",
        data={"email": "FG@gemeente.test", "password": "een-lang-wachtwoord", "next": next_value,
              "_csrf_token": client.cookies.get("csrftoken")},
        follow_redirects=False,
    )
    assert login.status_code == 303 and login.headers["location"] == "/?view=all"
    home = await client.get("/")
    assert home.status_code == 200 and "fg@gemeente.test" in home.text


async def test_wrong_password_says_so_and_rate_limit_says_wait(fg_login) -> None:  # type: ignore[no-untyped-def]
    client = fg_login
    token = await csrf(client)
    for _ in range(5):
        wrong = await client.post("/login", data={"email": "fg@gemeente.test", "password": "fout", "_csrf_token": token})
        assert wrong.status_code == 400 and "Onjuist e-mailadres of wachtwoord" in wrong.text
    limited = await client.post(
        "/login", data={"email": "fg@gemeente.test", "password": "een-lang-wachtwoord", "_csrf_token": token}
    )
    assert limited.status_code == 429 and "Te veel mislukte pogingen" in limited.text


async def test_form_without_csrf_token_is_refused(fg_login) -> None:  # type: ignore[no-untyped-def]
    response = await fg_login.post("/login", data={"email": "fg@gemeente.test", "password": "een-lang-wachtwoord"})
    assert response.status_code == 403


async def test_next_cannot_send_the_user_elsewhere(fg_login) -> None:  # type: ignore[no-untyped-def]
    client = fg_login
    token = await csrf(client)
    login = await client.post(
        "/login",
        data={"email": "fg@gemeente.test", "password": "een-lang-wachtwoord", "next": "//evil.example/x", "_csrf_token": token},
        follow_redirects=False,
    )
    assert login.headers["location"] == "/"


async def test_session_cookie_is_httponly_and_logout_ends_it(fg_login) -> None:  # type: ignore[no-untyped-def]
    client = fg_login
    token = await csrf(client)
    login = await client.post(
        "/login", data={"email": "fg@gemeente.test", "password": "een-lang-wachtwoord", "_csrf_token": token},
        follow_redirects=False,
    )
    cookie = next(v for k, v in login.headers.multi_items() if k == "set-cookie" and v.startswith("vwo_session="))
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("SameSite=Lax", "SameSite=lax")
    await client.post("/logout", data={"_csrf_token": client.cookies.get("csrftoken")})
    assert (await client.get("/", follow_redirects=False)).status_code == 303


async def test_session_does_not_open_the_api(fg_login) -> None:  # type: ignore[no-untyped-def]
    client = fg_login
    token = await csrf(client)
    await client.post("/login", data={"email": "fg@gemeente.test", "password": "een-lang-wachtwoord", "_csrf_token": token})
    assert (await client.get("/api/v1/suppliers")).status_code == 401


async def test_login_gives_a_fresh_session_id(fg_login) -> None:  # type: ignore[no-untyped-def]
    """A session ID planted before login (session fixation) is not the one that logs in."""
    client = fg_login
    token = await csrf(client)
    client.cookies.set("vwo_session", "a" * 64)
    login = await client.post(
        "/login", data={"email": "fg@gemeente.test", "password": "een-lang-wachtwoord", "_csrf_token": token},
        follow_redirects=False,
    )
    assert login.status_code == 303
    issued = next(v for k, v in login.headers.multi_items() if k == "set-cookie" and v.startswith("vwo_session="))
    assert not issued.startswith("vwo_session=" + "a" * 64)
    planted = {"vwo_session": "a" * 64}
    client.cookies.clear()
    response = await client.get("/", cookies=planted, follow_redirects=False)
    assert response.status_code == 303  # the planted ID is not logged in


async def test_pages_carry_security_headers_and_no_outside_assets(fg_login) -> None:  # type: ignore[no-untyped-def]
    response = await fg_login.get("/login")
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "same-origin"
    assert "http://" not in response.text.replace("http://www.w3.org", "") and "https://" not in response.text
    schema = await fg_login.get("/schema")
    assert schema.status_code == 200 and schema.json()["openapi"].startswith("3.")
