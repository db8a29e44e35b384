"""Each user's inbox: what arrived for them (for review, sent back, approved, a flag that
became critical). Written in the same transaction as the step that causes it; read on the
inbox page, counted in the menu, and mailed once in the digest."""

from __future__ import annotations

import json
from typing import Any

from piccolo.columns import ForeignKey, OnDelete, Serial, Text, Timestamptz, Varchar
from piccolo.table import Table

from core import Principal, User, crud

KIND_LABELS = {
    "review_arrived": "Ter beoordeling",
    "sent_back": "Teruggestuurd",
    "approved": "Goedgekeurd",
    "flag_critical": "Kritiek signaal",
}
#: Who is told of a status step: (roles, kind) per new status.
STEP_EVENTS = {
    "in_review": (frozenset({"privacy_officer"}), "review_arrived"),
    "draft": (frozenset({"procurement"}), "sent_back"),
    "approved": (frozenset({"procurement"}), "approved"),
}


class InboxItem(Table, tablename="inbox_item"):
    id: Serial
    user = ForeignKey(references=User, on_delete=OnDelete.cascade, index=True)
    #: One of KIND_LABELS.
    kind = Varchar(length=32)
    #: One Dutch line: what it is about ("Verwerkersovereenkomst X met Y").
    subject = Varchar(length=500)
    #: The remark that came with it (a send-back's reasons), or "".
    remark = Text(default="")
    #: Path of the page to act on.
    link = Varchar(length=300)
    #: Who caused it (e-mail), or "" for the flag engine.
    actor = Varchar(length=254, default="")
    #: For flag_critical: the flag's uid, so a flag arrives once per user.
    flag_uid = Varchar(length=200, default="")
    created_at = Timestamptz()
    read_at = Timestamptz(null=True, default=None)
    #: When it went out in the e-mail digest; None: not yet.
    mailed_at = Timestamptz(null=True, default=None)


def _scopes(value: Any) -> list[str]:
    return json.loads(value or "[]") if isinstance(value, str) else list(value or [])


async def users_for(scope: str, roles: frozenset[str]) -> list[int]:
    """Active users of these roles whose scopes include ``scope``."""
    rows = await User.select(User.id, User.scopes).where(User.active.eq(True), User.role.is_in(sorted(roles)))
    return [r["id"] for r in rows if scope in _scopes(r["scopes"])]


async def on_step(agreement: dict[str, Any], to: str, remark: str, actor: Principal, subject: str) -> int:
    """Tell the people concerned of a status step (call inside the step's transaction)."""
    if to not in STEP_EVENTS:
        return 0
    roles, kind = STEP_EVENTS[to]
    recipients = [u for u in await users_for(agreement["scope"], roles) if u != actor.user_id]
    now = crud.now()
    rows = [
        InboxItem(user=user_id, kind=kind, subject=subject, remark=remark, link=f"/agreements/{agreement['id']}",
                  actor=actor.email, created_at=now)
        for user_id in recipients
    ]
    if rows:
        await InboxItem.insert(*rows)
    return len(rows)


async def unread_count(user_id: int) -> int:
    return int(await InboxItem.count().where(InboxItem.user == user_id, InboxItem.read_at.is_null()))


async def items(user_id: int, limit: int = 200) -> list[dict[str, Any]]:
    """The user's inbox, newest first."""
    return await InboxItem.select().where(InboxItem.user == user_id).order_by(
        InboxItem.id, ascending=False
    ).limit(limit)


async def mark_read(user_id: int, item_ids: list[int] | None) -> int:
    """Mark the user's items read (all unread ones when ``item_ids`` is None); the count."""
    query = InboxItem.update({InboxItem.read_at: crud.now()}).where(
        InboxItem.user == user_id, InboxItem.read_at.is_null()
    )
    if item_ids is not None:
        query = query.where(InboxItem.id.is_in(item_ids or [0]))
    return len(await query.returning(InboxItem.id))
