"""Clause analysis over HTTP: the catalogue, ad-hoc scans, scans of signed copies, FG decisions."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.tables import AuditEvent
from tests.clauses.clauses_pdf_factory import make_pdf
from tests.contracts.test_agreements import agreement
from tests.factories import seed_scope, seed_supplier

DATA = Path(__file__).parents[1] / "clauses" / "data"
WITHOUT_AUDIT = (DATA / "vwo_zorg_zonder_audit.txt").read_bytes()


async def test_catalogue_lists_every_key_with_tier(admin) -> None:  # type: ignore[no-untyped-def]
    body = (await admin.get("/api/v1/clauses")).json()
    keys = [c["key"] for c in body["clauses"]]
    assert len(keys) == 34 and keys[0] == "subprocessor-authorisation"
    assert sum(c["tier"] == "mandatory" for c in body["clauses"]) == 19
    assert {"breach-deadline", "processing-location", "security-standard", "assurance-report", "exit"} <= set(keys)


async def test_scan_reports_every_clause_and_what_is_missing(admin) -> None:  # type: ignore[no-untyped-def]
    response = await admin.post("/api/v1/scans", files={"file": ("zorg.txt", WITHOUT_AUDIT, "text/plain")})
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["language"] == "nl" and report["file"] == "zorg.txt"
    assert len(report["clauses"]) == 34
    assert "audits" in report["missing"]
    present = [c for c in report["clauses"] if c["status"] == "present"]
    assert present and all(c["evidence"] and c["evidence"][0]["location"] for c in present)


@pytest.mark.parametrize(
    ("name", "content", "status"),
    [
        ("nep.pdf", b"MZ this is not a pdf", 400),
        ("nep.docx", b"plain text", 400),
        ("leeg.txt", b"   \n  ", 422),
        ("scan.pdf", make_pdf([[]]), 422),
        ("groot.txt", b"a" * (20 * 1024 * 1024 + 10), 413),
    ],
    ids=["fake-pdf", "fake-docx", "empty", "no-text-layer", "too-large"],
)
async def test_unreadable_files_are_refused_with_a_reason(admin, name, content, status) -> None:  # type: ignore[no-untyped-def]
    response = await admin.post("/api/v1/scans", files={"file": (name, content, "application/octet-stream")})
    assert response.status_code == status, response.text
    assert response.json()["errors"][0]["field"] == "file"


@pytest.fixture
async def approved(admin, make_caller):  # type: ignore[no-untyped-def]
    await seed_scope(admin, "GM0363")
    supplier = await seed_supplier(admin, "GM0363")
    procurement = await make_caller("procurement", ["GM0363"])
    fg = await make_caller("privacy_officer", ["GM0363"])
    created = (await procurement.post("/api/v1/agreements", json=agreement("GM0363", supplier["id"]))).json()
    url = f"/api/v1/agreements/{created['id']}"
    await procurement.post(f"{url}/transitions", json={"to": "in_review"})
    await fg.post(f"{url}/transitions", json={"to": "approved"})
    return {"url": url, "procurement": procurement, "fg": fg, "id": created["id"]}


async def test_signed_copy_is_scanned_into_findings(approved) -> None:  # type: ignore[no-untyped-def]
    procurement, fg, url = approved["procurement"], approved["fg"], approved["url"]
    upload = await procurement.post(f"{url}/signed-copy", files={"file": ("getekend.txt.docx", b"x", "application/octet-stream")})
    assert upload.status_code == 400  # named .docx, not a Word file
    import io

    from docx import Document

    doc = Document()
    for paragraph in WITHOUT_AUDIT.decode().split("\n\n"):
        doc.add_paragraph(paragraph)
    buffer = io.BytesIO()
    doc.save(buffer)
    upload = await procurement.post(f"{url}/signed-copy", files={"file": ("getekend.docx", buffer.getvalue(), "application/octet-stream")})
    assert upload.status_code == 201, upload.text
    findings = (await fg.get(f"{url}/findings")).json()
    keys = {f["key"] for f in findings}
    assert "audits" in keys and all(f["decision"] is None for f in findings)
    scans = (await fg.get(f"{url}/scans")).json()
    assert scans[0]["status"] == "scanned" and "audits" in scans[0]["missing"]

    audit_finding = next(f for f in findings if f["key"] == "audits")
    decide = lambda caller, **body: caller.post(f"{url}/findings/{audit_finding['id']}/decision", json=body)  # noqa: E731
    assert (await decide(procurement, decision="resolved")).status_code == 403
    assert (await decide(fg, decision="accepted_risk")).status_code == 400  # a remark is needed
    assert (await decide(fg, decision="maybe", remark="x")).status_code == 400
    decided = await decide(fg, decision="negotiate", remark="Auditrecht opnemen bij verlenging")
    assert decided.status_code == 200 and decided.json()["decided_by"] == fg.principal.email
    events = await AuditEvent.select().where(AuditEvent.entity == "finding", AuditEvent.entity_id == str(audit_finding["id"]), AuditEvent.actor == fg.principal.email)
    assert len(events) == 1

    # A new signed copy rescans: undecided findings are superseded, decisions are kept.
    await procurement.post(f"{url}/signed-copy", files={"file": ("getekend-2.docx", buffer.getvalue(), "application/octet-stream")})
    current = (await fg.get(f"{url}/findings")).json()
    history = (await fg.get(f"{url}/findings", params={"history": "true"})).json()
    assert len(history) > len(current)
    assert any(f["id"] == audit_finding["id"] and f["decision"] == "negotiate" for f in current)
    assert len((await fg.get(f"{url}/scans")).json()) == 2


async def test_scanned_image_pdf_is_stored_but_reports_no_gaps(approved) -> None:  # type: ignore[no-untyped-def]
    procurement, url = approved["procurement"], approved["url"]
    upload = await procurement.post(f"{url}/signed-copy", files={"file": ("scan.pdf", make_pdf([[]]), "application/pdf")})
    assert upload.status_code == 201, upload.text
    scans = (await procurement.get(f"{url}/scans")).json()
    assert scans[0]["status"] == "unreadable" and scans[0]["message"]
    assert (await procurement.get(f"{url}/findings")).json() == []
