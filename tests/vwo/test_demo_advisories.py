"""The demo data holds ENSIA-tagged products and an advisory that names a demo product."""

from __future__ import annotations

from suppliers.tables import Product
from vwo.demo import load_demo


async def test_demo_has_ensia_products_and_a_matching_advisory(admin) -> None:  # type: ignore[no-untyped-def]
    await load_demo()
    await load_demo()  # a second run changes nothing
    rows = await Product.select(Product.name, Product.ensia_domains).output(load_json=True)
    domains = {d for r in rows for d in r["ensia_domains"]}
    assert {"digid", "suwinet", "brp"} <= domains
    advisories = (await admin.get("/api/v1/advisories")).json()
    assert len(advisories) == 1
    assert [(m["product_name"], m["controllers"]) for m in advisories[0]["matches"]] == [("Zaaksysteem", ["GM9902"])]
    ensia = (await admin.get("/api/v1/ensia/GM9901")).json()
    assert {d["domain"] for d in ensia["domains"] if d["products"]} >= {"brp", "pun"}
