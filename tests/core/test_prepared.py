"""Prepared queries: built once per shape, every run binds its own values."""

from __future__ import annotations

import pytest
from piccolo.columns.combination import WhereRaw

from core import crud
from core.auth import Principal
from core.db import write_transaction
from core.prepared import Condition, Slot, compile_query
from suppliers.tables import Municipality
from tests.factories import insert_rows, seed_scope, seed_supplier

NAMED = Condition(lambda name: Municipality.name == name, "named")
CODED = Condition(lambda codes: Municipality.cbs_code.is_in(codes), "coded")
AMSTERDAM_ONLY = Condition(lambda: WhereRaw("\"municipality\".\"cbs_code\" = 'GM0363'"), "amsterdam")
LISTING = crud.Listing(
    crud.Resource(Municipality, "municipality", "Gemeente", Municipality.cbs_code),
    Municipality.all_columns(),
    [Municipality.cbs_code],
)
ADMIN = Principal(user_id=0, email="admin@test.vwo", role="admin", scopes=frozenset())

CODES = {"GM0363": "Amsterdam", "GM0599": "Rotterdam", "GM0518": "'s-Gravenhage", "GM0344": "Utrecht"}


@pytest.fixture
async def municipalities(clean: None) -> None:
    await insert_rows(Municipality, *[{"name": name, "cbs_code": code} for code, name in CODES.items()])


async def _codes(*conditions, principal: Principal = ADMIN, page_size: int = 50) -> list[str]:  # type: ignore[no-untyped-def]
    result = await LISTING.page(principal, list(conditions), 1, page_size)
    return [row["cbs_code"] for row in result.items]


async def test_one_shape_is_built_once_and_binds_each_runs_values(municipalities: None) -> None:
    assert await _codes(NAMED("Rotterdam")) == ["GM0599"]
    built = len(LISTING._templates)
    assert await _codes(NAMED("Utrecht")) == ["GM0344"]
    assert await _codes(NAMED("Nergens")) == []
    assert len(LISTING._templates) == built


async def test_lists_of_different_lengths_are_different_shapes(municipalities: None) -> None:
    assert await _codes(CODED(["GM0363"])) == ["GM0363"]
    assert await _codes(CODED(["GM0363", "GM0599", "GM0344"])) == ["GM0344", "GM0363", "GM0599"]
    assert await _codes(CODED(["GM0518", "GM0599"])) == ["GM0518", "GM0599"]
    assert await _codes(CODED(["GM0518", "GM0599"]), NAMED("Rotterdam")) == ["GM0599"]


async def test_a_condition_without_a_value_and_the_scope_combine(municipalities: None) -> None:
    assert await _codes(AMSTERDAM_ONLY()) == ["GM0363"]
    scoped = Principal(user_id=1, email="fg@test.vwo", role="privacy_officer", scopes=frozenset({"GM0599"}))
    assert await _codes(principal=scoped) == ["GM0599"]
    assert await _codes(AMSTERDAM_ONLY(), principal=scoped) == []
    # add_user refuses a non-admin without scopes; one that lost them (edited in the database)
    # sees nothing, on PostgreSQL too (the old "nothing" value was a NUL byte, refused there).
    nobody = Principal(user_id=2, email="niemand@test.vwo", role="viewer", scopes=frozenset())
    assert await _codes(principal=nobody) == []


async def test_a_full_page_counts_the_total_with_the_same_values(municipalities: None) -> None:
    result = await LISTING.page(ADMIN, [CODED(["GM0363", "GM0599", "GM0344"])], 1, 2)
    assert [r["cbs_code"] for r in result.items] == ["GM0344", "GM0363"]
    assert result.total == 3
    second = await LISTING.page(ADMIN, [CODED(["GM0363", "GM0599", "GM0344"])], 2, 2)
    assert [r["cbs_code"] for r in second.items] == ["GM0599"] and second.total == 3


async def test_a_prepared_query_runs_inside_the_open_transaction(clean: None) -> None:
    async with write_transaction():
        await insert_rows(Municipality, {"name": "Nieuwgemeente", "cbs_code": "GM1999"})
        assert await _codes(NAMED("Nieuwgemeente")) == ["GM1999"]


def test_a_builder_that_drops_its_value_is_refused() -> None:
    careless = Municipality.select().where(Municipality.name == "vast")
    with pytest.raises(ValueError, match="does not use"):
        compile_query(careless, [Slot(0)])


async def test_a_child_is_read_only_below_its_own_parent(admin) -> None:  # type: ignore[no-untyped-def]
    await seed_scope(admin)
    first, second = await seed_supplier(admin), await seed_supplier(admin)
    created = await admin.post(f"/api/v1/suppliers/{first['id']}/products", json={"name": "Zaaksysteem", "kind": "saas"})
    assert created.status_code == 201, created.text
    product = created.json()["id"]

    assert (await admin.get(f"/api/v1/suppliers/{first['id']}/products/{product}")).status_code == 200
    assert (await admin.get(f"/api/v1/suppliers/{second['id']}/products/{product}")).status_code == 404
    moved = await admin.patch(
        f"/api/v1/suppliers/{second['id']}/products/{product}", etag='"1"', json={"name": "Anders"}
    )
    assert moved.status_code == 404

