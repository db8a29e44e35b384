"""The home page: the user's flags by severity and the deadlines ahead."""

from __future__ import annotations

import datetime as dt

from litestar import Controller, Request, get
from litestar.response import Template

from core import Principal, Settings, clock, page
from oversight.flags.compute import compute_flags


class HomeController(Controller):
    path = "/"
    include_in_schema = False

    @get("/", operation_id="homePage")
    async def home(self, request: Request, web_user: Principal, settings: Settings) -> Template:
        """The user's flags by severity and the deadlines of the coming 90 days."""
        today = clock.today()
        flags = await compute_flags(web_user.scope_filter(), today, settings=settings)
        horizon = today + dt.timedelta(days=90)
        by_severity = {s: [f for f in flags if f.severity == s] for s in ("critical", "warning", "info")}
        dated = [(f.due, f) for f in flags if f.due and today <= f.due <= horizon]
        deadlines = [f for _, f in sorted(dated, key=lambda pair: pair[0])]
        return page(
            request, "oversight/home.html", web_user, by_severity=by_severity, deadlines=deadlines, horizon=horizon
        )


CONTROLLERS = [HomeController]
