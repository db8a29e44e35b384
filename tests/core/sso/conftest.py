"""An OpenID provider process on loopback (oidc-provider-mock), and a browser-like client of the app."""

from __future__ import annotations

import dataclasses
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urlparse

import httpx
import pytest
import pytest_asyncio

from core import load_settings
from core.sso import Provider, add_provider, forget_caches, parse_mapping
from vwo.app import create_app

SECRET_ENV = "VWO_TEST_SSO_SECRET"  # noqa: S105 - the name of a variable
os.environ[SECRET_ENV] = "test-client-secret"
ORGANISATION = "GM1234"
USERS = {
    "fien": {"email": "fien@beekdal.example", "name": "Fien Groen", "groups": ["fg-team", "kantine"]},
    "inge": {"email": "inge@beekdal.example", "name": "Inge Koper", "groups": ["inkoop"]},
    "kees": {"email": "kees@beekdal.example", "name": "Kees Kantine", "groups": ["kantine"]},
}
MAPPINGS = ["fg-team=privacy_officer", "inkoop=procurement:GM1234", "lezers=viewer"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class MockProvider:
    """oidc-provider-mock in its own process; restart() gives it new signing keys."""

    def __init__(self) -> None:
        self.port = free_port()
        self.issuer = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        users = [json.dumps({"sub": sub, **claims}) for sub, claims in USERS.items()]
        args = [sys.executable, "-m", "oidc_provider_mock", "--port", str(self.port)]
        for user in users:
            args += ["--user-claims", user]
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.issuer}/.well-known/openid-configuration", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("oidc-provider-mock did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def set_claims(self, sub: str, claims: dict[str, Any]) -> None:
        httpx.put(f"{self.issuer}/users/{sub}", json=claims, timeout=5).raise_for_status()


@pytest.fixture(scope="session")
def mock_provider() -> Iterator[MockProvider]:
    provider = MockProvider()
    provider.start()
    try:
        yield provider
    finally:
        provider.stop()


async def scope_exists(code: str) -> bool:
    return code in {ORGANISATION, "GM5678", "isd-beekdal"}


def provider_config(issuer: str, name: str = "beekdal", **over: Any) -> Provider:
    return Provider(**{
        "name": name, "issuer": issuer, "client_id": "vwo-register", "client_secret_env": SECRET_ENV,
        "display_name": "Gemeente Beekdal", "organisation": ORGANISATION,
        "mappings": tuple(parse_mapping(m) for m in MAPPINGS), "domains": ("beekdal.example",), **over,
    })


@pytest_asyncio.fixture
async def beekdal(clean: None, mock_provider: MockProvider) -> AsyncIterator[MockProvider]:
    """The mock registered as provider "beekdal", its users' claims as at the start."""
    forget_caches()
    await add_provider(provider_config(mock_provider.issuer), scope_exists)
    for sub, claims in USERS.items():
        mock_provider.set_claims(sub, claims)
    yield mock_provider
    forget_caches()


@pytest.fixture(scope="session")
def sso_app() -> Any:
    settings = dataclasses.replace(load_settings(), base_url="http://testserver.local", sso_timeout_seconds=2.0)
    return create_app(settings)


@pytest_asyncio.fixture
async def browser(sso_app: Any, database: None) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the app with a cookie jar of its own, like a fresh browser."""
    transport = httpx.ASGITransport(app=sso_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver.local") as client:
        yield client


async def at_provider(authorize_url: str, sub: str) -> str:
    """Sign in as ``sub`` on the mock's authorize form; the callback URL it sends the browser to."""
    async with httpx.AsyncClient(timeout=10) as client:
        response = await client.post(authorize_url, data={"sub": sub})
    assert response.status_code == 302, response.text
    return response.headers["location"]


def local(url: str) -> str:
    parsed = urlparse(url)
    return parsed.path + (f"?{parsed.query}" if parsed.query else "")


async def sign_in(browser: httpx.AsyncClient, sub: str, name: str = "beekdal", next_path: str = "/") -> httpx.Response:
    """The whole flow: the button, the provider's form, the callback; the callback's answer."""
    start = await browser.get(f"/auth/oidc/{name}/login", params={"next": next_path})
    assert start.status_code == 302, start.text
    callback = await at_provider(start.headers["location"], sub)
    return await browser.get(local(callback))
