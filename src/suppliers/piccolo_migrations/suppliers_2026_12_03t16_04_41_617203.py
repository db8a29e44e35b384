from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns.column_types import JSON, DoublePrecision, Integer, Text, Timestamptz, Varchar
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.columns.indexes import IndexMethod

ID = "2026-12-03T16:04:41:617203"
VERSION = "1.38.0"
DESCRIPTION = "CPE, purl and ENSIA domains of products; CSAF security advisories"


def _params(**given):
    params = {
        "null": False, "primary_key": False, "unique": False, "index": False,
        "index_method": IndexMethod.btree, "choices": None, "db_column_name": None, "secret": False,
    }
    params.update(given)
    return params


PRODUCT_COLUMNS = (
    ("cpe", Varchar, _params(length=300, default=None, null=True)),
    ("purl", Varchar, _params(length=500, default=None, null=True)),
    ("ensia_domains", JSON, _params(default="[]")),
)

ADVISORY_COLUMNS = (
    ("publisher_namespace", Varchar, _params(length=300, default="")),
    ("publisher_name", Varchar, _params(length=300, default="")),
    ("tracking_id", Varchar, _params(length=200, default="", index=True)),
    ("revision", Varchar, _params(length=50, default="")),
    ("title", Text, _params(default="")),
    ("severity", Varchar, _params(length=32, default="")),
    ("base_score", DoublePrecision, _params(default=None, null=True)),
    ("released_at", Timestamptz, _params(default=None, null=True)),
    ("cves", JSON, _params(default="[]")),
    ("entries", JSON, _params(default="[]")),
    ("document", JSON, _params(default="{}")),
    ("imported_by", Varchar, _params(length=254, default="")),
    ("version", Integer, _params(default=1)),
    ("created_at", Timestamptz, _params(default=TimestamptzNow())),
    ("updated_at", Timestamptz, _params(default=TimestamptzNow())),
)


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="suppliers", description=DESCRIPTION)

    for name, column_class, params in PRODUCT_COLUMNS:
        manager.add_column(
            table_class_name="Product", tablename="product", column_name=name, db_column_name=name,
            column_class_name=column_class.__name__, column_class=column_class, params=params, schema=None,
        )

    manager.add_table(class_name="Advisory", tablename="advisory", schema=None, columns=None)
    for name, column_class, params in ADVISORY_COLUMNS:
        manager.add_column(
            table_class_name="Advisory", tablename="advisory", column_name=name, db_column_name=name,
            column_class_name=column_class.__name__, column_class=column_class, params=params, schema=None,
        )

    return manager
