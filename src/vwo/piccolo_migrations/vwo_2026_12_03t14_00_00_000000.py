from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns import JSON, Bytea, Integer, Serial, Text, Timestamptz, Varchar
from piccolo.table import Table

ID = "2026-12-03T14:00:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "web sessions and background jobs in the database, shared by every process"


# The tables as this migration makes them (frozen here: later changes to core.tables
# need a migration of their own). Piccolo writes the engine's own types (BYTEA or BLOB).
class SessionRecord(Table, tablename="vwo_session"):
    key = Varchar(length=128, primary_key=True)
    value = Bytea()
    expires_at = Timestamptz(null=True, default=None, index=True)


class JobRecord(Table, tablename="vwo_job"):
    id = Varchar(length=32, primary_key=True)
    kind = Varchar(length=64)
    owner = Integer(index=True)
    scope = Varchar(length=64, default="")
    params = JSON(default={})
    status = Varchar(length=16, default="queued", index=True)
    done = Integer(default=0)
    total = Integer(default=0)
    message = Text(default="")
    worker = Varchar(length=128, default="")
    heartbeat_at = Timestamptz(null=True, default=None)
    attempts = Integer(default=0)
    created_at = Timestamptz()
    finished_at = Timestamptz(null=True, default=None, index=True)
    result = Bytea(null=True, default=None)
    filename = Varchar(length=200, default="")


class JobStep(Table, tablename="vwo_job_step"):
    id = Serial(primary_key=True)
    job = Varchar(length=32, index=True)
    key = Varchar(length=64)
    made = Varchar(length=64, default="")


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="vwo", description=DESCRIPTION)

    async def shared_state_tables():
        for table in (SessionRecord, JobRecord, JobStep):
            await table.create_table(if_not_exists=True)
        # one record per step: two processes that both think they run a job cannot both do it
        await JobStep.raw("CREATE UNIQUE INDEX IF NOT EXISTS vwo_job_step_job_key ON vwo_job_step (job, key)")

    manager.add_raw(shared_state_tables)
    return manager
