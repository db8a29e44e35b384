from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns.column_types import Varchar
from piccolo.columns.indexes import IndexMethod

ID = "2026-12-03T13:14:05:457439"
VERSION = "1.38.0"
DESCRIPTION = "audit seals"


async def forwards():
    manager = MigrationManager(
        migration_id=ID, app_name="vwo", description=DESCRIPTION
    )

    manager.add_column(
        table_class_name="AuditEvent",
        tablename="vwo_audit_event",
        column_name="hmac",
        db_column_name="hmac",
        column_class_name="Varchar",
        column_class=Varchar,
        params={
            "length": 64,
            "default": "",
            "null": False,
            "primary_key": False,
            "unique": False,
            "index": False,
            "index_method": IndexMethod.btree,
            "choices": None,
            "db_column_name": None,
            "secret": False,
        },
        schema=None,
    )

    return manager
