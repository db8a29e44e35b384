"""Piccolo configuration: the engine follows ``VWO_DATABASE_URL`` (SQLite file by default)."""

from __future__ import annotations

from piccolo.conf.apps import AppRegistry
from piccolo.engine.postgres import PostgresEngine
from piccolo.engine.sqlite import SQLiteEngine

from vwo.db import ReusingSQLiteEngine
from vwo.settings import ensure_parent, load_settings

_config = load_settings().database

if _config.engine == "sqlite":
    ensure_parent(_config.path)
    DB: SQLiteEngine | PostgresEngine = ReusingSQLiteEngine(path=_config.path, timeout=30)
else:
    DB = PostgresEngine(config=dict(_config.postgres))

APP_REGISTRY = AppRegistry(
    apps=[
        "vwo.piccolo_app",
        "suppliers.piccolo_app",
        "templates.piccolo_app",
        "contracts.piccolo_app",
    ]
)
