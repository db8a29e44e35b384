"""Hostile templates over HTTP: refused with a reason, never stored, never stalling the service."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
    within = 6.0
    if source == MEMORY_HOG:  # time enough to reach the memory limit, even on a busy machine
        monkeypatch.setenv("VWO_TEMPLATE_SECONDS", "15")
        monkeypatch.setenv("VWO_TEMPLATE_MEMORY_MB", "128")
        within = 16.0
    started = time.perf_counter()
    response = await upload(procurement, word(source))
    assert time.perf_counter() - started < within
    assert response.status_code == status, response.text
    body = response.json()
    assert body["status_code"] == status and body["errors"][0]["field"] == "file"
    assert needle in body["detail"] + " ".join(e["message"] for e in body["errors"])
    assert await own_templates(procurement) == []


# -- fuzzing: random Jinja built from the constructs attackers reach for -------------------
_NUMBERS = st.one_of(st.integers(-1000, 1000), st.sampled_from([99, 999, 10_000, 10**6, 10**9, 1_500_000_000]))
_TEXT = st.text(alphabet="ax %*{}:>09.-", max_size=6).map(lambda s: f"'{s}'")
_NAMES = st.sampled_from(
    ["agreement.title", "supplier.name", "subprocessors", "members", "controller.name", "agreement.reference"]
)
_ATOMS = st.one_of(_NUMBERS.map(str), _TEXT, _NAMES, _NUMBERS.map(lambda n: f"range({n})"))
_FILTERS = st.sampled_from(
    [
        "center({n})", "indent({n})", "format({n})", "format({e})", "replace({e}, {e})", "batch({n})",
        "slice({n})", "join({e})", "list", "length", "upper", "wordwrap({n})", "truncate({n})", "string",
        "safe", "int", "sum", "first", "default({e})", "datum", "opsomming",
    ]
)
_OPERATORS = st.sampled_from(["+", "-", "*", "**", "/", "//", "%", "~"])
_METHODS = st.sampled_from(["ljust({n})", "center({n})", "format({e})", "replace({e}, {e})", "zfill({n})", "split()"])


def _expressions() -> st.SearchStrategy[str]:
    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        def fill(template: str, left: str, right: str, number: int) -> str:
            return template.replace("{e}", right).replace("{n}", str(number)).replace("LEFT", left)

        binary = st.tuples(inner, _OPERATORS, inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})")
        filtered = st.builds(lambda f, a, b, n: fill(f"(LEFT)|{f}", a, b, n), _FILTERS, inner, inner, _NUMBERS)
        method = st.builds(lambda m, a, b, n: fill(f"(LEFT).{m}", a, b, n), _METHODS, inner, inner, _NUMBERS)
        return st.one_of(binary, filtered, method)

    return st.recursive(_ATOMS, extend, max_leaves=6)


def _statements() -> st.SearchStrategy[str]:
    expr = _expressions()
    return st.recursive(
        expr.map(lambda e: "{{ " + e + " }}"),
        lambda inner: st.one_of(
            st.tuples(expr, inner).map(lambda t: "{% for x in " + t[0] + " %}" + t[1] + "{% endfor %}"),
            st.tuples(expr, inner).map(lambda t: "{% if " + t[0] + " %}" + t[1] + "{% endif %}"),
            st.tuples(expr, inner).map(
                lambda t: "{% set ns = namespace(v=" + t[0] + ") %}{% for i in range(30) %}"
                "{% set ns.v = ns.v ~ ns.v %}{% endfor %}" + t[1]
            ),
            inner.map(lambda s: "{% macro m(n) %}" + s + "{{ m(n) }}{% endmacro %}{{ m(1) }}"),
            st.lists(inner, min_size=2, max_size=3).map("".join),
        ),
        max_leaves=4,
    )


@settings(
    max_examples=50, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(source=_statements())
async def test_fuzzed_templates_never_cause_a_server_error_or_overrun(procurement, source: str) -> None:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    response = await upload(procurement, word(source))
    elapsed = time.perf_counter() - started
    assert response.status_code < 500, (source, response.text)
    assert elapsed < 1.5 + 4, (source, elapsed)
    if response.status_code != 201:
        body = response.json()
        assert body["status_code"] == response.status_code and body["errors"][0]["field"] == "file", source
