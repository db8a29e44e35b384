"""Rights requests: due date, tasks per processor, retention holds, confirmation, letters."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest

from tests.contracts import rights_world as rw


@pytest.fixture
async def world(admin, make_caller):  # type: ignore[no-untyped-def]
    return await rw.build(admin, make_caller)


async def test_erasure_over_three_activities_gives_one_task_per_processor(world) -> None:  # type: ignore[no-untyped-def]
    ids = [world["bijstand"]["id"], world["reintegratie"]["id"], world["wmo"]["id"]]
    response = await world["privacy_officer"].post("/api/v1/rights-requests", json={
        "controller": "GM0363", "kind": "erasure", "received_on": "2026-01-31", "reference": "Z-2026-001",
        "activity_ids": ids,
    })
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["due_on"] == "2026-02-28" and body["status"] == "open"
    tasks = body["tasks"]
    assert [t["supplier_name"] for t in tasks] == ["Inkomenssoft B.V.", "Zorgportaal B.V."]
    first, second = tasks
    assert first["agreement_id"] == world["first_agreement"]
    assert first["activity_ids"] == sorted(ids)
    assert second["activity_ids"] == [world["wmo"]["id"]]
    assert second["subprocessors"] == [
        {"supplier_id": world["cloud"], "name": "Far Cloud Inc.", "country": "US", "in_eea": False}]
    assert first["subprocessors"] == []
    assert {h["activity_id"] for h in first["retention_holds"]} == {world["bijstand"]["id"], world["wmo"]["id"]}
    assert [h["retention_years"] for h in second["retention_holds"]] == [15]
    assert "gezondheid" in second["data_categories"] and "BSN" in second["data_categories"]
    print(body["letters"])


def _text(content: bytes) -> str:
    document = docx.Document(io.BytesIO(content))
    return "\n".join(p.text for p in document.paragraphs)


async def _request(world, kind: str = "erasure", **over):  # type: ignore[no-untyped-def]
    body = {"controller": "GM0363", "kind": kind, "received_on": "2026-03-02", "reference": "Z-2026-002", **over}
    response = await world["privacy_officer"].post("/api/v1/rights-requests", json=body)
    assert response.status_code == 201, response.text
    return response.json()


async def test_erasure_letters_name_what_is_erased_and_what_the_law_keeps(world) -> None:  # type: ignore[no-untyped-def]
    ids = [world["bijstand"]["id"], world["reintegratie"]["id"], world["wmo"]["id"]]
    body = await _request(world, activity_ids=ids)
    fg = world["privacy_officer"]
    reply = await fg.get(f"/api/v1/rights-requests/{body['id']}/letters/erasure_reply")
    assert reply.status_code == 200
    assert reply.headers["content-type"].startswith("application/vnd.openxmlformats")
    text = _text(reply.content)
    erased, kept = text.split("bewaartermijn voorbij is:")
    assert "Re-integratie" in erased and "Bijstand" not in erased
    assert "Bijstand: 10 jaar na beëindiging (Participatiewet, art. 11)" in kept
    assert "Wmo-maatwerk: 15 jaar (Wmo 2015, art. 2.3.5)" in kept
    second = next(t for t in body["tasks"] if t["supplier_name"] == "Zorgportaal B.V.")
    letter = await fg.get(f"/api/v1/rights-requests/{body['id']}/letters/erasure_processor-{second['id']}")
    text = _text(letter.content)
    assert "Aan: Zorgportaal B.V." in text and "Betreft: Zorgportaal (VWO-9)" in text
    assert "Far Cloud Inc. (Verenigde Staten), buiten de EER" in text
    assert "Wmo-maatwerk: 15 jaar" in text and "Bijstand" not in text
    assert "Z-2026-002" in text and "2 april 2026" in text  # reference and due date
    other = await fg.get(f"/api/v1/rights-requests/{body['id']}/letters/erasure_processor-999999")
    assert other.status_code == 404
    access_letter = await fg.get(f"/api/v1/rights-requests/{body['id']}/letters/access_reply")
    assert access_letter.status_code == 404


async def test_access_letter_lists_every_activitys_legal_ground(world) -> None:  # type: ignore[no-untyped-def]
    body = await _request(world, kind="access")  # no activities named: all of the controller's
    assert body["activity_ids"] == sorted(
        world[k]["id"] for k in ("bijstand", "reintegratie", "wmo", "survey"))
    assert body["letters"] == [f"/api/v1/rights-requests/{body['id']}/letters/access_reply",
                               *(f"/api/v1/rights-requests/{body['id']}/letters/processor_request-{t['id']}"
                                 for t in body["tasks"])]
    letter = await world["procurement"].get(body["letters"][0])
    assert letter.status_code == 200
    text = _text(letter.content)
    for ground in ("Participatiewet, art. 11", "Participatiewet, art. 7", "Wmo 2015, art. 2.3.5",
                   "toestemming (art. 6 lid 1 sub a AVG)"):
        assert ground in text
    assert text.count("Wettelijke grondslag:") == 4
    assert "Verwerkers: Inkomenssoft B.V., Zorgportaal B.V." in text
    assert "Verwerkers: geen; wij verwerken deze gegevens zelf" in text
    assert "buiten de Europese Economische Ruimte" in text
    assert "Gemeente GM0363" in text and "Elders" not in text
    assert "{{" not in text and "{%" not in text


@pytest.mark.parametrize(("received", "extension", "due"), [
    ("2026-01-31", 0, "2026-02-28"), ("2028-01-31", 0, "2028-02-29"), ("2026-03-31", 0, "2026-04-30"),
    ("2026-01-31", 2, "2026-04-30"), ("2026-12-15", 1, "2027-02-15"),
])
def test_due_date_is_one_calendar_month_plus_the_extension(received, extension, due) -> None:  # type: ignore[no-untyped-def]
    from contracts import rights_rules

    assert rights_rules.due_on(dt.date.fromisoformat(received), extension).isoformat() == due


async def test_extension_needs_a_reason_and_the_first_month(world) -> None:  # type: ignore[no-untyped-def]
    fg = world["privacy_officer"]
    today = dt.date.today()
    body = await _request(world, received_on=today.isoformat())
    url = f"/api/v1/rights-requests/{body['id']}"
    refused = await fg.patch(url, etag='"1"', json={"extension_months": 2})
    assert refused.status_code == 400 and refused.json()["errors"][0]["field"] == "extension_reason"
    done = await fg.patch(url, etag='"1"', json={"extension_months": 2, "extension_reason": "Veel dossiers"})
    assert done.status_code == 200, done.text
    from contracts import rights_rules
    assert done.json()["due_on"] == rights_rules.due_on(today, 2).isoformat()
    late = await _request(world, received_on="2025-01-06")
    refused = await fg.patch(f"/api/v1/rights-requests/{late['id']}", etag='"1"',
                             json={"extension_months": 1, "extension_reason": "Complex"})
    assert refused.status_code == 400 and refused.json()["errors"][0]["field"] == "extension_months"


async def test_request_closes_with_its_last_confirmed_task(world) -> None:  # type: ignore[no-untyped-def]
    fg = world["privacy_officer"]
    body = await _request(world, activity_ids=[world["wmo"]["id"]])
    first, second = body["tasks"]
    url = f"/api/v1/rights-requests/{body['id']}/tasks"
    response = await fg.post(f"{url}/{first['id']}/confirmation", json={"confirmed_on": "2026-03-10", "remark": "Gewist"})
    assert response.status_code == 201, response.text
    assert response.json()["status"] == "open"
    again = await fg.post(f"{url}/{first['id']}/confirmation", json={"confirmed_on": "2026-03-11"})
    assert again.status_code == 400
    early = await fg.post(f"{url}/{second['id']}/confirmation", json={"confirmed_on": "2026-03-01"})
    assert early.status_code == 400 and early.json()["errors"][0]["field"] == "confirmed_on"
    closed = (await fg.post(f"{url}/{second['id']}/confirmation", json={"confirmed_on": "2026-04-05"})).json()
    assert closed["status"] == "closed" and closed["closed_on"] == "2026-04-05"
    assert closed["answered_on_time"] is False  # due 2 April
    assert closed["tasks"][0]["remark"] == "Gewist" and closed["tasks"][0]["confirmed_by"] == fg.principal.email


async def test_scope_roles_and_payload_ids(world) -> None:  # type: ignore[no-untyped-def]
    body = await _request(world)
    fg2 = world["fg2"]
    assert (await fg2.get(f"/api/v1/rights-requests/{body['id']}")).status_code == 404
    assert (await fg2.get(f"/api/v1/rights-requests/{body['id']}/letters/erasure_reply")).status_code == 404
    task = body["tasks"][0]["id"]
    assert (await fg2.post(f"/api/v1/rights-requests/{body['id']}/tasks/{task}/confirmation",
                           json={"confirmed_on": "2026-03-05"})).status_code == 404
    assert [r["id"] for r in (await fg2.get("/api/v1/rights-requests")).json()] == []
    foreign = await world["privacy_officer"].post("/api/v1/rights-requests", json={
        "controller": "GM0363", "kind": "erasure", "received_on": "2026-03-02", "reference": "Z-3",
        "activity_ids": [world["elders"]["id"]]})
    assert foreign.status_code == 400 and foreign.json()["errors"][0]["field"] == "activity_ids[0]"
    assert (await world["board"].get("/api/v1/rights-requests")).status_code == 403
    assert (await world["viewer"].get(f"/api/v1/rights-requests/{body['id']}")).status_code == 403
    bsn = await world["privacy_officer"].post("/api/v1/rights-requests", json={
        "controller": "GM0363", "kind": "access", "received_on": "2026-03-02", "reference": "Z 111222333"})
    assert bsn.status_code == 400 and bsn.json()["errors"][0]["field"] == "reference"
    assert (await world["privacy_officer"].post("/api/v1/rights-requests", json={  # fails the eleven-test
        "controller": "GM0363", "kind": "access", "received_on": "2026-03-02", "reference": "Z-123456789"})
    ).status_code == 201
    future = await world["privacy_officer"].post("/api/v1/rights-requests", json={
        "controller": "GM0363", "kind": "erasure", "received_on": "2999-01-01", "reference": "Z-4"})
    assert future.status_code == 400


async def test_request_and_confirmation_are_audited(world) -> None:  # type: ignore[no-untyped-def]
    from core import AuditEvent

    last = await AuditEvent.select(AuditEvent.id).order_by(AuditEvent.id, ascending=False).first()
    body = await _request(world)
    await world["procurement"].post(
        f"/api/v1/rights-requests/{body['id']}/tasks/{body['tasks'][0]['id']}/confirmation",
        json={"confirmed_on": "2026-03-05"})
    events = await AuditEvent.select(AuditEvent.action, AuditEvent.actor).where(
        AuditEvent.entity == "rights_request", AuditEvent.entity_id == str(body["id"]), AuditEvent.id > last["id"]
    ).order_by(AuditEvent.id)
    assert [e["action"] for e in events] == ["create", "tasks", "confirm"]
    assert events[-1]["actor"] == world["procurement"].principal.email


async def test_rectification_letter_asks_each_processor_to_correct_and_pass_it_on(world) -> None:  # type: ignore[no-untyped-def]
    body = await _request(world, kind="rectification", activity_ids=[world["wmo"]["id"]])
    second = next(t for t in body["tasks"] if t["supplier_name"] == "Zorgportaal B.V.")
    assert body["letters"][-1].endswith(f"processor_request-{second['id']}")
    response = await world["privacy_officer"].get(body["letters"][-1])
    text = _text(response.content)
    assert "Verzoek van een inwoner om rectificatie" in text and "(artikel 16 AVG)" in text
    assert "de gegevens te verbeteren of aan te vullen" in text
    assert "Wmo-maatwerk: NAW-gegevens, gezondheid, BSN" in text
    assert "Far Cloud Inc. (Verenigde Staten), buiten de EER" in text and "{{" not in text
    erasure = await world["privacy_officer"].get(body["letters"][-1].replace("processor_request", "erasure_processor"))
    assert erasure.status_code == 404


def test_shipped_letter_templates_are_what_the_builder_writes() -> None:
    from contracts.processing.letters import LETTERS, letter_template
    from contracts.processing.letters.build import build

    for letter in LETTERS:
        assert build(letter) == letter_template(letter), f"rebuild {letter}: python -m contracts.processing.letters.build"
