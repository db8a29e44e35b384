"""Municipalities: validation, uniqueness, versions, and that refused input stores nothing."""

from __future__ import annotations

import pytest

from tests.factories import municipality


async def count_municipalities(caller) -> int:  # type: ignore[no-untyped-def]
    return (await caller.get("/api/v1/municipalities")).json()["total"]


async def test_create_returns_record_with_etag(admin) -> None:  # type: ignore[no-untyped-def]
    response = await admin.post("/api/v1/municipalities", json=municipality(oin="00000001002564440000"))
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["cbs_code"] == "GM0363" and body["oin"] == "00000001002564440000"
    assert response.headers["etag"] == '"1"'


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        (municipality(code="GM363"), "cbs_code"),
        (municipality(code="XX0363"), "cbs_code"),
        (municipality(oin="123"), "oin"),
        (municipality(oin="00000001002564450000"), "oin"),  # RSIN fails the eleven-test
        (municipality(oin="00000007002564440000"), "oin"),  # unknown prefix
        (municipality(name=""), "name"),
        (municipality(name="   "), "name"),
        ({**municipality(), "mayor": "J. Jansen"}, "mayor"),
        ({"name": "Zonder code"}, "cbs_code"),
    ],
)
async def test_bad_input_names_the_field_and_stores_nothing(admin, payload, field) -> None:  # type: ignore[no-untyped-def]
    response = await admin.post("/api/v1/municipalities", json=payload)
    assert response.status_code == 400, response.text
    assert field in [e["field"] for e in response.json()["errors"]]
    assert await count_municipalities(admin) == 0


async def test_duplicate_cbs_code_conflicts(admin) -> None:  # type: ignore[no-untyped-def]
    assert (await admin.post("/api/v1/municipalities", json=municipality())).status_code == 201
    response = await admin.post("/api/v1/municipalities", json=municipality(name="Andere naam"))
    assert response.status_code == 409
    assert response.json()["errors"][0]["field"] == "cbs_code"
    assert await count_municipalities(admin) == 1


async def test_stale_version_is_refused_and_newer_data_stays(admin) -> None:  # type: ignore[no-untyped-def]
    created = (await admin.post("/api/v1/municipalities", json=municipality())).json()
    url = f"/api/v1/municipalities/{created['id']}"
    first = await admin.patch(url, etag='"1"', json={"name": "Gemeente Eerst"})
    assert first.status_code == 200 and first.headers["etag"] == '"2"'
    second = await admin.patch(url, etag='"1"', json={"name": "Gemeente Later"})
    assert second.status_code == 412
    assert (await admin.get(url)).json()["name"] == "Gemeente Eerst"


async def test_update_without_if_match_is_refused(admin) -> None:  # type: ignore[no-untyped-def]
    created = (await admin.post("/api/v1/municipalities", json=municipality())).json()
    response = await admin.patch(f"/api/v1/municipalities/{created['id']}", json={"name": "X"})
    assert response.status_code == 428


async def test_cbs_code_cannot_change(admin) -> None:  # type: ignore[no-untyped-def]
    created = (await admin.post("/api/v1/municipalities", json=municipality())).json()
    response = await admin.patch(
        f"/api/v1/municipalities/{created['id']}", etag='"1"', json={"cbs_code": "GM0364"}
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "cbs_code"


async def test_search_and_paging(admin) -> None:  # type: ignore[no-untyped-def]
    for number, name in enumerate(["Amstelveen", "Amsterdam", "Rotterdam", "Utrecht"], start=1):
        await admin.post("/api/v1/municipalities", json=municipality(f"GM{number:04d}", name))
    found = (await admin.get("/api/v1/municipalities", params={"q": "amst"})).json()
    assert [m["name"] for m in found["items"]] == ["Amstelveen", "Amsterdam"]
    page = (await admin.get("/api/v1/municipalities", params={"page": 2, "page_size": 3})).json()
    assert page["total"] == 4 and [m["name"] for m in page["items"]] == ["Utrecht"]


@pytest.mark.parametrize(
    ("page", "page_size", "names"),
    [
        (1, 5, ["Almere", "Amstelveen", "Amsterdam", "Rotterdam", "Utrecht"]),  # all on one page
        (1, 2, ["Almere", "Amstelveen"]),  # full page: counted
        (2, 2, ["Amsterdam", "Rotterdam"]),  # full page in the middle
        (3, 2, ["Utrecht"]),  # the rest: the total follows from the page
        (4, 2, []),  # past the end: counted
        (1, 6, ["Almere", "Amstelveen", "Amsterdam", "Rotterdam", "Utrecht"]),
    ],
)
async def test_total_is_right_on_every_page(admin, page, page_size, names) -> None:  # type: ignore[no-untyped-def]
    for number, name in enumerate(["Utrecht", "Almere", "Rotterdam", "Amsterdam", "Amstelveen"], start=1):
        await admin.post("/api/v1/municipalities", json=municipality(f"GM{number:04d}", name))
    body = (await admin.get("/api/v1/municipalities", params={"page": page, "page_size": page_size})).json()
    assert [m["name"] for m in body["items"]] == names
    assert body["total"] == 5
    empty = (await admin.get("/api/v1/municipalities", params={"q": "zzz", "page": page})).json()
    assert empty["total"] == 0 and empty["items"] == []


async def test_delete_removes_the_record(admin) -> None:  # type: ignore[no-untyped-def]
    created = (await admin.post("/api/v1/municipalities", json=municipality())).json()
    url = f"/api/v1/municipalities/{created['id']}"
    assert (await admin.delete(url, etag='"1"')).status_code == 204
    assert (await admin.get(url)).status_code == 404


async def test_two_concurrent_writers_never_lose_an_update_silently(admin) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    created = (await admin.post("/api/v1/municipalities", json=municipality())).json()
    url = f"/api/v1/municipalities/{created['id']}"
    first, second = await asyncio.gather(
        admin.patch(url, etag='"1"', json={"name": "Gemeente Een"}),
        admin.patch(url, etag='"1"', json={"name": "Gemeente Twee"}),
    )
    assert sorted([first.status_code, second.status_code]) == [200, 412]
    winner = first if first.status_code == 200 else second
    stored = (await admin.get(url)).json()
    assert stored["name"] == winner.json()["name"] and stored["version"] == 2
