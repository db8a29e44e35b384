"""Providers as data: what a provider may grant, and which role groups give."""

from __future__ import annotations

import pytest

from core import Invalid
from core.sso import Provider, add_provider, grant, parse_mapping
from tests.core.sso.conftest import provider_config, scope_exists


def hosting(*mappings: str) -> Provider:
    return provider_config(
        "https://login.hosting.example", organisation="", mappings=tuple(parse_mapping(m) for m in mappings)
    )


def test_the_strongest_role_wins_with_only_its_own_scopes() -> None:
    provider = hosting("lezers=viewer:GM5678", "inkoop=procurement:GM1234", "fg=privacy_officer:GM1234")
    assert grant(provider, ("lezers", "inkoop")) == ("procurement", ["GM1234"])
    assert grant(provider, ("fg", "inkoop", "lezers")) == ("procurement", ["GM1234"])
    assert grant(provider, ("lezers",)) == ("viewer", ["GM5678"])
    assert grant(provider, ("kantine",)) is None
    assert grant(hosting("ict=admin"), ("ict", "lezers")) == ("admin", [])


def test_a_mapping_is_group_equals_role_and_maybe_scope() -> None:
    assert parse_mapping("cn=fg,ou=groups=privacy_officer:GM1234").group == "cn=fg,ou=groups"
    with pytest.raises(Invalid):
        parse_mapping("fg-team")


async def test_an_organisations_provider_grants_only_that_organisation(clean) -> None:  # type: ignore[no-untyped-def]
    for mappings in (("fg=privacy_officer:GM5678",), ("ict=admin",), ("fg=burgemeester",)):
        with pytest.raises(Invalid):
            await add_provider(provider_config("https://login.beekdal.example", mappings=tuple(
                parse_mapping(m) for m in mappings)), scope_exists)
    stored = await add_provider(provider_config("https://login.beekdal.example/"), scope_exists)
    assert {m.scope for m in stored.mappings} == {"GM1234"} and stored.issuer == "https://login.beekdal.example"


async def test_a_plain_http_issuer_is_only_for_loopback(clean) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(Invalid):
        await add_provider(provider_config("http://login.beekdal.example"), scope_exists)


def test_without_an_email_claim_the_user_principal_name_is_the_address() -> None:
    from core.sso import identity_from_claims

    provider = hosting("fg=privacy_officer:GM1234")
    claims = {"sub": "s-1", "preferred_username": "Fien@Beekdal.example", "groups": ["fg"]}
    assert identity_from_claims(provider, claims).email == "fien@beekdal.example"
    with pytest.raises(Exception, match="onbruikbaar gegeven: email"):
        identity_from_claims(provider, {"sub": "s-1", "preferred_username": "fien", "email": None})
