"""Municipalities and arrangements added and changed through their forms."""

from __future__ import annotations

import re

from core.users import add_user
from suppliers.tables import Arrangement, Membership, Municipality
from tests.suppliers.test_register_pages import PASSWORD, login, token, web  # noqa: F401 - the fixture


def field_error(html: str, field_id: str) -> str:
    match = re.search(rf'id="{re.escape(field_id)}-error">([^<]*)<', html)
    return match.group(1) if match else ""


async def test_admin_adds_a_municipality_after_seeing_every_error_at_once(web) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    await add_user("beheer@test.vwo", "admin", [], password=PASSWORD)
    await login(web, "beheer@test.vwo")
    form = {"name": "", "cbs_code": "G123", "kvk_number": "12", "oin": "123", "signatory_name": "mr. C. Bakker",
            "address": "Markt 1\n1234 AB Nieuwstad", "_csrf_token": token(web)}
    wrong = await web.post("/municipalities/new", data=form)
    assert wrong.status_code == 400
    for field in ("f-name", "f-cbs_code", "f-kvk_number", "f-oin", "f-signatory_role"):
        assert field_error(wrong.text, field), field
    assert await Municipality.count() == 2
    fixed = {**form, "name": "Gemeente Nieuwstad", "cbs_code": "gm1999", "kvk_number": "12345678",
             "oin": "00000003123456780000", "signatory_role": "burgemeester"}
    stored = await web.post("/municipalities/new", data=fixed, follow_redirects=False)
    assert stored.status_code == 303 and stored.headers["location"] == "/municipalities/GM1999"
    row = await Municipality.select().where(Municipality.cbs_code == "GM1999").first()
    assert row["address"] == "Markt 1\n1234 AB Nieuwstad" and row["signatory_role"] == "burgemeester"
    listing = await web.get("/municipalities?q=nieuw")
    assert "Gemeente Nieuwstad" in listing.text and "mr. C. Bakker (burgemeester)" in listing.text

    edit = await web.get(f"/municipalities/{row['id']}/edit")
    assert 'value="12345678"' in edit.text
    changed = await web.post(f"/municipalities/{row['id']}/edit", data={
        "name": "Gemeente Nieuwstad", "cbs_code": "GM1999", "kvk_number": "12345678", "version": "1",
        "signatory_name": "A. Jansen", "signatory_role": "wethouder", "_csrf_token": token(web)},
        follow_redirects=False)
    assert changed.status_code == 303
    assert (await Municipality.select(Municipality.signatory_name).where(Municipality.id == row["id"]).first()) == {
        "signatory_name": "A. Jansen"}


async def test_procurement_may_not_add_a_municipality_outside_its_scope(web) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    await login(web, "inkoop@test.vwo")
    response = await web.post("/municipalities/new", data={"name": "Elders", "cbs_code": "GM1998",
                                                           "_csrf_token": token(web)})
    assert response.status_code in {403, 404}
    assert await Municipality.count() == 2


async def test_arrangement_with_members_is_added_and_its_members_changed(web) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    await add_user("beheer@test.vwo", "admin", [], password=PASSWORD)
    await login(web, "beheer@test.vwo")
    form = {"name": "Belasting Samen", "slug": "belasting-samen", "kind": "belastingsamenwerking",
            "legal_form": "gemeenschappelijk_orgaan", "kvk_number": "12345678",
            "member_code": ["GM0363", "GM0363"], "member_joined": ["2020-01-01", ""], "member_left": ["2019-01-01", ""],
            "signatory_name": "D. de Boer", "signatory_role": "voorzitter", "_csrf_token": token(web)}
    wrong = await web.post("/arrangements/new", data=form)
    assert wrong.status_code == 400
    assert field_error(wrong.text, "f-kvk_number")  # no legal person, no KvK number
    assert field_error(wrong.text, "f-member-1-code")  # twice the same municipality
    assert field_error(wrong.text, "f-member-0-left_on")  # left before joining
    fixed = {**form, "kvk_number": "", "member_code": ["GM0363", "GM0599"], "member_left": ["", ""]}
    stored = await web.post("/arrangements/new", data=fixed, follow_redirects=False)
    assert stored.status_code == 303 and stored.headers["location"] == "/arrangements/belasting-samen"
    row = await Arrangement.select().where(Arrangement.slug == "belasting-samen").first()
    assert row["signatory_role"] == "voorzitter"
    shown = await web.get("/arrangements/belasting-samen")
    assert "D. de Boer (voorzitter)" in shown.text and f'href="/arrangements/{row["id"]}/edit"' in shown.text
    assert await Membership.count().where(Membership.arrangement == row["id"]) == 2

    edit = await web.get(f"/arrangements/{row['id']}/edit")
    assert edit.status_code == 200 and 'value="GM0599" selected' in edit.text
    changed = await web.post(f"/arrangements/{row['id']}/edit", data={
        **fixed, "member_code": ["GM0363", ""], "member_joined": ["2020-01-01", ""], "version": "1"},
        follow_redirects=False)
    assert changed.status_code == 303
    assert await Membership.count().where(Membership.arrangement == row["id"]) == 1
