"""Hostile templates over HTTP: refused with a reason, never stored, never stalling the service."""

from __future__ import annotations

import time

import pytest

from tests.factories import seed_scope
from tests.templates.test_template_api import own_templates, upload, word

NESTED_LOOPS = (
    "{% for a in range(1000) %}{% for b in range(1000) %}{% for c in range(1000) %}"
    "{% endfor %}{% endfor %}{% endfor %}"
)
#: A 1 MB text (within the sandbox's limits) written a thousand times: 1 GB.
MEMORY_HOG = (
    "{% set a = 'x' * 10000 %}{% set b = " + " ~ ".join(["a"] * 100) + " %}"
    "{% for i in range(1000) %}{{ b }}{% endfor %}"
)


@pytest.fixture
async def procurement(admin, make_caller, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VWO_TEMPLATE_SECONDS", "1.5")
    await seed_scope(admin, "GM0363")
    return await make_caller("procurement", ["GM0363"])


@pytest.mark.parametrize(
    ("source", "status", "needle"),
    [
        ("{{ (((9**99)**99)**99)**99 }}", 422, "bits"),
        ("{{ 'x'|center(1500000000) }}", 422, "breedte"),
        ("{% set ns = namespace(s='x') %}{% for i in range(30) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}", 422, "lijst"),
        (NESTED_LOOPS, 422, "seconden"),
        (MEMORY_HOG, 422, "geheugen"),
        ("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}", 422, "zichzelf"),
        ("{{ 'a'|safe }}", 400, "safe"),
    ],
    ids=["power-tower", "center", "doubling", "nested-loops", "memory", "recursive-macro", "safe-filter"],
)
async def test_hostile_template_is_refused_in_seconds_and_not_stored(procurement, monkeypatch, source, status, needle) -> None:  # type: ignore[no-untyped-def]
    if source == MEMORY_HOG:  # give it the time to reach the memory limit
        monkeypatch.setenv("VWO_TEMPLATE_SECONDS", "4")
        monkeypatch.setenv("VWO_TEMPLATE_MEMORY_MB", "160")
    started = time.perf_counter()
    response = await upload(procurement, word(source))
    assert time.perf_counter() - started < 5
    assert response.status_code == status, response.text
    body = response.json()
    assert body["status_code"] == status and body["errors"][0]["field"] == "file"
    assert needle in body["detail"] + " ".join(e["message"] for e in body["errors"])
    assert await own_templates(procurement) == []
