"""End-to-end harness: the real service on a free port with a fresh database, driven by
headless Chromium through Playwright. Every test leaves a screenshot; a failing test also
leaves the page's HTML, both under var/test-artifacts/."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from urllib.parse import urlparse, urlunparse
from urllib.request import urlopen

import pytest
import pytest_asyncio

ARTIFACTS = Path(__file__).resolve().parents[2] / "var" / "test-artifacts"
VWO = str(Path(sys.executable).with_name("vwo"))
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
    "--disable-background-networking", "--disable-component-update",
]
DEMO_PASSWORDS = {
    "admin": ("admin@demo.vwo.test", "demo-admin-2026"),
    "procurement": ("inkoop@demo.vwo.test", "demo-inkoop-2026"),
    "privacy_officer": ("fg@demo.vwo.test", "demo-fg-2026"),
    "board": ("bestuur@demo.vwo.test", "demo-bestuur-2026"),
    "viewer": ("lezer@demo.vwo.test", "demo-lezer-2026"),
}


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _fresh_database() -> tuple[str, str | None]:
    """A database URL for the service, and the PostgreSQL database name to drop after."""
    base = os.environ.get("VWO_TEST_DATABASE_URL")
    if not base:
        return f"sqlite:///{tempfile.mkdtemp(prefix='vwo-e2e-')}/e2e.sqlite", None
    name = f"vwo_e2e_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    subprocess.run(["psql", base, "-qc", f'CREATE DATABASE "{name}"'], check=True)
    return urlunparse(urlparse(base)._replace(path="/" + name)), name


@pytest.fixture(scope="session")
def service() -> Iterator[str]:
    if chromium_path() is None:
        pytest.skip("Chromium is not installed (.ci/run installs Debian's chromium package)")
    url, pg_name = _fresh_database()
    env = {**os.environ, "VWO_DATABASE_URL": url, "VWO_SECRET_KEY": uuid.uuid4().hex}
    subprocess.run([VWO, "demo"], env=env, check=True, capture_output=True, timeout=300)
    port = _free_port()
    log = open(ARTIFACTS.parent / f"e2e-server-{port}.log", "w") if ARTIFACTS.parent.exists() else subprocess.DEVNULL  # noqa: SIM115
    server = subprocess.Popen([VWO, "serve", "--port", str(port)], env=env, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
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
        yield base
    finally:
        server.terminate()
        server.wait(timeout=20)
        if pg_name:
            subprocess.run(
                ["psql", os.environ["VWO_TEST_DATABASE_URL"], "-qc", f'DROP DATABASE IF EXISTS "{pg_name}" WITH (FORCE)'],
                check=False,
            )


@pytest_asyncio.fixture(scope="session")
async def browser(service: str) -> AsyncIterator[object]:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield chromium
        await chromium.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


@pytest_asyncio.fixture
async def page(browser, service: str, request: pytest.FixtureRequest) -> AsyncIterator[object]:  # type: ignore[no-untyped-def]
    context = await browser.new_context(base_url=service, accept_downloads=True, locale="nl-NL")
    tab = await context.new_page()
    yield tab
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    name = request.node.name.replace("/", "_").replace("[", "-").replace("]", "")
    failed = getattr(request.node, "rep_call", None) is not None and request.node.rep_call.failed
    try:
        await tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        if failed:
            (ARTIFACTS / f"{name}.html").write_text(await tab.content(), encoding="utf-8")
    finally:
        await context.close()


async def log_in(page, role: str) -> None:  # type: ignore[no-untyped-def]
    email, password = DEMO_PASSWORDS[role]
    await page.goto("/login")
    await page.get_by_label("E-mailadres").fill(email)
    await page.get_by_label("Wachtwoord").fill(password)
    await page.get_by_role("button", name="Aanmelden").click()
    await page.wait_for_load_state()
