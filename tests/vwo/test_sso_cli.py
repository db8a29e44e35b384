"""`vwo sso add/list/remove/link`, run as an operator runs them."""

from __future__ import annotations

from core import AuditEvent, SsoProvider, add_user
from tests.factories import seed_scope
from tests.vwo.test_cli import vwo

ADD = ["sso", "add", "beekdal", "--issuer", "https://login.beekdal.example/realms/gemeente",
       "--client-id", "vwo-register", "--client-secret-env", "VWO_SSO_BEEKDAL_SECRET"]


async def test_add_list_and_remove_a_provider_of_a_municipality(admin) -> None:  # type: ignore[no-untyped-def]
    await seed_scope(admin, "GM0363")
    added = vwo(*ADD, "--organisation", "GM0363", "--display-name", "Gemeente Beekdal",
                "--map", "fg-team=privacy_officer", "--map", "inkoop=procurement:GM0363", "--domain", "Beekdal.example",
                env={"VWO_SSO_BEEKDAL_SECRET": "geheim-dat-niet-bewaard-wordt"})
    assert added.returncode == 0, added.stderr
    row = await SsoProvider.select().first()
    assert row is not None and row["client_secret_env"] == "VWO_SSO_BEEKDAL_SECRET"  # noqa: S105 - a variable name
    assert "geheim-dat-niet-bewaard-wordt" not in str(row)
    listed = vwo("sso", "list")
    assert "Gemeente Beekdal" in listed.stdout and "fg-team=privacy_officer:GM0363" in listed.stdout
    assert "beekdal.example" in listed.stdout
    assert vwo("sso", "remove", "beekdal").returncode == 0
    assert not await SsoProvider.exists().where(SsoProvider.name == "beekdal")
    actions = [r["action"] for r in await AuditEvent.select(AuditEvent.action).where(
        AuditEvent.entity == "sso_provider").order_by(AuditEvent.seq, ascending=False).limit(2)]
    assert actions == ["delete", "create"]


async def test_a_mapping_outside_the_organisation_is_refused(admin) -> None:  # type: ignore[no-untyped-def]
    await seed_scope(admin, "GM0363")
    await seed_scope(admin, "GM0518")
    outside = vwo(*ADD, "--organisation", "GM0363", "--map", "fg-team=privacy_officer:GM0518")
    assert outside.returncode == 1 and "GM0518 valt buiten GM0363" in outside.stderr
    admin_role = vwo(*ADD, "--organisation", "GM0363", "--map", "ict=admin")
    assert admin_role.returncode == 1 and "geen beheerders" in admin_role.stderr
    assert not await SsoProvider.exists()


async def test_a_hosting_partys_provider_may_grant_several_scopes_and_link_an_account(admin) -> None:  # type: ignore[no-untyped-def]
    await seed_scope(admin, "GM0363")
    await seed_scope(admin, "GM0518")
    added = vwo(*ADD, "--map", "ict=admin", "--map", "fg-a=privacy_officer:GM0363",
                "--map", "fg-b=privacy_officer:GM0518")
    assert added.returncode == 0, added.stderr
    await add_user("fien@beekdal.example", "viewer", ["GM0363"])
    linked = vwo("sso", "link", "beekdal", "--email", "Fien@beekdal.example", "--subject", "abc-123")
    assert linked.returncode == 0, linked.stderr
