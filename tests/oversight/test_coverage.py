"""The one coverage rule, read by the flags, the owner pages and the board overview alike."""

from __future__ import annotations

import datetime as dt

import pytest

from contracts.tables import Agreement
from core.auth import SYSTEM
from core.settings import load_settings
from oversight.flags import compute_flags
from oversight.flags.coverage import uncovered_products
from oversight.overview import overview_for
from suppliers.tables import Membership
from tests.oversight.test_overview import ON

MEMBER = "GM0363"


async def three_views(on: dt.date = ON) -> tuple[set[int], set[int], set[int]]:
    """The uncovered products of the member: by its flags, its page's list and its overview."""
    flags = await compute_flags(frozenset({MEMBER}), on, settings=load_settings(), kinds={"missing_agreement"})
    page = await uncovered_products(MEMBER, on)
    overview = await overview_for(MEMBER, SYSTEM, on)
    return (
        {f.subject_id for f in flags},
        {p["id"] for p in page},
        {i.id for i in overview.figure("missing").items if i.type == "product"},
    )


async def product_ids() -> tuple[int, int]:
    from suppliers.tables import Product

    rows = await Product.select(Product.id, Product.name).where(Product.name.is_in(["Klantportaal", "Rekenmodule"]))
    by_name = {r["name"]: r["id"] for r in rows}
    return by_name["Klantportaal"], by_name["Rekenmodule"]


async def test_an_arrangement_agreement_for_all_members_covers_a_member_product(register) -> None:  # type: ignore[no-untyped-def]
    portal, calculator = await product_ids()
    # ISD Alfa's signed agreement (for all members) names Klantportaal; nothing names Rekenmodule
    assert await three_views() == ({calculator}, {calculator}, {calculator})
    assert portal not in (await three_views())[0]


async def test_an_agreement_for_other_members_does_not_cover(register) -> None:  # type: ignore[no-untyped-def]
    portal, calculator = await product_ids()
    await Agreement.update({Agreement.on_behalf_of: ["GM0999"]}).where(Agreement.id == register["ag1"])
    assert await three_views() == ({portal, calculator},) * 3


async def test_an_agreement_naming_the_member_covers(register) -> None:  # type: ignore[no-untyped-def]
    _, calculator = await product_ids()
    await Agreement.update({Agreement.on_behalf_of: ["GM0999", MEMBER]}).where(Agreement.id == register["ag1"])
    assert await three_views() == ({calculator},) * 3


async def test_a_former_member_is_not_covered(register) -> None:  # type: ignore[no-untyped-def]
    portal, calculator = await product_ids()
    await Membership.update({Membership.left_on: ON}).where(Membership.joined_on.is_not_null())
    assert await three_views() == ({portal, calculator},) * 3
    assert await three_views(ON - dt.timedelta(days=1)) == ({calculator},) * 3


@pytest.mark.parametrize(("status", "end_date"), [("signed", ON - dt.timedelta(days=1)), ("approved", None)])
async def test_an_ended_or_unsigned_agreement_covers_nothing(register, status: str, end_date: dt.date | None) -> None:  # type: ignore[no-untyped-def]
    portal, calculator = await product_ids()
    await Agreement.update({Agreement.status: status, Agreement.end_date: end_date}).where(
        Agreement.id == register["ag1"]
    )
    assert await three_views() == ({portal, calculator},) * 3
