"""The user's inbox page: what arrived for them, with a way to mark it read."""

from __future__ import annotations

from dataclasses import dataclass

from litestar import Controller, Request, get, post
from litestar.enums import RequestEncodingType
from litestar.params import Body
from litestar.response import Redirect, Template

from contracts import inbox
from core import Principal, as_list, flash, page


@dataclass
class ReadForm:
    #: Ids of the items to mark read; empty: all unread items.
    item_ids: str | list[str] = ""


class InboxPages(Controller):
    path = "/inbox"
    include_in_schema = False

    @get("/", operation_id="inboxPage")
    async def list_(self, request: Request, web_user: Principal) -> Template:
        """What arrived for this user, newest first; unread ones marked."""
        rows = await inbox.items(web_user.user_id)
        return page(request, "contracts/inbox.html", web_user, items=rows, labels=inbox.KIND_LABELS,
                    unread=sum(r["read_at"] is None for r in rows))

    @post("/read", operation_id="inboxReadPage", status_code=303)
    async def read(
        self, request: Request, web_user: Principal,
        data: ReadForm = Body(media_type=RequestEncodingType.URL_ENCODED),
    ) -> Redirect:
        """Mark one item, or all of them, read (only the user's own; others' ids do nothing)."""
        ids = [int(i) for i in as_list(data.item_ids) if i.isdigit() and len(i) < 10] if data.item_ids else None
        count = await inbox.mark_read(web_user.user_id, ids)
        flash(request, "Gemarkeerd als gelezen." if count else "Er was niets ongelezen.")
        return Redirect(path="/inbox", status_code=303)
