"""From the ID token's claims to an account: who it is, which role the groups give, audited.

Roles are worked out at every login from the provider's groups, so a group change at the
provider takes effect at the next login. Accounts are found by issuer and subject, never by
e-mail address alone; a first login creates the account and its link, unless the address
already belongs to an account, which only an admin may link.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from core import audit
from core.auth import ROLES, Principal, principal_from_row, utcnow
from core.db import write_transaction
from core.sso.errors import SsoFailure
from core.sso.providers import Provider
from core.tables import SsoIdentity, SsoProvider, User

MAX_GROUPS = 500
MAX_GROUP_LENGTH = 256
MAX_NAME_LENGTH = 200
MAX_SUBJECT_LENGTH = 255
#: What an account is left with when its groups no longer give anything: read-only, no scope.
NO_ACCESS_ROLE = "viewer"


@dataclass(frozen=True)
class Identity:
    subject: str
    email: str
    name: str
    groups: tuple[str, ...]


def _text(claims: dict[str, Any], name: str, limit: int, provider: Provider, *, required: bool) -> str:
    value = claims.get(name)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise SsoFailure(400, "claim_malformed", provider.display_name, name)
    if len(value) > limit:
        raise SsoFailure(400, "claim_oversized", provider.display_name)
    return value.strip()


def identity_from_claims(provider: Provider, claims: dict[str, Any]) -> Identity:
    """The claims this register uses, checked for type and size (400 otherwise)."""
    subject = _text(claims, "sub", MAX_SUBJECT_LENGTH, provider, required=True)
    # Entra ID leaves "email" out for accounts without a mailbox: its user principal name then
    address = "email" if "email" in claims or "preferred_username" not in claims else "preferred_username"
    email = _text(claims, address, 254, provider, required=True).lower()
    if "@" not in email or any(c.isspace() for c in email):
        raise SsoFailure(400, "claim_malformed", provider.display_name, "email")
    name = _text(claims, "name", MAX_NAME_LENGTH, provider, required=False)
    groups = claims.get(provider.groups_claim, [])
    if not isinstance(groups, list) or not all(isinstance(g, str) for g in groups):
        raise SsoFailure(400, "claim_malformed", provider.display_name, provider.groups_claim)
    if len(groups) > MAX_GROUPS or any(len(g) > MAX_GROUP_LENGTH for g in groups):
        raise SsoFailure(400, "claim_oversized", provider.display_name)
    return Identity(subject=subject, email=email, name=name, groups=tuple(groups))


def grant(provider: Provider, groups: tuple[str, ...]) -> tuple[str, list[str]] | None:
    """(role, scopes) the groups give, or None when they give nothing.

    The strongest role of the matching mappings wins (in the order of core.auth.ROLES), with
    the scopes of the mappings that give that role: one account has one role, so a weaker
    role's scopes are not lifted to the stronger one.
    """
    matched = [m for m in provider.mappings if m.group in set(groups)]
    if not matched:
        return None
    role = min((m.role for m in matched), key=ROLES.index)
    scopes = sorted({m.scope for m in matched if m.role == role and m.scope})
    return role, ([] if role == "admin" else scopes)


async def refuse(provider: str, reason: str, subject: str = "", email: str = "") -> None:
    """Write a refused sign-in to the audit trail (in the provider's organisation, for its FG)."""
    row = await SsoProvider.select(SsoProvider.organisation).where(SsoProvider.name == provider).first()
    async with write_transaction():
        await audit.record(
            actor=email or "anonymous", action="sso_refused", entity="sso_login", entity_id=provider,
            scope=row["organisation"] if row else "", after={"reason": reason, "subject": subject},
        )


async def sign_in(provider: Provider, identity: Identity) -> Principal:
    """The account for this identity with the role its groups give now (created on first login)."""
    granted = grant(provider, identity.groups)
    if granted is None:
        await _withdraw(provider, identity)
        raise SsoFailure(403, "no_access", provider.display_name)
    role, scopes = granted
    async with write_transaction():
        link = await SsoIdentity.select().where(
            SsoIdentity.issuer == provider.issuer, SsoIdentity.subject == identity.subject
        ).first()
        if link is None:
            user_id = await _first_login(provider, identity, role, scopes)
        else:
            user_id = link["user"]
            await _update_role(provider, user_id, role, scopes)
        await SsoIdentity.update(
            {SsoIdentity.name: identity.name, SsoIdentity.last_login_at: utcnow()}
        ).where(SsoIdentity.issuer == provider.issuer, SsoIdentity.subject == identity.subject)
        row = await User.select().where(User.id == user_id).first()
        if row is None or not row["active"]:
            raise SsoFailure(403, "account_inactive", provider.display_name)
        await audit.record(
            actor=row["email"], action="sso_login", entity="user", entity_id=user_id, scope=provider.organisation,
            after={"provider": provider.name, "subject": identity.subject, "role": role, "scopes": scopes},
        )
    return principal_from_row(row)


async def _withdraw(provider: Provider, identity: Identity) -> None:
    """Groups that give nothing: an existing account keeps no scope (its API tokens see nothing)."""
    async with write_transaction():
        link = await SsoIdentity.select(SsoIdentity.user).where(
            SsoIdentity.issuer == provider.issuer, SsoIdentity.subject == identity.subject
        ).first()
        if link is not None:
            await _update_role(provider, link["user"], NO_ACCESS_ROLE, [])


async def _first_login(provider: Provider, identity: Identity, role: str, scopes: list[str]) -> int:
    if await User.exists().where(User.email == identity.email):
        raise SsoFailure(409, "email_taken", provider.display_name, identity.email)
    user = User(
        email=identity.email, role=role, scopes=json.dumps(scopes), password_hash="",
        active=True, created_at=utcnow(),
    )
    await User.insert(user)
    await SsoIdentity.insert(SsoIdentity(user=user.id, issuer=provider.issuer, subject=identity.subject))
    await audit.record(
        actor=identity.email, action="create", entity="user", entity_id=user.id, scope=provider.organisation,
        after={"email": identity.email, "role": role, "scopes": scopes, "provider": provider.name},
    )
    return int(user.id)


async def _update_role(provider: Provider, user_id: int, role: str, scopes: list[str]) -> None:
    row = await User.select(User.email, User.role, User.scopes).where(User.id == user_id).first()
    if row is None:
        return
    before = row["scopes"] if isinstance(row["scopes"], list) else json.loads(row["scopes"] or "[]")
    if row["role"] == role and sorted(before) == scopes:
        return
    await User.update({User.role: role, User.scopes: json.dumps(scopes)}).where(User.id == user_id)
    await audit.record(
        actor=row["email"], action="role_from_groups", entity="user", entity_id=user_id,
        scope=provider.organisation,
        changes={"role": [row["role"], role], "scopes": [sorted(before), scopes], "provider": [None, provider.name]},
    )
