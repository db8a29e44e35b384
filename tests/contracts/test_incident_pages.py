"""The incident pages as the FG, procurement and the board use them."""

from __future__ import annotations

import io

import openpyxl
import pytest

from core.users import add_user
from tests.contracts import incident_world as iw
from tests.contracts.test_agreement_pages import PASSWORD, error_for, login, submit


@pytest.fixture
async def world(admin, make_caller, app_client):  # type: ignore[no-untyped-def]
    world = await iw.build(admin, make_caller)
    for role, email in [("privacy_officer", "fg@gemeente.test"), ("board", "bestuur@gemeente.test"),
                        ("privacy_officer", "fg@andere.test")]:
        await add_user(email, role, ["GM0599"] if "andere" in email else ["GM0363"], password=PASSWORD)
    world["client"] = app_client
    yield world
    app_client.cookies.clear()


async def test_fg_records_an_incident_after_fixing_a_time_and_decides(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    await login(client, "fg@gemeente.test")
    form = await client.get(f"/incidents/new?controller=GM0363&supplier_id={world['supplier']}")
    assert form.status_code == 200 and "Zaaksysteem" in form.text
    data = {
        "controller": "GM0363", "supplier_id": str(world["supplier"]), "product_ids": str(world["product"]),
        "kind": "personal_data_breach", "discovered_at": "2026-10-24T09:00", "supplier_reported_at": "2026-10-24T08:00",
        "aware_at": "2026-10-24T10:00", "summary": "Openbaar exportbestand", "data_categories": "NAW\nBSN",
        "risk": "risk", "share_with_other_users": "on", "shared_summary": "Verkeerd ingestelde opslag",
    }
    refused = await submit(client, "/incidents/new", data)
    assert refused.status_code == 400
    assert "voor de ontdekking" in error_for(refused.text, "supplier_reported_at")
    created = await submit(client, "/incidents/new", {**data, "supplier_reported_at": "2026-10-24T09:30"})
    assert created.status_code == 200 and "Het incident is vastgelegd." in created.text
    assert "27-10-2026 09:00" in created.text  # 72 hours later, in winter time
    url = str(created.url.path)
    decided = await submit(client, url, {"version": "1", "risk": "risk", "authority_notified_at": "2026-10-26T15:00",
                                         "authority_reference": "AP-77", "share_with_other_users": "on",
                                         "shared_summary": "Verkeerd ingestelde opslag"})
    assert decided.status_code == 200 and "AP-77" in decided.text
    listing = await client.get("/incidents?controller=GM0363")
    assert "gemeld 26-10-2026 15:00" in listing.text
    record = await client.get(f"/incidents?supplier_id={world['supplier']}")
    assert "<td>2026</td><td>1</td><td>1</td><td>0</td>" in record.text  # 30 minutes against 24 hours
    workbook = await client.get("/incidents/export.xlsx?controller=GM0363")
    rows = list(openpyxl.load_workbook(io.BytesIO(workbook.content)).active.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][21] == "AP-77"


async def test_board_gets_403_and_the_other_fg_a_warning_to_handle(world) -> None:  # type: ignore[no-untyped-def]
    body = await iw.record(world)
    client = world["client"]
    await login(client, "bestuur@gemeente.test")
    assert (await client.get("/incidents")).status_code == 403
    assert (await client.get(f"/incidents/{body['id']}")).status_code == 403
    await login(client, "fg@andere.test")
    assert (await client.get(f"/incidents/{body['id']}")).status_code == 404
    warnings = await client.get("/incident-warnings")
    assert "Zaakwijs Nederland" in warnings.text and "Verkeerd" not in warnings.text
    assert "Een verkeerd ingestelde opslagbucket" in warnings.text and "GM0363" not in warnings.text
    handled = await submit(client, f"/incident-warnings/{body['id']}/handled", {"controller": "GM0599"})
    assert handled.status_code == 200 and "afgehandeld" in handled.text
