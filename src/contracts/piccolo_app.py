import os

from piccolo.conf.apps import AppConfig

from contracts.flag_tables import CalendarToken, HandledFlag, SentFlag
from contracts.inbox import InboxItem
from contracts.incident_tables import Incident, IncidentProduct, IncidentWarningHandled
from contracts.processing.tables import ActivityAgreement, ProcessingActivity, RightsRequest, RightsTask
from contracts.tables import (
    Agreement,
    AgreementProduct,
    AgreementSubprocessor,
    Document,
    Finding,
    Scan,
    Transition,
)

APP_CONFIG = AppConfig(
    app_name="contracts",
    migrations_folder_path=os.path.join(os.path.dirname(__file__), "piccolo_migrations"),
    table_classes=[Agreement, AgreementProduct, AgreementSubprocessor, Transition, Document, Scan, Finding,
                   CalendarToken, SentFlag, Incident, IncidentProduct, IncidentWarningHandled,
                   ProcessingActivity, ActivityAgreement, RightsRequest, RightsTask,
                   InboxItem, HandledFlag],
    migration_dependencies=["suppliers.piccolo_app", "templates.piccolo_app"],
    commands=[],
)
