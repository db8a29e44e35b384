"""The incident register's calculators: 72 elapsed hours across clock changes, the
supplier's term at its boundary, the clock's states."""

from __future__ import annotations

import datetime as dt

import pytest

from contracts.incident_rules import authority_due, clock_open, clock_state, supplier_on_time

T = dt.datetime.fromisoformat


@pytest.mark.parametrize(
    ("aware", "due"),
    [
        ("2026-10-24T10:00:00+02:00", "2026-10-27T09:00:00+01:00"),  # to winter time: an hour "earlier"
        ("2026-03-27T10:00:00+01:00", "2026-03-30T11:00:00+02:00"),  # to summer time: an hour "later"
        ("2026-06-01T23:30:00+00:00", "2026-06-05T01:30:00+02:00"),  # given in UTC, shown in Amsterdam
    ],
)
def test_authority_due_is_72_elapsed_hours_shown_in_amsterdam(aware: str, due: str) -> None:
    result = authority_due(T(aware))
    assert result.isoformat() == due
    assert result - T(aware) == dt.timedelta(hours=72)


def test_supplier_term_counts_from_discovery_up_to_and_including_its_last_moment() -> None:
    found = T("2026-05-01T08:00:00+02:00")
    assert supplier_on_time(found, found + dt.timedelta(hours=24), 24) is True
    assert supplier_on_time(found, found + dt.timedelta(hours=24, seconds=1), 24) is False
    assert supplier_on_time(found, found + dt.timedelta(hours=30), 48) is True
    assert supplier_on_time(found, found + dt.timedelta(hours=30), None) is None


def test_clock_states_and_when_it_stops() -> None:
    due = T("2026-10-27T09:00:00+01:00")
    assert clock_state(due, due - dt.timedelta(hours=25)) == "running"
    assert clock_state(due, due - dt.timedelta(hours=24)) == "last_day"
    assert clock_state(due, due) == "overdue"
    assert clock_open("risk", None) and clock_open("undetermined", None) and clock_open("high_risk", None)
    assert not clock_open("none", None)
    assert not clock_open("risk", due)
