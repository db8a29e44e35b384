"""Signing in with the organisation's account in Chromium: the button, the provider's page, back in."""

from __future__ import annotations

import json
import os
import subprocess
import time
import uuid
from collections.abc import Iterator
from urllib.request import urlopen

import pytest

from tests.core.sso.conftest import MockProvider, free_port
from tests.e2e.conftest import ARTIFACTS, CHROMIUM_ARGS, VWO, _fresh_database, chromium_path

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
SECRET_ENV = "VWO_E2E_SSO_SECRET"  # noqa: S105 - the name of a variable


@pytest.fixture(scope="module")
def sso_service() -> Iterator[tuple[str, MockProvider]]:
    """A service of its own, on a fresh database, with the mock provider registered as "beekdal"."""
    if chromium_path() is None:
        pytest.skip("Chromium is not installed (.ci/run installs Debian's chromium package)")
    provider = MockProvider()
    provider.start()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    url, pg_name = _fresh_database()  # SQLite, or PostgreSQL when the suite runs there
    env = {
        **os.environ, "VWO_DATABASE_URL": url,
        "VWO_SECRET_KEY": uuid.uuid4().hex, "VWO_BASE_URL": base, SECRET_ENV: "e2e-client-secret",
    }
    subprocess.run([VWO, "demo"], env=env, check=True, capture_output=True, timeout=300)
    subprocess.run(
        [VWO, "sso", "add", "beekdal", "--issuer", provider.issuer, "--client-id", "vwo-register",
         "--client-secret-env", SECRET_ENV, "--organisation", "GM9901", "--display-name", "Gemeente Beekdal",
         "--map", "fg-team=privacy_officer", "--map", "inkoop=procurement"],
        env=env, check=True, capture_output=True, timeout=120,
    )
    server = subprocess.Popen([VWO, "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(150):
            try:
                with urlopen(f"{base}/health", timeout=1) as response:  # noqa: S310 - our own loopback server
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("the service did not start")
        yield base, provider
    finally:
        server.terminate()
        server.wait(timeout=20)
        provider.stop()
        if pg_name:
            subprocess.run(
                ["psql", os.environ["VWO_TEST_DATABASE_URL"], "-qc", f'DROP DATABASE IF EXISTS "{pg_name}" WITH (FORCE)'],
                check=False,
            )


async def test_the_button_the_providers_page_and_back_in_with_the_role_from_groups(sso_service) -> None:  # type: ignore[no-untyped-def]
    from playwright.async_api import async_playwright

    base, provider = sso_service
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        context = await browser.new_context(base_url=base, locale="nl-NL")
        await _sign_in(await context.new_page(), base, provider)
        await browser.close()


async def _sign_in(tab, base: str, provider: MockProvider) -> None:  # type: ignore[no-untyped-def]
    try:
        await tab.goto("/suppliers")
        assert "/login" in tab.url
        await tab.get_by_role("link", name="Inloggen met Gemeente Beekdal").click()
        await tab.wait_for_load_state()
        assert tab.url.startswith(provider.issuer + "/oauth2/authorize")  # the provider's own page
        await tab.get_by_role("button", name="fien").click()
        await tab.wait_for_url(f"{base}/suppliers")
        header = await tab.locator("header").inner_text()
        assert "fien@beekdal.example" in header and "(FG)" in header
        me = json.loads(await (await tab.request.get("/api/v1/me")).text())
        assert me["method"] == "oidc" and me["role"] == "privacy_officer" and me["scopes"] == ["GM9901"]
        # logging out here logs out at the provider too, and comes back to the login page
        await tab.get_by_role("button", name="Afmelden").click()
        await tab.wait_for_url(f"{provider.issuer}/oauth2/end_session?**")
        await tab.get_by_role("button", name="End session").click()
        await tab.wait_for_url(f"{base}/login")
        assert (await tab.request.get("/api/v1/me")).status == 401
    finally:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        await tab.screenshot(path=str(ARTIFACTS / "test_sso_button_provider_back_in.png"), full_page=True)
