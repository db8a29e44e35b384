from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.table import Table

ID = "2026-11-29T12:30:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "a covering index for the flag rules on signed agreements (SQLite)"

#: Raw SQL: every column the dated and assurance rules read of a signed agreement, so
#: SQLite reads them from this index instead of from the wide agreement rows (JSON
#: columns, long texts). PostgreSQL does not get it: it reads those rows with a
#: parallel heap scan and did not use the index when it had one.
INDEX = (
    "CREATE INDEX IF NOT EXISTS flags_agreement_status_terms ON agreement (status, supplier, scope,"
    " end_date, notice_period_months, review_interval_months, last_review_date, start_date, signing_date,"
    " assurance_frequency_months, assurance_required, title)"
)


class Agreement(Table, tablename="agreement"):
    pass


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="contracts", description=DESCRIPTION)

    async def flag_covering_index():
        # Runs after the table exists (the contracts migrations before this one).
        if Agreement._meta.db.engine_type == "sqlite":
            await Agreement.raw(INDEX)

    manager.add_raw(flag_covering_index)

    return manager
