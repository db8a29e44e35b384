"""Dutch formatting: long dates and month counts, the one place for Dutch month names."""

from __future__ import annotations

import datetime as dt
from typing import Any

MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)
EMPTY = "—"


def as_day(value: Any) -> dt.date | None:
    """A date from a date, a datetime or ISO 8601 text (as JSON contexts carry them)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value) if "T" in value else dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"{value!r} is geen datum")


def datum(value: Any, default: str = EMPTY) -> str:
    """Dutch long date: ``1 januari 2027``; no date gives ``default``."""
    day = value if type(value) is dt.date else as_day(value)
    if day is None:
        return default
    return f"{day.day} {MONTHS_NL[day.month - 1]} {day.year}"


def months_nl(n: int) -> str:
    """1 maand, 3 maanden."""
    return "1 maand" if n == 1 else f"{n} maanden"
