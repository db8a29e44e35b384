"""Flags of rights requests (due soon, overdue, unconfirmed tasks) and of an agreement whose
description misses data its activities process."""

from __future__ import annotations

import datetime as dt

import pytest

from core import Settings, today
from oversight.flags import Flag, compute_flags
from tests.contracts import rights_world as rw


@pytest.fixture
async def world(admin, make_caller):  # type: ignore[no-untyped-def]
    return await rw.build(admin, make_caller)


async def flags(scopes: frozenset[str] | None, kind: str, on: dt.date | None = None) -> list[Flag]:
    return await compute_flags(scopes, on or today(), settings=Settings(), kinds={kind})


async def _request(world, received: dt.date, **over):  # type: ignore[no-untyped-def]
    response = await world["privacy_officer"].post("/api/v1/rights-requests", json={
        "controller": "GM0363", "kind": "erasure", "received_on": received.isoformat(), "reference": "Z-7",
        "activity_ids": [world["wmo"]["id"]], **over})
    assert response.status_code == 201, response.text
    return response.json()


@pytest.mark.parametrize(("days_ago", "severity"), [(5, None), (26, "warning"), (40, "critical")])
async def test_request_due_soon_then_overdue(world, days_ago, severity) -> None:  # type: ignore[no-untyped-def]
    body = await _request(world, today() - dt.timedelta(days=days_ago))
    found = await flags(frozenset({"GM0363"}), "rights_request_due")
    assert [f.severity for f in found] == ([severity] if severity else [])
    if severity:
        assert found[0].due.isoformat() == body["due_on"] and found[0].link == f"/rights-requests/{body['id']}"
        assert ("Te laat" in found[0].message) is (severity == "critical")
    assert await flags(frozenset({"GM0599"}), "rights_request_due") == []


async def test_unconfirmed_tasks_are_flagged_until_confirmed(world) -> None:  # type: ignore[no-untyped-def]
    body = await _request(world, today() - dt.timedelta(days=20))
    found = await flags(None, "rights_task_unconfirmed")
    assert sorted(f.message.split(" heeft")[0] for f in found) == ["Inkomenssoft B.V.", "Zorgportaal B.V."]
    assert {f.severity for f in found} == {"warning"}
    task = body["tasks"][0]
    await world["privacy_officer"].post(f"/api/v1/rights-requests/{body['id']}/tasks/{task['id']}/confirmation",
                                        json={"confirmed_on": today().isoformat()})
    assert len(await flags(None, "rights_task_unconfirmed")) == 1
    fresh = await flags(None, "rights_task_unconfirmed", on=today() - dt.timedelta(days=10))
    assert fresh == []  # within the 14 days nothing is flagged
    response = await world["board"].get("/api/v1/flags?kind=rights_task_unconfirmed")
    assert response.status_code == 200 and response.json()["total"] == 1


async def test_closed_request_leaves_no_flag(world) -> None:  # type: ignore[no-untyped-def]
    body = await _request(world, today() - dt.timedelta(days=40))
    for task in body["tasks"]:
        await world["privacy_officer"].post(f"/api/v1/rights-requests/{body['id']}/tasks/{task['id']}/confirmation",
                                            json={"confirmed_on": today().isoformat()})
    assert await flags(None, "rights_request_due") == []
    assert await flags(None, "rights_task_unconfirmed") == []


async def test_agreement_missing_its_activities_data_is_flagged(world) -> None:  # type: ignore[no-untyped-def]
    found = await flags(frozenset({"GM0363"}), "annex_mismatch")
    assert {f.subject_id for f in found} == {world["first_agreement"], world["second_agreement"]}
    second = next(f for f in found if f.subject_id == world["second_agreement"])
    assert "NAW-gegevens, gezondheid" in second.message and second.subject_type == "agreement"
    assert await flags(frozenset({"GM0599"}), "annex_mismatch") != []  # its own activity and agreement
    assert {f.controller for f in await flags(frozenset({"GM0599"}), "annex_mismatch")} == {"GM0599"}


async def test_board_sees_how_many_requests_were_answered_on_time(world) -> None:  # type: ignore[no-untyped-def]
    year_start = dt.date(today().year, 1, 1)
    fg = world["privacy_officer"]
    on_time = await _request(world, year_start, reference="ZAAK-RR-1")
    late = await _request(world, year_start, reference="ZAAK-RR-2")
    open_late = await _request(world, year_start, reference="ZAAK-RR-3")
    for body, day in ((on_time, year_start + dt.timedelta(days=20)), (late, year_start + dt.timedelta(days=40))):
        for task in body["tasks"]:
            await fg.post(f"/api/v1/rights-requests/{body['id']}/tasks/{task['id']}/confirmation",
                          json={"confirmed_on": day.isoformat()})
    response = await world["board"].get("/api/v1/municipalities/GM0363/overview")
    assert response.status_code == 200, response.text
    expected_overdue = 1 if today() > dt.date.fromisoformat(open_late["due_on"]) else 0
    assert response.json()["rights"] == {"year": today().year, "received": 3, "answered_on_time": 1,
                                         "answered_late": 1 if today() >= year_start + dt.timedelta(days=40) else 0,
                                         "overdue": expected_overdue}
    assert "ZAAK-RR" not in response.text  # counts only, no requests


async def test_requests_reach_the_calendar_and_the_digest(world) -> None:  # type: ignore[no-untyped-def]
    import icalendar

    from oversight.flags import calendar, reminders

    body = await _request(world, today() - dt.timedelta(days=40), reference="ZAAK-CAL-1")
    found = await compute_flags(frozenset({"GM0363"}), today(), settings=Settings(),
                                kinds={"rights_request_due", "rights_task_unconfirmed"})
    feed = icalendar.Calendar.from_ical(calendar.render_calendar(found, Settings()))
    summaries = {str(e["SUMMARY"]) for e in feed.walk("VEVENT")}
    assert "Kritiek: Antwoord aan inwoner (Gemeente GM0363)" in summaries
    assert "Kritiek: Verwerker bevestigt verzoek niet (Gemeente GM0363)" in summaries
    digests = await reminders.digests(today(), Settings())
    mine = next(d for d in digests if d.recipient.email == world["privacy_officer"].principal.email)
    text = reminders.compose(mine, today(), Settings(), "vwo@test").get_body(("plain",)).get_content()
    assert "ZAAK-CAL-1" in text and f"/rights-requests/{body['id']}" in text
    theirs = next((d for d in digests if d.recipient.email == world["fg2"].principal.email), None)
    assert theirs is None or all("ZAAK-CAL-1" not in f.message for f in theirs.flags)
