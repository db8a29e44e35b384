"""A supplier's delete leaves an event for everything that went with it (issue 13, finding 9)."""

from __future__ import annotations

from typing import Any

from core import audit
from core.tables import AuditEvent
from tests import factories

PDF = b"%PDF-1.4\n% test\n%%EOF\n"


async def _deletes_after(seq: int) -> list[dict[str, Any]]:
    rows = await AuditEvent.select().where(AuditEvent.seq > seq, AuditEvent.action == "delete").order_by(
        AuditEvent.seq
    )
    return [audit._loaded(row) for row in rows]


async def _last_seq() -> int:
    row = await AuditEvent.select(AuditEvent.seq).order_by(AuditEvent.seq, ascending=False).first()
    return row["seq"] if row else 0


async def test_deleting_a_supplier_audits_its_products_evidence_and_files(admin) -> None:  # type: ignore[no-untyped-def]
    await factories.seed_scope(admin)
    supplier = await factories.seed_supplier(admin)
    sub = await factories.seed_supplier(admin, name="Sub B.V.")
    base = f"/api/v1/suppliers/{supplier['id']}"
    product = (await admin.post(f"{base}/products", json={"name": "Zaaksysteem", "kind": "saas",
                                                           "used_by": ["GM0363"]})).json()
    link = (await admin.post(f"{base}/subprocessors", json={"subprocessor_id": sub["id"]})).json()
    evidence = (await admin.post(f"{base}/evidence", json=factories.evidence())).json()
    attached = await admin.client.put(
        f"{base}/evidence/{evidence['id']}/file", files={"file": ("cert.pdf", PDF, "application/pdf")},
        headers={**admin.headers, "If-Match": '"1"'},
    )
    assert attached.status_code == 200, attached.text
    before = await _last_seq()
    deleted = await admin.delete(base, etag=f'"{supplier["version"]}"')
    assert deleted.status_code == 204, deleted.text
    events = await _deletes_after(before)
    gone = {(e["entity"], e["entity_id"]) for e in events}
    assert {("product", str(product["id"])), ("subprocessor", str(link["id"])),
            ("evidence", str(evidence["id"])), ("supplier", str(supplier["id"]))} <= gone
    assert {"product_usage", "evidence_file"} <= {e["entity"] for e in events}
    for event in events:
        if event["entity"] != "supplier":
            assert event["changes"]["deleted_with"] == [f"supplier {supplier['id']}", None]
            assert event["scope"] == "GM0363"
    files = [e for e in events if e["entity"] == "evidence_file"]
    assert "content" not in files[0]["changes"]
    assert (await audit.verify()).ok


async def test_deleting_a_product_audits_its_users(admin) -> None:  # type: ignore[no-untyped-def]
    await factories.seed_scope(admin)
    supplier = await factories.seed_supplier(admin)
    url = f"/api/v1/suppliers/{supplier['id']}/products"
    product = (await admin.post(url, json={"name": "Zaaksysteem", "kind": "saas", "used_by": ["GM0363"]})).json()
    before = await _last_seq()
    assert (await admin.delete(f"{url}/{product['id']}", etag='"1"')).status_code == 204
    usage = [e for e in await _deletes_after(before) if e["entity"] == "product_usage"]
    assert len(usage) == 1 and usage[0]["changes"]["used_by"] == ["GM0363", None]


async def test_a_refused_delete_audits_nothing(admin) -> None:  # type: ignore[no-untyped-def]
    await factories.seed_scope(admin)
    supplier = await factories.seed_supplier(admin)
    await admin.post(f"/api/v1/suppliers/{supplier['id']}/products", json={"name": "Zaaksysteem", "kind": "saas"})
    before = await _last_seq()
    assert (await admin.delete(f"/api/v1/suppliers/{supplier['id']}", etag='"99"')).status_code == 412
    assert await _last_seq() == before


async def test_deleting_an_arrangement_audits_its_members(admin) -> None:  # type: ignore[no-untyped-def]
    await factories.seed_scope(admin)
    made = (await admin.post("/api/v1/arrangements", json=factories.arrangement(members=["GM0363"]))).json()
    before = await _last_seq()
    assert (await admin.delete(f"/api/v1/arrangements/{made['id']}", etag='"1"')).status_code == 204
    members = [e for e in await _deletes_after(before) if e["entity"] == "arrangement_member"]
    assert len(members) == 1 and members[0]["changes"]["deleted_with"] == [f"arrangement {made['id']}", None]
