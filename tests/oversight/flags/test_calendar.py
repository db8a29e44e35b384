"""The personal calendar feed: a secret URL, valid iCalendar, stable UIDs, revocation."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlparse

import icalendar
import pytest

from core.settings import Settings
from core.tables import AuditEvent
from oversight.flags import calendar as flag_calendar
from tests.oversight.flags import flag_world as w

ON = dt.date(2027, 6, 1)


def events(body: bytes) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(body)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


async def seed() -> int:
    mine = await w.supplier("GM0363", name="Eigen B.V.")
    await w.evidence(mine, valid_until=dt.date(2027, 7, 1))  # expiring: a dated warning
    await w.product(mine, used_by=("GM0363",))  # missing agreement: undated
    theirs = await w.supplier("GM0599", name="Ander B.V.")
    await w.evidence(theirs, valid_until=dt.date(2027, 7, 1))
    return mine


async def test_feed_has_dated_flags_of_my_scope_with_reminders(make_caller, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    await seed()
    monkeypatch.setattr(flag_calendar, "today", lambda: ON)
    viewer = await make_caller("viewer", ["GM0363"])
    first = await viewer.get("/api/v1/me/calendar")
    assert first.status_code == 200, first.text
    url = first.json()["url"]
    assert url.endswith(".ics") and "/calendar/cal_" in url
    assert (await viewer.get("/api/v1/me/calendar")).json()["url"] == url  # same URL until revoked

    feed = await viewer.client.get(urlparse(url).path)  # no login needed
    assert feed.status_code == 200
    assert feed.headers["content-type"].startswith("text/calendar")
    cal = icalendar.Calendar.from_ical(feed.content)
    assert str(cal["VERSION"]) == "2.0" and cal["PRODID"]
    found = events(feed.content)
    assert len(found) == 1  # the other scope's certificate and the undated gap are not in it
    (uid, event), = found.items()
    assert uid.startswith("evidence-expiry:evidence:") and uid.endswith("@vwo-register")
    assert event.decoded("DTSTART") == dt.date(2027, 7, 1)  # an all-day event
    assert event.decoded("DTEND") == dt.date(2027, 7, 2)
    assert "Eigen B.V." in str(event["DESCRIPTION"])
    alarms = event.walk("VALARM")
    assert len(alarms) == 1 and str(alarms[0]["ACTION"]) == "DISPLAY"
    assert alarms[0].decoded("TRIGGER") == dt.timedelta(hours=-15)


async def test_uids_are_stable_across_fetches_and_a_severity_change(clean) -> None:  # type: ignore[no-untyped-def]
    from oversight.flags.compute import compute_flags

    sid = await w.supplier()
    await w.evidence(sid, valid_until=dt.date(2027, 7, 1))
    settings = Settings()

    async def feed(on: dt.date) -> dict[str, icalendar.Event]:
        flags = await compute_flags(None, on, settings=settings)
        return events(flag_calendar.render_calendar(flags, settings))

    warning, again, critical = await feed(ON), await feed(ON), await feed(dt.date(2027, 7, 2))
    assert list(warning) == list(again) == list(critical) and len(warning) == 1
    uid = next(iter(warning))
    assert str(warning[uid]["SUMMARY"]).startswith("Waarschuwing")
    assert str(critical[uid]["SUMMARY"]).startswith("Kritiek")
    assert critical[uid]["SEQUENCE"] > warning[uid]["SEQUENCE"]


async def test_revoked_url_answers_404_and_a_new_one_works(make_caller) -> None:  # type: ignore[no-untyped-def]
    await seed()
    user = await make_caller("procurement", ["GM0363"])
    old = urlparse((await user.get("/api/v1/me/calendar")).json()["url"]).path
    assert (await user.client.get(old)).status_code == 200
    assert (await user.delete("/api/v1/me/calendar")).status_code == 204
    gone = await user.client.get(old)
    assert gone.status_code == 404 and gone.json()["status_code"] == 404
    new = urlparse((await user.get("/api/v1/me/calendar")).json()["url"]).path
    assert new != old and (await user.client.get(new)).status_code == 200
    actions = [
        e["action"] for e in await AuditEvent.select(AuditEvent.action).where(
            AuditEvent.entity == "calendar_token", AuditEvent.actor == user.principal.email
        ).order_by(AuditEvent.seq)
    ]
    assert actions == ["create", "revoke", "create"]


@pytest.mark.parametrize("path", ["/calendar/cal_nonsense.ics", "/calendar/unknown", "/calendar/.ics"])
async def test_unknown_feed_is_404(app_client, clean, path) -> None:  # type: ignore[no-untyped-def]
    assert (await app_client.get(path)).status_code == 404


async def test_feed_of_a_deactivated_user_is_404(make_caller) -> None:  # type: ignore[no-untyped-def]
    from core.tables import User

    user = await make_caller("viewer", ["GM0363"])
    path = urlparse((await user.get("/api/v1/me/calendar")).json()["url"]).path
    await User.update({User.active: False}).where(User.id == user.principal.user_id)
    assert (await user.client.get(path)).status_code == 404
