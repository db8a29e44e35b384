"""Issue 14: procurement keeps the register and gets an agreement to review without the API;
an admin adds a municipality and a user. A screenshot of every step in var/test-artifacts/."""

from __future__ import annotations

import docx
import pytest

from tests.e2e.conftest import ARTIFACTS, log_in

pytestmark = pytest.mark.e2e

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


async def shot(page, journey: str, step: str) -> None:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / f"{journey}-{step}.png"), full_page=True)


async def submit(page, form, button: str) -> None:  # type: ignore[no-untyped-def]
    await form.get_by_role("button", name=button).click()
    await page.wait_for_load_state()


async def _supplier_with_product_subprocessor_and_certificate(page) -> str:  # type: ignore[no-untyped-def]
    journey = "inkoop"
    for name, kvk, country in (("Wolkdienst Opslag B.V.", "55443322", "NL"), ("Registerjourney B.V.", "66554433", "NL")):
        await page.goto("/suppliers/new")
        await page.select_option("select[name=scope]", "GM9901")
        await page.fill("input[name=name]", name)
        await page.fill("input[name=country]", country)
        await page.fill("input[name=kvk_number]", kvk)
        await page.fill("#f-contact-0-name", "Privacyteam")
        await page.fill("#f-contact-0-email", "privacy@example.org")
        await page.get_by_role("button", name="Opslaan").click()
        await page.wait_for_load_state()
    assert await page.get_by_role("heading", level=1).inner_text() == "Registerjourney B.V."
    supplier_url = page.url.split("#")[0]
    await shot(page, journey, "1-leverancier")

    product = page.locator("form").filter(has=page.locator("#p-name"))
    await product.locator("#p-name").fill("Zaakregister Online")
    await product.locator("#p-kind").select_option("saas")
    await product.locator("#p-used_by-GM9901").check()
    await submit(page, product, "Product vastleggen")
    assert "Zaakregister Online" in await page.locator("table").filter(has_text="Gebruikt door").inner_text()
    await shot(page, journey, "2-product")

    sub = page.locator("form").filter(has=page.locator("#s-subprocessor_id"))
    await sub.locator("#s-subprocessor_id").select_option(label="Wolkdienst Opslag B.V.")
    await sub.locator("#s-service").fill("Opslag van de gegevens")
    await submit(page, sub, "Subverwerker vastleggen")
    assert "Wolkdienst Opslag B.V." in await page.locator("#keten ~ table, section:has(#keten)").first.inner_text()
    await shot(page, journey, "3-subverwerker")

    evidence = page.locator("form").filter(has=page.locator("#e-kind"))
    await evidence.locator("#e-kind").select_option("iso27001")
    await evidence.locator("#e-standard_version").select_option("2022")
    await evidence.locator("#e-auditor").fill("Keurmerk Certificering")
    await evidence.locator("#e-valid_until").fill("2020-06-30")
    await submit(page, evidence, "Bewijsstuk vastleggen")
    assert "al verstreken" in await page.locator("#e-valid_until-error").inner_text()  # warned, not stored
    await shot(page, journey, "4-certificaat-verlopen")
    evidence = page.locator("form").filter(has=page.locator("#e-kind"))
    await evidence.locator("#e-valid_until").fill("2029-06-30")
    await submit(page, evidence, "Bewijsstuk vastleggen")
    assert "Het bewijsstuk is vastgelegd." in await page.content()

    await page.get_by_role("link", name="Wijzigen ISO 27001-certificaat").click()
    await page.wait_for_load_state()
    await page.fill("input[name=auditor]", "Keurmerk Certificering Nederland")
    await page.set_input_files("input[name=file]", {"name": "certificaat.pdf", "mimeType": "application/pdf",
                                                    "buffer": PDF})
    await shot(page, journey, "5-bewijs-wijzigen")
    await page.get_by_role("button", name="Opslaan").click()
    await page.wait_for_load_state()
    table = await page.locator("table.evidence").inner_text()
    assert "Keurmerk Certificering Nederland" in table and "certificaat.pdf" in table

    await evidence_to_delete(page)
    await shot(page, journey, "6-bewijs-verwijderd")
    return supplier_url


async def evidence_to_delete(page) -> None:  # type: ignore[no-untyped-def]
    evidence = page.locator("form").filter(has=page.locator("#e-kind"))
    await evidence.locator("#e-kind").select_option("pentest")
    await evidence.locator("#e-auditor").fill("Testers B.V.")
    await submit(page, evidence, "Bewijsstuk vastleggen")
    await page.get_by_role("button", name="Verwijderen Penetratietest").click()
    await page.wait_for_load_state()
    assert "Het bewijsstuk is verwijderd." in await page.content()
    assert "Testers B.V." not in await page.locator("table.evidence").inner_text()


async def test_procurement_registers_a_supplier_and_gets_a_complete_agreement_to_review(page) -> None:  # type: ignore[no-untyped-def]
    journey = "inkoop"
    await log_in(page, "procurement")
    await _supplier_with_product_subprocessor_and_certificate(page)

    await page.goto("/agreements/new?controller=GM9901")
    await page.select_option("select[name=supplier_id]", label="Registerjourney B.V.")
    await page.locator("form").filter(has=page.locator("select[name=supplier_id]")).get_by_role("button").first.click()
    await page.wait_for_load_state()
    await page.fill("[name=title]", "Verwerkersovereenkomst Zaakregister")
    await page.fill("[name=reference]", "VWO-E2E-14")
    await page.fill("[name=start_date]", "2027-01-01")
    await page.fill("[name=breach_notification_hours]", "96")
    await page.get_by_role("button", name="Overeenkomst vastleggen").click()
    await page.wait_for_load_state()
    detail_url = page.url
    await shot(page, journey, "7-overeenkomst-concept")

    await page.get_by_role("button", name="Document genereren").click()
    await page.wait_for_load_state()
    checks = page.locator("#checks-generate")
    text = await checks.inner_text()
    assert "Vul het onderwerp van de verwerking in." in text and "96 uur" in text
    await shot(page, journey, "8-niet-compleet")

    await page.goto(detail_url.rstrip("/") + "/edit")
    await page.fill("[name=subject_matter]", "Beheer van het zaakregister, inclusief support.")
    await page.fill("[name=purposes]", "Uitvoering van de Wmo")
    await page.fill("[name=personal_data]", "NAW-gegevens\nBSN")
    await page.fill("[name=data_subjects]", "Inwoners")
    await page.fill("[name=retention]", "Zolang de hoofdovereenkomst loopt")
    await page.fill("[name=breach_notification_hours]", "60")
    await page.fill("[name=sig_processor_name]", "R. Register")
    await page.get_by_role("button", name="Opslaan").click()
    await page.wait_for_load_state()
    await shot(page, journey, "9-aangevuld")

    await page.get_by_role("button", name="Document genereren").click()
    await page.wait_for_load_state()
    assert "60 uur" in await page.locator("#checks-generate").inner_text()  # a warning: acknowledge it
    await page.locator("#ack-generate").check()
    await shot(page, journey, "10-waarschuwing")
    await page.get_by_role("button", name="Document genereren").click()
    await page.wait_for_load_state()
    link = page.locator("a[href*='/documents/'][href$='/download']").first
    async with page.expect_download() as info:
        await link.click()
    document = docx.Document(str(await (await info.value).path()))
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "vertegenwoordigd door de burgemeester, mr. J.W. Dekker" in text and "Raadhuisplein 1" in text
    assert "support.." not in text and "{{" not in text

    review = page.locator("form").filter(has=page.locator("input[name=to][value=in_review]"))
    await review.get_by_role("button").click()
    await page.wait_for_load_state()
    await review.locator("input[name=acknowledge_warnings]").check()
    await review.get_by_role("button").click()
    await page.wait_for_load_state()
    assert "ter beoordeling" in await page.locator("h1 + p").inner_text()
    await shot(page, journey, "11-ter-beoordeling")


async def test_admin_adds_a_municipality_and_a_user(page) -> None:  # type: ignore[no-untyped-def]
    journey = "beheer"
    await log_in(page, "admin")
    await page.goto("/municipalities/new")
    await page.fill("input[name=name]", "Gemeente Journeystad")
    await page.fill("input[name=cbs_code]", "GM9999")
    await page.fill("input[name=kvk_number]", "12")
    await page.fill("input[name=signatory_name]", "mr. E. Eind")
    await page.get_by_role("button", name="Opslaan").click()
    await page.wait_for_load_state()
    assert await page.locator("#f-kvk_number-error").count() == 1
    assert await page.locator("#f-signatory_role-error").count() == 1  # both in one submit
    await shot(page, journey, "1-gemeente-fouten")
    await page.fill("input[name=kvk_number]", "12345678")
    await page.fill("input[name=signatory_role]", "burgemeester")
    await page.fill("textarea[name=address]", "Markt 1\n9999 ZZ Journeystad")
    await page.get_by_role("button", name="Opslaan").click()
    await page.wait_for_load_state()
    assert await page.get_by_role("heading", level=1).inner_text() == "Gemeente Journeystad"
    await shot(page, journey, "2-gemeente")

    await page.goto("/users")
    await page.fill("input[name=email]", "nieuw.inkoop@journeystad.example")
    await page.select_option("select[name=role]", "procurement")
    await page.locator("#f-scope-GM9999").check()
    await page.get_by_role("button", name="Gebruiker toevoegen").click()
    await page.wait_for_load_state()
    assert "Eenmalig wachtwoord" in await page.content()
    assert "nieuw.inkoop@journeystad.example" in await page.locator("table").inner_text()
    await shot(page, journey, "3-gebruiker")
