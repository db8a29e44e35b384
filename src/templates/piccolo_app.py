import os

from piccolo.conf.apps import AppConfig

from templates.tables import Template

APP_CONFIG = AppConfig(
    app_name="templates",
    migrations_folder_path=os.path.join(os.path.dirname(__file__), "piccolo_migrations"),
    table_classes=[Template],
    migration_dependencies=["vwo.piccolo_app"],
    commands=[],
)
