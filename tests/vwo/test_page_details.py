"""Small things a user notices: a page past the end, an empty search, the error page."""

from __future__ import annotations

import re

from core import crud
from core.users import add_user
from suppliers import list_suppliers
from tests.contracts.test_agreement_pages import PASSWORD, login
from tests.factories import seed_scope, seed_supplier


async def test_a_page_past_the_end_shows_the_last_page(admin, app_client) -> None:  # type: ignore[no-untyped-def]
    await seed_scope(admin, "GM0363")
    for n in range(3):
        await seed_supplier(admin, "GM0363", name=f"Leverancier {n}")
    async def fetch(number: int):  # type: ignore[no-untyped-def]
        return await list_suppliers(admin.principal, None, None, None, None, number, 2)

    assert (await fetch(99)).items == []  # the list itself (and the API) answers an empty page
    result = await crud.within_pages(fetch, 99)
    assert (result.page, result.total, len(result.items)) == (2, 3, 1)
    await add_user("lezer@gm0363.test", "viewer", ["GM0363"], password=PASSWORD)
    await login(app_client, "lezer@gm0363.test")
    page = (await app_client.get("/suppliers", params={"page": 99})).text
    assert "Leverancier 0" in page or "Leverancier 2" in page
    assert "Pagina 99" not in page
    app_client.cookies.clear()


async def test_an_empty_search_offers_a_reset_and_the_error_page_is_dutch(admin, app_client) -> None:  # type: ignore[no-untyped-def]
    await seed_scope(admin, "GM0363")
    await add_user("lezer@gm0363.test", "viewer", ["GM0363"], password=PASSWORD)
    await login(app_client, "lezer@gm0363.test")
    empty = (await app_client.get("/suppliers", params={"q": "bestaat-niet"})).text
    assert re.search(r'Niets gevonden[^<]*<a href="/suppliers">Alle leveranciers tonen</a>', empty)
    agreements = (await app_client.get("/agreements", params={"q": "bestaat-niet"})).text
    assert '<a href="/agreements">Alle overeenkomsten tonen</a>' in agreements
    assert "Alle leveranciers tonen" not in (await app_client.get("/suppliers")).text
    missing = await app_client.get("/bestaat-niet")
    assert missing.status_code == 404
    assert "<h1>Niet gevonden</h1>" in missing.text and "bestaat niet" in missing.text
    assert "Not Found" not in missing.text
    app_client.cookies.clear()
