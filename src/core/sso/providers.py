"""OpenID Connect providers as data: add, list, remove, and link an existing account (audited).

A provider bound to an organisation (a municipality's CBS code or an arrangement's slug) grants
only that organisation's scope, and never the admin role; a provider for the whole register
(a hosting party's) may grant any scope that exists, and admin.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from core import audit
from core.auth import ROLES, ScopeExists, utcnow
from core.db import write_transaction
from core.errors import Conflict, Invalid, NotFound
from core.tables import SsoIdentity, SsoProvider, User

NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
ENV_VAR = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,99}$")
DOMAIN = re.compile(r"^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@dataclass(frozen=True)
class Mapping:
    """Members of ``group`` get ``role`` on ``scope`` ("" for an admin of the whole register)."""

    group: str
    role: str
    scope: str = ""

    def as_text(self) -> str:
        return f"{self.group}={self.role}" + (f":{self.scope}" if self.scope else "")


@dataclass(frozen=True)
class Provider:
    name: str
    issuer: str
    client_id: str
    client_secret_env: str
    display_name: str
    organisation: str = ""
    groups_claim: str = "groups"
    mappings: tuple[Mapping, ...] = ()
    domains: tuple[str, ...] = ()

    def client_secret(self) -> str:
        """The secret, from the environment variable the provider names (never stored)."""
        return os.environ.get(self.client_secret_env, "")


def parse_mapping(text: str) -> Mapping:
    """``GROUP=ROLE[:SCOPE]``; the group may itself contain "=" (the last one splits)."""
    group, sep, grant = text.strip().rpartition("=")
    role, _, scope = grant.partition(":")
    if not sep or not group.strip() or not role.strip():
        raise Invalid({"map": f"{text!r}: schrijf GROEP=ROL of GROEP=ROL:SCOPE."})
    return Mapping(group.strip(), role.strip(), scope.strip())


def _valid_issuer(issuer: str) -> bool:
    parsed = urlparse(issuer)
    if not parsed.hostname or parsed.query or parsed.fragment:
        return False
    return parsed.scheme == "https" or (parsed.scheme == "http" and parsed.hostname in LOOPBACK)


async def _checked_mappings(provider: Provider, scope_exists: ScopeExists) -> tuple[Mapping, ...]:
    """The mappings with the organisation filled in; Invalid when one grants outside it."""
    checked = []
    for mapping in provider.mappings:
        where = f"map {mapping.as_text()}"
        if mapping.role not in ROLES:
            raise Invalid({where: f"Onbekende rol {mapping.role!r}; kies een van: {', '.join(ROLES)}."})
        if len(mapping.group) > 256:
            raise Invalid({where: "Een groepsnaam is hoogstens 256 tekens."})
        if provider.organisation:
            if mapping.role == "admin":
                raise Invalid({where: (
                    f"Een provider van {provider.organisation} mag geen beheerders maken: beheerders "
                    "zien het hele register."
                )})
            if mapping.scope not in {"", provider.organisation}:
                raise Invalid({where: (
                    f"De scope {mapping.scope} valt buiten {provider.organisation}: een provider van een "
                    "organisatie geeft alleen toegang tot die organisatie."
                )})
            mapping = Mapping(mapping.group, mapping.role, provider.organisation)
        elif mapping.role == "admin":
            mapping = Mapping(mapping.group, "admin", "")
        elif not mapping.scope:
            raise Invalid({where: "Geef een scope (CBS-code of slug): GROEP=ROL:SCOPE."})
        elif not await scope_exists(mapping.scope):
            raise Invalid({where: f"De scope {mapping.scope} staat niet in het register."})
        checked.append(mapping)
    return tuple(checked)


async def _validated(provider: Provider, scope_exists: ScopeExists) -> Provider:
    errors: dict[str, str] = {}
    if not NAME.match(provider.name):
        errors["name"] = "Kleine letters, cijfers en streepjes, hoogstens 40 tekens."
    if not _valid_issuer(provider.issuer) or len(provider.issuer) > 500:
        errors["issuer"] = "Geef de https-URL van de issuer (zonder ? of #)."
    if not provider.client_id.strip() or len(provider.client_id) > 200:
        errors["client_id"] = "Geef de client-ID (hoogstens 200 tekens)."
    if not ENV_VAR.match(provider.client_secret_env):
        errors["client_secret_env"] = "Geef de naam van een omgevingsvariabele, zoals VWO_SSO_BEEKDAL_SECRET."  # noqa: S105
    if not provider.groups_claim.strip() or len(provider.groups_claim) > 100:
        errors["groups_claim"] = "Geef de claim met de groepen (hoogstens 100 tekens)."
    if len(provider.display_name) > 200:
        errors["display_name"] = "Hoogstens 200 tekens."
    bad_domains = [d for d in provider.domains if not DOMAIN.match(d)]
    if bad_domains:
        errors["domain"] = f"Geen geldig domein: {', '.join(bad_domains)}."
    if provider.organisation and not await scope_exists(provider.organisation):
        errors["organisation"] = f"{provider.organisation} staat niet in het register."
    if errors:
        raise Invalid(errors)
    return Provider(
        name=provider.name, issuer=provider.issuer.rstrip("/"), client_id=provider.client_id.strip(),
        client_secret_env=provider.client_secret_env, organisation=provider.organisation,
        display_name=provider.display_name.strip() or provider.name, groups_claim=provider.groups_claim.strip(),
        mappings=await _checked_mappings(provider, scope_exists), domains=provider.domains,
    )


def _from_row(row: dict[str, Any]) -> Provider:
    mappings = row["mappings"]
    domains = row["domains"]
    mappings = json.loads(mappings) if isinstance(mappings, str) else mappings
    domains = json.loads(domains) if isinstance(domains, str) else domains
    return Provider(
        name=row["name"], issuer=row["issuer"], client_id=row["client_id"],
        client_secret_env=row["client_secret_env"], display_name=row["display_name"],
        organisation=row["organisation"], groups_claim=row["groups_claim"],
        mappings=tuple(Mapping(m["group"], m["role"], m.get("scope", "")) for m in mappings or []),
        domains=tuple(domains or []),
    )


def _as_record(provider: Provider) -> dict[str, Any]:
    """What the audit trail keeps of a provider (the secret's variable name, never a secret)."""
    return {
        "name": provider.name, "issuer": provider.issuer, "client_id": provider.client_id,
        "client_secret_env": provider.client_secret_env, "organisation": provider.organisation,
        "display_name": provider.display_name, "groups_claim": provider.groups_claim,
        "mappings": [m.as_text() for m in provider.mappings], "domains": list(provider.domains),
    }


async def add_provider(provider: Provider, scope_exists: ScopeExists, actor: str = audit.SYSTEM_ACTOR) -> Provider:
    """Store a provider after checking it; Invalid or Conflict (nothing stored) otherwise."""
    provider = await _validated(
        Provider(**{**provider.__dict__, "domains": tuple(sorted({d.strip().lower() for d in provider.domains}))}),
        scope_exists,
    )
    async with write_transaction():
        if await SsoProvider.exists().where(SsoProvider.name == provider.name):
            raise Conflict("name", f"Er is al een provider {provider.name}.")
        taken = {d for p in await list_providers() for d in p.domains} & set(provider.domains)
        if taken:
            raise Conflict("domain", f"Het domein {', '.join(sorted(taken))} hoort al bij een andere provider.")
        record = _as_record(provider)
        row = SsoProvider(
            **{k: v for k, v in record.items() if k not in {"mappings", "domains"}},
            mappings=json.dumps([m.__dict__ for m in provider.mappings]),
            domains=json.dumps(list(provider.domains)), created_at=utcnow(),
        )
        await SsoProvider.insert(row)
        await audit.record(
            actor=actor, action="create", entity="sso_provider", entity_id=provider.name,
            scope=provider.organisation, after=record,
        )
    return provider


async def list_providers() -> list[Provider]:
    return [_from_row(row) for row in await SsoProvider.select().order_by(SsoProvider.name)]


async def get_provider(name: str) -> Provider | None:
    row = await SsoProvider.select().where(SsoProvider.name == name).first()
    return _from_row(row) if row else None


async def remove_provider(name: str, actor: str = audit.SYSTEM_ACTOR) -> None:
    """Remove a provider; its users' links stay, so the same provider added again finds them."""
    async with write_transaction():
        provider = await get_provider(name)
        if provider is None:
            raise NotFound("Provider")
        await SsoProvider.delete().where(SsoProvider.name == name)
        await audit.record(
            actor=actor, action="delete", entity="sso_provider", entity_id=name,
            scope=provider.organisation, before=_as_record(provider),
        )


async def link_account(name: str, email: str, subject: str, actor: str = audit.SYSTEM_ACTOR) -> None:
    """Link an existing (local) account to a provider's subject: only an admin does this."""
    provider = await get_provider(name)
    if provider is None:
        raise NotFound("Provider")
    subject = subject.strip()
    if not subject or len(subject) > 255:
        raise Invalid({"subject": "Geef de subject (sub) van de gebruiker bij de provider."})
    async with write_transaction():
        user = await User.select(User.id).where(User.email == email.strip().lower()).first()
        if user is None:
            raise NotFound("Gebruiker")
        if await SsoIdentity.exists().where(SsoIdentity.issuer == provider.issuer, SsoIdentity.subject == subject):
            raise Conflict("subject", "Deze subject is al aan een account gekoppeld.")
        row = SsoIdentity(user=user["id"], issuer=provider.issuer, subject=subject)
        await SsoIdentity.insert(row)
        await audit.record(
            actor=actor, action="link", entity="sso_identity", entity_id=row.id,
            after={"user": email.strip().lower(), "issuer": provider.issuer, "subject": subject},
        )
