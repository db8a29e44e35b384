"""Flags over HTTP: the filtered list, the personal calendar URL and the public feed."""

from __future__ import annotations

import datetime as dt

import msgspec
from litestar import Controller, Request, Response, delete, get
from litestar.params import Parameter

from core import READ_ERRORS, Invalid, NotFound, Principal, Settings, public_base_url, today
from oversight.flags import calendar
from oversight.flags.compute import ALL_KINDS, compute_flags
from oversight.flags.types import Flag, Severity


class FlagList(msgspec.Struct, kw_only=True):
    #: The reference date the flags were computed for.
    on: dt.date
    total: int
    items: list[Flag]


class CalendarUrl(msgspec.Struct, kw_only=True):
    #: Secret URL of the user's iCalendar feed; whoever has it sees the user's flags.
    url: str


def _kinds(values: list[str] | None) -> set[str] | None:
    unknown = [v for v in values or () if v not in ALL_KINDS]
    if unknown:
        raise Invalid({"kind": f"Onbekende soort: {', '.join(unknown)}. Kies uit: {', '.join(sorted(ALL_KINDS))}."})
    return set(values) if values else None


class FlagController(Controller):
    path = "/api/v1/flags"
    tags = ["Signaleringen"]

    @get(operation_id="listFlags", responses=READ_ERRORS)
    async def list_(
        self,
        user: Principal,
        settings: Settings,
        controller: str | None = Parameter(required=False, max_length=64, description="CBS-code of slug"),
        severity: list[Severity] | None = Parameter(required=False, description="info, warning, critical"),
        kind: list[str] | None = Parameter(required=False, description="Soort signalering (herhaalbaar)"),
        due_before: dt.date | None = Parameter(required=False, description="Alleen wat vóór deze dag vervalt"),
        within: int | None = Parameter(required=False, ge=0, le=3660, description="Binnen zoveel dagen"),
        on: dt.date | None = Parameter(required=False, description="Peildatum (standaard vandaag)"),
    ) -> FlagList:
        """Flags in your scope, most severe and soonest first (undated flags are due now)."""
        day = on or today()
        items = await compute_flags(
            user.scope_filter(), day, settings=settings, within_days=within, controller=controller,
            kinds=_kinds(kind), severities=set(severity) if severity else None, due_before=due_before,
        )
        return FlagList(on=day, total=len(items), items=items)


class MyCalendarController(Controller):
    path = "/api/v1/me/calendar"
    tags = ["Signaleringen"]

    @get(operation_id="getMyCalendarUrl", responses=READ_ERRORS)
    async def read(self, request: Request, user: Principal, settings: Settings) -> CalendarUrl:
        """Your secret calendar URL; made the first time you ask."""
        base = public_base_url(settings, str(request.base_url))
        return CalendarUrl(url=await calendar.calendar_url(user, settings, base))

    @delete(operation_id="revokeMyCalendarUrl", responses=READ_ERRORS, status_code=204)
    async def revoke(self, user: Principal) -> None:
        """Revoke your calendar URL; the next GET makes a new one."""
        await calendar.revoke_calendar(user)


class CalendarFeedController(Controller):
    path = "/calendar"
    tags = ["Signaleringen"]

    @get("/{name:str}", operation_id="getCalendarFeed", responses={404: READ_ERRORS[404]})
    async def feed(self, request: Request, name: str, settings: Settings) -> Response[bytes]:
        """The iCalendar feed behind a secret URL (no login; unknown or revoked: 404)."""
        body = await calendar.feed_for(name, settings, base=public_base_url(settings, str(request.base_url)))
        if body is None:
            raise NotFound("Agenda")
        return Response(
            body, media_type="text/calendar; charset=utf-8",
            headers={"Cache-Control": "private, max-age=900", "Content-Disposition": 'inline; filename="vwo.ics"'},
        )


CONTROLLERS = [FlagController, MyCalendarController, CalendarFeedController]
