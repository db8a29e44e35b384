from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns.column_types import Text, Varchar
from piccolo.columns.indexes import IndexMethod

ID = "2026-12-03T16:20:41:318207"
VERSION = "1.38.0"
DESCRIPTION = "who a municipality or arrangement is in a contract: address, KvK number, signatory"

#: (table class, table, column, class, length): the party clause and Annex I of a
#: generated agreement read these instead of an empty address and "burgemeester".
COLUMNS = (
    ("Municipality", "municipality", "address", Text, None),
    ("Municipality", "municipality", "kvk_number", Varchar, 8),
    ("Municipality", "municipality", "signatory_name", Varchar, 200),
    ("Municipality", "municipality", "signatory_role", Varchar, 200),
    ("Arrangement", "arrangement", "address", Text, None),
    ("Arrangement", "arrangement", "signatory_name", Varchar, 200),
    ("Arrangement", "arrangement", "signatory_role", Varchar, 200),
)


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="suppliers", description=DESCRIPTION)
    for class_name, table, column, column_class, length in COLUMNS:
        nullable = column == "kvk_number"
        params = {
            "default": None if nullable else "",
            "null": nullable,
            "primary_key": False,
            "unique": False,
            "index": False,
            "index_method": IndexMethod.btree,
            "choices": None,
            "db_column_name": None,
            "secret": False,
        }
        if length:
            params["length"] = length
        manager.add_column(
            table_class_name=class_name, tablename=table, column_name=column, db_column_name=column,
            column_class_name=column_class.__name__, column_class=column_class, params=params, schema=None,
        )
    return manager
