from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.table import Table

ID = "2026-11-29T00:30:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "unique KvK per register; append-only audit events"


class Supplier(Table, tablename="supplier"):
    pass


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="suppliers", description=DESCRIPTION)

    async def unique_kvk_per_register():
        # A KvK number appears once per register; a unique index works on SQLite and PostgreSQL.
        await Supplier.raw(
            "CREATE UNIQUE INDEX IF NOT EXISTS supplier_scope_kvk ON supplier (scope, kvk_number)"
        )

    async def append_only_audit():
        # Defence in depth for the hash chain: the database refuses edits of audit events.
        from piccolo.engine.sqlite import SQLiteEngine

        if isinstance(Supplier._meta.db, SQLiteEngine):
            for op in ("UPDATE", "DELETE"):
                await Supplier.raw(
                    f"CREATE TRIGGER IF NOT EXISTS vwo_audit_no_{op.lower()} BEFORE {op} "
                    "ON vwo_audit_event BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"
                )
        else:
            await Supplier.raw(
                "CREATE OR REPLACE FUNCTION vwo_audit_append_only() RETURNS trigger AS $$ "
                "BEGIN RAISE EXCEPTION 'audit events are append-only'; END $$ LANGUAGE plpgsql"
            )
            await Supplier.raw(
                "DROP TRIGGER IF EXISTS vwo_audit_append_only ON vwo_audit_event"
            )
            await Supplier.raw(
                "CREATE TRIGGER vwo_audit_append_only BEFORE UPDATE OR DELETE ON vwo_audit_event "
                "FOR EACH ROW EXECUTE FUNCTION vwo_audit_append_only()"
            )

    manager.add_raw(unique_kvk_per_register)
    manager.add_raw(append_only_audit)

    return manager
