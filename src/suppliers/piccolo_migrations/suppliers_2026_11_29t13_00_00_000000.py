import sys

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.table import Table

ID = "2026-11-29T13:00:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "search text of registered suppliers; indexes for the filtered supplier and evidence lists"


class Supplier(Table, tablename="supplier"):
    pass


#: Each serves a list filter measured in bench/bench_register.py: a country filter and a
#: search count from the index alone; a scoped user's filters start at its scopes; a
#: supplier's evidence of one kind is found without walking every item of that kind.
INDEXES = (
    "CREATE INDEX IF NOT EXISTS supplier_country_search ON supplier (country, search_text)",
    "CREATE INDEX IF NOT EXISTS supplier_scope_country_search ON supplier (scope, country, search_text)",
    "CREATE INDEX IF NOT EXISTS evidence_supplier_kind ON evidence (supplier, kind)",
)


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="suppliers", description=DESCRIPTION)

    async def fill_search_text():
        # The column came in the previous migration; suppliers already registered get theirs.
        from suppliers.search import supplier_search_text

        for row in await Supplier.raw("SELECT id, name, kvk_number FROM supplier"):
            await Supplier.raw(
                "UPDATE supplier SET search_text = {} WHERE id = {}", supplier_search_text(row), row["id"]
            )

    async def list_indexes():
        for statement in INDEXES:
            await Supplier.raw(statement)

    async def trigram_search():
        # PostgreSQL: a trigram index lets LIKE '%term%' read matching rows instead of every
        # row. pg_trgm ships with PostgreSQL (contrib) and is a trusted extension; where it is
        # missing or may not be created, search still works, by scanning.
        from piccolo.engine.sqlite import SQLiteEngine

        db = Supplier._meta.db
        if isinstance(db, SQLiteEngine):
            return
        available = await Supplier.raw(
            "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'"
        )
        if not available:
            return
        transaction = db.current_transaction.get()
        savepoint = await transaction.savepoint("trigram") if transaction else None
        try:
            await Supplier.raw("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            await Supplier.raw(
                "CREATE INDEX IF NOT EXISTS supplier_search_trgm ON supplier USING gin (search_text gin_trgm_ops)"
            )
        except Exception as exc:  # no privilege to create the extension: keep scanning
            if savepoint is not None:
                await savepoint.rollback_to()
            # stderr: `vwo serve` migrates with Piccolo's own output silenced
            print(f"pg_trgm not installed ({exc}); supplier search scans the table", file=sys.stderr)

    manager.add_raw(fill_search_text)
    manager.add_raw(list_indexes)
    manager.add_raw(trigram_search)

    return manager
