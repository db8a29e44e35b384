"""The incident register's rules of time and consequence, as small pure functions.

- The Art. 33(1) clock: the authority is notified within 72 hours of the controller
  becoming aware. 72 hours are 72 elapsed hours, whatever the clocks do in between: aware
  at 2026-10-24 10:00 summer time is due 2026-10-27 09:00 winter time.
- The supplier's term: the breach term of the agreement, counted from the discovery.
- What the risk means: none → nothing to notify; risk → the authority; high risk → the
  authority and the data subjects (Art. 34); undetermined → not decided yet.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from core import AMSTERDAM

AUTHORITY_HOURS = 72
#: In its last 24 hours the clock is critical.
CRITICAL_HOURS = 24

Notification = Literal["required", "not_required", "undetermined"]
NOTIFICATIONS: dict[str, tuple[Notification, Notification]] = {
    "none": ("not_required", "not_required"),
    "risk": ("required", "not_required"),
    "high_risk": ("required", "required"),
    "undetermined": ("undetermined", "undetermined"),
}
KIND_NL = {"personal_data_breach": "datalek", "security_incident": "beveiligingsincident"}
RISK_NL = {"undetermined": "nog niet bepaald", "none": "geen risico", "risk": "risico", "high_risk": "hoog risico"}
NOTIFICATION_NL = {"required": "verplicht", "not_required": "niet nodig", "undetermined": "nog niet bepaald"}


def local(moment: dt.datetime) -> dt.datetime:
    """A moment as it is shown: Europe/Amsterdam, with its offset."""
    return moment.astimezone(AMSTERDAM)


def authority_due(aware_at: dt.datetime) -> dt.datetime:
    """The last moment to notify the Autoriteit Persoonsgegevens: 72 elapsed hours."""
    return local(aware_at.astimezone(dt.UTC) + dt.timedelta(hours=AUTHORITY_HOURS))


def supplier_on_time(discovered_at: dt.datetime, reported_at: dt.datetime, term_hours: int | None) -> bool | None:
    """Whether the supplier reported within its term after discovery; None without a term."""
    if term_hours is None:
        return None
    return reported_at - discovered_at <= dt.timedelta(hours=term_hours)


def notifications(risk: str) -> tuple[Notification, Notification]:
    """(authority, data subjects) notification for a risk assessment."""
    return NOTIFICATIONS[risk]


def clock_open(risk: str, authority_notified_at: dt.datetime | None) -> bool:
    """Whether the Art. 33 clock still asks for something: a notification that is required
    or not yet decided, and not done. Deciding "no risk" (with the reason in the decision
    remark) or recording the notification stops it."""
    return notifications(risk)[0] != "not_required" and authority_notified_at is None


def clock_state(due: dt.datetime, moment: dt.datetime) -> Literal["running", "last_day", "overdue"]:
    left = due - moment
    if left <= dt.timedelta(0):
        return "overdue"
    if left <= dt.timedelta(hours=CRITICAL_HOURS):
        return "last_day"
    return "running"


def time_errors(values: dict[str, dt.datetime | None], now: dt.datetime) -> dict[str, str]:
    """The order of the incident's moments: discovery first, none in the future."""
    errors: dict[str, str] = {}
    for name, value in values.items():
        if value is not None and value > now:
            errors[name] = "Dit tijdstip ligt in de toekomst."
    discovered = values.get("discovered_at")
    if discovered is not None:
        reported, aware = values.get("supplier_reported_at"), values.get("aware_at")
        if reported is not None and reported < discovered and "supplier_reported_at" not in errors:
            errors["supplier_reported_at"] = "De melding door de leverancier ligt voor de ontdekking."
        if aware is not None and aware < discovered and "aware_at" not in errors:
            errors["aware_at"] = "De kennisname ligt voor de ontdekking door de leverancier."
    aware = values.get("aware_at")
    for name in ("authority_notified_at", "subjects_notified_at"):
        value = values.get(name)
        if aware is not None and value is not None and value < aware and name not in errors:
            errors[name] = "Deze melding ligt voor de kennisname."
    return errors
