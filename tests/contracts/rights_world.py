"""A register for the processing and rights tests: a municipality with three activities
served by two suppliers (one with a sub-processor outside the EEA), a fourth activity of
its own, and a second municipality with an activity of its own."""

from __future__ import annotations

from typing import Any

from tests.contracts import incident_world as iw
from tests.factories import seed_scope, seed_supplier


async def activity(caller: Any, **over: Any) -> dict[str, Any]:
    body = {
        "controller": "GM0363", "name": "Bijstand", "purpose": "Vaststellen en betalen van bijstand",
        "legal_basis": "legal_obligation", "legal_basis_detail": "Participatiewet, art. 11",
        "data_categories": ["NAW-gegevens", "inkomen"], "uses_bsn": True,
        "data_subject_categories": ["aanvragers"], "retention": "10 jaar na beëindiging",
        "retention_years": 10, "recipients": ["UWV"], "source": "de aanvrager en de BRP", **over,
    }
    response = await caller.post("/api/v1/processing-activities", json=body)
    assert response.status_code == 201, response.text
    return response.json()


async def build(admin: Any, make_caller: Any) -> dict[str, Any]:
    for code in ("GM0363", "GM0599"):
        await seed_scope(admin, code)
    first = await seed_supplier(admin, "GM0363", name="Inkomenssoft B.V.")
    second = await seed_supplier(admin, "GM0363", name="Zorgportaal B.V.")
    cloud = await seed_supplier(admin, "GM0363", name="Far Cloud Inc.", country="US", kvk_number=None)
    response = await admin.post(f"/api/v1/suppliers/{second['id']}/subprocessors",
                                json={"subprocessor_id": cloud["id"], "service": "Opslag", "country": "US"})
    assert response.status_code == 201, response.text
    other = await seed_supplier(admin, "GM0599", name="Elders B.V.")
    w: dict[str, Any] = {"admin": admin, "first": first["id"], "second": second["id"], "cloud": cloud["id"]}
    w["first_agreement"] = await iw.agreement("GM0363", first["id"], title="Inkomen")
    w["second_agreement"] = await iw.agreement("GM0363", second["id"], title="Zorgportaal", reference="VWO-9")
    w["other_agreement"] = await iw.agreement("GM0599", other["id"], title="Elders")
    for role in ("privacy_officer", "procurement", "board", "viewer"):
        w[role] = await make_caller(role, ["GM0363"])
    w["fg2"] = await make_caller("privacy_officer", ["GM0599"])
    fg = w["privacy_officer"]
    w["bijstand"] = await activity(fg, agreement_ids=[w["first_agreement"]])
    w["reintegratie"] = await activity(
        fg, name="Re-integratie", legal_basis="public_task", legal_basis_detail="Participatiewet, art. 7",
        data_categories=["NAW-gegevens", "opleiding"], retention="2 jaar na afsluiten", retention_years=None,
        agreement_ids=[w["first_agreement"]],
    )
    w["wmo"] = await activity(
        fg, name="Wmo-maatwerk", legal_basis="legal_obligation", legal_basis_detail="Wmo 2015, art. 2.3.5",
        data_categories=["NAW-gegevens"], special_categories=["gezondheid"], retention="15 jaar",
        retention_years=15, agreement_ids=[w["first_agreement"], w["second_agreement"]],
    )
    w["survey"] = await activity(
        fg, name="Klanttevredenheid", legal_basis="consent", legal_basis_detail="", data_categories=["mening"],
        uses_bsn=False, retention="1 jaar", retention_years=None,
    )
    w["elders"] = await activity(w["fg2"], controller="GM0599", name="Elders", agreement_ids=[w["other_agreement"]])
    return w
