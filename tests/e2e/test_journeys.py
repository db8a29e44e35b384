"""The journeys of issue 6, in a real browser against the demo register."""

from __future__ import annotations

import io

import docx
import openpyxl
import pytest

from tests.e2e.conftest import log_in

pytestmark = pytest.mark.e2e


async def test_procurement_creates_supplier_and_agreement_and_downloads_it(page) -> None:  # type: ignore[no-untyped-def]
    await log_in(page, "procurement")
    await page.goto("/suppliers/new")
    await page.select_option("select[name=scope]", "GM9901")
    await page.fill("input[name=name]", "Browsertest Diensten B.V.")
    await page.fill("input[name=country]", "NL")
    await page.fill("input[name=kvk_number]", "1234")
    await page.get_by_role("button", name="Opslaan").click()
    error = page.locator("#f-kvk_number-error")
    assert "acht cijfers" in await error.inner_text()  # shown next to the field, nothing stored
    assert await page.locator("input[name=kvk_number]").get_attribute("aria-invalid") == "true"
    await page.fill("input[name=kvk_number]", "87654321")
    await page.get_by_role("button", name="Opslaan").click()
    await page.wait_for_load_state()
    assert await page.get_by_role("heading", level=1).inner_text() == "Browsertest Diensten B.V."

    await page.goto("/agreements/new")
    await page.select_option("select[name=controller]", "GM9901")
    await page.locator("form").filter(has=page.locator("select[name=controller]")).get_by_role("button").click()
    await page.select_option("select[name=supplier_id]", label="Browsertest Diensten B.V.")
    await page.locator("form").filter(has=page.locator("select[name=supplier_id]")).get_by_role("button").first.click()
    await page.fill("[name=title]", "Verwerkersovereenkomst Browsertest")
    await page.fill("[name=reference]", "VWO-E2E-1")
    await page.fill("[name=subject_matter]", "Hosting van het zaaksysteem")
    for name in ("purposes", "personal_data", "data_subjects"):
        await page.fill(f"[name={name}]", "Uitvoering Wmo")
    await page.fill("[name=sig_processor_name]", "B. Browser")
    await page.fill("[name=retention]", "Zolang de dienst loopt")
    await page.fill("[name=start_date]", "2027-01-01")
    await page.get_by_role("button", name="Overeenkomst vastleggen").click()
    await page.wait_for_load_state()
    assert "Verwerkersovereenkomst Browsertest" in await page.get_by_role("heading", level=1).inner_text()

    await page.get_by_role("button", name="Document genereren").click()
    await page.wait_for_load_state()
    link = page.locator("a[href*='/documents/'][href$='/download']").first
    async with page.expect_download() as info:
        await link.click()
    download = await info.value
    document = docx.Document(await download.path())
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Browsertest Diensten B.V." in text and "{{" not in text


async def test_fg_returns_an_agreement_and_decides_on_a_finding(page) -> None:  # type: ignore[no-untyped-def]
    await log_in(page, "privacy_officer")
    await page.goto("/review")
    await page.get_by_role("link", name="Verwerkersovereenkomst Klanttevredenheid").first.click()
    await page.fill("#remark-draft", "Meldtermijn bij datalekken ontbreekt in artikel 9.")
    await page.get_by_role("button", name="Terugsturen met opmerkingen").click()
    await page.wait_for_load_state()
    history = await page.locator("table").filter(has_text="Meldtermijn bij datalekken").inner_text()
    assert "ter beoordeling → concept" in history

    await page.goto("/agreements?q=VWO-ISD-001")
    await page.get_by_role("link", name="Verwerkersovereenkomst Participatie Suite").first.click()
    decision = page.locator("form").filter(has=page.locator("[id^=remark-finding-]")).first
    await decision.locator("select, input[type=radio]").first.wait_for()
    if await decision.locator("select").count():
        await decision.locator("select").select_option("negotiate")
    else:
        await decision.locator("input[value=negotiate]").check()
    await decision.locator("textarea").fill("Opnemen bij de verlenging van het contract.")
    await decision.get_by_role("button", name="Besluit vastleggen").click()
    await page.wait_for_load_state()
    assert "Opnemen bij de verlenging van het contract." in await page.content()


async def test_board_sees_its_overview_exports_it_and_not_anothers(page) -> None:  # type: ignore[no-untyped-def]
    await log_in(page, "board")
    await page.goto("/arrangements/isd-beekdal-hoogveen")
    assert await page.locator("svg[role=img]").count() == 1
    async with page.expect_download() as info:
        await page.get_by_role("link", name="Word-rapport (.docx)").click()
    report = docx.Document(await (await info.value).path())
    assert any("Sociale Dienst" in p.text for p in report.paragraphs)
    async with page.expect_download() as info:
        await page.get_by_role("link", name="Excel (.xlsx)").click()
    workbook = openpyxl.load_workbook(io.BytesIO(open(await (await info.value).path(), "rb").read()))  # noqa: SIM115
    assert len(workbook.sheetnames) >= 2

    response = await page.goto("/arrangements/belastingen-zuidrand")
    assert response is not None and response.status == 404
    assert "Niet gevonden" in await page.get_by_role("heading", level=1).inner_text()
