from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns import ForeignKey, OnDelete, Serial, Text, Timestamptz, Varchar
from piccolo.table import Table

ID = "2026-12-03T16:10:41:318207"
VERSION = "1.38.0"
DESCRIPTION = "each user's inbox, and flags marked handled with the fingerprint of their cause"


class User(Table, tablename="vwo_user"):
    id = Serial(primary_key=True)


# The tables as this migration makes them (frozen here: later changes need a migration of
# their own). Piccolo writes each engine's own types.
class InboxItem(Table, tablename="inbox_item"):
    id = Serial(primary_key=True)
    user = ForeignKey(references=User, on_delete=OnDelete.cascade, index=True)
    kind = Varchar(length=32)
    subject = Varchar(length=500)
    remark = Text(default="")
    link = Varchar(length=300)
    actor = Varchar(length=254, default="")
    flag_uid = Varchar(length=200, default="")
    created_at = Timestamptz()
    read_at = Timestamptz(null=True, default=None)
    mailed_at = Timestamptz(null=True, default=None)


class HandledFlag(Table, tablename="flag_handled"):
    id = Serial(primary_key=True)
    flag_uid = Varchar(length=200)
    controller = Varchar(length=64, index=True)
    fingerprint = Varchar(length=64)
    handled_by = Varchar(length=254)
    handled_at = Timestamptz()


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="contracts", description=DESCRIPTION)

    async def inbox_and_handled_flags():
        for table in (InboxItem, HandledFlag):
            await table.create_table(if_not_exists=True)
        # a critical flag arrives once per user; a flag is handled once per controller
        await InboxItem.raw(
            "CREATE UNIQUE INDEX IF NOT EXISTS inbox_item_flag_once ON inbox_item (\"user\", flag_uid)"
            " WHERE flag_uid <> ''"
        )
        await HandledFlag.raw(
            "CREATE UNIQUE INDEX IF NOT EXISTS flag_handled_once ON flag_handled (flag_uid, controller)"
        )

    manager.add_raw(inbox_and_handled_flags)
    return manager
