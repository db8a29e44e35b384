"""Joint arrangements: members with their dates and whether they are members today."""

from __future__ import annotations

import datetime as dt

from core import clock
from tests.factories import arrangement, municipality


async def test_members_come_with_dates_and_whether_they_are_members_today(admin) -> None:  # type: ignore[no-untyped-def]
    today = clock.today()
    for code, name in (("GM0001", "Zuidstad"), ("GM0002", "Aadorp"), ("GM0003", "Midden")):
        assert (await admin.post("/api/v1/municipalities", json=municipality(code, name))).status_code == 201
    members = [
        {"cbs_code": "GM0001", "joined_on": "2019-01-01"},
        {"cbs_code": "GM0002", "joined_on": "2019-01-01", "left_on": today.isoformat()},
        {"cbs_code": "GM0003", "joined_on": (today + dt.timedelta(days=1)).isoformat()},
    ]
    created = await admin.post("/api/v1/arrangements", json={**arrangement("isd-a"), "members": members})
    assert created.status_code == 201, created.text
    other = await admin.post("/api/v1/arrangements", json=arrangement("isd-b", members=["GM0003"]))
    assert other.status_code == 201, other.text

    listed = (await admin.get("/api/v1/arrangements", params={"member": "GM0001"})).json()
    assert [a["slug"] for a in listed["items"]] == ["isd-a"]
    got = listed["items"][0]["members"]
    assert [(m["cbs_code"], m["name"], m["active"]) for m in got] == [
        ("GM0002", "Aadorp", False),  # left today
        ("GM0003", "Midden", False),  # joins tomorrow
        ("GM0001", "Zuidstad", True),
    ]
    assert got[0]["joined_on"] == "2019-01-01" and got[0]["left_on"] == today.isoformat()
    assert got[2]["left_on"] is None
    both = (await admin.get("/api/v1/arrangements", params={"member": "GM0003"})).json()
    assert {a["slug"]: [m["cbs_code"] for m in a["members"]] for a in both["items"]} == {
        "isd-a": ["GM0002", "GM0003", "GM0001"], "isd-b": ["GM0003"],
    }
