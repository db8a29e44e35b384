"""Small date calculators for agreements and evidence, on ``python-dateutil``.

Conventions, chosen once for every flag:

- Dates are calendar days in Europe/Amsterdam (``today()``); a timestamp is turned
  into the Amsterdam day it fell on (``local_day()``).
- Month arithmetic clamps to the month's end, counted from the anchor, never
  chained: 31 January + 1 month is 28 (or 29) February, + 2 months is 31 March.
- **The notice deadline is the last day notice can still be given: the end date
  minus the notice period. When that day is a Saturday or Sunday it moves back to
  the Friday before**, so the flag never lands on a day nobody reads mail. Public
  holidays are not taken into account.
- The pure calculators are memoised: a national register repeats the same few
  thousand (date, months) pairs, and an rrule costs some 100 µs.
- The objection deadline for a new sub-processor is the notice date plus the
  notice period in days, kept as is (also on a weekend): the supplier sets that
  term and the law counts calendar days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache

from dateutil.relativedelta import FR, relativedelta
from dateutil.rrule import MONTHLY, rrule

from core import AMSTERDAM
from suppliers import EvidencePolicy, counts_until

#: Objection term when no general-authorisation agreement names one.
DEFAULT_OBJECTION_DAYS = 30
#: An agreement may wait this many days in review before it is flagged.
IN_REVIEW_DAYS = 30



def local_day(moment: dt.datetime) -> dt.date:
    """The Amsterdam calendar day of a timestamp (naive timestamps are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(AMSTERDAM).date()


def previous_workday(day: dt.date) -> dt.date:
    """The day itself on Monday to Friday; the Friday before on a weekend."""
    return day + relativedelta(weekday=FR(-1)) if day.weekday() >= 5 else day


@lru_cache(maxsize=65536)  # pure; a register has few distinct (date, months) pairs
def notice_deadline(end_date: dt.date, notice_months: int) -> dt.date:
    """Last day to give notice: end date minus the notice period, moved off a weekend."""
    return previous_workday(end_date - relativedelta(months=notice_months))


def review_schedule(anchor: dt.date, interval_months: int) -> rrule:
    """Review dates every ``interval_months`` from ``anchor`` (the anchor included).

    A plain monthly rrule skips months without the anchor's day (a start on the 31st
    would never fall in April); ``bymonthday=(day, -1)`` with ``bysetpos=1`` takes
    the anchor's day or, in a shorter month, its last day.
    """
    interval = max(1, interval_months)
    start = dt.datetime.combine(anchor, dt.time())
    if anchor.day > 28:
        return rrule(MONTHLY, interval=interval, dtstart=start, bymonthday=(anchor.day, -1), bysetpos=1)
    return rrule(MONTHLY, interval=interval, dtstart=start)


def next_review_date(
    last_review: dt.date | None, start: dt.date | None, interval_months: int
) -> dt.date | None:
    """The review after the last one (or, never reviewed, the first after the start)."""
    anchor = last_review or start
    return None if anchor is None else _review_after(anchor, interval_months)


@lru_cache(maxsize=65536)
def _review_after(anchor: dt.date, interval_months: int) -> dt.date:
    moment = dt.datetime.combine(anchor, dt.time())
    after = review_schedule(anchor, interval_months).after(moment)
    assert after is not None  # an unbounded schedule always has a next date
    return after.date()


def review_overdue(next_review: dt.date | None, on: dt.date) -> bool:
    """True once the review day has passed without a newer review recorded."""
    return next_review is not None and on > next_review


def report_stale_date(period_end: dt.date, valid_months: int = 12) -> dt.date:
    """The last day a type II / TPM report counts: period end plus the valid months."""
    until = counts_until(
        "isae3402_type2", issued_on=None, period_end=period_end, valid_until=None,
        standard_version=None, policy=EvidencePolicy(report_valid_months=valid_months),
    )
    assert until is not None
    return until


def objection_deadline(notified_on: dt.date, notice_days: int | None) -> dt.date:
    """Last day to object to a new sub-processor: notice date plus the notice days."""
    return notified_on + dt.timedelta(days=notice_days or DEFAULT_OBJECTION_DAYS)


def in_review_deadline(entered: dt.date) -> dt.date:
    """The day an agreement has waited long enough in review to be flagged the next day."""
    return entered + dt.timedelta(days=IN_REVIEW_DAYS)


# Exact SQL windows. The calculators above are monotone (a later anchor never gives an
# earlier date), so "f(day) <= limit" is "day <= last_day_within(f, limit)" and
# "f(day) >= limit" is "day >= first_day_reaching(f, limit)": a plain date comparison
# that both engines index, with the month arithmetic left to Python.

_DAY = dt.timedelta(days=1)


def last_day_within(f: Callable[[dt.date], dt.date], limit: dt.date, guess: dt.date) -> dt.date:
    """The last day ``d`` with ``f(d) <= limit``, for a monotone ``f``; ``guess`` is close to it."""
    day = guess
    while f(day) > limit:
        day -= _DAY
    while f(day + _DAY) <= limit:
        day += _DAY
    return day


def first_day_reaching(f: Callable[[dt.date], dt.date], limit: dt.date, guess: dt.date) -> dt.date:
    """The first day ``d`` with ``f(d) >= limit``, for a monotone ``f``; ``guess`` is close to it."""
    day = guess
    while f(day) < limit:
        day += _DAY
    while f(day - _DAY) >= limit:
        day -= _DAY
    return day


def last_end_with_notice_by(limit: dt.date, notice_months: int) -> dt.date:
    """The last end date whose notice deadline falls on or before ``limit``."""
    return last_day_within(
        lambda end: notice_deadline(end, notice_months), limit, limit + relativedelta(months=notice_months)
    )


def last_anchor_with_review_by(limit: dt.date, interval_months: int) -> dt.date:
    """The last anchor (last review or start) whose next review falls on or before ``limit``."""
    return last_day_within(
        lambda anchor: _review_after(anchor, interval_months), limit,
        limit - relativedelta(months=max(1, interval_months)),
    )


def first_base_counting_on(on: dt.date, months: int) -> dt.date:
    """The first base date (period end, issue date) that, plus ``months``, still reaches ``on``."""
    return first_day_reaching(lambda base: base + relativedelta(months=months), on, on - relativedelta(months=months))
