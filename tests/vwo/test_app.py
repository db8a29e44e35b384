"""How the app is put together for serving: the startup heap leaves the collector's view."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import gc
from litestar.testing import TestClient
from vwo.app import {factory}

with TestClient(app={factory}()) as client:
    assert client.get("/health").status_code == 200
    print(gc.get_freeze_count())
"""


def _frozen_after_startup(factory: str) -> int:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(factory=factory)],
        capture_output=True, text=True, timeout=120, env={**os.environ},
    )
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip().splitlines()[-1])


def test_the_served_app_freezes_what_startup_built() -> None:
    assert _frozen_after_startup("serving_app") > 10_000


def test_the_plain_app_leaves_the_collector_alone() -> None:
    # Tests build many apps in one process: freezing there would keep every old one alive.
    assert _frozen_after_startup("create_app") == 0


async def test_unknown_addresses_answer_in_dutch(app_client) -> None:  # type: ignore[no-untyped-def]
    api = await app_client.get("/api/v1/bestaat-niet")
    assert api.status_code == 404 and api.json()["detail"].startswith("Deze pagina of dit gegeven bestaat niet")
    page = await app_client.get("/bestaat-niet")
    assert page.status_code == 404 and "Niet gevonden" in page.text and "Not Found" not in page.text
