"""Users, API tokens, the audit trail; web sessions and background jobs that every process shares."""

from __future__ import annotations

from piccolo.columns import (
    JSON,
    BigInt,
    Boolean,
    Bytea,
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


class SessionRecord(Table, tablename="vwo_session"):
    """A web session (or any key of the shared store), readable by every service process."""

    #: The store's key: the session ID from the cookie.
    key = Varchar(length=128, primary_key=True)
    #: The serialised session, as Litestar hands it over.
    value = Bytea()
    #: When the session lapses (UTC); null: never. Expired rows are deleted now and then.
    expires_at = Timestamptz(null=True, default=None, index=True)


class JobRecord(Table, tablename="vwo_job"):
    """Background work any process may run and any process may report on."""

    #: Random, URL-safe; the ID in /api/v1/jobs/{id}.
    id = Varchar(length=32, primary_key=True)
    #: Which handler runs it (core.jobs.register).
    kind = Varchar(length=64)
    #: ID of the user who started it; only they see it.
    owner = Integer(index=True)
    #: CBS code or slug the job is about.
    scope = Varchar(length=64, default="")
    #: What the handler needs to know (JSON).
    params = JSON(default={})
    #: queued, running, done or failed.
    status = Varchar(length=16, default="queued", index=True)
    #: Steps done out of total.
    done = Integer(default=0)
    total = Integer(default=0)
    #: Why it failed.
    message = Text(default="")
    #: The process running it (host:pid:random); "" when queued.
    worker = Varchar(length=128, default="")
    #: Last sign of life of that process; a running job whose heartbeat is stale is taken over.
    heartbeat_at = Timestamptz(null=True, default=None)
    #: Times a process took it on.
    attempts = Integer(default=0)
    created_at = Timestamptz()
    finished_at = Timestamptz(null=True, default=None, index=True)
    #: The result (a zip), kept for the retention period.
    result = Bytea(null=True, default=None)
    filename = Varchar(length=200, default="")


class JobStep(Table, tablename="vwo_job_step"):
    """A step of a job that is done for good, so a retry skips it (unique per job and key)."""

    id: Serial
    job = Varchar(length=32, index=True)
    #: What the step did, e.g. the agreement ID.
    key = Varchar(length=64)
    #: What it made, e.g. the document ID.
    made = Varchar(length=64, default="")


class SsoProvider(Table, tablename="vwo_sso_provider"):
    """An OpenID Connect provider users may sign in with (core.sso)."""

    id: Serial
    #: Short name in the URLs (/auth/oidc/{name}/login); lower-case letters, digits, dashes.
    name = Varchar(length=40, unique=True, index=True)
    #: The issuer URL; its discovery document is {issuer}/.well-known/openid-configuration.
    issuer = Varchar(length=500)
    client_id = Varchar(length=200)
    #: Name of the environment variable holding the client secret; the secret is never stored.
    client_secret_env = Varchar(length=100)
    #: CBS code or arrangement slug the provider is bound to; "" for the whole register.
    organisation = Varchar(length=64, default="")
    #: Shown on the login button ("Inloggen met {display_name}").
    display_name = Varchar(length=200)
    #: The ID-token claim holding the user's groups.
    groups_claim = Varchar(length=100, default="groups")
    #: JSON list of {"group", "role", "scope"}: what membership of a group grants.
    mappings = JSON(default=[])
    #: JSON list of e-mail domains whose users this provider signs in (home-realm discovery).
    domains = JSON(default=[])
    created_at = Timestamptz()


class SsoIdentity(Table, tablename="vwo_sso_identity"):
    """Links an account to a provider's subject: accounts are found by issuer and subject, never by e-mail."""

    id: Serial
    user = ForeignKey(references=User, on_delete=OnDelete.cascade, index=True)
    issuer = Varchar(length=500)
    #: The provider's "sub" for this user.
    subject = Varchar(length=255)
    #: The name from the last login's "name" claim.
    name = Varchar(length=200, default="")
    last_login_at = Timestamptz(null=True, default=None)
