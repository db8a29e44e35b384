"""Processor agreements: validation against the register, the status steps, documents."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
import pytest

from tests.factories import seed_scope, seed_supplier

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def agreement(controller: str, supplier_id: int, **over: object) -> dict[str, object]:
    return {
        "controller": controller,
        "supplier_id": supplier_id,
        "title": 'Verwerkersovereenkomst "Zaaksysteem" & <portaal>',
        "reference": "VWO-2027-001",
        "start_date": "2027-01-01",
        "end_date": "2029-12-31",
        "subject_matter": "Zaakgericht werken\nvoor het sociaal domein",
        "purposes": ["Uitvoering Participatiewet"],
        "nature": ["opslaan", "raadplegen"],
        "personal_data": ["NAW-gegevens", "BSN"],
        "bsn": True,
        "data_subjects": ["Inwoners"],
        "retention": "Zeven jaar na afsluiten van de zaak",
        "locations": ["NL"],
        "breach_notification_hours": 24,
        "assurance_required": ["isae3000_tpm"],
        "signatories": {"controller": {"name": "A. de Vries", "role": "burgemeester", "place": "Teststad"},
                        "processor": {"name": "B. Jansen", "role": "directeur", "place": "Utrecht"}},
        **over,
    }


@pytest.fixture
async def world(admin, make_caller):  # type: ignore[no-untyped-def]
    await seed_scope(admin, "GM0363")
    await seed_scope(admin, "GM0599")
    supplier = await seed_supplier(admin, "GM0363", name="Zaakwijs B.V.")
    other = await seed_supplier(admin, "GM0599", name="Elders B.V.")
    procurement = await make_caller("procurement", ["GM0363"])
    fg = await make_caller("privacy_officer", ["GM0363"])
    board = await make_caller("board", ["GM0363"])
    return {"supplier": supplier, "other": other, "procurement": procurement, "fg": fg, "board": board,
            "admin": admin}


async def create(world, **over):  # type: ignore[no-untyped-def]
    response = await world["procurement"].post(
        "/api/v1/agreements", json=agreement("GM0363", world["supplier"]["id"], **over)
    )
    assert response.status_code == 201, response.text
    return response.json()


async def test_procurement_records_a_draft(world) -> None:  # type: ignore[no-untyped-def]
    body = await create(world)
    assert body["status"] == "draft" and body["controller_name"] == "Gemeente GM0363"
    assert body["supplier_name"] == "Zaakwijs B.V."
    assert body["allowed_transitions"] == ["in_review"]


@pytest.mark.parametrize(
    ("over", "field"),
    [
        ({"end_date": "2026-01-01"}, "end_date"),
        ({"locations": ["NL", "US"]}, "transfer_mechanism"),
        ({"locations": ["XX"]}, "locations[0]"),
        ({"subprocessor_authorisation": "general"}, "subprocessor_notice_days"),
        ({"breach_notification_hours": 0}, "breach_notification_hours"),
        ({"on_behalf_of": ["GM0599"]}, "on_behalf_of"),
        ({"product_ids": [999999]}, "product_ids[0]"),
        ({"subprocessor_ids": [999999]}, "subprocessor_ids[0]"),
        ({"colour": "blue"}, "colour"),
    ],
)
async def test_bad_agreement_names_the_field_and_stores_nothing(world, over, field) -> None:  # type: ignore[no-untyped-def]
    response = await world["procurement"].post(
        "/api/v1/agreements", json=agreement("GM0363", world["supplier"]["id"], **over)
    )
    assert response.status_code == 400, response.text
    assert field in [e["field"] for e in response.json()["errors"]]
    assert (await world["admin"].get("/api/v1/agreements")).json()["total"] == 0


async def test_supplier_of_another_register_is_refused(world) -> None:  # type: ignore[no-untyped-def]
    response = await world["procurement"].post(
        "/api/v1/agreements", json=agreement("GM0363", world["other"]["id"])
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "supplier_id"


async def test_outside_eea_with_safeguard_is_accepted(world) -> None:  # type: ignore[no-untyped-def]
    body = await create(world, locations=["NL", "US"], transfer_mechanism="scc")
    assert body["locations"] == ["NL", "US"]


async def test_full_life_from_draft_to_ended(world) -> None:  # type: ignore[no-untyped-def]
    procurement, fg = world["procurement"], world["fg"]
    body = await create(world)
    url = f"/api/v1/agreements/{body['id']}"
    step = lambda caller, to, **kw: caller.post(f"{url}/transitions", json={"to": to, **kw})  # noqa: E731

    assert (await step(fg, "in_review")).status_code == 403  # only procurement submits
    assert (await step(procurement, "in_review")).status_code == 201
    returned = await step(fg, "draft")
    assert returned.status_code == 400 and returned.json()["errors"][0]["field"] == "remark"
    assert (await step(fg, "draft", remark="Meldtermijn ontbreekt in artikel 9")).status_code == 201
    assert (await step(procurement, "in_review")).status_code == 201
    assert (await step(procurement, "approved")).status_code == 403  # only the FG approves
    assert (await step(fg, "approved")).status_code == 201
    refused = await step(procurement, "signed", signing_date="2026-11-01")
    assert refused.status_code == 400 and refused.json()["errors"][0]["field"] == "file"
    upload = await procurement.post(
        f"{url}/signed-copy", files={"file": ("getekend.pdf", b"%PDF-1.4 signed", "application/pdf")}
    )
    assert upload.status_code == 201, upload.text
    assert (await step(procurement, "signed")).status_code == 400  # signing date required
    signed = await step(procurement, "signed", signing_date="2026-11-01")
    assert signed.status_code == 201 and signed.json()["signing_date"] == "2026-11-01"
    assert (await step(procurement, "ended")).status_code == 400  # reason required
    ended = await step(procurement, "ended", remark="Contract beëindigd, overgestapt")
    assert ended.status_code == 201
    detail = ended.json()
    assert detail["status"] == "ended" and detail["end_reason"] == "Contract beëindigd, overgestapt"
    history = [(t["from_status"], t["to_status"], t["actor"]) for t in detail["transitions"]]
    assert history[1] == ("in_review", "draft", fg.principal.email)
    assert [t["remark"] for t in detail["transitions"]][1] == "Meldtermijn ontbreekt in artikel 9"
    assert len(history) == 6
    skip = await step(procurement, "draft")
    assert skip.status_code == 409


async def test_board_cannot_move_an_agreement(world) -> None:  # type: ignore[no-untyped-def]
    body = await create(world)
    response = await world["board"].post(f"/api/v1/agreements/{body['id']}/transitions", json={"to": "in_review"})
    assert response.status_code == 403


async def test_only_dates_change_after_draft(world) -> None:  # type: ignore[no-untyped-def]
    body = await create(world)
    url = f"/api/v1/agreements/{body['id']}"
    await world["procurement"].post(f"{url}/transitions", json={"to": "in_review"})
    current = await world["procurement"].get(url)
    etag = current.headers["etag"]
    refused = await world["procurement"].patch(url, etag=etag, json={"title": "Anders"})
    assert refused.status_code == 400 and refused.json()["errors"][0]["field"] == "title"
    allowed = await world["procurement"].patch(url, etag=etag, json={"end_date": "2030-12-31"})
    assert allowed.status_code == 200 and allowed.json()["end_date"] == "2030-12-31"


async def _default_template(caller, language: str = "nl") -> dict:  # type: ignore[no-untyped-def,type-arg]
    templates = (await caller.get("/api/v1/templates")).json()
    return next(t for t in templates if t["scope"] == "" and t["language"] == language and t["latest"])


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_generated_document_has_no_tags_and_keeps_special_characters(world, language) -> None:  # type: ignore[no-untyped-def]
    body = await create(world)
    template = await _default_template(world["procurement"], language)
    response = await world["procurement"].post(
        f"/api/v1/agreements/{body['id']}/documents", json={"template_id": template["id"]}
    )
    assert response.status_code == 201, response.text
    made = response.json()
    assert made["template_version"] == template["version"] and not made["superseded"]
    download = await world["procurement"].get(made["download_url"])
    assert download.status_code == 200 and download.headers["content-type"].startswith(DOCX)
    import hashlib

    assert hashlib.sha256(download.content).hexdigest() == made["sha256"]
    document = docx.Document(io.BytesIO(download.content))
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    for tag in ("{{", "}}", "{%", "%}"):
        assert tag not in text
    assert 'Verwerkersovereenkomst "Zaaksysteem" & <portaal>' in text
    assert "Zaakwijs B.V." in text


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_generated_document_passes_the_clause_scan(world, language) -> None:  # type: ignore[no-untyped-def]
    from clauses import scan_bytes

    body = await create(world, subprocessor_authorisation="general", subprocessor_notice_days=30)
    template = await _default_template(world["procurement"], language)
    made = (await world["procurement"].post(
        f"/api/v1/agreements/{body['id']}/documents", json={"template_id": template["id"]}
    )).json()
    content = (await world["procurement"].get(made["download_url"])).content
    report = scan_bytes(content, "vwo.docx").to_dict()
    assert report["language"] == language
    assert report["missing"] == [], report["missing"]
    assert report["weak"] == [], report["weak"]


async def test_a_newer_template_version_marks_older_documents_superseded(world) -> None:  # type: ignore[no-untyped-def]
    from templates import default_template_bytes

    body = await create(world)
    procurement = world["procurement"]
    upload = lambda: procurement.post(  # noqa: E731
        "/api/v1/templates",
        files={"file": ("eigen.docx", default_template_bytes("nl"), DOCX)},
        data={"name": "Eigen model", "language": "nl", "scope": "GM0363"},
    )
    first = await upload()
    assert first.status_code == 201, first.text
    assert first.json()["version"] == 1 and first.json()["scope"] == "GM0363"
    made = (await procurement.post(
        f"/api/v1/agreements/{body['id']}/documents", json={"template_id": first.json()["id"]}
    )).json()
    second = await upload()
    assert second.json()["version"] == 2
    docs = (await procurement.get(f"/api/v1/agreements/{body['id']}/documents")).json()
    assert next(d for d in docs if d["id"] == made["id"])["superseded"] is True


async def test_bulk_generation_reports_progress_and_returns_a_zip(world) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    for index in range(3):
        await create(world, reference=f"VWO-{index}")
    template = await _default_template(world["procurement"])
    started = await world["procurement"].post(
        "/api/v1/agreements/bulk-documents", json={"controller": "GM0363", "template_id": template["id"]}
    )
    assert started.status_code == 202, started.text
    job = started.json()
    for _ in range(200):
        job = (await world["procurement"].get(f"/api/v1/jobs/{job['id']}")).json()
        if job["status"] not in {"queued", "running"}:
            break
        await asyncio.sleep(0.05)
    assert job["status"] == "done" and job["done"] == job["total"] == 3
    archive = zipfile.ZipFile(io.BytesIO((await world["procurement"].get(job["download_url"])).content))
    assert len(archive.namelist()) == 3
    other = await world["fg"].get(f"/api/v1/jobs/{job['id']}")
    assert other.status_code == 404  # a job is its starter's


async def test_signed_copy_must_be_what_its_name_says(world) -> None:  # type: ignore[no-untyped-def]
    body = await create(world)
    url = f"/api/v1/agreements/{body['id']}"
    await world["procurement"].post(f"{url}/transitions", json={"to": "in_review"})
    await world["fg"].post(f"{url}/transitions", json={"to": "approved"})
    fake = await world["procurement"].post(
        f"{url}/signed-copy", files={"file": ("getekend.pdf", b"MZ not a pdf", "application/pdf")}
    )
    assert fake.status_code == 400 and fake.json()["errors"][0]["field"] == "file"


async def test_signing_date_in_the_future_is_refused(world) -> None:  # type: ignore[no-untyped-def]
    body = await create(world)
    url = f"/api/v1/agreements/{body['id']}"
    await world["procurement"].post(f"{url}/transitions", json={"to": "in_review"})
    await world["fg"].post(f"{url}/transitions", json={"to": "approved"})
    await world["procurement"].post(f"{url}/signed-copy", files={"file": ("s.pdf", b"%PDF-1.4", "application/pdf")})
    future = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    response = await world["procurement"].post(f"{url}/transitions", json={"to": "signed", "signing_date": future})
    assert response.status_code == 400


async def test_list_filters_on_open_findings(world) -> None:  # type: ignore[no-untyped-def]
    from contracts.queries import list_agreements
    from contracts.tables import Document, Finding, Scan
    from core import crud
    from tests.factories import insert_rows
    with_gap = (await create(world, reference="VWO-GAP"))["id"]
    without = (await create(world, reference="VWO-OK"))["id"]
    (document,) = await insert_rows(Document, {
        "agreement": with_gap, "kind": "signed", "filename": "s.pdf", "media_type": "application/pdf",
        "sha256": "0" * 64, "size": 1, "created_by": "t", "created_at": crud.now(), "content": b"x",
    }, versioned=False)
    (scan,) = await insert_rows(Scan, {
        "agreement": with_gap, "document": document, "status": "scanned", "created_by": "t", "created_at": crud.now(),
    }, versioned=False)
    await insert_rows(Finding, {"agreement": with_gap, "scan": scan, "key": "audits", "tier": "mandatory",
                                "status": "missing"}, versioned=False)
    user = world["procurement"].principal

    async def ids(open_findings: bool | None) -> set[int]:
        _, items = await list_agreements(user, q=None, status=None, controller=None, supplier_id=None,
                                         page=1, page_size=50, open_findings=open_findings)
        return {a.id for a in items}

    assert await ids(True) == {with_gap}
    assert await ids(False) == {without}
    assert await ids(None) == {with_gap, without}


async def test_search_finds_title_reference_and_supplier_without_accents(world, admin) -> None:  # type: ignore[no-untyped-def]
    from tests.factories import seed_supplier

    accented = await seed_supplier(admin, "GM0363", name="Zoë Diensten B.V.")
    zaakwijs = (await create(world, title="Verwerking zaaksysteem", reference="VWO-ZAAK"))["id"]
    response = await world["procurement"].post(
        "/api/v1/agreements",
        json=agreement("GM0363", accented["id"], title="Verwerking jeugdhulp", reference="VWO-JEUGD"),
    )
    assert response.status_code == 201, response.text
    zoe = response.json()["id"]

    async def found(q: str) -> set[int]:
        body = (await world["procurement"].get("/api/v1/agreements", params={"q": q})).json()
        return {a["id"] for a in body["items"]}

    assert await found("zoe") == {zoe}
    assert await found("ZOË DIENSTEN") == {zoe}
    assert await found("zaakwijs") == {zaakwijs}
    assert await found("JEUGDHULP") == {zoe}
    assert await found("vwo-zaak") == {zaakwijs}
    assert await found("verwerking") == {zaakwijs, zoe}
    assert await found("%") == {zaakwijs, zoe}
    assert await found("nergens") == set()
