from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.table import Table

ID = "2026-12-03T16:04:42:000000"
VERSION = "1.38.0"
DESCRIPTION = "one advisory record per publisher and tracking id"


class Advisory(Table, tablename="advisory"):
    pass


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="suppliers", description=DESCRIPTION)

    async def one_record_per_advisory():
        # A publisher's tracking id names one advisory; a newer revision updates its record.
        # (Raw steps run before a migration's tables are made, hence a migration of its own.)
        await Advisory.raw(
            "CREATE UNIQUE INDEX IF NOT EXISTS advisory_publisher_tracking"
            " ON advisory (publisher_namespace, tracking_id)"
        )

    manager.add_raw(one_record_per_advisory)
    return manager
