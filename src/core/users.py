"""Users and API tokens, as the CLI and the login endpoint create them (audited)."""

from __future__ import annotations

import json

from core import audit
from core.auth import ROLES, hash_password_off_loop, new_password, new_token, token_digest, utcnow
from core.db import write_transaction
from core.errors import Conflict, Invalid, NotFound
from core.tables import ApiToken, User

#: Every role but admin sees at least one municipality or arrangement.
NEEDS_SCOPE = "Een gebruiker die geen beheerder is heeft minstens één gemeente of samenwerkingsverband nodig."

async def add_user(
    email: str, role: str, scopes: list[str], actor: str = audit.SYSTEM_ACTOR, password: str | None = None
) -> str:
    """Create a user; returns the password (generated unless given)."""
    email = email.strip().lower()
    if "@" not in email or len(email) > 254:
        raise Invalid({"email": "Geef een geldig e-mailadres."})
    if role not in ROLES:
        raise Invalid({"role": f"Kies een van: {', '.join(ROLES)}."})
    if role != "admin" and not scopes:
        raise Invalid({"scope": NEEDS_SCOPE})
    password = password or new_password()
    password_hash = await hash_password_off_loop(password)
    async with write_transaction():
        if await User.exists().where(User.email == email):
            raise Conflict("email", "Er bestaat al een gebruiker met dit e-mailadres.")
        user = User(
            email=email, role=role, scopes=json.dumps(sorted(set(scopes))),
            password_hash=password_hash, active=True, created_at=utcnow(),
        )
        await User.insert(user)
        await audit.record(
            actor=actor, action="create", entity="user", entity_id=user.id,
            after={"email": email, "role": role, "scopes": sorted(set(scopes))},
        )
    return password


async def issue_token(email: str, label: str = "", actor: str = audit.SYSTEM_ACTOR) -> tuple[str, str]:
    """A new API token for the user; only its SHA-256 is stored. Returns (token, prefix)."""
    token = new_token()
    prefix = token[:12]
    async with write_transaction():
        user = await User.select(User.id).where(User.email == email.strip().lower()).first()
        if user is None:
            raise NotFound("Gebruiker")
        row = ApiToken(
            user=user["id"], token_hash=token_digest(token), prefix=prefix, label=label[:100],
            created_at=utcnow(),
        )
        await ApiToken.insert(row)
        await audit.record(
            actor=actor, action="create", entity="api_token", entity_id=row.id,
            after={"user": email, "prefix": prefix, "label": label},
        )
    return token, prefix


async def revoke_token(token_or_prefix: str, actor: str = audit.SYSTEM_ACTOR) -> int:
    """Revoke by the full token or its prefix; returns how many tokens were revoked."""
    value = token_or_prefix.strip()
    condition = (
        ApiToken.token_hash == token_digest(value) if len(value) > 12 else ApiToken.prefix == value
    )
    async with write_transaction():
        rows = await ApiToken.select(ApiToken.id, ApiToken.prefix).where(
            condition, ApiToken.revoked_at.is_null()
        )
        for row in rows:
            await ApiToken.update({ApiToken.revoked_at: utcnow()}).where(ApiToken.id == row["id"])
            await audit.record(
                actor=actor, action="revoke", entity="api_token", entity_id=row["id"],
                changes={"revoked": [False, True]},
            )
    return len(rows)


async def list_users() -> list[dict[str, object]]:
    """Every user with role, scopes and whether they may log in, by e-mail address."""
    rows = await User.select(User.id, User.email, User.role, User.scopes, User.active).order_by(User.email)
    for row in rows:
        if isinstance(row["scopes"], str):
            row["scopes"] = json.loads(row["scopes"])
    return rows


async def update_user(
    user_id: int, role: str, scopes: list[str], active: bool, actor: str = audit.SYSTEM_ACTOR
) -> dict[str, object]:
    """Change a user's role, scopes and whether they may log in (audited); 404 when unknown."""
    if role not in ROLES:
        raise Invalid({"role": f"Kies een van: {', '.join(ROLES)}."})
    if role != "admin" and not scopes:
        raise Invalid({"scope": NEEDS_SCOPE})
    new = {"role": role, "scopes": sorted(set(scopes)), "active": active}
    async with write_transaction():
        row = await User.select(User.email, User.role, User.scopes, User.active).where(User.id == user_id).first()
        if row is None:
            raise NotFound("Gebruiker")
        old = {"role": row["role"], "scopes": sorted(json.loads(row["scopes"]) if isinstance(row["scopes"], str)
                                                       else row["scopes"]), "active": row["active"]}
        changes = {k: [old[k], v] for k, v in new.items() if old[k] != v}
        if changes:
            await User.update({User.role: role, User.scopes: json.dumps(new["scopes"]), User.active: active}).where(
                User.id == user_id
            )
            await audit.record(actor=actor, action="update", entity="user", entity_id=user_id, changes=changes)
    return {"email": row["email"], **new}
