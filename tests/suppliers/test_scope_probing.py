"""A code outside the caller's scope answers exactly as a code that does not exist
(issue 13, finding 7): product users, arrangement members, agreement members."""

from __future__ import annotations

from typing import Any

import pytest

from tests import factories
from tests.contracts.test_agreements import agreement

OUTSIDE = "GM0599"  # exists, outside the caller's scope
MISSING = "GM0999"  # does not exist
HIDDEN_NAME = "Gemeente Verborgenstad"


def _without(body: dict[str, Any], code: str) -> dict[str, Any]:
    """The answer with the code itself taken out, to compare two answers."""
    return {
        "status_code": body["status_code"],
        "detail": body["detail"],
        "errors": [{"field": e["field"], "message": e["message"].replace(code, "<code>")} for e in body["errors"]],
    }


def _same_refusal(outside: Any, missing: Any) -> None:
    assert outside.status_code == missing.status_code == 400, (outside.text, missing.text)
    assert _without(outside.json(), OUTSIDE) == _without(missing.json(), MISSING)
    assert HIDDEN_NAME not in outside.text


@pytest.fixture
async def world(admin, make_caller):  # type: ignore[no-untyped-def]
    await factories.seed_scope(admin, "GM0363")
    hidden = await admin.post("/api/v1/municipalities", json=factories.municipality(OUTSIDE, HIDDEN_NAME))
    assert hidden.status_code == 201, hidden.text
    arrangement = await admin.post(
        "/api/v1/arrangements", json=factories.arrangement("isd-test", members=["GM0363"])
    )
    assert arrangement.status_code == 201, arrangement.text
    return {
        "local": await make_caller("procurement", ["GM0363"]),
        "isd": await make_caller("procurement", ["isd-test", "isd-new"]),
        "arrangement": arrangement.json(),
        "admin": admin,
    }


async def test_product_users_outside_the_scope_answer_as_unknown_codes(world) -> None:  # type: ignore[no-untyped-def]
    caller = world["local"]
    supplier = await factories.seed_supplier(caller, "GM0363")
    url = f"/api/v1/suppliers/{supplier['id']}/products"
    outside = await caller.post(url, json={"name": "Zaaksysteem", "kind": "saas", "used_by": [OUTSIDE]})
    missing = await caller.post(url, json={"name": "Zaaksysteem", "kind": "saas", "used_by": [MISSING]})
    _same_refusal(outside, missing)
    stored = await caller.post(url, json={"name": "Zaaksysteem", "kind": "saas", "used_by": ["GM0363"]})
    assert stored.status_code == 201, stored.text
    product = f"{url}/{stored.json()['id']}"
    outside = await caller.patch(product, etag='"1"', json={"used_by": ["GM0363", OUTSIDE]})
    missing = await caller.patch(product, etag='"1"', json={"used_by": ["GM0363", MISSING]})
    _same_refusal(outside, missing)


async def test_a_product_keeps_a_user_the_caller_does_not_see(world) -> None:  # type: ignore[no-untyped-def]
    supplier = await factories.seed_supplier(world["local"], "GM0363")
    url = f"/api/v1/suppliers/{supplier['id']}/products"
    made = await world["admin"].post(url, json={"name": "Zaaksysteem", "kind": "saas", "used_by": [OUTSIDE]})
    assert made.status_code == 201, made.text
    renamed = await world["local"].patch(
        f"{url}/{made.json()['id']}", etag='"1"', json={"name": "Zaken", "used_by": [OUTSIDE, "GM0363"]}
    )
    assert renamed.status_code == 200, renamed.text


async def test_new_arrangement_members_outside_the_scope_answer_as_unknown_codes(world) -> None:  # type: ignore[no-untyped-def]
    caller = world["isd"]
    outside = await caller.post("/api/v1/arrangements", json=factories.arrangement("isd-new", members=[OUTSIDE]))
    missing = await caller.post("/api/v1/arrangements", json=factories.arrangement("isd-new", members=[MISSING]))
    _same_refusal(outside, missing)


async def test_patching_members_with_an_outside_municipality_is_refused(world) -> None:  # type: ignore[no-untyped-def]
    caller = world["isd"]
    url = f"/api/v1/arrangements/{world['arrangement']['id']}"
    members = [{"cbs_code": "GM0363", "joined_on": "2020-01-01"}]
    outside = await caller.patch(url, etag='"1"', json={"members": [*members, {"cbs_code": OUTSIDE}]})
    missing = await caller.patch(url, etag='"1"', json={"members": [*members, {"cbs_code": MISSING}]})
    _same_refusal(outside, missing)
    assert HIDDEN_NAME not in (await caller.get(url)).text
    # A member already there may stay, though the caller's own scope does not name it.
    kept = await caller.patch(url, etag='"1"', json={"members": members})
    assert kept.status_code == 200, kept.text


async def test_agreement_members_outside_the_arrangement_answer_as_unknown_codes(world) -> None:  # type: ignore[no-untyped-def]
    caller = world["isd"]
    supplier = await factories.seed_supplier(caller, "isd-test")
    outside = await caller.post(
        "/api/v1/agreements", json=agreement("isd-test", supplier["id"], on_behalf_of=[OUTSIDE])
    )
    missing = await caller.post(
        "/api/v1/agreements", json=agreement("isd-test", supplier["id"], on_behalf_of=[MISSING])
    )
    _same_refusal(outside, missing)
