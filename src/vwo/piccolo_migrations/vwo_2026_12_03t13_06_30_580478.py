from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns.column_types import BigInt, Integer, Varchar
from piccolo.columns.indexes import IndexMethod

ID = "2026-12-03T13:06:30:580478"
VERSION = "1.38.0"
DESCRIPTION = "login limit"


async def forwards():
    manager = MigrationManager(
        migration_id=ID, app_name="vwo", description=DESCRIPTION
    )

    manager.add_table(
        class_name="LoginAttempt",
        tablename="vwo_login_attempt",
        schema=None,
        columns=None,
    )

    manager.add_column(
        table_class_name="LoginAttempt",
        tablename="vwo_login_attempt",
        column_name="key",
        db_column_name="key",
        column_class_name="Varchar",
        column_class=Varchar,
        params={
            "length": 300,
            "default": "",
            "null": False,
            "primary_key": False,
            "unique": True,
            "index": True,
            "index_method": IndexMethod.btree,
            "choices": None,
            "db_column_name": None,
            "secret": False,
        },
        schema=None,
    )

    manager.add_column(
        table_class_name="LoginAttempt",
        tablename="vwo_login_attempt",
        column_name="window_start",
        db_column_name="window_start",
        column_class_name="BigInt",
        column_class=BigInt,
        params={
            "default": 0,
            "null": False,
            "primary_key": False,
            "unique": False,
            "index": True,
            "index_method": IndexMethod.btree,
            "choices": None,
            "db_column_name": None,
            "secret": False,
        },
        schema=None,
    )

    manager.add_column(
        table_class_name="LoginAttempt",
        tablename="vwo_login_attempt",
        column_name="attempts",
        db_column_name="attempts",
        column_class_name="Integer",
        column_class=Integer,
        params={
            "default": 0,
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
