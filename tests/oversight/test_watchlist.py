"""The watch list a municipality or arrangement hands its CERT: what it uses, with CPE/purl
and the agreement covering it; an arrangement's list holds what it uses for its members."""

from __future__ import annotations

import csv
import datetime as dt
import io

from contracts.tables import Agreement, AgreementProduct
from core.auth import SYSTEM
from suppliers import ProductCreate, services
from tests.factories import arrangement, insert_rows, seed_scope, seed_supplier


async def test_watchlist_of_a_municipality_and_of_an_arrangement(admin, make_caller) -> None:  # type: ignore[no-untyped-def]
    for code in ("GM0363", "GM0599"):
        await seed_scope(admin, code)
    assert (await admin.post("/api/v1/arrangements", json=arrangement("isd-test", members=["GM0363"]))).status_code == 201
    supplier = (await seed_supplier(admin, "isd-test", name="Inkomensregie B.V."))["id"]
    own = (await seed_supplier(admin, "GM0363", name="Lokaal B.V."))["id"]
    suite = await services.create_product(supplier, ProductCreate(
        name="Participatie Suite", kind="saas", product_version="2026.2", used_by=["GM0363"],
        purl="pkg:generic/inkomensregie/participatie-suite@2026.2"), SYSTEM)
    portal = await services.create_product(own, ProductCreate(
        name="Portaal", kind="saas", used_by=["GM0363"],
        cpe="cpe:2.3:a:lokaal:portaal:1.0:*:*:*:*:*:*:*"), SYSTEM)
    await services.create_product(own, ProductCreate(name="Elders", kind="saas", used_by=["GM0599"]), SYSTEM)
    (agreement,) = await insert_rows(Agreement, {
        "scope": "isd-test", "controller_kind": "arrangement", "supplier": supplier, "title": "VWO Inkomensregie",
        "status": "signed", "signing_date": dt.date(2025, 1, 1)})
    await insert_rows(AgreementProduct, {"agreement": agreement, "product": suite}, versioned=False)

    mine = (await admin.get("/api/v1/products/watchlist", params={"controller": "GM0363"})).json()
    assert [(i["product_id"], [a["id"] for a in i["agreements"]]) for i in mine] == [(suite, [agreement]), (portal, [])]
    assert mine[0]["purl"] == "pkg:generic/inkomensregie/participatie-suite@2026.2"
    assert mine[1]["cpe"] == "cpe:2.3:a:lokaal:portaal:1.0:*:*:*:*:*:*:*"
    isd = (await admin.get("/api/v1/products/watchlist", params={"controller": "isd-test"})).json()
    assert [(i["product_id"], i["used_by"]) for i in isd] == [(suite, ["GM0363"])]

    exported = await admin.get("/api/v1/products/watchlist", params={"controller": "GM0363", "format": "csv"})
    rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig")), delimiter=";"))
    assert [r[1] for r in rows[1:]] == ["Participatie Suite", "Portaal"] and rows[2][-1] == "geen"

    outsider = await make_caller("viewer", ["GM0599"])
    assert (await outsider.get("/api/v1/products/watchlist", params={"controller": "GM0363"})).status_code == 404
    assert (await outsider.get("/api/v1/products/watchlist", params={"controller": "GM0599"})).status_code == 200
    assert (await admin.get("/api/v1/products/watchlist", params={"controller": "GM0001"})).status_code == 404
