"""The pages of the processing register and of rights requests, as the FG and the board use them."""

from __future__ import annotations

import io

import docx
import pytest

from core.users import add_user
from tests.contracts import rights_world as rw
from tests.contracts.test_agreement_pages import PASSWORD, error_for, login, submit


@pytest.fixture
async def world(admin, make_caller, app_client):  # type: ignore[no-untyped-def]
    world = await rw.build(admin, make_caller)
    for role, email, scope in [("privacy_officer", "fg@gemeente.test", "GM0363"),
                               ("board", "bestuur@gemeente.test", "GM0363"),
                               ("privacy_officer", "fg@andere.test", "GM0599")]:
        await add_user(email, role, [scope], password=PASSWORD)
    world["client"] = app_client
    yield world
    app_client.cookies.clear()


async def test_fg_records_an_activity_and_an_erasure_request_and_gets_the_letters(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    await login(client, "fg@gemeente.test")
    register = await client.get("/processing-activities")
    assert register.status_code == 200 and "Wmo-maatwerk" in register.text and "buiten EER" in register.text
    data = {"controller": "GM0363", "name": "Schuldhulp", "legal_basis": "public_task",
            "legal_basis_detail": "Wet gemeentelijke schuldhulpverlening, art. 3", "data_categories": "NAW\ninkomen",
            "retention_years": "drie", "agreement_ids": str(world["first_agreement"]), "dpia": "not_needed"}
    refused = await submit(client, "/processing-activities/new", data)
    assert refused.status_code == 400 and error_for(refused.text, "retention_years")
    created = await submit(client, "/processing-activities/new", {**data, "retention_years": "7"})
    assert created.status_code == 200 and "De verwerking is vastgelegd." in created.text
    assert "Inkomenssoft B.V." in created.text
    request = await submit(client, "/rights-requests/new", {
        "controller": "GM0363", "kind": "erasure", "received_on": "2026-03-02", "reference": "ZAAK-88",
        "activity_ids": [str(world["wmo"]["id"]), str(world["reintegratie"]["id"])]})
    assert request.status_code == 200 and "de taken per verwerker staan klaar" in request.text
    assert "Far Cloud Inc. (US)" in request.text and "Wmo-maatwerk: 15 jaar" in request.text
    path = str(request.url.path)
    letter = await client.get(f"{path}/letters/erasure_reply")
    assert letter.status_code == 200
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(letter.content)).paragraphs)
    assert "Re-integratie" in text and "Wmo-maatwerk: 15 jaar" in text
    refused = await submit(client, f"{path}/extension", {"version": "1", "extension_months": "1"})
    assert refused.status_code == 400 and error_for(refused.text, "extension_reason")
    export = await client.get("/processing-activities/export.csv?controller=GM0363")
    assert "Schuldhulp" in export.content.decode("utf-8-sig")


async def test_board_reads_the_register_but_not_the_requests(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    await login(client, "bestuur@gemeente.test")
    assert (await client.get("/processing-activities")).status_code == 200
    assert (await client.get("/rights-requests")).status_code == 403
    await login(client, "fg@andere.test")
    assert (await client.get(f"/processing-activities/{world['wmo']['id']}")).status_code == 404
    assert (await client.get("/rights-requests?controller=GM0363")).status_code == 404


async def test_agreement_description_is_filled_from_the_register_on_its_page(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    draft = await rw.iw.agreement("GM0363", world["second"], title="Concept", status="draft", signing_date=None)
    await world["privacy_officer"].patch(f"/api/v1/processing-activities/{world['wmo']['id']}", etag='"1"',
                                         json={"agreement_ids": [draft]})
    await login(client, "fg@gemeente.test")
    detail = await client.get(f"/agreements/{draft}")
    assert f'href="/agreements/{draft}/annex"' in detail.text
    check = await client.get(f"/agreements/{draft}/annex")
    assert check.status_code == 200 and "<strong>NAW-gegevens, gezondheid</strong>" in check.text
    filled = await submit(client, f"/agreements/{draft}/annex", {"version": "1"})
    assert filled.status_code == 200 and "De beschrijving is ingevuld uit het register." in filled.text
    assert "NAW-gegevens, gezondheid" in filled.text
    signed = await client.get(f"/agreements/{world['first_agreement']}/annex")
    assert "Alleen een concept" in signed.text
    await login(client, "fg@andere.test")
    assert (await client.get(f"/agreements/{draft}/annex")).status_code == 404


async def test_import_on_the_register_page_shows_the_report_first(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    await login(client, "fg@gemeente.test")
    sheet = "Naam verwerking;Grondslag;Wet en artikel;BSN\r\nLeerlingenvervoer;publieke taak;WPO, art. 4;nee\r\n"
    token = {"_csrf_token": client.cookies.get("csrftoken"), "controller": "GM0363"}
    dry = await client.post("/processing-activities/import", data=token,
                            files={"file": ("register.csv", sheet.encode())})
    assert dry.status_code == 200 and "Controle: 1 nieuw, 0 bijgewerkt, 0 met fouten." in dry.text
    assert "Leerlingenvervoer" not in dry.text.split("importverslag")[0]
    stored = await client.post("/processing-activities/import", data={**token, "store": "on"},
                               files={"file": ("register.csv", sheet.encode())})
    assert stored.status_code == 200 and "Opgeslagen: 1 nieuw" in stored.text
    register = await client.get("/processing-activities?controller=GM0363")
    assert "Leerlingenvervoer" in register.text


async def test_board_reads_an_activity_without_a_form(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    await login(client, "bestuur@gemeente.test")
    response = await client.get(f"/processing-activities/{world['wmo']['id']}")
    assert response.status_code == 200
    assert "Wmo 2015, art. 2.3.5" in response.text and "wettelijk 15 jaar" in response.text
    assert "<form method=\"post\"" not in response.text.split("</header>")[-1]
    refused = await submit(client, "/processing-activities/new", {"controller": "GM0363", "name": "X"})
    assert refused.status_code == 403


async def test_fg_deletes_an_activity_from_its_page_with_its_version(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    await login(client, "fg@andere.test")
    url = f"/processing-activities/{world['survey']['id']}"
    assert (await submit(client, f"{url}/delete", {"version": "1"})).status_code == 404  # not in their register
    await login(client, "fg@gemeente.test")
    page = await client.get(url)
    assert f'action="{url}/delete"' in page.text
    stale = await submit(client, f"{url}/delete", {"version": "99"})
    assert stale.status_code == 412 and "Verwerking verwijderen" in stale.text
    gone = await submit(client, f"{url}/delete", {"version": str(world["survey"]["version"])})
    assert gone.status_code == 200 and "De verwerking is uit het register verwijderd." in gone.text
    assert (await client.get(url)).status_code == 404
