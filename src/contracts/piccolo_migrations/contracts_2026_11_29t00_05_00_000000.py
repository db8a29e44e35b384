from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.table import Table

ID = "2026-11-29T00:05:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "a flag is remembered once per user"


class SentFlag(Table, tablename="flag_sent"):
    pass


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="contracts", description=DESCRIPTION)

    async def unique_sent_flag_per_user():
        # Runs after the table exists (the previous migration); works on SQLite and PostgreSQL.
        await SentFlag.raw(
            "CREATE UNIQUE INDEX IF NOT EXISTS flag_sent_user_uid ON flag_sent (\"user\", flag_uid)"
        )

    manager.add_raw(unique_sent_flag_per_user)

    return manager
