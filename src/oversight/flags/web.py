"""The home page: the user's flags (filtered, sorted, without those marked handled) and the
deadlines ahead; for a board member the overview of its arrangement or municipality."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from litestar import Controller, Request, get, post
from litestar.enums import RequestEncodingType
from litestar.params import Body, Parameter
from litestar.response import Redirect, Template

from contracts import inbox
from core import Principal, Settings, clock, flash, page, web_write_guard
from oversight.flags import handled
from oversight.flags.calendar import KIND_NL
from oversight.flags.compute import ALL_KINDS, compute_flags
from oversight.flags.types import Flag
from suppliers import queries as supplier_queries

SORTS = {"ernst": "ernst", "datum": "datum", "naam": "gemeente of verband"}


@dataclass
class HandledForm:
    uid: str = ""
    controller: str = ""


def _sorted(flags: list[Flag], sort: str, today: dt.date) -> list[Flag]:
    if sort == "datum":
        return sorted(flags, key=lambda f: (f.due or today, f.uid))
    if sort == "naam":
        return sorted(flags, key=lambda f: ((f.controller_name or f.controller).lower(), f.due or today))
    return flags  # compute_flags: most severe first, then soonest


class HomeController(Controller):
    path = "/"
    include_in_schema = False

    @get("/", operation_id="homePage")
    async def home(
        self, request: Request, web_user: Principal, settings: Settings,
        kind: str = Parameter(default="", max_length=40), severity: str = Parameter(default="", max_length=16),
        controller: str = Parameter(default="", max_length=64), sort: str = Parameter(default="", max_length=16),
        view: str = Parameter(default="", max_length=16), show_handled: str = Parameter(
            query="afgehandeld", default="", max_length=3),
    ) -> Template | Redirect:
        """The user's flags and the deadlines of the coming 90 days; a board member's overview."""
        if web_user.role == "board" and view != "signalen" and web_user.scopes:
            scopes = sorted(web_user.scopes)
            if len(scopes) == 1:
                return Redirect(path=f"/overview/{scopes[0]}", status_code=303)
            names = await supplier_queries.controller_names(set(scopes))
            choices = sorted(((c, names.get(c, c)) for c in scopes), key=lambda item: item[1].lower())
            return page(request, "oversight/board_home.html", web_user, choices=choices)
        today = clock.today()
        kinds = {kind} if kind in ALL_KINDS else None
        severities = {severity} if severity in {"critical", "warning", "info"} else None
        chosen = controller if controller and web_user.sees(controller) else None
        everything = await compute_flags(web_user.scope_filter(), today, settings=settings, controller=chosen)
        flags = [f for f in everything if (kinds is None or f.kind in kinds)
                 and (severities is None or f.severity in severities)]
        marks = await handled.handled_marks({f.controller for f in flags})
        done = [f for f in flags if handled.is_handled(f, marks)]
        open_flags = _sorted([f for f in flags if not handled.is_handled(f, marks)], sort, today)
        horizon = today + dt.timedelta(days=90)
        by_severity = {s: [f for f in open_flags if f.severity == s] for s in ("critical", "warning", "info")}
        dated = [f for f in open_flags if f.due and f.due <= horizon]
        deadlines = sorted(dated, key=lambda f: (max(f.due or today, today), f.uid))
        if web_user.scope_filter() is None:  # an admin: the controllers that have flags
            pairs = {(f.controller, f.controller_name or f.controller) for f in everything}
        else:
            names = await supplier_queries.controller_names(set(web_user.scopes))
            pairs = {(code, names.get(code, code)) for code in web_user.scopes}
        controllers = sorted(pairs, key=lambda item: item[1].lower())
        unread = [r for r in await inbox.items(web_user.user_id, 20) if r["read_at"] is None][:5]
        return page(
            request, "oversight/home.html", web_user, by_severity=by_severity, open_flags=open_flags,
            unread=unread, inbox_labels=inbox.KIND_LABELS,
            deadlines=deadlines, horizon=horizon, handled_flags=done if show_handled else [],
            handled_count=len(done), kinds=sorted({f.kind for f in everything}), kind_labels=KIND_NL,
            controllers=controllers, sorts=SORTS, can_handle=web_user.can_write,
            filters={"kind": kind if kinds else "", "severity": severity if severities else "",
                     "controller": chosen or "", "sort": sort if sort in SORTS else "ernst",
                     "afgehandeld": "1" if show_handled else ""},
        )


class HandledFlagPages(Controller):
    path = "/flags"
    include_in_schema = False
    guards = [web_write_guard]

    @post("/handled", operation_id="flagHandledPage", status_code=303)
    async def mark(
        self, request: Request, web_user: Principal, settings: Settings,
        data: HandledForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Redirect:
        """Mark a flag handled until its cause changes (audited)."""
        flag = await handled.mark_handled(data.uid[:200], data.controller[:64], web_user, settings)
        flash(request, f"Afgehandeld: {flag.message} Het signaal komt terug als de oorzaak verandert.")
        return Redirect(path="/", status_code=303)


CONTROLLERS = [HomeController, HandledFlagPages]
