"""The register's calendar is Amsterdam's, whatever zone the server runs in."""

from __future__ import annotations

import datetime as dt

from core import clock


class _LateOnNewYearsEve(dt.datetime):
    @classmethod
    def now(cls, tz=None):  # type: ignore[no-untyped-def,override]
        moment = dt.datetime(2026, 12, 31, 23, 30, tzinfo=dt.UTC)
        return moment.astimezone(tz) if tz else moment.replace(tzinfo=None)


def test_today_is_the_amsterdam_day_not_the_servers(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(clock.dt, "datetime", _LateOnNewYearsEve)
    assert clock.today() == dt.date(2027, 1, 1)
