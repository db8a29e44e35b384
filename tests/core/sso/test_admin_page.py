"""An admin manages the providers in the browser."""

from __future__ import annotations

from core import AuditEvent, SsoProvider, add_user
from tests.core.sso.test_pages import csrf, password_login

FORM = {
    "name": "hosting", "display_name": "Regionale ICT", "issuer": "https://login.regio-ict.example",
    "client_id": "vwo-register", "client_secret_env": "VWO_SSO_REGIO_SECRET", "organisation": "",
    "groups_claim": "groups", "mappings": "ict-beheer=admin\r\n", "domains": "regio-ict.example",
}


async def test_an_admin_adds_and_removes_a_provider(clean, browser) -> None:  # type: ignore[no-untyped-def]
    await add_user("beheer@register.example", "admin", [], password="een-lang-beheerwachtwoord")
    assert (await password_login(browser, "beheer@register.example", "een-lang-beheerwachtwoord")).status_code == 303
    token = await csrf(browser)
    refused = await browser.post("/admin/sso", data={**FORM, "organisation": "GM9999", "_csrf_token": token})
    assert refused.status_code == 400 and "GM9999 staat niet in het register" in refused.text
    assert not await SsoProvider.exists()
    added = await browser.post("/admin/sso", data={**FORM, "_csrf_token": token})
    assert added.status_code == 303
    page = (await browser.get("/admin/sso")).text
    assert "Inloggen met Regionale ICT" in page and "ict-beheer" in page
    event = await AuditEvent.select().where(AuditEvent.entity == "sso_provider").order_by(
        AuditEvent.seq, ascending=False).first()
    assert event is not None and event["actor"] == "beheer@register.example"
    assert "Inloggen met Regionale ICT" in (await browser.get("/login")).text
    removed = await browser.post("/admin/sso/hosting/delete", data={"_csrf_token": token})
    assert removed.status_code == 303 and not await SsoProvider.exists()


async def test_only_an_admin_sees_the_providers_page(clean, browser) -> None:  # type: ignore[no-untyped-def]
    await add_user("fg@register.example", "privacy_officer", ["GM1234"], password="een-lang-fg-wachtwoord")
    await password_login(browser, "fg@register.example", "een-lang-fg-wachtwoord")
    assert (await browser.get("/admin/sso")).status_code == 403
    token = await csrf(browser)
    assert (await browser.post("/admin/sso", data={**FORM, "_csrf_token": token})).status_code == 403
    assert not await SsoProvider.exists()


async def test_an_admin_links_an_existing_account_in_the_browser(clean, browser) -> None:  # type: ignore[no-untyped-def]
    from core import SsoIdentity

    await add_user("beheer@register.example", "admin", [], password="een-lang-beheerwachtwoord")
    await add_user("fien@regio-ict.example", "viewer", ["GM1234"])
    await password_login(browser, "beheer@register.example", "een-lang-beheerwachtwoord")
    token = await csrf(browser)
    assert (await browser.post("/admin/sso", data={**FORM, "_csrf_token": token})).status_code == 303
    unknown = await browser.post("/admin/sso/link", data={
        "provider": "hosting", "email": "niemand@regio-ict.example", "subject": "s-1", "_csrf_token": token})
    assert unknown.status_code == 404 and "Gebruiker niet gevonden" in unknown.text
    linked = await browser.post("/admin/sso/link", data={
        "provider": "hosting", "email": "Fien@regio-ict.example", "subject": "s-1", "_csrf_token": token})
    assert linked.status_code == 303
    row = await SsoIdentity.select().first()
    assert row is not None and row["subject"] == "s-1" and row["issuer"] == FORM["issuer"]
