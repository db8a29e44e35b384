"""Input refused at the edge (issue 13, findings 4 and 6): control characters, deep JSON,
dates out of range. Swept over every write operation and every query parameter of the
OpenAPI document, and over every request body the app decodes; nothing is stored."""

from __future__ import annotations

import datetime as dt
from typing import Any

import msgspec
import pytest

from core.edge import DATE_MESSAGE, LATEST_DATE, json_depth_exceeds
from core.errors import Invalid
from core.tables import AuditEvent
from suppliers.schemas import Input
from tests import factories
from vwo.app import create_app

DOCUMENT = create_app().openapi_schema.to_schema()
WRITE_METHODS = ("post", "put", "patch", "delete")


def _operations(methods: tuple[str, ...]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, operation)
        for path, item in DOCUMENT["paths"].items()
        for method, operation in item.items()
        if method in methods
    ]


def _json_bodies() -> list[tuple[str, str, str]]:
    """(method, path, a string property of the body) for every write taking JSON."""
    found = []
    schemas = DOCUMENT["components"]["schemas"]
    for method, path, operation in _operations(WRITE_METHODS):
        content = operation.get("requestBody", {}).get("content", {})
        if "application/json" not in content:
            continue
        schema = content["application/json"]["schema"]
        if "$ref" in schema:
            schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
        names = [n for n, p in schema.get("properties", {}).items() if "string" in str(p)]
        found.append((method, path, names[0] if names else "name"))
    return found


def _concrete(path: str) -> str:
    """Path parameters filled with something plausible (the refusal comes before any lookup)."""
    parts = []
    for part in path.split("/"):
        if part.startswith("{"):
            part = "GM0363" if "code" in part else "isd-test" if "slug" in part else "1"
        parts.append(part)
    return "/".join(parts)


async def _last_seq() -> int:
    row = await AuditEvent.select(AuditEvent.seq).order_by(AuditEvent.seq, ascending=False).first()
    return row["seq"] if row else 0


def _assert_refused(response: Any, field: str) -> None:
    assert response.status_code == 400, response.text
    body = response.json()
    assert set(body) == {"status_code", "detail", "errors"}
    assert field in [e["field"] for e in body["errors"]], body


JSON_WRITES = _json_bodies()


def test_the_sweep_covers_the_write_api() -> None:
    paths = {path for _, path, _ in JSON_WRITES}
    assert len(JSON_WRITES) >= 15
    assert {"/api/v1/auth/token", "/api/v1/suppliers", "/api/v1/agreements"} <= paths


@pytest.mark.parametrize(("method", "path", "field"), JSON_WRITES, ids=[f"{m} {p}" for m, p, _ in JSON_WRITES])
async def test_every_write_refuses_a_nul_character_and_stores_nothing(admin, method, path, field) -> None:  # type: ignore[no-untyped-def]
    before = await _last_seq()
    response = await admin.client.request(
        method.upper(), _concrete(path), json={field: "Gemeente\x00Test"},
        headers={**admin.headers, "If-Match": '"1"'},
    )
    _assert_refused(response, field)
    assert await _last_seq() == before


@pytest.mark.parametrize(("method", "path", "field"), JSON_WRITES, ids=[f"{m} {p}" for m, p, _ in JSON_WRITES])
async def test_every_write_refuses_deeply_nested_json(admin, method, path, field) -> None:  # type: ignore[no-untyped-def]
    before = await _last_seq()
    response = await admin.client.request(
        method.upper(), _concrete(path), content=b'{"a":' + b"[" * 50_000 + b"]" * 50_000 + b"}",
        headers={**admin.headers, "If-Match": '"1"', "Content-Type": "application/json"},
    )
    _assert_refused(response, "body")
    assert await _last_seq() == before


QUERY_PARAMETERS = sorted({
    (path, parameter["name"])
    for _, path, operation in _operations(("get",))
    for parameter in operation.get("parameters", [])
    if parameter["in"] == "query" and "string" in str(parameter.get("schema", {}))
})


@pytest.mark.parametrize(("path", "name"), QUERY_PARAMETERS, ids=[f"{p}?{n}" for p, n in QUERY_PARAMETERS])
async def test_every_text_query_parameter_refuses_control_characters(admin, path, name) -> None:  # type: ignore[no-untyped-def]
    response = await admin.get(_concrete(path), params={name: "a\x00b"})
    _assert_refused(response, name)


def test_the_query_sweep_includes_the_searches() -> None:
    assert ("/api/v1/suppliers", "q") in QUERY_PARAMETERS


# --- every request body, every date field --------------------------------------------


def _example(node: msgspec.inspect.Type) -> Any:
    """A small valid value of a type, for the required fields of a body."""
    if isinstance(node, msgspec.inspect.Metadata):
        examples = (node.extra_json_schema or {}).get("examples")
        return examples[0] if examples else _example(node.type)
    if isinstance(node, msgspec.inspect.UnionType):
        return _example(node.types[0])
    if isinstance(node, msgspec.inspect.LiteralType):
        return node.values[0]
    if isinstance(node, msgspec.inspect.StrType):
        return "x" * max(node.min_length or 1, 1)
    if isinstance(node, msgspec.inspect.BoolType):
        return False
    if isinstance(node, msgspec.inspect.IntType):
        return node.ge if node.ge is not None else 1
    if isinstance(node, msgspec.inspect.DateType):
        return "2026-01-01"
    if isinstance(node, msgspec.inspect.ListType):
        return []
    if isinstance(node, msgspec.inspect.StructType):
        return {f.name: _example(f.type) for f in node.fields if f.required}
    raise AssertionError(f"no example for {node}")


def _bodies() -> list[type[Input]]:
    found: list[type[Input]] = []
    stack = list(Input.__subclasses__())
    while stack:
        cls = stack.pop()
        found.append(cls)
        stack.extend(cls.__subclasses__())
    return sorted(set(found), key=lambda c: c.__qualname__)


def _date_fields() -> list[tuple[type[Input], str]]:
    cases = []
    for cls in _bodies():
        info = msgspec.inspect.type_info(cls)
        assert isinstance(info, msgspec.inspect.StructType)
        for field in info.fields:
            if "DateType" in repr(field.type) and "StructType" not in repr(field.type):
                cases.append((cls, field.name))
    return cases


DATE_FIELDS = _date_fields()


def test_the_date_sweep_covers_suppliers_and_agreements() -> None:
    names = {f"{cls.__name__}.{name}" for cls, name in DATE_FIELDS}
    assert {"EvidenceCreate.period_end", "EvidenceUpdate.valid_until", "AgreementCreate.end_date",
            "TransitionIn.signing_date", "MemberIn.joined_on"} <= names


@pytest.mark.parametrize(("cls", "name"), DATE_FIELDS, ids=[f"{c.__name__}.{n}" for c, n in DATE_FIELDS])
@pytest.mark.parametrize("day", ["9999-12-31", "1899-12-31", "0001-01-01"])
def test_every_date_field_refuses_a_day_out_of_range(cls, name, day) -> None:  # type: ignore[no-untyped-def]
    valid = _example(msgspec.inspect.type_info(cls))
    msgspec.json.decode(msgspec.json.encode(valid), type=cls)  # the example itself passes
    with pytest.raises(Invalid) as refused:
        msgspec.json.decode(msgspec.json.encode({**valid, name: day}), type=cls)
    assert refused.value.errors == [{"field": name, "message": DATE_MESSAGE}]


def test_the_last_day_in_range_is_accepted() -> None:
    for cls, name in DATE_FIELDS:
        valid = _example(msgspec.inspect.type_info(cls))
        msgspec.json.decode(msgspec.json.encode({**valid, name: LATEST_DATE.isoformat()}), type=cls)


def test_nesting_is_measured_outside_strings() -> None:
    assert not json_depth_exceeds(b'{"a": "' + b"[" * 100 + b'"}')
    assert json_depth_exceeds(b"[" * 21 + b"]" * 21)
    assert not json_depth_exceeds(b"[" * 20 + b"]" * 20)


# --- the findings, end to end ------------------------------------------------------------


async def test_far_future_evidence_is_refused_and_the_register_keeps_working(admin) -> None:  # type: ignore[no-untyped-def]
    await factories.seed_scope(admin)
    supplier = await factories.seed_supplier(admin)
    url = f"/api/v1/suppliers/{supplier['id']}/evidence"
    before = await _last_seq()
    response = await admin.post(url, json=factories.evidence(period_end="9999-12-31"))
    _assert_refused(response, "period_end")
    assert await _last_seq() == before
    listed = await admin.get(url)
    assert listed.status_code == 200 and listed.json()["total"] == 0
    assert (await admin.get(f"/api/v1/suppliers/{supplier['id']}")).status_code == 200


async def test_a_nul_character_is_refused_in_a_nested_field_and_in_the_search(admin) -> None:  # type: ignore[no-untyped-def]
    await factories.seed_scope(admin)
    response = await admin.post(
        "/api/v1/suppliers", json=factories.supplier(contacts=[{"name": "Jan\x00"}])
    )
    _assert_refused(response, "contacts[0].name")
    _assert_refused(await admin.get("/api/v1/suppliers", params={"q": "\x00"}), "q")
    assert (await admin.get("/api/v1/suppliers")).json()["total"] == 0


async def test_line_breaks_pass_in_multi_line_text_only(admin) -> None:  # type: ignore[no-untyped-def]
    await factories.seed_scope(admin)
    refused = await admin.post("/api/v1/suppliers", json=factories.supplier(name="Leverancier\nB.V."))
    _assert_refused(refused, "name")
    stored = await admin.post(
        "/api/v1/suppliers", json=factories.supplier(address="Straat 1\r\n1234 AB Plaats\tNL")
    )
    assert stored.status_code == 201, stored.text
    assert stored.json()["address"] == "Straat 1\r\n1234 AB Plaats\tNL"


async def test_login_with_deeply_nested_json_is_a_client_error(app_client) -> None:  # type: ignore[no-untyped-def]
    response = await app_client.post(
        "/api/v1/auth/token", content=b"[" * 100_000 + b"]" * 100_000,
        headers={"Content-Type": "application/json"},
    )
    _assert_refused(response, "body")


async def test_a_nul_in_the_login_address_is_a_client_error(app_client) -> None:  # type: ignore[no-untyped-def]
    response = await app_client.post(
        "/api/v1/auth/token", json={"email": "a\x00@b.nl", "password": "x"},
    )
    _assert_refused(response, "email")


def test_dates_are_bounded_where_arithmetic_still_works() -> None:
    assert LATEST_DATE + dt.timedelta(days=366 * 50) < dt.date.max


async def test_a_nul_in_a_multipart_field_or_file_name_is_refused(admin) -> None:  # type: ignore[no-untyped-def]
    before = await _last_seq()
    docx = b"PK\x03\x04 not really"
    named = await admin.post(
        "/api/v1/templates", data={"name": "Sjabloon\x00", "language": "nl"},
        files={"file": ("sjabloon.docx", docx, "application/octet-stream")},
    )
    _assert_refused(named, "name")
    filed = await admin.post(
        "/api/v1/templates", data={"name": "Sjabloon", "language": "nl"},
        files={"file": ("sjabloon\x00.docx", docx, "application/octet-stream")},
    )
    _assert_refused(filed, "file")
    assert await _last_seq() == before
