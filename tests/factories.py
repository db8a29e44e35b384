"""Valid payloads for the register, to be changed one field at a time in tests."""

from __future__ import annotations

import itertools
from typing import Any

from core import crud

_kvk = itertools.count(10000000)


def kvk() -> str:
    return str(next(_kvk))


def municipality(code: str = "GM0363", name: str = "Gemeente Teststad", **over: Any) -> dict[str, Any]:
    return {"name": name, "cbs_code": code, **over}


def arrangement(slug: str = "isd-test", members: list[str] | None = None, **over: Any) -> dict[str, Any]:
    return {
        "name": "ISD Test",
        "slug": slug,
        "kind": "sociale_dienst",
        "legal_form": "openbaar_lichaam",
        "kvk_number": kvk(),
        "members": [{"cbs_code": c, "joined_on": "2020-01-01"} for c in (members or [])],
        **over,
    }


def supplier(scope: str = "GM0363", **over: Any) -> dict[str, Any]:
    return {"name": "Leverancier B.V.", "country": "NL", "kvk_number": kvk(), "scope": scope, **over}


def evidence(**over: Any) -> dict[str, Any]:
    return {
        "kind": "iso27001",
        "standard_version": "2022",
        "issued_on": "2025-01-01",
        "valid_until": "2028-01-01",
        "auditor": "Certificering B.V.",
        "scope_text": "Hosting en beheer",
        **over,
    }


async def seed_scope(admin: Any, code: str = "GM0363") -> dict[str, Any]:
    response = await admin.post("/api/v1/municipalities", json=municipality(code, f"Gemeente {code}"))
    assert response.status_code == 201, response.text
    return response.json()


async def seed_supplier(caller: Any, scope: str = "GM0363", **over: Any) -> dict[str, Any]:
    response = await caller.post("/api/v1/suppliers", json=supplier(scope, **over))
    assert response.status_code == 201, response.text
    return response.json()


async def insert_rows(table: Any, *rows: dict[str, Any], versioned: bool = True) -> list[int]:
    """Bulk rows straight into a table (no audit: for seeding reads, not for testing writes)."""
    stamp = crud.now()
    extra = {"version": 1, "created_at": stamp, "updated_at": stamp} if versioned else {}
    objects = [table(**row, **extra) for row in rows]
    await table.insert(*objects)
    return [int(o.id) for o in objects]
