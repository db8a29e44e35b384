"""Supplier search: case and accents do not matter, the KvK number is found, changes follow."""

from __future__ import annotations

import pytest

from suppliers.search import fold, like_pattern
from tests.factories import seed_scope, seed_supplier


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Zoë Café", "zoe cafe"), ("ÅRHUS", "arhus"), ("Straße", "strasse"), ("ﬁnance", "finance")],
)
def test_fold_drops_case_and_accents(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize("q", [None, "", "   ", "%", "_%_", "\\"])
def test_a_term_of_only_wildcards_searches_nothing(q: str | None) -> None:
    assert like_pattern(q) is None


async def _names(caller, **params) -> list[str]:  # type: ignore[no-untyped-def]
    body = (await caller.get("/api/v1/suppliers", params=params)).json()
    assert body["total"] == len(body["items"])
    return [s["name"] for s in body["items"]]


async def test_search_ignores_case_and_accents_and_finds_kvk_numbers(admin) -> None:  # type: ignore[no-untyped-def]
    await seed_scope(admin)
    await seed_supplier(admin, name="Café Zoë Diensten B.V.", kvk_number="12345678")
    await seed_supplier(admin, name="Gemeentelijke ICT B.V.", kvk_number="87654321")
    await seed_supplier(admin, name="100% Hosting B.V.", kvk_number="11223344")

    assert await _names(admin, q="cafe zoe") == ["Café Zoë Diensten B.V."]
    assert await _names(admin, q="CAFÉ") == ["Café Zoë Diensten B.V."]
    assert await _names(admin, q="4567") == ["Café Zoë Diensten B.V."]
    assert await _names(admin, q="ict") == ["Gemeentelijke ICT B.V."]
    assert await _names(admin, q="100%") == ["100% Hosting B.V."]
    assert await _names(admin, q="b.v.") == [
        "100% Hosting B.V.", "Café Zoë Diensten B.V.", "Gemeentelijke ICT B.V.",
    ]
    assert await _names(admin, q="%") == await _names(admin)  # no term: everything
    assert await _names(admin, q="bestaat-niet") == []


async def test_a_renamed_supplier_is_found_by_its_new_name_only(admin) -> None:  # type: ignore[no-untyped-def]
    await seed_scope(admin)
    created = await seed_supplier(admin, name="Oude Naam B.V.")
    response = await admin.patch(
        f"/api/v1/suppliers/{created['id']}", etag=f'"{created["version"]}"', json={"name": "Nieuwe Naam B.V."}
    )
    assert response.status_code == 200, response.text
    assert await _names(admin, q="nieuwe") == ["Nieuwe Naam B.V."]
    assert await _names(admin, q="oude") == []


async def test_the_search_text_stays_out_of_the_api_and_the_audit_trail(admin) -> None:  # type: ignore[no-untyped-def]
    await seed_scope(admin)
    created = await seed_supplier(admin, name="Spoorloos B.V.")
    assert "search_text" not in created
    await admin.patch(f"/api/v1/suppliers/{created['id']}", etag=f'"{created["version"]}"', json={"name": "X B.V."})
    await admin.delete(f"/api/v1/suppliers/{created['id']}", etag='"2"')
    events = (await admin.get(
        "/api/v1/audit", params={"entity": "supplier", "entity_id": str(created["id"]), "page_size": 3}
    )).json()["items"]  # newest first; the trail outlives the cleaned register
    assert [e["action"] for e in events] == ["delete", "update", "create"]
    assert events[1]["changes"] == {"name": ["Spoorloos B.V.", "X B.V."]}
    assert all("search_text" not in str(e["changes"]) for e in events)


async def test_filter_on_the_eea(admin) -> None:  # type: ignore[no-untyped-def]
    await seed_scope(admin)
    await seed_supplier(admin, name="Binnen B.V.", country="NL")
    await seed_supplier(admin, name="Noorwegen AS", country="NO", kvk_number=None)
    await seed_supplier(admin, name="Cloud Inc.", country="US", kvk_number=None)
    await seed_supplier(admin, name="Londen Ltd", country="GB", kvk_number=None)
    assert await _names(admin, in_eea="true") == ["Binnen B.V.", "Noorwegen AS"]
    assert await _names(admin, in_eea="false") == ["Cloud Inc.", "Londen Ltd"]
    assert await _names(admin, in_eea="false", q="cloud") == ["Cloud Inc."]
    assert await _names(admin, in_eea="false", country="NL") == []


async def test_an_update_of_other_fields_keeps_the_search_text(admin) -> None:  # type: ignore[no-untyped-def]
    await seed_scope(admin)
    created = await seed_supplier(admin, name="Blijvend B.V.", kvk_number="24681357")
    response = await admin.patch(
        f"/api/v1/suppliers/{created['id']}", etag=f'"{created["version"]}"', json={"website": "https://b.example"}
    )
    assert response.status_code == 200, response.text
    assert await _names(admin, q="blijvend") == ["Blijvend B.V."]
    assert await _names(admin, q="2468") == ["Blijvend B.V."]
