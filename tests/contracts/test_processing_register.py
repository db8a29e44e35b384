"""The processing register: activities with their processors, access rules, audit, the
spreadsheet export and import, and an agreement's Annex I from its activities."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from core import AuditEvent
from tests.contracts import rights_world as rw
from tests.factories import municipality


@pytest.fixture
async def world(admin, make_caller):  # type: ignore[no-untyped-def]
    return await rw.build(admin, make_caller)


async def test_activity_derives_processors_chain_and_outside_eea(world) -> None:  # type: ignore[no-untyped-def]
    wmo = (await world["viewer"].get(f"/api/v1/processing-activities/{world['wmo']['id']}")).json()
    assert [(p["name"], p["role"], p["in_eea"]) for p in wmo["processors"]] == [
        ("Inkomenssoft B.V.", "processor", True), ("Zorgportaal B.V.", "processor", True),
        ("Far Cloud Inc.", "subprocessor", False),
    ]
    assert wmo["outside_eea"] is True and wmo["processors"][2]["via_supplier_id"] == world["second"]
    assert world["bijstand"]["outside_eea"] is False and world["survey"]["processors"] == []
    listed = (await world["board"].get("/api/v1/processing-activities")).json()
    assert [a["name"] for a in listed] == ["Bijstand", "Klanttevredenheid", "Re-integratie", "Wmo-maatwerk"]


async def test_scope_version_roles_and_audit(world) -> None:  # type: ignore[no-untyped-def]
    url = f"/api/v1/processing-activities/{world['wmo']['id']}"
    assert (await world["fg2"].get(url)).status_code == 404
    assert (await world["fg2"].patch(url, etag='"1"', json={"name": "X"})).status_code == 404
    assert (await world["fg2"].delete(url, etag='"1"')).status_code == 404
    assert (await world["viewer"].patch(url, etag='"1"', json={"name": "X"})).status_code == 403
    foreign = await world["privacy_officer"].patch(url, etag='"1"', json={"agreement_ids": [world["other_agreement"]]})
    assert foreign.status_code == 400 and foreign.json()["errors"][0]["field"] == "agreement_ids[0]"
    changed = await world["procurement"].patch(url, etag='"1"', json={"agreement_ids": [world["second_agreement"]],
                                                                       "dpia": "done", "dpia_date": "2026-02-01"})
    assert changed.status_code == 200, changed.text
    assert changed.json()["agreement_ids"] == [world["second_agreement"]] and changed.json()["version"] == 2
    assert (await world["procurement"].patch(url, etag='"1"', json={"name": "Y"})).status_code == 412
    no_date = await world["procurement"].patch(url, etag='"2"', json={"dpia_date": None})
    assert no_date.status_code == 400 and no_date.json()["errors"][0]["field"] == "dpia_date"
    events = await AuditEvent.select(AuditEvent.action, AuditEvent.changes).where(
        AuditEvent.entity == "processing_activity", AuditEvent.entity_id == str(world["wmo"]["id"])
    ).order_by(AuditEvent.id, ascending=False).limit(1)
    assert events[0]["action"] == "update" and "agreement_ids" in str(events[0]["changes"])
    assert (await world["privacy_officer"].delete(url, etag='"2"')).status_code == 204
    assert (await world["privacy_officer"].get(url)).status_code == 404


async def test_bad_input_names_the_field(world) -> None:  # type: ignore[no-untyped-def]
    fg = world["privacy_officer"]
    for body, field in (
        ({"legal_basis": "whim"}, "legal_basis"), ({"controller": "GM0599"}, None),
        ({"retention_years": -1}, "retention_years"), ({"controller": "GM0001"}, None),
    ):
        response = await fg.post("/api/v1/processing-activities", json={
            "controller": "GM0363", "name": "X", "legal_basis": "public_task", **body})
        assert response.status_code in {400, 403}, response.text
        if field:
            assert field in response.text


async def test_export_has_one_row_per_activity_with_the_legal_ground(world) -> None:  # type: ignore[no-untyped-def]
    response = await world["viewer"].get("/api/v1/processing-activities?controller=GM0363&format=csv")
    assert response.status_code == 200 and "verwerkingsregister-GM0363" in response.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    header = rows[0]
    assert len(rows) == 5 and "Wet en artikel" in header and "Doorgifte buiten de EER" in header
    wmo = next(r for r in rows if r[header.index("Naam verwerking")] == "Wmo-maatwerk")
    assert wmo[header.index("Wet en artikel")] == "Wmo 2015, art. 2.3.5"
    assert wmo[header.index("Subverwerkers")] == "Far Cloud Inc. (US)"
    assert wmo[header.index("Doorgifte buiten de EER")] == "ja"
    assert wmo[header.index("Verwerkingsverantwoordelijke")] == "Gemeente GM0363 (GM0363)"
    assert wmo[header.index("Beveiligingsmaatregelen")] == "volgens de verwerkersovereenkomst (BIO)"
    assert wmo[header.index("Waarborgen bij doorgifte")] == ""  # the agreements name none: a gap to see
    book = await world["viewer"].get("/api/v1/processing-activities?controller=GM0363&format=xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(book.content)).active
    assert sheet.max_row == 5 and sheet.cell(1, 3).value == "Naam verwerking"


async def test_import_reports_per_row_and_stores_all_or_nothing(world) -> None:  # type: ignore[no-untyped-def]
    fg = world["privacy_officer"]
    exported = await fg.get("/api/v1/processing-activities?controller=GM0363&format=xlsx")
    book = openpyxl.load_workbook(io.BytesIO(exported.content))
    sheet = book.active
    header = [c.value for c in sheet[1]]
    sheet.cell(2, header.index("Doel") + 1, "Nieuw doel")  # an update of row 2
    new = [""] * len(header)
    new[header.index("Naam verwerking")] = "Leerlingenvervoer"
    new[header.index("Grondslag")] = "wettelijke verplichting"
    new[header.index("Wet en artikel")] = "Wet op het primair onderwijs, art. 4"
    new[header.index("Categorieën persoonsgegevens")] = "NAW-gegevens; gezondheid van het kind"
    new[header.index("BSN")] = "nee"
    new[header.index("Overeenkomsten")] = str(world["first_agreement"])
    sheet.append(new)
    bad = list(new)
    bad[header.index("Naam verwerking")] = "Fout"
    bad[header.index("Grondslag")] = "omdat het kan"
    bad[header.index("Overeenkomsten")] = str(world["other_agreement"])
    sheet.append(bad)
    out = io.BytesIO()
    book.save(out)
    files = {"file": ("register.xlsx", out.getvalue())}
    dry = await fg.post("/api/v1/processing-activities/import?controller=GM0363", files=files)
    assert dry.status_code == 200, dry.text
    report = dry.json()
    assert report["dry_run"] is True and (report["created"], report["updated"], report["errors"]) == (1, 4, 1)
    wrong = report["rows"][-1]
    assert wrong["row"] == 7 and set(wrong["errors"]) == {"legal_basis", "agreement_ids"}
    assert "Onbekende grondslag 'omdat het kan'" in wrong["errors"]["legal_basis"]
    refused = await fg.post("/api/v1/processing-activities/import?controller=GM0363&dry_run=false", files=files)
    assert refused.status_code == 400 and "rij 7" in refused.text
    assert len((await fg.get("/api/v1/processing-activities?controller=GM0363")).json()) == 4
    sheet.delete_rows(7)
    out = io.BytesIO()
    book.save(out)
    stored = await fg.post("/api/v1/processing-activities/import?controller=GM0363&dry_run=false",
                           files={"file": ("register.xlsx", out.getvalue())})
    assert stored.status_code == 200, stored.text
    items = {a["name"]: a for a in (await fg.get("/api/v1/processing-activities?controller=GM0363")).json()}
    assert items["Leerlingenvervoer"]["legal_basis"] == "legal_obligation"
    assert items["Leerlingenvervoer"]["data_categories"] == ["NAW-gegevens", "gezondheid van het kind"]
    assert items["Leerlingenvervoer"]["agreement_ids"] == [world["first_agreement"]]
    first_row_name = sheet.cell(2, header.index("Naam verwerking") + 1).value
    assert items[first_row_name]["purpose"] == "Nieuw doel"
    events = await AuditEvent.select(AuditEvent.action).where(
        AuditEvent.entity == "processing_activity", AuditEvent.entity_id.is_in(
            [str(items["Leerlingenvervoer"]["id"]), str(items[first_row_name]["id"])])
    ).order_by(AuditEvent.id, ascending=False).limit(3)
    assert {"create", "import"} <= {e["action"] for e in events}


async def test_import_refuses_hostile_and_foreign_files(world) -> None:  # type: ignore[no-untyped-def]
    fg = world["privacy_officer"]
    url = "/api/v1/processing-activities/import?controller=GM0363"
    not_zip = await fg.post(url, files={"file": ("register.xlsx", b"not a workbook")})
    assert not_zip.status_code == 400
    other = await fg.post(url, files={"file": ("register.pdf", b"%PDF-1.4")})
    assert other.status_code == 400 and ".xlsx- of .csv-bestand" in other.text
    no_name = await fg.post(url, files={"file": ("r.csv", b"Kolom;Ander\r\na;b\r\n")})
    assert no_name.status_code == 400 and "Naam verwerking" in no_name.text
    scope = await world["fg2"].post(url, files={"file": ("r.csv", b"Naam verwerking\r\nX\r\n")})
    assert scope.status_code == 403


async def test_annex_from_activities_and_its_mismatch(world) -> None:  # type: ignore[no-untyped-def]
    fg = world["privacy_officer"]
    url = f"/api/v1/agreements/{world['second_agreement']}/annex"
    check = (await fg.get(url)).json()
    assert check["mismatch"] is True and check["missing_in_agreement"] == ["NAW-gegevens", "gezondheid"]
    assert (await world["fg2"].get(url)).status_code == 404
    draft = await rw.iw.agreement("GM0363", world["second"], title="Concept", status="draft", signing_date=None)
    await fg.patch(f"/api/v1/processing-activities/{world['wmo']['id']}", etag='"1"',
                   json={"agreement_ids": [world["first_agreement"], world["second_agreement"], draft]})
    signed = await fg.post(f"{url}/from-activities", headers={"If-Match": '"1"'})
    assert signed.status_code == 400  # only a draft's description changes
    filled = await fg.post(f"/api/v1/agreements/{draft}/annex/from-activities", headers={"If-Match": '"1"'})
    assert filled.status_code == 200, filled.text
    assert filled.json()["mismatch"] is False
    agreement = (await fg.get(f"/api/v1/agreements/{draft}")).json()
    assert agreement["personal_data"] == ["NAW-gegevens", "gezondheid"]
    assert agreement["special_categories"] is True and agreement["bsn"] is True


async def test_deleting_an_agreement_unlinks_its_activities_in_the_audit_trail(world) -> None:  # type: ignore[no-untyped-def]
    draft = await rw.iw.agreement("GM0363", world["second"], title="Concept", status="draft", signing_date=None)
    url = f"/api/v1/processing-activities/{world['survey']['id']}"
    await world["privacy_officer"].patch(url, etag='"1"', json={"agreement_ids": [draft]})
    deleted = await world["privacy_officer"].delete(f"/api/v1/agreements/{draft}", etag='"1"')
    assert deleted.status_code == 204, deleted.text
    assert (await world["privacy_officer"].get(url)).json()["agreement_ids"] == []
    event = await AuditEvent.select(AuditEvent.changes).where(
        AuditEvent.entity == "processing_activity_agreement", AuditEvent.action == "delete"
    ).order_by(AuditEvent.id, ascending=False).first()
    assert event is not None and f"agreement {draft}" in str(event["changes"])


async def test_the_register_reads_in_a_fixed_number_of_queries(world) -> None:  # type: ignore[no-untyped-def]
    from contracts import processing_activities
    from tests.suppliers.test_query_counts import counting

    fg = world["privacy_officer"]
    small: list[str] = []
    with counting(small):
        before = await processing_activities.list_activities(fg.principal, "GM0363")
    for index in range(6):
        await rw.activity(fg, name=f"Extra {index}", agreement_ids=[world["first_agreement"], world["second_agreement"]])
    large: list[str] = []
    with counting(large):
        after = await processing_activities.list_activities(fg.principal, "GM0363")
    assert len(after) == len(before) + 6
    assert len(small) == len(large) <= 7, "\n".join(large)


async def test_a_municipality_with_activities_or_requests_is_not_deleted(admin) -> None:  # type: ignore[no-untyped-def]
    created = (await admin.post("/api/v1/municipalities", json=municipality("GM0777", "Gemeente Leegstad"))).json()
    url = f"/api/v1/municipalities/{created['id']}"
    held = await rw.activity(admin, controller="GM0777", name="Leerlingenvervoer")
    refused = await admin.delete(url, etag='"1"')
    assert refused.status_code == 409 and "verwerkingen in het verwerkingsregister" in refused.text
    assert (await admin.get(url)).status_code == 200
    gone = await admin.delete(f"/api/v1/processing-activities/{held['id']}", etag=f'"{held["version"]}"')
    assert gone.status_code == 204, gone.text
    assert (await admin.delete(url, etag='"1"')).status_code == 204
