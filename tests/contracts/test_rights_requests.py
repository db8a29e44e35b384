"""Rights requests: due date, tasks per processor, retention holds, confirmation, letters."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest

from tests.contracts import rights_world as rw


@pytest.fixture
async def world(admin, make_caller):  # type: ignore[no-untyped-def]
    return await rw.build(admin, make_caller)


async def test_erasure_over_three_activities_gives_one_task_per_processor(world) -> None:  # type: ignore[no-untyped-def]
    ids = [world["bijstand"]["id"], world["reintegratie"]["id"], world["wmo"]["id"]]
    response = await world["privacy_officer"].post("/api/v1/rights-requests", json={
        "controller": "GM0363", "kind": "erasure", "received_on": "2026-01-31", "reference": "Z-2026-001",
        "activity_ids": ids,
    })
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["due_on"] == "2026-02-28" and body["status"] == "open"
    tasks = body["tasks"]
    assert [t["supplier_name"] for t in tasks] == ["Inkomenssoft B.V.", "Zorgportaal B.V."]
    first, second = tasks
    assert first["agreement_id"] == world["first_agreement"]
    assert first["activity_ids"] == sorted(ids)
    assert second["activity_ids"] == [world["wmo"]["id"]]
    assert second["subprocessors"] == [
        {"supplier_id": world["cloud"], "name": "Far Cloud Inc.", "country": "US", "in_eea": False}]
    assert first["subprocessors"] == []
    assert {h["activity_id"] for h in first["retention_holds"]} == {world["bijstand"]["id"], world["wmo"]["id"]}
    assert [h["retention_years"] for h in second["retention_holds"]] == [15]
    assert "gezondheid" in second["data_categories"] and "BSN" in second["data_categories"]
    print(body["letters"])
