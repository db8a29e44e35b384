"""The demo's verwerkingsregister: an erasure request in the sociale dienst over three
activities served by two processors (one with a sub-processor in the United States)
yields exactly the right tasks, due date and letters; the access letter names every
activity's legal ground."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest

from contracts import Agreement, ProcessingActivity, RightsRequest, RightsRequestCreate, rights_requests
from core import SYSTEM
from suppliers import Supplier
from vwo.demo import load_demo
from vwo.demo_processing import ACTIVITIES, ISD

pytestmark = pytest.mark.slow


def _text(content: bytes) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(content)).paragraphs)


async def test_demo_erasure_request_tasks_due_date_and_letters(clean, admin) -> None:  # type: ignore[no-untyped-def]
    await load_demo()
    await load_demo()  # idempotent
    assert await ProcessingActivity.count() == len(ACTIVITIES)
    assert await RightsRequest.count() == 2
    ids = {r["name"]: r["id"] for r in await ProcessingActivity.select().where(ProcessingActivity.scope == ISD)}
    suppliers = {r["name"]: r["id"] for r in await Supplier.select().where(Supplier.scope == ISD)}
    agreements = {r["reference"]: r["id"] for r in await Agreement.select()}
    chosen = [ids["Algemene bijstand"], ids["Re-integratie en participatie"], ids["Wmo-maatwerkvoorzieningen"]]
    response = await admin.post("/api/v1/rights-requests", json={
        "controller": ISD, "kind": "erasure", "received_on": "2026-01-31", "reference": "ISD-Z-TEST-1",
        "activity_ids": chosen})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["due_on"] == "2026-02-28"
    tasks = [(t["supplier_id"], t["agreement_id"], t["activity_ids"], [s["name"] for s in t["subprocessors"]],
              [h["activity_id"] for h in t["retention_holds"]]) for t in body["tasks"]]
    assert tasks == [
        (suppliers["Inkomensregie B.V."], agreements["VWO-ISD-001"],
         sorted([ids["Algemene bijstand"], ids["Re-integratie en participatie"]]), ["DataVeilig Rekencentrum B.V."],
         [ids["Algemene bijstand"]]),
        (suppliers["Jeugdzorg Connect B.V."], agreements["VWO-ISD-002"], [ids["Wmo-maatwerkvoorzieningen"]],
         ["Berichtenwolk Inc."], [ids["Wmo-maatwerkvoorzieningen"]]),
    ]
    assert [s["in_eea"] for t in body["tasks"] for s in t["subprocessors"]] == [True, False]
    letters = [url.rsplit("/", 1)[-1] for url in body["letters"]]
    assert letters == ["erasure_reply", *(f"erasure_processor-{t['id']}" for t in body["tasks"])]
    reply = _text((await admin.get(body["letters"][0])).content)
    assert "Intergemeentelijke Sociale Dienst Beekdal-Hoogveen" in reply
    erased, kept = reply.split("bewaartermijn voorbij is:")
    assert "Re-integratie en participatie" in erased
    assert "Algemene bijstand: 10 jaar" in kept and "Wmo-maatwerkvoorzieningen: 15 jaar" in kept
    to_portal = _text((await admin.get(body["letters"][2])).content)
    assert "Aan: Jeugdzorg Connect B.V." in to_portal
    assert "Berichtenwolk Inc. (Verenigde Staten), buiten de EER" in to_portal
    assert "28 februari 2026" in to_portal


async def test_demo_access_letter_lists_every_legal_ground(clean, admin) -> None:  # type: ignore[no-untyped-def]
    await load_demo()
    record_id = await rights_requests.create_request(RightsRequestCreate(
        controller="belastingen-zuidrand", kind="access", received_on=dt.date(2026, 3, 1),
        reference="BSZ-Z-1"), SYSTEM)
    request = await rights_requests.get_request(record_id, SYSTEM)
    letter = await admin.get(request.letters[0])
    assert letter.status_code == 200
    text = _text(letter.content)
    grounds = [fields["legal_basis_detail"] for scope, _, fields in ACTIVITIES if scope == "belastingen-zuidrand"]
    assert len(grounds) == 2 and all(g in text for g in grounds)
    assert text.count("Wettelijke grondslag: wettelijke verplichting (art. 6 lid 1 sub c AVG)") == 2
    assert "Taxatie & Heffing B.V." in text
