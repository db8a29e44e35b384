"""The register's calendar: dates are Europe/Amsterdam days, whatever the server's zone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def today() -> dt.date:
    """Today in Amsterdam: the reference date for states, flags and overviews."""
    return dt.datetime.now(AMSTERDAM).date()
