"""An admin keeps users, roles and scopes in the browser; nobody else may."""

from __future__ import annotations

import json

from core.tables import AuditEvent, User
from core.users import add_user
from tests.suppliers.test_register_pages import PASSWORD, login, token, web  # noqa: F401 - the fixture


async def test_admin_adds_a_user_with_scopes_and_changes_the_role(web) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    await add_user("beheer@test.vwo", "admin", [], password=PASSWORD)
    await login(web, "beheer@test.vwo")
    listing = await web.get("/users")
    assert listing.status_code == 200 and "inkoop@test.vwo" in listing.text and 'href="/users"' in listing.text
    wrong = await web.post("/users", data={"email": "nieuw", "role": "board", "_csrf_token": token(web)})
    assert wrong.status_code == 400 and "geldig e-mailadres" in wrong.text
    added = await web.post("/users", data={"email": "Nieuw@Test.vwo", "role": "board", "scopes": ["GM0363", "isd-test"],
                                           "active": "on", "_csrf_token": token(web)}, follow_redirects=False)
    assert added.status_code == 303
    shown = await web.get("/users")
    assert "Gebruiker nieuw@test.vwo is toegevoegd. Eenmalig wachtwoord:" in shown.text
    row = await User.select().where(User.email == "nieuw@test.vwo").first()
    assert row["role"] == "board" and sorted(json.loads(row["scopes"]) if isinstance(row["scopes"], str)
                                             else row["scopes"]) == ["GM0363", "isd-test"]
    changed = await web.post(f"/users/{row['id']}/edit", data={
        "email": "nieuw@test.vwo", "role": "viewer", "scopes": "GM0363", "_csrf_token": token(web)},
        follow_redirects=False)
    assert changed.status_code == 303
    after = await User.select(User.role, User.active).where(User.id == row["id"]).first()
    assert after == {"role": "viewer", "active": False}
    audited = await AuditEvent.select(AuditEvent.actor, AuditEvent.changes).where(
        AuditEvent.entity == "user", AuditEvent.action == "update").order_by(AuditEvent.id, ascending=False).first()
    assert audited is not None and audited["actor"] == "beheer@test.vwo" and "role" in str(audited["changes"])


async def test_unknown_scope_and_self_demotion_are_refused(web) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    await add_user("beheer@test.vwo", "admin", [], password=PASSWORD)
    await login(web, "beheer@test.vwo")
    unknown = await web.post("/users", data={"email": "x@test.vwo", "role": "board", "scopes": "GM9999",
                                             "_csrf_token": token(web)})
    assert unknown.status_code == 400 and "Niet in het register: GM9999" in unknown.text
    me = (await User.select(User.id).where(User.email == "beheer@test.vwo").first())["id"]
    demoted = await web.post(f"/users/{me}/edit", data={"email": "beheer@test.vwo", "role": "viewer",
                                                        "scopes": "GM0363", "_csrf_token": token(web)})
    assert demoted.status_code == 400


async def test_procurement_may_not_see_or_add_users(web) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    await login(web, "inkoop@test.vwo")
    assert (await web.get("/users")).status_code == 403
    refused = await web.post("/users", data={"email": "x@test.vwo", "role": "admin", "_csrf_token": token(web)})
    assert refused.status_code == 403 and await User.count().where(User.email == "x@test.vwo") == 0
