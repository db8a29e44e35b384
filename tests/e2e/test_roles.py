"""Every role logs in through the browser and lands on its home page."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import DEMO_PASSWORDS, log_in

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("role", list(DEMO_PASSWORDS))
async def test_each_role_logs_in_and_sees_its_home(page, role: str) -> None:  # type: ignore[no-untyped-def]
    await page.goto("/suppliers")
    assert "/login" in page.url  # logged out: to the login form first
    await page.get_by_label("E-mailadres").fill(DEMO_PASSWORDS[role][0])
    await page.get_by_label("Wachtwoord").fill(DEMO_PASSWORDS[role][1])
    await page.get_by_role("button", name="Aanmelden").click()
    await page.wait_for_load_state()
    assert page.url.endswith("/suppliers")  # and back where they were going
    await page.goto("/")
    expected = "Intergemeentelijke Sociale Dienst Beekdal-Hoogveen" if role == "board" else "Wat vraagt aandacht"
    assert await page.get_by_role("heading", level=1).inner_text() == expected  # a board lands on its overview
    assert DEMO_PASSWORDS[role][0] in await page.locator("header").inner_text()
    assert await page.locator("html").get_attribute("lang") == "nl"


async def test_wrong_password_is_explained(page) -> None:  # type: ignore[no-untyped-def]
    await page.goto("/login")
    await page.get_by_label("E-mailadres").fill("fg@demo.vwo.test")
    await page.get_by_label("Wachtwoord").fill("niet-het-wachtwoord")
    await page.get_by_role("button", name="Aanmelden").click()
    assert "Onjuist e-mailadres of wachtwoord" in await page.get_by_role("alert").inner_text()


async def test_logout_ends_the_session(page) -> None:  # type: ignore[no-untyped-def]
    await log_in(page, "viewer")
    await page.get_by_role("button", name="Afmelden").click()
    await page.goto("/")
    assert "/login" in page.url
