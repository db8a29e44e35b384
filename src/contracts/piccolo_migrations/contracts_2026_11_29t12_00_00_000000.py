from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.table import Table

ID = "2026-11-29T12:00:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "indexes for the flag engine"

#: Raw SQL, valid on SQLite and PostgreSQL; each index is named after what it serves.
INDEXES = (
    # Evidence of a supplier and kind with the dates that decide whether it counts:
    # "not outlasted" (certificates, reports) and "covers the required assurance" are
    # answered from the index alone.
    "CREATE INDEX IF NOT EXISTS flags_evidence_supplier_kind"
    " ON evidence (supplier, kind, valid_until, period_end, issued_on, standard_version)",
    # Missing agreements: the agreements covering a product, then their status and scope.
    "CREATE INDEX IF NOT EXISTS flags_agreement_product_product ON agreement_product (product, agreement)",
    "CREATE INDEX IF NOT EXISTS flags_agreement_status_scope ON agreement (status, scope)",
    # Objection terms: the shortest notice of a supplier's general authorisations.
    "CREATE INDEX IF NOT EXISTS flags_agreement_supplier_authorisation"
    " ON agreement (supplier, subprocessor_authorisation, status, subprocessor_notice_days)",
)


class Agreement(Table, tablename="agreement"):
    pass


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="contracts", description=DESCRIPTION)

    async def flag_indexes():
        # Runs after the tables exist (suppliers and contracts migrations before this one).
        for statement in INDEXES:
            await Agreement.raw(statement)

    manager.add_raw(flag_indexes)

    return manager
