"""The FG's review: findings grouped, bulk decisions with one remark, the queue per agreement."""

from __future__ import annotations

import io
import re

import docx

from contracts.tables import Finding
from core.tables import AuditEvent
from tests.contracts import test_agreement_pages as pages
from tests.contracts.test_agreement_pages import WITHOUT_AUDIT, error_for, login, seeded, submit

world = pages.world


def _draft_docx(text: str) -> bytes:
    document = docx.Document()
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


async def in_review_with_findings(world) -> int:  # type: ignore[no-untyped-def]
    """An agreement in review whose supplier's draft lacks clauses (so it has findings)."""
    record_id = await seeded(world, "in_review")
    upload = await world["admin"].post(
        f"/api/v1/agreements/{record_id}/supplier-draft",
        files={"file": ("concept.docx", _draft_docx(WITHOUT_AUDIT), "application/octet-stream")},
    )
    assert upload.status_code == 201, upload.text
    return record_id


def _finding_ids(page: str) -> list[str]:
    return re.findall(r'name="finding_ids" value="(\d+)"', page)


async def test_findings_are_grouped_and_decided_in_bulk_with_one_remark(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    record_id = await in_review_with_findings(world)
    await login(client, "fg@gemeente.test")
    page = (await client.get(f"/agreements/{record_id}")).text
    assert 'id="groep-mandatory_missing"' in page and "Verplicht en ontbreekt" in page
    assert page.count("<form") < 10  # one decision form for all findings, not one per finding
    ids = _finding_ids(page)
    assert len(ids) >= 3
    chosen = ids[:3]

    refused = await client.post(
        f"/agreements/{record_id}/findings/decisions",
        data={"finding_ids": chosen, "decision": "accepted_risk", "remark": " ",
              "_csrf_token": client.cookies.get("csrftoken")},
    )
    assert refused.status_code == 400
    assert error_for(refused.text, "bulk-remark") == "Licht het besluit toe."
    assert all(f'id="finding-{i}" name="finding_ids" value="{i}" checked' in refused.text for i in chosen)
    assert await Finding.count().where(Finding.decision.is_not_null()) == 0

    last = await AuditEvent.select(AuditEvent.seq).order_by(AuditEvent.seq, ascending=False).first()
    decided = await client.post(
        f"/agreements/{record_id}/findings/decisions",
        data={"finding_ids": chosen, "decision": "accepted_risk", "remark": "Past bij ons risicoprofiel",
              "_csrf_token": client.cookies.get("csrftoken")},
    )
    assert decided.status_code == 303
    assert decided.headers["location"] == f"/agreements/{record_id}#bevinding-{chosen[0]}"
    rows = await Finding.select().where(Finding.id.is_in([int(i) for i in chosen]))
    assert {r["decision"] for r in rows} == {"accepted_risk"}
    assert {r["remark"] for r in rows} == {"Past bij ons risicoprofiel"}
    events = await AuditEvent.select(AuditEvent.entity_id).where(
        AuditEvent.entity == "finding", AuditEvent.action == "decide", AuditEvent.entity_id.is_in(chosen),
        AuditEvent.seq > (last["seq"] if last else 0),
    )
    assert sorted(e["entity_id"] for e in events) == sorted(chosen)  # audited per finding

    after = (await client.get(f"/agreements/{record_id}")).text
    assert set(_finding_ids(after)) == set(ids) - set(chosen)
    assert after.count("Past bij ons risicoprofiel") == 3


async def test_a_finding_of_another_agreement_is_not_found_and_nothing_is_stored(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    first = await in_review_with_findings(world)
    second = await in_review_with_findings(world)
    await login(client, "fg@gemeente.test")
    own = _finding_ids((await client.get(f"/agreements/{first}")).text)[0]
    other = _finding_ids((await client.get(f"/agreements/{second}")).text)[0]
    response = await submit(client, f"/agreements/{first}/findings/decisions",
                            {"finding_ids": [own, other], "decision": "resolved", "remark": ""})
    assert response.status_code == 404
    assert await Finding.count().where(Finding.decision.is_not_null()) == 0


async def test_bulk_decisions_through_the_api(world, make_caller) -> None:  # type: ignore[no-untyped-def]
    record_id = await in_review_with_findings(world)
    fg = await make_caller("privacy_officer", ["GM0363"])
    outsider = await make_caller("privacy_officer", ["GM0599"])
    ids = [r["id"] for r in (await fg.get(f"/api/v1/agreements/{record_id}/findings")).json()][:2]
    body = {"finding_ids": ids, "decision": "negotiate", "remark": "Bij verlenging"}
    assert (await outsider.post(f"/api/v1/agreements/{record_id}/findings/decisions", json=body)).status_code == 404
    response = await fg.post(f"/api/v1/agreements/{record_id}/findings/decisions", json=body)
    assert response.status_code == 200, response.text
    assert [r["decision"] for r in response.json()] == ["negotiate", "negotiate"]


async def test_send_back_is_apart_from_approve(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    record_id = await seeded(world, "in_review")
    await login(client, "fg@gemeente.test")
    page = (await client.get(f"/agreements/{record_id}")).text
    approve = page.index(">Goedkeuren</button>")
    box = page.index('class="send-back"')
    assert approve < box < page.index('id="remark-draft"')
    assert "</form>" in page[approve:box]  # the remark is not part of the approve form


async def test_queue_groups_by_agreement_and_filters(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    first = await in_review_with_findings(world)
    second = await in_review_with_findings(world)
    await login(client, "fg@gemeente.test")
    queue = (await client.get("/review")).text
    assert queue.count(f'href="/agreements/{first}#analyse"') == 1
    assert queue.count(f'href="/agreements/{second}#analyse"') == 1
    keys = re.findall(r'<option value="([a-z_]+)"', queue.split('id="filter-key"')[1].split("</select>")[0])
    key = keys[0]
    filtered = (await client.get("/review", params={"key": key})).text
    table = filtered.split("Open bevindingen, per overeenkomst")[1]
    assert re.findall(r"#bevinding-\d+\">([^<]+)<", table) and all(
        t == re.findall(r"#bevinding-\d+\">([^<]+)<", table)[0] for t in re.findall(r"#bevinding-\d+\">([^<]+)<", table)
    )
    weak = (await client.get("/review", params={"status": "weak"})).text
    assert "(ontbreekt)" not in weak.split("Open bevindingen, per overeenkomst")[1]
    none = (await client.get("/review", params={"key": "bestaat_niet"})).text
    assert "Geen open bevindingen met dit filter." in none and 'href="/review">Filter wissen' in none
