"""Suppliers, municipalities and arrangements deleted from their pages, or refused with a reason."""

from __future__ import annotations

from core.users import add_user
from suppliers.tables import Arrangement, Municipality, Supplier
from tests.contracts.test_agreements import agreement
from tests.suppliers.test_register_pages import PASSWORD, login, supplier, token, web  # noqa: F401 - the fixture


async def test_supplier_is_deleted_but_not_while_an_agreement_names_it(web, admin) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    kept = await supplier()
    gone = await supplier(name="Weg B.V.", kvk="61234568")
    assert (await admin.post("/api/v1/agreements", json=agreement("GM0363", kept))).status_code == 201
    await login(web, "inkoop@test.vwo")
    refused = await web.post(f"/suppliers/{kept}/delete", data={"version": "1", "_csrf_token": token(web)})
    assert refused.status_code == 409 and "overeenkomst" in refused.text
    deleted = await web.post(f"/suppliers/{gone}/delete", data={"version": "1", "_csrf_token": token(web)},
                             follow_redirects=False)
    assert deleted.status_code == 303 and await Supplier.count() == 1


async def test_municipality_and_arrangement_are_deleted_when_their_registers_are_empty(web) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    await add_user("beheer@test.vwo", "admin", [], password=PASSWORD)
    await login(web, "beheer@test.vwo")
    member = (await Municipality.select(Municipality.id).where(Municipality.cbs_code == "GM0363").first())["id"]
    refused = await web.post(f"/municipalities/{member}/delete", data={"version": "1", "_csrf_token": token(web)})
    assert refused.status_code == 409 and "nog lid" in refused.text
    isd = (await Arrangement.select(Arrangement.id).first())["id"]
    deleted = await web.post(f"/arrangements/{isd}/delete", data={"version": "1", "_csrf_token": token(web)},
                             follow_redirects=False)
    assert deleted.status_code == 303 and await Arrangement.count() == 0
    now_free = await web.post(f"/municipalities/{member}/delete", data={"version": "1", "_csrf_token": token(web)},
                              follow_redirects=False)
    assert now_free.status_code == 303 and await Municipality.count() == 1
