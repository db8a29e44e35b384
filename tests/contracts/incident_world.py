"""A register for the incident tests: three municipalities, one supplier shared by two of
them (same KvK number, different names in each register), signed agreements with a term."""

from __future__ import annotations

import datetime as dt
from typing import Any

from contracts import Agreement
from core import AMSTERDAM
from suppliers import Product, ProductUsage
from tests.factories import insert_rows, kvk, seed_scope, seed_supplier

UTC = dt.UTC
__all__ = ["AMSTERDAM", "UTC", "ago", "agreement", "build", "incident", "product", "record", "usage"]


def ago(**delta: float) -> str:
    """An ISO moment with its offset, some time before now."""
    return (dt.datetime.now(UTC) - dt.timedelta(**delta)).isoformat()


async def agreement(scope: str, supplier_id: int, hours: int = 24, **over: Any) -> int:
    values = {
        "scope": scope, "controller_kind": "municipality", "supplier": supplier_id, "title": "Zaaksysteem",
        "status": "signed", "signing_date": dt.date(2026, 1, 1), "start_date": dt.date(2026, 1, 1),
        "breach_notification_hours": hours, **over,
    }
    return (await insert_rows(Agreement, values))[0]


async def product(supplier_id: int, name: str) -> int:
    return (await insert_rows(Product, {"supplier": supplier_id, "name": name, "kind": "saas"}))[0]


async def usage(product_id: int, used_by: str) -> None:
    await insert_rows(ProductUsage, {"product": product_id, "used_by": used_by}, versioned=False)


async def build(admin: Any, make_caller: Any) -> dict[str, Any]:
    for code in ("GM0363", "GM0599", "GM0344"):
        await seed_scope(admin, code)
    number = kvk()
    first = await seed_supplier(admin, "GM0363", name="Zaakwijs B.V.", kvk_number=number)
    second = await seed_supplier(admin, "GM0599", name="Zaakwijs Nederland", kvk_number=number)
    third = await seed_supplier(admin, "GM0344", name="Ander B.V.")
    world: dict[str, Any] = {
        "admin": admin, "supplier": first["id"], "second_supplier": second["id"], "third_supplier": third["id"],
        "product": await product(first["id"], "Zaaksysteem"),
        "other_product": await product(third["id"], "Belastingpakket"),
        "second_product": await product(second["id"], "zaaksysteem"),
        "agreement": await agreement("GM0363", first["id"], 24),
        "second_agreement": await agreement("GM0599", second["id"], 48),
    }
    for role in ("privacy_officer", "procurement", "board", "viewer"):
        world[role] = await make_caller(role, ["GM0363"])
    world["fg2"] = await make_caller("privacy_officer", ["GM0599"])
    world["fg3"] = await make_caller("privacy_officer", ["GM0344"])
    return world


def incident(world: dict[str, Any], **over: Any) -> dict[str, Any]:
    return {
        "controller": "GM0363",
        "supplier_id": world["supplier"],
        "product_ids": [world["product"]],
        "kind": "personal_data_breach",
        "discovered_at": ago(hours=30),
        "supplier_reported_at": ago(hours=20),
        "aware_at": ago(hours=20),
        "summary": "Een exportbestand met cliëntgegevens van Teststad stond openbaar",
        "data_categories": ["NAW-gegevens", "BSN"],
        "data_subject_categories": ["Inwoners"],
        "subjects_estimate": 1200,
        "consequences": "Mogelijk identiteitsfraude",
        "measures": "Bestand verwijderd, toegang ingetrokken",
        "risk": "risk",
        "share_with_other_users": True,
        "shared_summary": "Een verkeerd ingestelde opslagbucket bij de leverancier",
        **over,
    }


async def record(world: dict[str, Any], caller: str = "privacy_officer", **over: Any) -> dict[str, Any]:
    response = await world[caller].post("/api/v1/incidents", json=incident(world, **over))
    assert response.status_code == 201, response.text
    return response.json()
