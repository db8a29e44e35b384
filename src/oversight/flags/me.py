"""The user's own page: who they are, what they see, and their calendar subscription."""

from __future__ import annotations

from litestar import Controller, Request, get, post
from litestar.response import Redirect, Template

from core import Principal, Settings, flash, page, public_base_url
from oversight.flags import calendar
from suppliers import queries as supplier_queries


class MyPage(Controller):
    path = "/me"
    include_in_schema = False

    @get("/", operation_id="myPage")
    async def show(self, request: Request, web_user: Principal, settings: Settings) -> Template:
        """The user's role and scopes by name, and the calendar feed to subscribe to."""
        base = public_base_url(settings, str(request.base_url))
        names = await supplier_queries.controller_names(set(web_user.scopes))
        scopes = sorted((names.get(s, s) for s in web_user.scopes), key=str.lower)
        return page(request, "oversight/me.html", web_user, scopes=scopes,
                    feed=await calendar.existing_calendar_url(web_user, settings, base))

    @post("/calendar", operation_id="myCalendarPage", status_code=303)
    async def subscribe(self, request: Request, web_user: Principal, settings: Settings) -> Redirect:
        """Make the user's calendar feed (audited); shown on the page."""
        await calendar.calendar_url(web_user, settings, public_base_url(settings, str(request.base_url)))
        flash(request, "Uw agenda-adres is gemaakt. Neem het over in uw agenda-programma.")
        return Redirect(path="/me#agenda", status_code=303)

    @post("/calendar/revoke", operation_id="myCalendarRevokePage", status_code=303)
    async def revoke(self, request: Request, web_user: Principal) -> Redirect:
        """Revoke the feed (audited): the old address stops working."""
        await calendar.revoke_calendar(web_user)
        flash(request, "Het agenda-adres is ingetrokken; het oude adres werkt niet meer.")
        return Redirect(path="/me#agenda", status_code=303)


CONTROLLERS = [MyPage]
