"""Infrastructure every domain package may use; it imports none of them.

Settings, the database engine and write transactions, prepared queries and CRUD helpers,
principals, roles and scopes, the audit trail, API errors and HTTP helpers, untrusted
files, the clock, background jobs, Dutch formatting and the web shell. Other packages
import these names from ``core``, never from its modules.
"""

from litestar.types import ControllerRouterHandler

from core import audit, clock, crud, db, jobs, readiness, sessions, sso
from core.api import AuditController, health, login
from core.audit_seal import Anchor
from core.auth import (
    ROLE_LABELS,
    SYSTEM,
    Principal,
    ScopeChoices,
    ScopeExists,
    principal_for_user_id,
    principal_from_row,
    require_scope,
    token_digest,
    utcnow,
    write_guard,
)
from core.caching import no_store
from core.cascade import Dependants, also_deleted_with, audit_dependants, holds_scope, scope_holder
from core.clock import AMSTERDAM, today
from core.db import ReusingSQLiteEngine, engine, foreign_key_refused, is_sqlite, with_db, write_transaction
from core.dutch import EMPTY, as_day, datum, months_nl
from core.edge import MULTILINE, check_fields, refuse_malformed_input
from core.errors import (
    ApiError,
    Conflict,
    Incomplete,
    Invalid,
    NotFound,
    PayloadTooLarge,
    Unprocessable,
    check_outcome,
    error_response,
)
from core.files import (
    MB,
    UploadError,
    ZipLimits,
    open_zip,
    parse_xml,
    read_member,
    reproducible_zip,
    safe_xml_parser,
)
from core.http import (
    CHECKED_ERRORS,
    MAX_ID,
    READ_ERRORS,
    UPLOAD_ERRORS,
    WRITE_ERRORS,
    FileUpload,
    IfMatch,
    Paging,
    if_match_version,
    provide_paging,
    provide_user,
    with_etag,
)
from core.isolation import Limits, WorkerLimitExceeded, preload, run_isolated
from core.login_limit import LoginLimit
from core.mail import SmtpConfig, send_all, smtp_config
from core.me import me
from core.prepared import Bound, Condition
from core.readiness import live, ready
from core.settings import Settings, ensure_parent, load_settings, public_base_url
from core.tables import (
    ApiToken,
    AuditEvent,
    JobRecord,
    JobStep,
    LoginAttempt,
    SessionRecord,
    SsoIdentity,
    SsoProvider,
    User,
)
from core.unavailable import database_unavailable
from core.users import add_user, issue_token, revoke_token
from core.web import shell
from core.web.audit_pages import CONTROLLERS as AUDIT_PAGES
from core.web.export import Column, csv_bytes, every_page, export, formula_safe, xlsx_bytes
from core.web.forms import (
    as_list,
    blank_none,
    dutch_message,
    field_errors,
    parse_date,
    submit_form,
    to_struct,
    web_write_guard,
)
from core.web.login import LoginController
from core.web.login_sso import SsoController
from core.web.shell import STATUS_LABELS, MenuEntry, flash, page, secret_key
from core.web.sso_pages import SsoPages
from core.web.user_pages import CONTROLLERS as USER_PAGES

#: The service's own endpoints and pages: health (and liveness, readiness), token login, the audit trail, page login.
CONTROLLERS: list[ControllerRouterHandler] = [
    health, live, ready, login, me, AuditController, LoginController, SsoController, SsoPages,
    *AUDIT_PAGES, *USER_PAGES,
]

__all__ = [
    "AMSTERDAM",
    "CHECKED_ERRORS",
    "CONTROLLERS",
    "EMPTY",
    "MAX_ID",
    "MB",
    "MULTILINE",
    "READ_ERRORS",
    "ROLE_LABELS",
    "STATUS_LABELS",
    "SYSTEM",
    "UPLOAD_ERRORS",
    "WRITE_ERRORS",
    "Anchor",
    "ApiError",
    "ApiToken",
    "AuditEvent",
    "Bound",
    "Column",
    "Condition",
    "Conflict",
    "Dependants",
    "FileUpload",
    "IfMatch",
    "Incomplete",
    "Invalid",
    "JobRecord",
    "JobStep",
    "Limits",
    "LoginAttempt",
    "LoginLimit",
    "MenuEntry",
    "NotFound",
    "Paging",
    "PayloadTooLarge",
    "Principal",
    "ReusingSQLiteEngine",
    "ScopeChoices",
    "ScopeExists",
    "SessionRecord",
    "Settings",
    "SmtpConfig",
    "SsoIdentity",
    "SsoProvider",
    "Unprocessable",
    "UploadError",
    "User",
    "WorkerLimitExceeded",
    "ZipLimits",
    "add_user",
    "also_deleted_with",
    "as_day",
    "as_list",
    "audit",
    "audit_dependants",
    "blank_none",
    "check_fields",
    "check_outcome",
    "clock",
    "crud",
    "csv_bytes",
    "database_unavailable",
    "datum",
    "db",
    "dutch_message",
    "engine",
    "ensure_parent",
    "error_response",
    "every_page",
    "export",
    "field_errors",
    "flash",
    "foreign_key_refused",
    "formula_safe",
    "holds_scope",
    "if_match_version",
    "is_sqlite",
    "issue_token",
    "jobs",
    "load_settings",
    "months_nl",
    "no_store",
    "open_zip",
    "page",
    "parse_date",
    "parse_xml",
    "preload",
    "principal_for_user_id",
    "principal_from_row",
    "provide_paging",
    "provide_user",
    "public_base_url",
    "read_member",
    "readiness",
    "refuse_malformed_input",
    "reproducible_zip",
    "require_scope",
    "revoke_token",
    "run_isolated",
    "safe_xml_parser",
    "scope_holder",
    "secret_key",
    "send_all",
    "sessions",
    "shell",
    "smtp_config",
    "sso",
    "submit_form",
    "to_struct",
    "today",
    "token_digest",
    "utcnow",
    "web_write_guard",
    "with_db",
    "with_etag",
    "write_guard",
    "write_transaction",
    "xlsx_bytes",
]
