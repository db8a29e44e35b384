"""The date calculators behind the flags: month ends, leap years, weekends, Amsterdam days."""

from __future__ import annotations

import datetime as dt

import pytest

from oversight.flags.deadlines import (
    in_review_deadline,
    local_day,
    next_review_date,
    notice_deadline,
    objection_deadline,
    previous_workday,
    report_stale_date,
    review_overdue,
    review_schedule,
)

D = dt.date


@pytest.mark.parametrize(
    ("end", "months", "expected"),
    [
        (D(2027, 12, 31), 3, D(2027, 9, 30)),  # Thursday: kept
        (D(2027, 3, 31), 1, D(2027, 2, 26)),  # 28 Feb 2027 is a Sunday: the Friday before
        (D(2028, 3, 31), 1, D(2028, 2, 29)),  # leap year: 29 Feb 2028, a Tuesday
        (D(2028, 1, 2), 3, D(2027, 10, 1)),  # 2 Oct 2027 is a Saturday
        (D(2027, 5, 31), 3, D(2027, 2, 26)),  # month end clamps to 28 Feb (Sunday) -> Friday
        (D(2027, 6, 30), 0, D(2027, 6, 30)),  # no notice period: the end date itself
    ],
)
def test_notice_deadline_on_month_ends_and_weekends(end: dt.date, months: int, expected: dt.date) -> None:
    assert notice_deadline(end, months) == expected
    assert notice_deadline(end, months).weekday() < 5


def test_previous_workday_keeps_weekdays_and_moves_weekends_to_friday() -> None:
    assert previous_workday(D(2027, 10, 1)) == D(2027, 10, 1)
    assert previous_workday(D(2027, 10, 2)) == D(2027, 10, 1)
    assert previous_workday(D(2027, 10, 3)) == D(2027, 10, 1)
    assert previous_workday(D(2027, 10, 4)) == D(2027, 10, 4)


def test_monthly_review_from_31_january_lands_on_each_month_end() -> None:
    dates = [d.date() for d in review_schedule(D(2027, 1, 31), 1)[:5]]
    assert dates == [D(2027, 1, 31), D(2027, 2, 28), D(2027, 3, 31), D(2027, 4, 30), D(2027, 5, 31)]


def test_review_schedule_does_not_drift_after_a_short_month() -> None:
    # Chained "+1 month" would give 28 March after 28 February; the schedule keeps the 30th.
    dates = [d.date() for d in review_schedule(D(2027, 1, 30), 1)[:4]]
    assert dates == [D(2027, 1, 30), D(2027, 2, 28), D(2027, 3, 30), D(2027, 4, 30)]


@pytest.mark.parametrize(
    ("last", "start", "interval", "expected"),
    [
        (D(2027, 1, 31), None, 1, D(2027, 2, 28)),
        (D(2028, 1, 31), None, 1, D(2028, 2, 29)),
        (D(2024, 2, 29), None, 12, D(2025, 2, 28)),
        (D(2024, 2, 29), None, 48, D(2028, 2, 29)),
        (None, D(2027, 8, 31), 6, D(2028, 2, 29)),
        (D(2027, 5, 15), D(2020, 1, 1), 12, D(2028, 5, 15)),  # the last review wins over the start
        (None, None, 12, None),
    ],
)
def test_next_review_date(last, start, interval, expected) -> None:  # type: ignore[no-untyped-def]
    assert next_review_date(last, start, interval) == expected


def test_review_overdue_only_after_the_review_day() -> None:
    assert not review_overdue(D(2027, 2, 28), D(2027, 2, 28))
    assert review_overdue(D(2027, 2, 28), D(2027, 3, 1))
    assert not review_overdue(None, D(2027, 3, 1))


@pytest.mark.parametrize(
    ("period_end", "months", "expected"),
    [
        (D(2026, 3, 31), 12, D(2027, 3, 31)),
        (D(2024, 2, 29), 12, D(2025, 2, 28)),
        (D(2027, 8, 31), 6, D(2028, 2, 29)),
        (D(2027, 1, 31), 1, D(2027, 2, 28)),
    ],
)
def test_report_stale_date(period_end: dt.date, months: int, expected: dt.date) -> None:
    assert report_stale_date(period_end, months) == expected


def test_objection_deadline_counts_calendar_days_and_keeps_weekends() -> None:
    assert objection_deadline(D(2027, 1, 31), None) == D(2027, 3, 2)  # default 30 days
    assert objection_deadline(D(2028, 2, 1), 28) == D(2028, 2, 29)
    assert objection_deadline(D(2027, 9, 18), 14) == D(2027, 10, 2)  # a Saturday, kept


def test_in_review_deadline_is_thirty_days_later() -> None:
    assert in_review_deadline(D(2027, 1, 31)) == D(2027, 3, 2)


def test_local_day_is_the_amsterdam_calendar_day() -> None:
    assert local_day(dt.datetime(2027, 1, 1, 23, 30, tzinfo=dt.UTC)) == D(2027, 1, 2)  # CET, +1
    assert local_day(dt.datetime(2027, 7, 1, 21, 59, tzinfo=dt.UTC)) == D(2027, 7, 1)  # CEST, +2
    assert local_day(dt.datetime(2027, 7, 1, 22, 0, tzinfo=dt.UTC)) == D(2027, 7, 2)
