import os

from piccolo.conf.apps import AppConfig

from suppliers.tables import (
    Advisory,
    Arrangement,
    Evidence,
    EvidenceFile,
    Membership,
    Municipality,
    Product,
    ProductUsage,
    SubprocessorLink,
    Supplier,
)

APP_CONFIG = AppConfig(
    app_name="suppliers",
    migrations_folder_path=os.path.join(os.path.dirname(__file__), "piccolo_migrations"),
    table_classes=[
        Municipality,
        Arrangement,
        Membership,
        Supplier,
        Product,
        ProductUsage,
        SubprocessorLink,
        Evidence,
        EvidenceFile,
        Advisory,
    ],
    migration_dependencies=["vwo.piccolo_app"],
    commands=[],
)
