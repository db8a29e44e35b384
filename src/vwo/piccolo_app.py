import os

from piccolo.conf.apps import AppConfig

from core import (
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

APP_CONFIG = AppConfig(
    app_name="vwo",
    migrations_folder_path=os.path.join(os.path.dirname(__file__), "piccolo_migrations"),
    table_classes=[
        User, ApiToken, AuditEvent, LoginAttempt, SessionRecord, JobRecord, JobStep, SsoProvider, SsoIdentity,
    ],
    migration_dependencies=[],
    commands=[],
)
