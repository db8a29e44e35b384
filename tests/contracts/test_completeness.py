"""The completeness check before a document is generated or an agreement goes to review,
and what the generated document then says about the controller."""

from __future__ import annotations

import datetime as dt
import io

import docx

from contracts.rules import completeness
from tests.contracts.test_agreement_pages import login, submit
from tests.contracts.test_agreements import agreement

TODAY = dt.date(2026, 12, 3)
OWNER = {"signatory_name": "", "signatory_role": ""}


def complete(**over: object) -> dict[str, object]:
    values = {
        "subject_matter": "Hosting", "purposes": ["Uitvoering Wmo"], "personal_data": ["NAW"],
        "data_subjects": ["Inwoners"], "start_date": dt.date(2027, 1, 1), "end_date": None,
        "retention": "Zeven jaar", "breach_notification_hours": 24, "return_days": 30,
        "subprocessor_authorisation": "specific", "subprocessor_notice_days": None,
        "signatories": {"controller": {"name": "A. de Vries", "role": "burgemeester"},
                        "processor": {"name": "B. Jansen", "role": "directeur"}},
    }
    return {**values, **over}


def test_a_complete_agreement_passes() -> None:
    assert completeness(complete(), OWNER, 48, TODAY) == ({}, {})


def test_empty_subject_lists_and_signatories_block() -> None:
    errors, _ = completeness(
        complete(subject_matter=" ", purposes=[""], personal_data=[], data_subjects=[], signatories={}),
        OWNER, 48, TODAY,
    )
    assert set(errors) == {
        "subject_matter", "purposes", "personal_data", "data_subjects", "signatories.controller.name",
        "signatories.controller.role", "signatories.processor.name",
    }


def test_the_owners_signatory_stands_in_for_the_agreements() -> None:
    values = complete(signatories={"processor": {"name": "B. Jansen"}})
    errors, _ = completeness(values, {"signatory_name": "C. Bakker", "signatory_role": "voorzitter"}, 48, TODAY)
    assert errors == {}


def test_breach_term_over_the_policy_warns_and_over_72_hours_blocks() -> None:
    errors, warnings = completeness(complete(breach_notification_hours=60), OWNER, 48, TODAY)
    assert not errors and "60 uur" in warnings["breach_notification_hours"]
    assert completeness(complete(breach_notification_hours=60), OWNER, 72, TODAY) == ({}, {})
    errors, _ = completeness(complete(breach_notification_hours=96), OWNER, 48, TODAY)
    assert "72 uur" in errors["breach_notification_hours"]


def test_dates_policy_values_and_a_past_end_are_checked() -> None:
    errors, _ = completeness(complete(end_date=dt.date(2026, 1, 1)), OWNER, 48, TODAY)
    assert "voor de ingangsdatum" in errors["end_date"]
    _, warnings = completeness(
        complete(start_date=dt.date(2018, 1, 1), end_date=dt.date(2020, 12, 31), return_days=180,
                 subprocessor_authorisation="general", subprocessor_notice_days=5, retention=""),
        OWNER, 48, TODAY,
    )
    assert set(warnings) == {"end_date", "return_days", "subprocessor_notice_days", "retention"}
    assert "31-12-2020" in warnings["end_date"]


async def _template(caller, language: str = "nl") -> dict:  # type: ignore[no-untyped-def,type-arg]
    templates = (await caller.get("/api/v1/templates")).json()
    return next(t for t in templates if t["scope"] == "" and t["language"] == language and t["latest"])


async def test_api_refuses_incomplete_and_asks_to_acknowledge_warnings(world) -> None:  # type: ignore[no-untyped-def]
    admin = world["admin"]
    empty = agreement("GM0363", world["supplier"]["id"], subject_matter="", purposes=[], data_subjects=[],
                      signatories={}, breach_notification_hours=96)
    created = (await admin.post("/api/v1/agreements", json=empty)).json()
    url = f"/api/v1/agreements/{created['id']}"
    template = await _template(admin)
    refused = await admin.post(f"{url}/documents", json={"template_id": template["id"]})
    assert refused.status_code == 422
    fields = {e["field"]: e["severity"] for e in refused.json()["errors"]}
    assert fields["subject_matter"] == fields["breach_notification_hours"] == "error"
    assert fields["signatories.processor.name"] == "error"
    review = await admin.post(f"{url}/transitions", json={"to": "in_review", "acknowledge_warnings": True})
    assert review.status_code == 422  # errors are not acknowledged away
    assert (await admin.get(f"{url}/documents")).json() == []

    fixed = agreement("GM0363", world["supplier"]["id"], breach_notification_hours=60)
    etag = (await admin.get(url)).headers["etag"]
    body = {k: v for k, v in fixed.items() if k not in {"controller", "supplier_id"}}
    assert (await admin.patch(url, etag=etag, json=body)).status_code == 200
    warned = await admin.post(f"{url}/documents", json={"template_id": template["id"]})
    assert warned.status_code == 422
    assert [(e["field"], e["severity"]) for e in warned.json()["errors"]] == [("breach_notification_hours", "warning")]
    made = await admin.post(f"{url}/documents", json={"template_id": template["id"], "acknowledge_warnings": True})
    assert made.status_code == 201, made.text
    review = await admin.post(f"{url}/transitions", json={"to": "in_review", "acknowledge_warnings": True})
    assert review.status_code == 201


async def test_document_names_the_municipality_its_address_kvk_and_signatory(world) -> None:  # type: ignore[no-untyped-def]
    admin = world["admin"]
    municipality = (await admin.get("/api/v1/municipalities")).json()["items"][0]
    etag = (await admin.get(f"/api/v1/municipalities/{municipality['id']}")).headers["etag"]
    changed = await admin.patch(f"/api/v1/municipalities/{municipality['id']}", etag=etag, json={
        "address": "Raadhuisplein 1\n1234 AB Teststad", "kvk_number": "12345678",
        "signatory_name": "mr. C. Bakker", "signatory_role": "burgemeester"})
    assert changed.status_code == 200 and changed.json()["signatory_role"] == "burgemeester"
    body = agreement("GM0363", world["supplier"]["id"], signatories={"processor": {"name": "B. Jansen"}},
                     subject_matter="Hosting en support.", assurance_required=["iso27001"])
    created = (await admin.post("/api/v1/agreements", json=body)).json()
    template = await _template(admin)
    made = (await admin.post(f"/api/v1/agreements/{created['id']}/documents",
                             json={"template_id": template["id"]})).json()
    content = (await admin.get(made["download_url"])).content
    document = docx.Document(io.BytesIO(content))
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "vertegenwoordigd door de burgemeester, mr. C. Bakker" in text
    assert "Raadhuisplein 1" in text and "12345678" in text
    assert "ISO/IEC 27001:2022" in text and "iso27001" not in text
    assert "support.." not in text and "support." in text


async def test_detail_page_lists_what_is_missing_and_asks_to_acknowledge(world) -> None:  # type: ignore[no-untyped-def]
    admin, client = world["admin"], world["client"]
    body = agreement("GM0363", world["supplier"]["id"], subject_matter="", breach_notification_hours=60)
    created = (await admin.post("/api/v1/agreements", json=body)).json()
    template = await _template(admin)
    await login(client, "inkoop@gemeente.test")
    page = await client.get(f"/agreements/{created['id']}")
    assert f'<option value="{template["id"]}" selected>' in page.text  # the Dutch template first
    assert "Vul het onderwerp van de verwerking in." in page.text  # shown before any button is pressed
    refused = await submit(client, f"/agreements/{created['id']}/documents", {"template_id": str(template["id"])})
    assert refused.status_code == 422
    assert "Vul het onderwerp van de verwerking in." in refused.text and "60 uur" in refused.text
    assert 'name="acknowledge_warnings"' not in refused.text  # errors first
    etag = (await admin.get(f"/api/v1/agreements/{created['id']}")).headers["etag"]
    await admin.patch(f"/api/v1/agreements/{created['id']}", etag=etag, json={"subject_matter": "Hosting"})
    warned = await submit(client, f"/agreements/{created['id']}/transitions", {"to": "in_review"})
    assert warned.status_code == 422 and 'name="acknowledge_warnings"' in warned.text
    done = await submit(client, f"/agreements/{created['id']}/transitions",
                        {"to": "in_review", "acknowledge_warnings": "1"}, follow_redirects=False)
    assert done.status_code == 303


async def test_bulk_generation_leaves_out_incomplete_agreements_and_says_why(world) -> None:  # type: ignore[no-untyped-def]
    import asyncio
    import zipfile

    admin = world["admin"]
    for index, subject in enumerate(["Hosting", ""]):
        body = agreement("GM0363", world["supplier"]["id"], reference=f"BULK-{index}", subject_matter=subject)
        assert (await admin.post("/api/v1/agreements", json=body)).status_code == 201
    template = await _template(admin)
    job = (await admin.post("/api/v1/agreements/bulk-documents",
                            json={"controller": "GM0363", "template_id": template["id"]})).json()
    for _ in range(200):
        job = (await admin.get(f"/api/v1/jobs/{job['id']}")).json()
        if job["status"] not in {"queued", "running"}:
            break
        await asyncio.sleep(0.05)
    assert job["status"] == "done" and job["total"] == 1
    archive = zipfile.ZipFile(io.BytesIO((await admin.get(job["download_url"])).content))
    names = archive.namelist()
    assert len(names) == 2 and any(n.endswith("BULK-0.docx") for n in names)
    assert "BULK-1: Vul het onderwerp van de verwerking in." in archive.read("niet-gegenereerd.txt").decode()


async def test_agreement_form_shows_every_error_of_a_submit(world) -> None:  # type: ignore[no-untyped-def]
    from tests.contracts.test_agreement_pages import error_for

    client = world["client"]
    await login(client, "inkoop@gemeente.test")
    fields = {
        "controller": "GM0363", "supplier_id": str(world["supplier"]["id"]), "title": "x" * 400,
        "start_date": "2027-01-01", "end_date": "2026-01-01", "notice_period_months": "3",
        "review_interval_months": "0", "return_days": "30", "breach_notification_hours": "veel",
        "assurance_frequency_months": "12", "locations": "NL", "subprocessor_authorisation": "specific",
        "security_standard": "BIO",
    }
    refused = await submit(client, "/agreements/new", fields)
    assert refused.status_code == 400
    for name in ("title", "end_date", "review_interval_months", "breach_notification_hours"):
        assert error_for(refused.text, name), name
