"""An agreement's delete leaves an event for its documents, scans and findings (issue 13, finding 9)."""

from __future__ import annotations

from contracts.tables import Document, Finding, Scan
from core import audit, crud
from tests.contracts.test_agreements import create, world  # noqa: F401 - the fixture
from tests.factories import insert_rows
from tests.suppliers.test_delete_audit import _deletes_after, _last_seq


async def test_deleting_an_agreement_audits_its_documents_scans_and_findings(world) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    agreement = await create(world)
    now = crud.now()
    (document,) = await insert_rows(Document, {
        "agreement": agreement["id"], "kind": "signed", "filename": "getekend.pdf", "media_type": "application/pdf",
        "sha256": "0" * 64, "size": 3, "created_by": "test", "created_at": now, "content": b"pdf",
    }, versioned=False)
    (scan,) = await insert_rows(Scan, {
        "agreement": agreement["id"], "document": document, "status": "scanned", "created_by": "test",
        "created_at": now, "report": {"big": "x" * 100},
    }, versioned=False)
    (finding,) = await insert_rows(Finding, {
        "agreement": agreement["id"], "scan": scan, "key": "breach_notification", "tier": "mandatory",
        "status": "missing",
    }, versioned=False)
    before = await _last_seq()
    deleted = await world["procurement"].delete(f"/api/v1/agreements/{agreement['id']}", etag='"1"')
    assert deleted.status_code == 204, deleted.text
    events = {(e["entity"], e["entity_id"]): e for e in await _deletes_after(before)}
    assert {("document", str(document)), ("scan", str(scan)), ("finding", str(finding)),
            ("agreement", str(agreement["id"]))} <= set(events)
    document_event = events[("document", str(document))]
    assert document_event["changes"]["filename"] == ["getekend.pdf", None]
    assert "content" not in document_event["changes"]
    assert "report" not in events[("scan", str(scan))]["changes"]
    assert events[("finding", str(finding))]["changes"]["deleted_with"] == [f"agreement {agreement['id']}", None]
    assert (await audit.verify()).ok


async def test_deleting_a_product_audits_the_agreement_links_that_go_with_it(admin) -> None:  # type: ignore[no-untyped-def]
    from core.tables import AuditEvent
    from tests.contracts.test_agreements import agreement
    from tests.factories import seed_scope, seed_supplier

    await seed_scope(admin, "GM0363")
    supplier = await seed_supplier(admin, "GM0363")
    base = f"/api/v1/suppliers/{supplier['id']}"
    product = (await admin.post(f"{base}/products", json={"name": "Zaaksysteem", "kind": "saas"})).json()
    body = {**agreement("GM0363", supplier["id"]), "product_ids": [product["id"]]}
    created = await admin.post("/api/v1/agreements", json=body)
    assert created.status_code == 201, created.text
    last = await AuditEvent.select(AuditEvent.seq).order_by(AuditEvent.seq, ascending=False).first()
    deleted = await admin.client.delete(
        f"{base}/products/{product['id']}", headers={**admin.headers, "If-Match": f'"{product["version"]}"'}
    )
    assert deleted.status_code == 204, deleted.text
    events = await AuditEvent.select(AuditEvent.entity, AuditEvent.changes).where(
        AuditEvent.seq > last["seq"], AuditEvent.action == "delete"
    )
    links = [e for e in events if e["entity"] == "agreement_product"]
    assert len(links) == 1 and f"product {product['id']}" in str(links[0]["changes"])
    assert (await admin.get(f"/api/v1/agreements/{created.json()['id']}")).json()["product_ids"] == []
