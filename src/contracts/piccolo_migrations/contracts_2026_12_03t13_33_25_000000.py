from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.table import Table

ID = "2026-12-03T13:33:25:000000"
VERSION = "1.38.0"
DESCRIPTION = "a warning is marked handled once per controller"


class IncidentWarningHandled(Table, tablename="incident_warning_handled"):
    pass


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="contracts", description=DESCRIPTION)

    async def one_handled_mark_per_warning():
        # Runs after the table exists (the previous migration); works on SQLite and PostgreSQL.
        await IncidentWarningHandled.raw(
            "CREATE UNIQUE INDEX IF NOT EXISTS incident_warning_handled_once"
            " ON incident_warning_handled (incident, scope)"
        )

    manager.add_raw(one_handled_mark_per_warning)

    return manager
