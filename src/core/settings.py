"""Settings, read once from the environment (``VWO_*``)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

DEFAULT_DATABASE_URL = "sqlite:///var/vwo.sqlite"


@dataclass(frozen=True)
class DatabaseConfig:
    engine: str  # "sqlite" or "postgres"
    path: str = ""  # sqlite file
    postgres: dict[str, object] = field(default_factory=dict)


#: The base URL when ``VWO_BASE_URL`` is not set (mail without a request uses it).
DEFAULT_BASE_URL = "http://127.0.0.1:8000"


def public_base_url(settings: Settings, request_base: str) -> str:
    """Where users reach the service, without a trailing slash: ``VWO_BASE_URL`` when it is
    set, otherwise the scheme and host of the request (``request.base_url``), so links work
    whatever port the service listens on."""
    if settings.base_url and settings.base_url != DEFAULT_BASE_URL:
        return settings.base_url.rstrip("/")
    return request_base.rstrip("/")


def parse_database_url(url: str) -> DatabaseConfig:
    """Turn ``sqlite:///PATH`` or ``postgresql://USER@HOST:PORT/DB`` into an engine config."""
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        raw = url[len("sqlite://") :]
        path = raw[1:] if raw.startswith("/") and not raw.startswith("//") else raw
        if raw.startswith("//"):  # sqlite:////abs/path
            path = raw[1:]
        if not path:
            raise ValueError("VWO_DATABASE_URL: sqlite:///PATH needs a file path")
        return DatabaseConfig(engine="sqlite", path=path)
    if parsed.scheme in {"postgres", "postgresql"}:
        config: dict[str, object] = {
            "host": parsed.hostname or "127.0.0.1",
            "port": parsed.port or 5432,
            "user": unquote(parsed.username or "postgres"),
            "database": (parsed.path or "/postgres").lstrip("/") or "postgres",
        }
        if parsed.password:
            config["password"] = unquote(parsed.password)
        return DatabaseConfig(engine="postgres", postgres=config)
    raise ValueError(f"VWO_DATABASE_URL: unsupported scheme {parsed.scheme!r} (use sqlite or postgresql)")


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    #: Certificates expiring within this many days are flagged.
    expiry_horizon_days: int = 90
    #: A type II / TPM report counts this many months after its period ended.
    report_valid_months: int = 12
    #: Breach deadlines above this many hours are weak.
    breach_hours_limit: int = 48
    #: Login attempts allowed per window, per e-mail address and per client.
    login_attempts: int = 5
    login_window_seconds: int = 300
    smtp_url: str = ""
    #: When set, web sessions live in this Redis instead of the database.
    redis_url: str = ""
    base_url: str = DEFAULT_BASE_URL
    #: A running job whose process has not beaten for this long is taken over by another.
    job_stale_seconds: float = 30.0
    #: Finished jobs (and their zips) are kept this long.
    job_retention_hours: int = 24
    #: Pause after each step of a job; for tests that must catch a job halfway.
    job_step_delay: float = 0.0
    #: "all", or "admin-only": local passwords only for break-glass admins, everyone else
    #: signs in through their organisation's provider (core.sso).
    local_login: str = "all"
    #: Seconds a call to an OpenID Connect provider may take before the page says so.
    sso_timeout_seconds: float = 4.0

    @property
    def database(self) -> DatabaseConfig:
        return parse_database_url(self.database_url)


def load_settings() -> Settings:
    env = os.environ
    return Settings(
        database_url=env.get("VWO_DATABASE_URL", DEFAULT_DATABASE_URL),
        expiry_horizon_days=int(env.get("VWO_EXPIRY_HORIZON_DAYS", "90")),
        report_valid_months=int(env.get("VWO_REPORT_VALID_MONTHS", "12")),
        breach_hours_limit=int(env.get("VWO_BREACH_HOURS_LIMIT", "48")),
        login_attempts=int(env.get("VWO_LOGIN_ATTEMPTS", "5")),
        login_window_seconds=int(env.get("VWO_LOGIN_WINDOW_SECONDS", "300")),
        smtp_url=env.get("VWO_SMTP_URL", ""),
        redis_url=env.get("VWO_REDIS_URL", ""),
        base_url=env.get("VWO_BASE_URL", DEFAULT_BASE_URL),
        job_stale_seconds=float(env.get("VWO_JOB_STALE_SECONDS", "30")),
        job_retention_hours=int(env.get("VWO_JOB_RETENTION_HOURS", "24")),
        job_step_delay=float(env.get("VWO_JOB_STEP_DELAY", "0")),
        local_login=_local_login(env.get("VWO_LOCAL_LOGIN", "all")),
        sso_timeout_seconds=float(env.get("VWO_SSO_TIMEOUT", "4")),
    )


LOCAL_LOGIN_CHOICES = ("all", "admin-only")


def _local_login(value: str) -> str:
    if value not in LOCAL_LOGIN_CHOICES:
        raise ValueError(f"VWO_LOCAL_LOGIN: {value!r}; use one of {', '.join(LOCAL_LOGIN_CHOICES)}")
    return value


def ensure_parent(path: str) -> None:
    Path(path).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
