"""Users, API tokens and the audit trail."""

from __future__ import annotations

from piccolo.columns import (
    JSON,
    BigInt,
    Boolean,
    ForeignKey,
    Integer,
    OnDelete,
    Serial,
    Text,
    Timestamptz,
    Varchar,
)
from piccolo.table import Table


class User(Table, tablename="vwo_user"):
    id: Serial
    #: Login name; unique, stored lower-case.
    email = Varchar(length=254, unique=True, index=True)
    #: One of core.auth.ROLES.
    role = Varchar(length=32)
    #: JSON list of CBS codes and arrangement slugs this user may see.
    scopes = JSON(default=[])
    #: Argon2id hash of the password.
    password_hash = Text()
    active = Boolean(default=True)
    created_at = Timestamptz()


class ApiToken(Table, tablename="vwo_api_token"):
    id: Serial
    user = ForeignKey(references=User, on_delete=OnDelete.cascade, index=True)
    #: SHA-256 of the token; the token itself is shown once and never stored.
    token_hash = Varchar(length=64, unique=True, index=True)
    #: First characters of the token, so a user can tell tokens apart.
    prefix = Varchar(length=12)
    label = Varchar(length=100, default="")
    created_at = Timestamptz()
    revoked_at = Timestamptz(null=True, default=None)


class AuditEvent(Table, tablename="vwo_audit_event"):
    id: Serial
    #: Position in the chain, 1-based, without gaps.
    seq = Integer(unique=True, index=True)
    at = Timestamptz()
    #: E-mail of the user (or "system" for the CLI).
    actor = Varchar(length=254)
    #: create, update, delete, transition, ...
    action = Varchar(length=32)
    entity = Varchar(length=64, index=True)
    entity_id = Varchar(length=64, index=True)
    #: CBS code or slug the record belongs to; "" for global records.
    scope = Varchar(length=64, index=True, default="")
    #: {field: [before, after]} for the fields that changed.
    changes = JSON(default={})
    #: SHA-256 of the previous event ("" for the first).
    prev_hash = Varchar(length=64)
    #: SHA-256 of this event's canonical content, prev_hash included.
    hash = Varchar(length=64)
    #: HMAC-SHA256 of ``hash`` under the audit key (core.audit_seal); "" for the events
    #: written before seals existed.
    hmac = Varchar(length=64, default="")


class LoginAttempt(Table, tablename="vwo_login_attempt"):
    """Login attempts per key in the current window: the login limit, shared by every process."""

    id: Serial
    #: "email:<address>" or "client:<address>".
    key = Varchar(length=300, unique=True, index=True)
    #: Unix time (seconds) at which the current window began.
    window_start = BigInt(index=True)
    #: Attempts in the window, the ones still being checked included.
    attempts = Integer(default=0)
