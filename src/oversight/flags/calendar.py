"""A user's flags as a subscribable iCalendar feed behind a secret, revocable URL.

The secret in the URL is never stored: the database keeps its SHA-256, and the secret
is derived again when the user asks for the URL (an HMAC of the token row with the
service's secret key), so ``GET /api/v1/me/calendar`` can return the same URL until
it is revoked. Knowing the database alone does not give the URL.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets
from typing import Any

from icalendar import Alarm, Calendar, Event

from contracts import CalendarToken
from core import (
    Principal,
    Settings,
    audit,
    datum,
    principal_from_row,
    secret_key,
    today,
    token_digest,
    utcnow,
    write_transaction,
)
from oversight.flags.compute import compute_flags
from oversight.flags.types import Flag

SEVERITY_NL = {"critical": "Kritiek", "warning": "Waarschuwing", "info": "Ter info"}
KIND_NL = {
    "certificate_expiring": "Certificaat verloopt",
    "certificate_expired": "Certificaat verlopen",
    "iso27001_2013": "ISO 27001:2013 vervalt",
    "report_stale": "Assurancerapport veroudert",
    "assurance_missing": "Vereiste verklaring ontbreekt",
    "agreement_ending": "Overeenkomst loopt af",
    "notice_deadline": "Laatste dag om op te zeggen",
    "review_due": "Herziening gepland",
    "review_overdue": "Herziening te laat",
    "review_stalled": "Beoordeling duurt lang",
    "open_findings": "Open bevindingen",
    "missing_agreement": "Overeenkomst ontbreekt",
    "subprocessor_objection": "Bezwaartermijn subverwerker",
    "incident_authority_due": "Melding datalek aan AP",
    "supplier_incident": "Incident bij leverancier",
    "rights_request_due": "Antwoord aan inwoner",
    "rights_task_unconfirmed": "Verwerker bevestigt verzoek niet",
    "annex_mismatch": "Beschrijving verwerking onvolledig",
    "advisory": "Kwetsbaarheid in gebruikt product",
}
#: The reminder: the day before an event, at 09:00 (all-day events start at midnight).
ALARM_BEFORE = dt.timedelta(hours=-15)


def _secret_key() -> bytes:

    return secret_key().encode()


def _stamp(moment: Any) -> str:
    if isinstance(moment, str):
        moment = dt.datetime.fromisoformat(moment)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def feed_secret(row_id: int, user_id: int, created_at: Any) -> str:
    """The secret in the feed's URL, derived from the token row and the service key."""
    message = f"vwo-calendar\x00{row_id}\x00{user_id}\x00{_stamp(created_at)}".encode()
    digest = hmac.new(_secret_key(), message, hashlib.sha256).digest()
    return "cal_" + base64.urlsafe_b64encode(digest).decode().rstrip("=")


def feed_url(settings: Settings, secret: str, base: str | None = None) -> str:
    return f"{(base or settings.base_url).rstrip('/')}/calendar/{secret}.ics"


async def existing_calendar_url(principal: Principal, settings: Settings, base: str | None = None) -> str | None:
    """The user's current feed URL, or None when there is none (nothing is written)."""
    row = await CalendarToken.select(CalendarToken.id, CalendarToken.created_at).where(
        CalendarToken.user == principal.user_id, CalendarToken.revoked_at.is_null()
    ).order_by(CalendarToken.id, ascending=False).first()
    if row is None:
        return None
    return feed_url(settings, feed_secret(row["id"], principal.user_id, row["created_at"]), base)


async def calendar_url(principal: Principal, settings: Settings, base: str | None = None) -> str:
    """The user's feed URL, made (and audited) when the user has none."""
    async with write_transaction():
        row = await CalendarToken.select(CalendarToken.id, CalendarToken.created_at).where(
            CalendarToken.user == principal.user_id, CalendarToken.revoked_at.is_null()
        ).order_by(CalendarToken.id, ascending=False).first()
        if row is None:
            created = utcnow()
            token = CalendarToken(user=principal.user_id, token_hash=secrets.token_hex(32), created_at=created)
            await CalendarToken.insert(token)
            row = {"id": int(token.id), "created_at": created}
            await CalendarToken.update(
                {CalendarToken.token_hash: token_digest(feed_secret(row["id"], principal.user_id, created))}
            ).where(CalendarToken.id == row["id"])
            await audit.record(
                actor=principal.email, action="create", entity="calendar_token", entity_id=row["id"],
                after={"user": principal.email},
            )
    return feed_url(settings, feed_secret(row["id"], principal.user_id, row["created_at"]), base)


async def revoke_calendar(principal: Principal) -> int:
    """Revoke the user's feed URLs; returns how many were active."""
    async with write_transaction():
        rows = await CalendarToken.select(CalendarToken.id).where(
            CalendarToken.user == principal.user_id, CalendarToken.revoked_at.is_null()
        )
        for row in rows:
            await CalendarToken.update({CalendarToken.revoked_at: utcnow()}).where(CalendarToken.id == row["id"])
            await audit.record(
                actor=principal.email, action="revoke", entity="calendar_token", entity_id=row["id"],
                changes={"revoked": [False, True]},
            )
    return len(rows)


async def principal_for_feed(name: str) -> Principal | None:
    """The active user behind a feed name (``<secret>.ics``), or None."""
    secret = name.removesuffix(".ics")
    if not secret.startswith("cal_") or len(secret) > 100:
        return None
    row = await CalendarToken.select(
        CalendarToken.user.id.as_alias("id"), CalendarToken.user.email.as_alias("email"),
        CalendarToken.user.role.as_alias("role"), CalendarToken.user.scopes.as_alias("scopes"),
        CalendarToken.user.active.as_alias("active"),
    ).where(CalendarToken.token_hash == token_digest(secret), CalendarToken.revoked_at.is_null()).first()
    if row is None or not row["active"]:
        return None
    return principal_from_row(row)


def render_calendar(
    flags: list[Flag], settings: Settings, stamp: dt.datetime | None = None, base: str | None = None,
    on: dt.date | None = None,
) -> bytes:
    """Every dated flag as an all-day event with a reminder the day before; a flag whose date
    passed (before ``on``) stands on ``on`` as overdue, not on its past date."""
    cal = Calendar()
    cal.add("prodid", "-//vwo-register//signaleringen//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "VWO-register: signaleringen")
    cal.add("x-wr-timezone", "Europe/Amsterdam")
    stamp = stamp or utcnow()
    base = (base or settings.base_url).rstrip("/")
    for flag in flags:
        if flag.due is None:
            continue
        overdue = on is not None and flag.due < on
        day = on if overdue and on is not None else flag.due
        who = flag.controller_name or flag.controller
        title = f"{SEVERITY_NL[flag.severity]}: {KIND_NL.get(flag.kind, flag.kind)} ({who})"
        title = ("Te laat: " + title) if overdue else title
        event = Event()
        event.add("uid", f"{flag.uid}@vwo-register")
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
        event.add("summary", title)
        late = f"Te laat sinds {datum(flag.due)}.\n" if overdue else ""
        event.add("description", f"{late}{flag.message}\n{base}{flag.link}")
        event.add("url", f"{base}{flag.link}")
        event.add("categories", [flag.kind])
        # A rise in severity is a new revision of the same event.
        event.add("sequence", {"info": 0, "warning": 1, "critical": 2}[flag.severity])
        event.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", title)
        alarm.add("trigger", ALARM_BEFORE)
        event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()


async def feed_for(
    name: str, settings: Settings, on: dt.date | None = None, base: str | None = None
) -> bytes | None:
    """The feed behind a URL name, or None when it is unknown or revoked."""
    principal = await principal_for_feed(name)
    if principal is None:
        return None
    day = on or today()
    flags = await compute_flags(principal.scope_filter(), day, settings=settings)
    return render_calendar(flags, settings, base=base, on=day)

