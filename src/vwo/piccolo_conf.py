"""Piccolo configuration: the engine follows ``VWO_DATABASE_URL`` (SQLite file by default)."""

from __future__ import annotations

from piccolo.conf.apps import AppRegistry
from piccolo.engine.postgres import PostgresEngine
from piccolo.engine.sqlite import SQLiteEngine

from core import ReusingSQLiteEngine, ensure_parent, load_settings

_config = load_settings().database

if _config.engine == "sqlite":
    ensure_parent(_config.path)
    DB: SQLiteEngine | PostgresEngine = ReusingSQLiteEngine(path=_config.path, timeout=30)
else:
    # Plan every statement for its own parameters. asyncpg prepares statements, and after
    # five runs PostgreSQL may switch to one generic plan that guesses blind at a search
    # pattern or a list of codes: a supplier search went from 0.8 to 2.3 ms that way
    # (bench/bench_register.py). Planning takes a tenth of a millisecond.
    DB = PostgresEngine(
        config={**_config.postgres, "server_settings": {"plan_cache_mode": "force_custom_plan"}}
    )

APP_REGISTRY = AppRegistry(
    apps=[
        "vwo.piccolo_app",
        "suppliers.piccolo_app",
        "templates.piccolo_app",
        "contracts.piccolo_app",
    ]
)
