from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns import JSON, ForeignKey, OnDelete, Serial, Timestamptz, Varchar
from piccolo.table import Table

ID = "2026-12-03T16:05:17:731904"
VERSION = "1.38.0"
DESCRIPTION = "OpenID Connect providers and the identities linked to accounts"


# The tables as this migration makes them (frozen here: later changes to core.tables
# need a migration of their own).
class User(Table, tablename="vwo_user"):
    id = Serial(primary_key=True)


class SsoProvider(Table, tablename="vwo_sso_provider"):
    id = Serial(primary_key=True)
    name = Varchar(length=40, unique=True, index=True)
    issuer = Varchar(length=500)
    client_id = Varchar(length=200)
    client_secret_env = Varchar(length=100)
    organisation = Varchar(length=64, default="")
    display_name = Varchar(length=200)
    groups_claim = Varchar(length=100, default="groups")
    mappings = JSON(default=[])
    domains = JSON(default=[])
    created_at = Timestamptz()


class SsoIdentity(Table, tablename="vwo_sso_identity"):
    id = Serial(primary_key=True)
    user = ForeignKey(references=User, on_delete=OnDelete.cascade, index=True)
    issuer = Varchar(length=500)
    subject = Varchar(length=255)
    name = Varchar(length=200, default="")
    last_login_at = Timestamptz(null=True, default=None)


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="vwo", description=DESCRIPTION)

    async def sso_tables():
        for table in (SsoProvider, SsoIdentity):
            await table.create_table(if_not_exists=True)
        # one account per subject of an issuer
        await SsoIdentity.raw(
            "CREATE UNIQUE INDEX IF NOT EXISTS vwo_sso_identity_issuer_subject ON vwo_sso_identity (issuer, subject)"
        )

    manager.add_raw(sso_tables)
    return manager
