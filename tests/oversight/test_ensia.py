"""ENSIA on a reference date: each domain's verdict flips on the day an agreement is signed,
the day after it ends, and the day after evidence expires; the exports say the same."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from docx import Document
from openpyxl import load_workbook

from contracts.tables import Agreement, AgreementProduct
from core.auth import SYSTEM
from suppliers import ProductCreate, services
from suppliers.tables import Evidence
from tests.factories import insert_rows, seed_scope, seed_supplier

D = dt.date


@pytest.fixture
async def ensia_world(admin) -> dict[str, int]:  # type: ignore[no-untyped-def]
    await seed_scope(admin, "GM0363")
    digid = (await seed_supplier(admin, "GM0363", name="Inlogdiensten B.V."))["id"]
    brp = (await seed_supplier(admin, "GM0363", name="Registratiehuis"))["id"]
    gateway = await services.create_product(
        digid, ProductCreate(name="DigiD-aansluiting", kind="saas", used_by=["GM0363"], ensia_domains=["digid"]), SYSTEM)
    registry = await services.create_product(
        brp, ProductCreate(name="BRP-bevragen", kind="application", used_by=["GM0363"], ensia_domains=["brp"]), SYSTEM)
    base = {"scope": "GM0363", "controller_kind": "municipality", "status": "signed"}
    signed, ongoing = await insert_rows(
        Agreement,
        {**base, "supplier": digid, "title": "VWO Inlogdiensten", "signing_date": D(2025, 6, 15), "end_date": D(2026, 3, 31)},
        {**base, "supplier": brp, "title": "VWO Registratiehuis", "signing_date": D(2024, 1, 10)},
    )
    await insert_rows(AgreementProduct, {"agreement": signed, "product": gateway},
                      {"agreement": ongoing, "product": registry}, versioned=False)
    await insert_rows(
        Evidence,
        {"supplier": digid, "kind": "isae3402_type2", "period_start": D(2024, 7, 1), "period_end": D(2025, 6, 30)},
        {"supplier": brp, "kind": "iso27001", "standard_version": "2022", "issued_on": D(2022, 10, 1),
         "valid_until": D(2025, 9, 30)},
    )
    return {"gateway": gateway, "registry": registry, "agreement": signed}


async def verdicts(caller, on: dt.date) -> dict[str, str]:  # type: ignore[no-untyped-def]
    response = await caller.get("/api/v1/ensia/GM0363", params={"reference_date": on.isoformat()})
    assert response.status_code == 200, response.text
    return {d["domain"]: d["verdict"] for d in response.json()["domains"] if d["domain"] in {"digid", "brp"}}


@pytest.mark.parametrize(("on", "digid", "brp"), [
    (D(2025, 6, 14), "gaps", "in_order"),      # the day before signing
    (D(2025, 6, 15), "in_order", "in_order"),  # signed that day
    (D(2025, 9, 30), "in_order", "in_order"),  # the certificate's last day
    (D(2025, 10, 1), "in_order", "gaps"),      # the certificate expired
    (D(2026, 3, 31), "in_order", "gaps"),      # the agreement's last day
    (D(2026, 4, 1), "gaps", "gaps"),           # the agreement ended
])
async def test_verdicts_flip_on_the_right_day(admin, ensia_world, on, digid, brp) -> None:  # type: ignore[no-untyped-def]
    assert await verdicts(admin, on) == {"digid": digid, "brp": brp}


async def test_a_gap_names_its_cause_and_expired_evidence_is_listed(admin, ensia_world) -> None:  # type: ignore[no-untyped-def]
    body = (await admin.get("/api/v1/ensia/GM0363", params={"reference_date": "2026-04-01"})).json()
    domains = {d["domain"]: d for d in body["domains"]}
    digid = domains["digid"]["products"][0]
    assert digid["agreements"] == [] and "geen ondertekende verwerkersovereenkomst" in digid["gaps"][0]
    brp = domains["brp"]["products"][0]
    assert [a["id"] for a in brp["agreements"]] and [e["kind"] for e in brp["expired"]] == ["iso27001"]
    assert domains["suwinet"]["verdict"] == "no_products"


async def test_the_default_reference_date_is_the_last_day_of_last_year(admin, ensia_world) -> None:  # type: ignore[no-untyped-def]
    body = (await admin.get("/api/v1/ensia/GM0363")).json()
    assert body["reference_date"] == f"{dt.date.today().year - 1}-12-31"


async def test_out_of_scope_is_not_found(make_caller, ensia_world) -> None:  # type: ignore[no-untyped-def]
    other = await make_caller("privacy_officer", ["GM0599"])
    assert (await other.get("/api/v1/ensia/GM0363")).status_code == 404
    assert (await other.get("/api/v1/ensia/GM0599")).status_code == 404


async def test_exports_agree_with_the_json(admin, ensia_world) -> None:  # type: ignore[no-untyped-def]
    params = {"reference_date": "2025-10-01"}
    body = (await admin.get("/api/v1/ensia/GM0363", params=params)).json()
    xlsx = await admin.get("/api/v1/ensia/GM0363", params={**params, "format": "xlsx"})
    assert xlsx.status_code == 200
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    rows = [r for r in sheet.iter_rows(min_row=3, values_only=True)]
    by_product = {r[3]: r for r in rows if r[3]}
    for domain in body["domains"]:
        for p in domain["products"]:
            row = by_product[p["product_name"]]
            assert row[0] == domain["label"] and row[1] == {"in_order": "op orde", "gaps": "tekortkomingen"}[domain["verdict"]]
            assert (row[9] or "") == " ".join(p["gaps"])
    assert len(rows) == sum(max(1, len(d["products"])) for d in body["domains"])
    docx = await admin.get("/api/v1/ensia/GM0363", params={**params, "format": "docx"})
    text = "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
    gaps = [g for d in body["domains"] for p in d["products"] for g in p["gaps"]]
    assert gaps and all(g in text for g in gaps)
    assert "1 oktober 2025" in text and "DigiD" in text


async def test_an_agreement_ended_early_counts_until_the_day_it_was_ended(admin, ensia_world) -> None:  # type: ignore[no-untyped-def]
    from contracts.tables import Transition

    await Agreement.update({Agreement.status: "ended"}).where(Agreement.id == ensia_world["agreement"])
    await insert_rows(Transition, {
        "agreement": ensia_world["agreement"], "from_status": "signed", "to_status": "ended", "actor": "test",
        "at": dt.datetime(2026, 2, 10, 10, 0, tzinfo=dt.UTC), "remark": "opgezegd"}, versioned=False)
    assert (await verdicts(admin, D(2026, 2, 9)))["digid"] == "in_order"
    assert (await verdicts(admin, D(2026, 2, 10)))["digid"] == "gaps"


async def test_the_paragraph_counts_residents_requests_of_the_year(admin, ensia_world) -> None:  # type: ignore[no-untyped-def]
    params = {"reference_date": "2025-12-31"}
    assert (await admin.get("/api/v1/ensia/GM0363", params=params)).json()["rights"]["received"] == 0
    for received in ("2025-03-03", "2025-11-20", "2024-12-30"):  # the last one is of another year
        made = await admin.post("/api/v1/rights-requests", json={
            "controller": "GM0363", "kind": "access", "received_on": received, "reference": f"Z-{received}"})
        assert made.status_code == 201, made.text
    body = (await admin.get("/api/v1/ensia/GM0363", params=params)).json()
    # without processors a request closes the day it is registered: today, long after these were due
    assert body["rights"] == {"year": 2025, "received": 2, "answered_on_time": 0, "answered_late": 2}
    docx = await admin.get("/api/v1/ensia/GM0363", params={**params, "format": "docx"})
    text = "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
    assert "In 2025 ontving de gemeente 2 verzoek(en) van inwoners" in text and "0 daarvan" in text and "en 2 later" in text
