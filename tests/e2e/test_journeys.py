"""The journeys of issue 6, in a real browser against the demo register."""

from __future__ import annotations

import io

import docx
import openpyxl
import pytest

from tests.e2e.conftest import ARTIFACTS, log_in

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


async def step(page, name: str) -> None:  # type: ignore[no-untyped-def]
    """A screenshot of this step of a journey, kept with the test artefacts."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / f"journey-{name}.png"), full_page=True)


async def test_fg_decides_in_bulk_sends_back_and_procurement_reads_the_remark(page) -> None:  # type: ignore[no-untyped-def]
    await log_in(page, "privacy_officer")
    await page.goto("/review")
    await step(page, "fg-1-queue")
    assert await page.get_by_role("link", name="Verwerkersovereenkomst Participatie Suite").count() >= 1
    await page.get_by_role("link", name="Verwerkersovereenkomst Participatie Suite").first.click()
    await page.wait_for_load_state()
    boxes = page.locator("input[name=finding_ids]")
    assert await boxes.count() >= 3
    for index in range(3):
        await boxes.nth(index).check()
    await page.locator("#bulk-decision-accepted_risk").check()
    await page.get_by_role("button", name="Besluit vastleggen").click()  # no remark: refused
    await page.wait_for_load_state()
    assert "Licht het besluit toe." in await page.locator("#bulk-remark-error").inner_text()
    assert page.url.endswith("#besluit")
    await step(page, "fg-2-bulk-refused")
    await page.fill("#bulk-remark", "Past binnen ons risicoprofiel voor deze dienst.")
    await page.get_by_role("button", name="Besluit vastleggen").click()
    await page.wait_for_load_state()
    assert "Het besluit is vastgelegd voor 3 bevindingen." in await page.locator(".flash").inner_text()
    assert await page.get_by_text("Past binnen ons risicoprofiel voor deze dienst.").count() == 3
    await step(page, "fg-3-bulk-decided")

    send_back = page.locator(".send-back")
    await send_back.locator("textarea").fill("De bewaartermijn en de meldtermijn bij datalekken ontbreken.")
    await send_back.get_by_role("button", name="Terugsturen met opmerkingen").click()
    await page.wait_for_load_state()
    assert "ter beoordeling → concept" in await page.locator("table").filter(has_text="De bewaartermijn").inner_text()
    await step(page, "fg-4-sent-back")

    await page.context.clear_cookies()
    await log_in(page, "procurement")
    count = page.locator("header a[href='/inbox'] .count")
    assert await count.inner_text() == "1"
    await page.goto("/inbox")
    item = page.locator("li.unread").first
    assert "Teruggestuurd" in await item.inner_text()
    assert "De bewaartermijn en de meldtermijn bij datalekken ontbreken." in await item.inner_text()
    await step(page, "procurement-1-inbox")
    await item.get_by_role("button", name="Gelezen").click()
    await page.wait_for_load_state()
    assert await page.locator("header a[href='/inbox'] .count").count() == 0
    await step(page, "procurement-2-read")


async def test_board_lands_on_its_overview_and_downloads_the_exports(page) -> None:  # type: ignore[no-untyped-def]
    await log_in(page, "board")
    await page.goto("/")
    await page.wait_for_load_state()
    assert page.url.endswith("/overview/isd-beekdal-hoogveen")
    assert "Intergemeentelijke Sociale Dienst" in await page.get_by_role("heading", level=1).inner_text()
    assert await page.locator("svg[role=img]").count() == 1
    assert " van " in await page.locator(".card").first.inner_text()
    await step(page, "board-1-overview")
    async with page.expect_download() as info:
        await page.get_by_role("link", name="Word-rapport (.docx)").click()
    report = docx.Document(await (await info.value).path())
    assert any("Sociale Dienst" in p.text for p in report.paragraphs)
    assert len(report.inline_shapes) == 1  # the chart
    async with page.expect_download() as info:
        await page.get_by_role("link", name="Excel (.xlsx)").click()
    content = open(await (await info.value).path(), "rb").read()  # noqa: SIM115
    workbook = openpyxl.load_workbook(io.BytesIO(content))
    assert "Zonder geldig bewijs" in workbook.sheetnames
    links = [c.value for sheet in workbook.worksheets[1:] for row in sheet.iter_rows(min_row=2) for c in row
             if isinstance(c.value, str) and "/agreements/" in c.value]
    assert links and all(link.startswith("http://127.0.0.1:") for link in links)
    await step(page, "board-2-downloaded")

    response = await page.goto("/arrangements/belastingen-zuidrand")
    assert response is not None and response.status == 404
    assert "Niet gevonden" in await page.get_by_role("heading", level=1).inner_text()


@pytest.mark.parametrize(("role", "width"), [("privacy_officer", 1280), ("procurement", 390)])
async def test_the_layout_holds_on_a_laptop_and_a_phone(page, role: str, width: int) -> None:  # type: ignore[no-untyped-def]
    await page.set_viewport_size({"width": width, "height": 800})
    await log_in(page, role)
    await page.goto("/agreements")
    await step(page, f"layout-{width}")
    if width >= 1280:  # the menu on one line: the header is as high as one line of it
        header = await page.locator("header.top").bounding_box()
        item = await page.locator("header nav li").first.bounding_box()
        assert header is not None and item is not None and header["height"] < item["height"] * 2 + 20
    else:  # the page does not get wider than the phone; a table scrolls in its own box
        assert await page.evaluate("document.documentElement.scrollWidth") <= width
